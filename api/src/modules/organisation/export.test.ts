import { randomBytes, createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildTwoOrganisations, giveAvatar } from '../../../../tests/support/builders.js';
import { migrationsList } from '../../db/migrations/index.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationExportService, type ExportManifest } from './export.service.js';
import { EXPORT_DENIED_COLUMNS } from './tenant-tables.js';
import { jsonLines, readZip, rowCounts, tenantTableNames } from './org-data.test-support.js';

let server: TestServer;
let demo: Organisation;
let others: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let dir: string;
const em = () => server.orm.em.fork() as EntityManager;
const NOW = new Date('2026-12-06T08:00:00.000Z');
/** Larger than one read chunk (1 MiB): the bytes come in pieces. */
const bigBytes = randomBytes(2.5 * 1024 * 1024);

beforeAll(async () => {
  // The demo organisation has rows in most tables: staff, clients, chats, mail requests, appointments.
  server = await startTestServer({ seedDemo: true });
  dir = mkdtempSync(path.join(os.tmpdir(), 'lotse-export-'));
  demo = await em().findOneOrFail(Organisation, { slug: 'demo' });
  others = await buildTwoOrganisations(server);
  const admin = await em().findOneOrFail(Counsellor, { organisation: demo, loginName: { $ne: null } } as never);
  await giveAvatar(server, admin);
  await giveAvatar(server, others.a.counsellor);
  const e = em();
  e.create(StoredFile, {
    organisation: demo.id,
    contentType: 'application/pdf',
    size: bigBytes.length,
    filename: 'Bericht 2026.pdf',
    sha256: createHash('sha256').update(bigBytes).digest('hex'),
    data: bigBytes,
  });
  await e.flush();
  // More rows than one cursor fetch (500).
  await e.execute(
    `insert into topic (id, created_at, updated_at, organisation_id, name)
     select gen_random_uuid(), now(), now(), ?, 'Thema ' || n from generate_series(1, 1200) n`,
    [demo.id],
  );
}, 180_000);
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function exportOf(slug: string): Promise<{ manifest: ExportManifest; entries: Map<string, Buffer> }> {
  const file = path.join(dir, `${slug}-${randomBytes(3).toString('hex')}.zip`);
  const manifest = await new OrganisationExportService({ now: () => NOW }).export(em(), slug, createWriteStream(file));
  return { manifest, entries: readZip(readFileSync(file)) };
}

