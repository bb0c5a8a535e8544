/** Prints the GraphQL schema (SDL) generated from the code; `npm run schema` writes schema.graphql. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from '../api/src/graphql/schema.js';
import { createAppPubSub } from '../api/src/shared/pubsub.js';

export async function schemaSdl(): Promise<string> {
  const schema = await createSchema(createAppPubSub().pubSub);
  return `# Generated from the code by \`npm run schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const sdl = await schemaSdl();
  if (process.argv.includes('--stdout')) process.stdout.write(sdl);
  else writeFileSync(new URL('../schema.graphql', import.meta.url), sdl);
}
