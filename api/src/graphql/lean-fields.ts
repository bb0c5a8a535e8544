/**
 * Lean field resolution for graphql-jit (http/jit-executor.ts), installed after type-graphql built
 * the schema. Measured on the 20-counsellor list: about a quarter of a request's CPU was
 * type-graphql's per-field machinery, not our code.
 *
 * - Plain fields read their property directly. type-graphql gives every field without a field
 *   resolver a "basic" resolver (`root[name]` behind its middleware chain, even an empty one); for
 *   graphql-jit a field with a resolver is a call with a resolve info built per row, a field
 *   without one an inlined property read.
 * - Field resolver methods whose parameters are only `@Root()`, `@Ctx()` and `@Info()` are called
 *   directly, without type-graphql's per-call resolver data, parameter list and container lookup.
 *
 * Fields with middlewares or `@Authorized` roles, arguments, or a schema name other than their
 * property keep type-graphql's resolver, so nothing here changes what a field answers.
 */
import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type ObjectTypeMetadata = Storage['objectTypes'][number];
type FieldMetadata = NonNullable<ObjectTypeMetadata['fields']>[number];
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type Getter = (root: unknown, context: unknown, info: unknown) => unknown;
/** A class, as type-graphql's metadata names its targets. */
type Target = ObjectTypeMetadata['target'];

export function installLeanFieldResolution(schema: GraphQLSchema): { plain: number; direct: number } {
  const storage = getMetadataStorage();
  const instances = new Map<Target, object>();
  let plain = 0;
  let direct = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const field of typeFields(storage, objectType)) {
      const target = fields[field.schemaName];
      if (!target?.resolve) continue;
      const resolver = storage.fieldResolvers.find(
        (r) => r.getObjectType?.() === field.target && r.methodName === field.name,
      );
      if (!resolver) {
        if (field.middlewares?.length || field.roles || field.name !== field.schemaName) continue;
        target.resolve = undefined;
        plain++;
        continue;
      }
      const call = directCall(resolver, instances);
      if (call) {
        target.resolve = call;
        direct++;
      }
    }
  }
  return { plain, direct };
}

/** A resolver calling the method straight, or null where type-graphql's handling is needed. */
function directCall(
  meta: FieldResolverMetadata,
  instances: Map<Target, object>,
): GraphQLFieldResolver<unknown, unknown> | null {
  const Target = meta.target as new () => object;
  if (meta.kind !== 'external' || meta.middlewares?.length || meta.roles || Target.length > 0) return null;
  const getters: Getter[] = [];
  for (const p of [...(meta.params ?? [])].sort((a, b) => a.index - b.index)) {
    const g = paramGetter(p);
    if (!g) return null;
    getters.push(g);
  }
  let instance = instances.get(Target);
  if (!instance) instances.set(Target, (instance = new Target()));
  const self = instance as Record<string, (...args: unknown[]) => unknown>;
  const method = self[meta.methodName];
  if (typeof method !== 'function') return null;
  const [a, b, c] = getters;
  switch (getters.length) {
    case 0:
      return () => method.call(self);
    case 1:
      return (root, _args, ctx, info) => method.call(self, a!(root, ctx, info));
    case 2:
      return (root, _args, ctx, info) => method.call(self, a!(root, ctx, info), b!(root, ctx, info));
    case 3:
      return (root, _args, ctx, info) =>
        method.call(self, a!(root, ctx, info), b!(root, ctx, info), c!(root, ctx, info));
    default:
      return (root, _args, ctx, info) =>
        method.apply(
          self,
          getters.map((g) => g(root, ctx, info)),
        );
  }
}

function paramGetter(p: ParamMetadata): Getter | null {
  switch (p.kind) {
    case 'root': {
      // A typed root is converted to its class by type-graphql: leave those to it.
      if ('getType' in p && p.getType && p.getType() !== Object) return null;
      const key = p.propertyName;
      return key ? (root) => (root as Record<string, unknown> | null)?.[key] : (root) => root;
    }
    case 'context': {
      const key = p.propertyName;
      return key ? (_r, ctx) => (ctx as Record<string, unknown>)[key] : (_r, ctx) => ctx;
    }
    case 'info':
      return (_r, _c, info) => info;
    default:
      return null;
  }
}

/**
 * The field metadata behind a built object type, as type-graphql assembles it: fields of implemented
 * interfaces, of ancestor classes (a base entity's `id`), then the class's own, later ones winning.
 */
export function typeFields(storage: Storage, objectType: ObjectTypeMetadata): FieldMetadata[] {
  const byName = new Map<string, FieldMetadata>();
  const add = (fields: readonly FieldMetadata[] | undefined) => {
    for (const f of fields ?? []) byName.set(f.schemaName, f);
  };
  const interfaces = objectType.interfaceClasses ?? [];
  for (const it of storage.interfaceTypes) if (interfaces.includes(it.target)) add(it.fields);
  const chain: Target[] = [];
  for (let t: unknown = objectType.target; typeof t === 'function' && t !== Function.prototype;) {
    chain.unshift(t as Target);
    t = Object.getPrototypeOf(t);
  }
  for (const target of chain) {
    add(storage.objectTypes.find((o) => o.target === target)?.fields);
  }
  return [...byName.values()];
}
