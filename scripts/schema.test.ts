import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaSdl } from './print-schema.js';

describe('schema.graphql', () => {
  it('is up to date with the code (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await schemaSdl());
  });
});
