import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, type Orm } from './orm.js';
import { createTestDatabase } from '../../../tests/support/server.js';

let orm: Orm;
beforeAll(async () => {
  orm = await initOrm(await createTestDatabase(), { logger: () => {} });
});
afterAll(() => orm?.close(true));

describe('migrations', () => {
  it('create exactly the schema the entities describe', async () => {
    // Hand-written SQL may add what entities cannot express (partial or functional indexes,
    // exclusion constraints); MikroORM's diff then proposes dropping them. Anything else it
    // proposes means an entity and the migrations disagree.
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true });
    const statements = sql
      .split(';\n')
      .map((s) => s.trim())
      .filter((s) => s && !/^(drop index|alter table "[^"]+" drop constraint)/i.test(s))
      // MikroORM indexes an STI discriminator on its own; (organisation_id, kind) covers it.
      .filter((s) => s !== 'create index "account_kind_index" on "account" ("kind")');
    expect(statements).toEqual([]);
  });
});
