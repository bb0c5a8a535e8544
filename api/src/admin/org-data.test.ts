import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import { buildTwoOrganisations, giveAvatar } from '../../../tests/support/builders.js';
import { OrganisationDeletionService } from '../modules/organisation/deletion.service.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import type { ExportManifest } from '../modules/organisation/export.service.js';
import { jsonLines, readZip, rowCounts } from '../modules/organisation/org-data.test-support.js';
import { runCli, type CliResult } from './cli.test-support.js';

// Every command is a child process that loads the ORM: seconds each on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let dir: string;
let cli: (...args: string[]) => Promise<CliResult>;
const em = () => server.orm.em.fork() as EntityManager;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildTwoOrganisations(server);
  await giveAvatar(server, world.a.admin);
  dir = mkdtempSync(path.join(os.tmpdir(), 'lotse-cli-export-'));
  cli = (...args) => runCli(args, { DATABASE_URL: server.databaseUrl, ORGANISATION_DELETION_GRACE_DAYS: '14' });
}, 180_000);
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('org export', () => {
  it('writes the archive (owner-only) and says what is in it', async () => {
    const { slug } = world.a.org;
    const out = path.join(dir, 'a.zip');
    const res = await cli('org', 'export', '--slug', slug, '--out', out);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(
      new RegExp(`^Exported "${slug}" to ${out}: \\d+ rows of \\d+ tables, 1 file \\(0\\.0 MB\\)\\.\\n$`),
    );
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const entries = readZip(readFileSync(out));
    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as ExportManifest;
    const counts = await rowCounts(em(), world.a.org.id);
    expect(manifest.organisation.slug).toBe(slug);
    for (const [table, n] of Object.entries(counts)) expect(manifest.tables[table]?.rows, table).toBe(n);
    const admin = jsonLines(entries.get('tables/account.jsonl')).find((r) => r.id === world.a.admin.id);
    expect(admin).toMatchObject({ login_name: world.a.admin.loginName, organisation_id: world.a.org.id });
    expect(admin).not.toHaveProperty('password_hash');
  });

  it('refuses an existing file and an unknown slug, leaving nothing behind', async () => {
    const existing = path.join(dir, 'a.zip');
    const missing = path.join(dir, 'none.zip');
    const [taken, unknown, noOut] = await Promise.all([
      cli('org', 'export', '--slug', world.b.org.slug, '--out', existing),
      cli('org', 'export', '--slug', 'gibt-es-nicht', '--out', missing),
      cli('org', 'export', '--slug', world.b.org.slug),
    ]);
    expect(taken).toMatchObject({ code: 1, stderr: `Error: ${existing} exists already; choose another --out\n` });
    expect(unknown).toMatchObject({ code: 1, stderr: 'Error: Organisation "gibt-es-nicht" not found\n' });
    expect(noOut).toMatchObject({ code: 1, stderr: 'Error: Missing --out (see --help)\n' });
    expect(existsSync(missing) || existsSync(`${missing}.partial`)).toBe(false);
  });
});

describe('org delete, restore and deletions', () => {
  it('marks with the configured grace period, shows it in the list, and restore cancels it', async () => {
    const { slug } = world.b.org;
    const marked = await cli('org', 'delete', '--slug', slug);
    expect(marked.code, marked.stderr).toBe(0);
    expect(marked.stdout).toMatch(
      new RegExp(`^Organisation "${slug}" suspended and marked for deletion; its data is deleted after (\\S+)\\. `),
    );
    const org = await em().findOneOrFail(Organisation, world.b.org.id);
    // ORGANISATION_DELETION_GRACE_DAYS=14 in the command's environment.
    expect(org.deletionDueAt!.getTime() - org.deletionRequestedAt!.getTime()).toBe(14 * 24 * 3600 * 1000);
    expect(marked.stdout).toContain(org.deletionDueAt!.toISOString());

    const [list, resume] = await Promise.all([cli('org', 'list'), cli('org', 'resume', '--slug', slug)]);
    expect(list.stdout).toMatch(new RegExp(`${slug} .* yes, deleted after \\d{4}-\\d{2}-\\d{2} `));
    expect(resume).toMatchObject({
      code: 1,
      stderr: `Error: The organisation "${slug}" is marked for deletion; cancel that with org restore.\n`,
    });

    const restored = await cli('org', 'restore', '--slug', slug);
    expect(restored).toMatchObject({
      code: 0,
      stdout: `Deletion of "${slug}" cancelled; its staff and clients can log in again.\n`,
    });
    expect(await em().findOneOrFail(Organisation, world.b.org.id)).toMatchObject({
      deletionDueAt: null,
      suspendedAt: null,
    });
  });

  it('lists what the deletion job deleted', async () => {
    expect((await cli('org', 'deletions')).stdout).toBe('No organisation has been deleted.\n');
    const { slug, id } = world.b.org;
    expect((await cli('org', 'delete', '--slug', slug)).code).toBe(0);
    const counts = await rowCounts(em(), id);
    // The job's clock, a day after the grace period.
    const later = new Date(Date.now() + 15 * 24 * 3600 * 1000);
    await new OrganisationDeletionService({ log: server.app.log, graceDays: 14, now: () => later }).purgeDue(em());

    const res = await cli('org', 'deletions');
    expect(res.code, res.stderr).toBe(0);
    const [header, row] = res.stdout.trim().split('\n');
    expect(header).toMatch(/^SLUG +ORGANISATION ID +DELETED +ROWS +FILES +PER TABLE$/);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(row).toMatch(new RegExp(`^${slug} +${id} +${later.toISOString()} +${total} +0 \\(0\\.0 MB\\) +`));
    expect(row).toContain(`account=${counts.account}`);
    expect((await cli('org', 'restore', '--slug', slug)).stderr).toBe(`Error: Organisation "${slug}" not found\n`);
  });

  it('lists the commands in --help', async () => {
    const help = await cli('--help');
    for (const name of ['export', 'delete', 'restore', 'deletions']) expect(help.stdout).toContain(`org ${name}`);
  });
});
