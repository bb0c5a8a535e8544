import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { DateTimeISO } from './scalars.js';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../shared/context.js';
import type { PubSub } from '../shared/pubsub.js';
import { resolvers } from './resolvers.js';
import { installUnionResolvers } from './unions.js';
import { installLeanFieldResolution } from './lean-fields.js';

/** Builds the executable schema. `pubSub` is the process's one pub/sub (Redis-backed when configured). */
export async function createSchema(pubSub: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    pubSub,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    emitSchemaFile: false,
  });
  installUnionResolvers(schema);
  installLeanFieldResolution(schema);
  return schema;
}
