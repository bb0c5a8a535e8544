import { GraphQLObjectType, isEnumType, type GraphQLEnumType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppPubSub } from '../shared/pubsub.js';
import { typeFields } from './lean-fields.js';
import { createSchema } from './schema.js';

describe('lean field resolution', () => {
  let schema: GraphQLSchema;
  const field = (type: string, name: string): GraphQLField<unknown, unknown> =>
    (schema.getType(type) as GraphQLObjectType).getFields()[name]!;

  beforeAll(async () => {
    schema = await createSchema(createAppPubSub().pubSub);
  });

  it('reads plain fields as properties', () => {
    for (const name of ['id', 'displayName', 'firstName', 'lastName', 'role', 'active', 'languages']) {
      expect(field('Counsellor', name).resolve, name).toBeUndefined();
    }
    expect(field('CounsellorEdge', 'cursor').resolve).toBeUndefined();
    expect(field('Organisation', 'name').resolve).toBeUndefined();
  });

  it('keeps a resolver on every field that carries roles or middlewares', () => {
    const storage = getMetadataStorage();
    let guarded = 0;
    for (const objectType of storage.objectTypes) {
      const type = schema.getType(objectType.name);
      if (!(type instanceof GraphQLObjectType)) continue;
      for (const f of typeFields(storage, objectType)) {
        const resolver = storage.fieldResolvers.find(
          (r) => r.getObjectType?.() === f.target && r.methodName === f.name,
        );
        if (f.roles || f.middlewares?.length || resolver?.roles || resolver?.middlewares?.length) {
          expect(type.getFields()[f.schemaName]?.resolve, `${objectType.name}.${f.schemaName}`).toBeTypeOf('function');
          guarded++;
        }
      }
    }
    // Organisation's internal settings, the mail request's staff-only fields, …
    expect(guarded).toBeGreaterThan(10);
    expect(field('Organisation', 'billingAddress').resolve).toBeTypeOf('function');
  });

  it('has enums whose values are their names (graphql-jit writes enum values unserialized)', () => {
    const enums = Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLEnumType => isEnumType(t) && !t.name.startsWith('__'),
    );
    expect(enums.length).toBeGreaterThan(5);
    for (const e of enums) {
      for (const v of e.getValues()) expect(v.value, `${e.name}.${v.name}`).toBe(v.name);
    }
  });

  it('calls field resolver methods directly with root and context', async () => {
    const email = field('Counsellor', 'email').resolve!;
    const row = { id: 'c1', email: 'anna@example.org', organisation: { id: 'org-a' } };
    const staffOf = (organisationId: string) => ({ viewer: { kind: 'STAFF', organisationId } });
    const info = {} as never;
    expect(await email(row, {}, staffOf('org-a'), info)).toBe('anna@example.org');
    expect(await email(row, {}, staffOf('org-b'), info)).toBeNull();
    expect(await email(row, {}, { viewer: null }, info)).toBeNull();
  });
});