describe('OrganisationExportService', () => {
  let manifest: ExportManifest;
  let entries: Map<string, Buffer>;
  beforeAll(async () => {
    ({ manifest, entries } = await exportOf('demo'));
  });

  it('has a JSON-lines file for every table with an organisation_id, with the rows the database has', async () => {
    const counts = await rowCounts(em(), demo.id);
    const tables = await tenantTableNames(em());
    expect(tables.length).toBeGreaterThan(20);
    for (const table of [...tables, 'organisation']) {
      const lines = jsonLines(entries.get(`tables/${table}.jsonl`));
      expect(lines.length, table).toBe(counts[table]);
      expect(manifest.tables[table]?.rows, table).toBe(counts[table]);
    }
    expect(Object.keys(manifest.tables).sort()).toEqual([...tables, 'organisation'].sort());
    // The seed filled most of them: the comparison is not one of empty files.
    expect(Object.values(counts).filter((n) => n > 0).length).toBeGreaterThan(12);
    expect(counts.topic).toBeGreaterThan(1200);
  });

  it('includes every entity table the ORM knows that belongs to an organisation', () => {
    const owned = Object.values(server.orm.getMetadata().getAll())
      .filter((meta) => !meta.abstract && meta.properties.organisation)
      .map((meta) => meta.tableName);
    expect(owned.filter((t) => !entries.has(`tables/${t}.jsonl`))).toEqual([]);
  });

  it('holds only rows of the organisation', () => {
    for (const [name, data] of entries) {
      if (!name.startsWith('tables/') || name === 'tables/organisation.jsonl') continue;
      for (const row of jsonLines(data)) expect(row.organisation_id, name).toBe(demo.id);
    }
    expect(jsonLines(entries.get('tables/organisation.jsonl'))).toMatchObject([{ id: demo.id, slug: 'demo' }]);
  });

  it('has rows as the database holds them, without the denied columns', async () => {
    const admin = await em().findOneOrFail(Counsellor, { organisation: demo, avatar: { $ne: null } } as never);
    const [expected] = await em().execute<{ row: Record<string, unknown> }[]>(
      `select to_jsonb(a) - 'password_hash' - 'totp_secret' - 'totp_pending_secret' - 'totp_last_step' as row
         from account a where id = ?`,
      [admin.id],
    );
    const exported = jsonLines(entries.get('tables/account.jsonl')).find((r) => r.id === admin.id)!;
    expect(exported).toEqual(expected!.row);
    expect(exported).toMatchObject({ login_name: admin.loginName, display_name: admin.displayName });
    expect(exported).not.toHaveProperty('password_hash');
    expect(manifest.tables.account!.omittedColumns).toEqual([
      'password_hash',
      'totp_secret',
      'totp_pending_secret',
      'totp_last_step',
    ]);
    expect(manifest.tables.stored_file!.omittedColumns).toEqual(['data']);
  });

  it('leaves out every secret: no denied column, and none of their values anywhere in the archive', async () => {
    const all = Buffer.concat([...entries.values()]).toString('latin1');
    let checked = 0;
    for (const entry of EXPORT_DENIED_COLUMNS) {
      const [table, column] = entry.split('.') as [string, string];
      if (table === 'stored_file') continue; // the bytes are in files/, on purpose
      const exists = await em().execute(
        `select 1 from information_schema.columns where table_name = ? and column_name = ?`,
        [table, column],
      );
      if (!exists.length) continue;
      const values = await em().execute<{ v: string }[]>(
        `select "${column}"::text as v from "${table}" where organisation_id = ? and "${column}" is not null`,
        [demo.id],
      );
      for (const { v } of values) {
        expect(all.includes(v), `${entry} value in the archive`).toBe(false);
        checked += 1;
      }
      for (const row of jsonLines(entries.get(`tables/${table}.jsonl`))) expect(row).not.toHaveProperty(column);
    }
    // The demo staff have password hashes: the check above compared real values.
    expect(checked).toBeGreaterThan(3);
  });

  it('contains the bytes of every stored file, also one larger than a read chunk', async () => {
    const files = await em().find(StoredFile, { organisation: demo.id }, { populate: ['data'] });
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const bytes = entries.get(`files/${f.id}/${f.filename}`);
      expect(bytes?.equals(Buffer.from(f.data!)), f.filename).toBe(true);
    }
    expect(entries.get([...entries.keys()].find((k) => k.endsWith('/Bericht 2026.pdf'))!)?.equals(bigBytes)).toBe(true);
    expect(manifest.files).toEqual({ count: files.length, bytes: files.reduce((n, f) => n + f.data!.length, 0) });
    expect([...entries.keys()].filter((k) => k.startsWith('files/'))).toHaveLength(files.length);
  });

  it('describes itself in the manifest', () => {
    const stored = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as ExportManifest;
    expect(stored).toEqual(manifest);
    expect(stored).toMatchObject({
      format: 'lotse-organisation-export',
      formatVersion: 1,
      createdAt: NOW.toISOString(),
      organisation: { id: demo.id, slug: 'demo', name: demo.name },
      schema: { lastMigration: migrationsList.at(-1)!.name, migrations: migrationsList.length },
    });
  });

  it('exports another organisation without anything of the first', async () => {
    const { manifest: other, entries: otherEntries } = await exportOf(others.a.org.slug);
    const counts = await rowCounts(em(), others.a.org.id);
    expect(other.tables.account!.rows).toBe(counts.account);
    expect(other.files.count).toBe(1);
    expect(Buffer.concat([...otherEntries.values()]).includes(demo.id)).toBe(false);
  });

  it('fails with the output’s error instead of waiting for it', async () => {
    const out = createWriteStream(path.join(dir, 'no-such-directory', 'x.zip'));
    await expect(new OrganisationExportService().export(em(), 'demo', out)).rejects.toMatchObject({ code: 'ENOENT' });
    // The transaction ended: the connection serves the next export.
    expect((await exportOf('demo')).manifest.organisation.slug).toBe('demo');
  });

  it('answers NOT_FOUND for an unknown slug and ends the output', async () => {
    const file = path.join(dir, 'none.zip');
    const out = createWriteStream(file);
    await expect(new OrganisationExportService().export(em(), 'gibt-es-nicht', out)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(out.destroyed).toBe(true);
  });
});
