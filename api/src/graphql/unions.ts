/**
 * Union types whose member is chosen synchronously. type-graphql wraps a union's `resolveType` in an
 * async function, which graphql-jit (http/jit-executor.ts) cannot await; unions declared here get
 * type-graphql's plain definition, and `createSchema` installs the synchronous resolver.
 */
import type { GraphQLSchema, GraphQLUnionType } from 'graphql';
import { createUnionType, getMetadataStorage, type ClassType } from 'type-graphql';

const resolvers = new Map<string, (value: never) => ClassType>();

export function syncUnion<T extends readonly ClassType[]>(config: {
  name: string;
  description?: string;
  types: () => T;
  resolveType: (value: InstanceType<T[number]>) => T[number];
}) {
  resolvers.set(config.name, config.resolveType as (value: never) => ClassType);
  return createUnionType({ name: config.name, description: config.description, types: config.types });
}

/** Installs the synchronous `resolveType` of every union declared with `syncUnion`. */
export function installUnionResolvers(schema: GraphQLSchema): void {
  const objectTypes = getMetadataStorage().objectTypes;
  for (const [name, resolve] of resolvers) {
    const union = schema.getType(name) as GraphQLUnionType | undefined;
    if (!union) continue;
    union.resolveType = (value: unknown) => {
      const target = resolve(value as never);
      return objectTypes.find((o) => o.target === target)?.name;
    };
  }
}
