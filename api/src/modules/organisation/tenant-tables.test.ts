import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { initOrm, type Orm } from '../../db/orm.js';
import { createTestDatabase } from '../../../../tests/support/server.js';
import {
  deletionOrder,
  EXPORT_DENIED_COLUMNS,
  exportDenied,
  NOT_SECRET,
  PLATFORM_TABLES,
  readCatalog,
  SECRET_LOOKING,
  type ForeignKey,
} from './tenant-tables.js';

let orm: Orm;
const em = () => orm.em.fork() as EntityManager;
beforeAll(async () => {
  orm = await initOrm(await createTestDatabase(), { logger: () => {} });
});
afterAll(() => orm?.close(true));

describe('tenant tables', () => {
  it('every table of the schema either carries organisation_id or is listed as a platform table', async () => {
    // A new table without organisation_id would be neither exported nor deleted with its
    // organisation: give it the column, or list it in PLATFORM_TABLES with the reason.
    expect((await readCatalog(em())).unclassified).toEqual([]);
  });

  it('every entity with an organisation is a tenant table of the catalog', async () => {
    const { tenant } = await readCatalog(em());
    const names = tenant.map((t) => t.name);
    const owned = Object.values(orm.getMetadata().getAll())
      .filter((meta) => !meta.abstract && meta.properties.organisation)
      .map((meta) => meta.tableName);
    expect(owned.length).toBeGreaterThan(15);
    expect(owned.filter((t) => !names.includes(t))).toEqual([]);
  });

  it('every secret-looking column was decided on: denied, or reviewed as not secret', async () => {
    const { tenant, organisation } = await readCatalog(em());
    const undecided = [organisation, ...tenant].flatMap((t) =>
      t.columns
        .filter((c) => SECRET_LOOKING.test(c))
        .map((c) => `${t.name}.${c}`)
        .filter((name) => !EXPORT_DENIED_COLUMNS.includes(name) && !NOT_SECRET.includes(name)),
    );
    expect(undecided).toEqual([]);
  });

  it('denies password hashes, token hashes, sealed mails and file bytes by name', () => {
    for (const [table, column] of [
      ['account', 'password_hash'],
      ['refresh_token', 'token_hash'],
      ['one_time_token', 'token_hash'],
      ['appointment', 'cancel_token_hash'],
      ['appointment', 'hold_token_hash'],
      ['group_participant', 'cancel_token_hash'],
      ['cancelled_seat', 'cancel_token_hash'],
      ['outbox_mail', 'sealed'],
      ['account', 'totp_secret'],
      ['stored_file', 'data'],
    ] as const) {
      expect(exportDenied(table, column), `${table}.${column}`).toBe(true);
    }
    // The second line: an unreviewed secret-looking column is left out too.
    expect(exportDenied('account', 'webauthn_secret')).toBe(true);
    expect(exportDenied('organisation', 'public_key')).toBe(false);
    expect(exportDenied('account', 'display_name')).toBe(false);
    expect(PLATFORM_TABLES).toContain('organisation_deletion');
  });
});

describe('deletionOrder', () => {
  const fk = (table: string, references: string, onDelete: ForeignKey['onDelete'] = 'no action'): ForeignKey => ({
    table,
    references,
    onDelete,
  });

  it('puts every table before the tables it refers to', () => {
    const order = deletionOrder(
      ['account', 'chat_message', 'chat_stream', 'stored_file'],
      [
        fk('chat_message', 'chat_stream'),
        fk('chat_message', 'account'),
        fk('chat_stream', 'account'),
        fk('account', 'stored_file', 'set null'),
        fk('account', 'account'),
        fk('account', 'organisation'),
      ],
    );
    const before = (a: string, b: string) => order.indexOf(a) < order.indexOf(b);
    expect(order).toHaveLength(4);
    expect(before('chat_message', 'chat_stream')).toBe(true);
    expect(before('chat_stream', 'account')).toBe(true);
    expect(before('account', 'stored_file')).toBe(true);
  });

  it('breaks a cycle at a key that cannot block, and refuses a cycle of blocking keys', () => {
    const order = deletionOrder(['a', 'b'], [fk('a', 'b'), fk('b', 'a', 'set null')]);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
    expect(() => deletionOrder(['a', 'b'], [fk('a', 'b'), fk('b', 'a', 'restrict')])).toThrow(/cycle/);
  });

  it('orders the real schema', async () => {
    const { readCatalog: read, foreignKeys } = await import('./tenant-tables.js');
    const { tenant } = await read(em());
    const order = deletionOrder(
      tenant.map((t) => t.name),
      await foreignKeys(em()),
    );
    expect(order.sort()).toEqual(tenant.map((t) => t.name).sort());
  });
});
