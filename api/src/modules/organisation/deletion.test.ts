import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildOrganisation,
  buildTwoOrganisations,
  giveAvatar,
  loginAs,
  TEST_PASSWORD,
} from '../../../../tests/support/builders.js';
import { Counsellor, StaffRole } from '../staff/counsellor.entity.js';
import { OrganisationDeletionService } from './deletion.service.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationDeletion } from './organisation-deletion.entity.js';
import { PURGE_ORGANISATIONS_CRON, PURGE_ORGANISATIONS_JOB } from './organisation.jobs.js';
import { PlatformService } from './platform.service.js';
import { rowCounts, tenantTableNames } from './org-data.test-support.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ME = `{ me { id } }`;
const PUBLIC_ORG = `query($key: String!) { publicOrganisation(key: $key) { name } }`;
const DAY = 24 * 3600 * 1000;

let server: TestServer;
let demo: Organisation;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
/** The clock of the service under test: moved by the tests, never by waiting. */
let now: Date;
const em = () => server.orm.em.fork() as EntityManager;
const deletion = () => new OrganisationDeletionService({ log: server.app.log, graceDays: 30, now: () => now });

beforeAll(async () => {
  // The demo organisation has rows in most tables; the two others are the ones never to be touched.
  server = await startTestServer({ seedDemo: true });
  demo = await em().findOneOrFail(Organisation, { slug: 'demo' });
  world = await buildTwoOrganisations(server);
  await giveAvatar(server, await em().findOneOrFail(Counsellor, { organisation: demo, role: StaffRole.ADMIN }));
  await giveAvatar(server, world.a.counsellor);
  await giveAvatar(server, world.b.counsellor);
}, 180_000);
afterAll(() => server?.close());

beforeAll(() => {
  now = new Date();
});

const login = (loginName: string) =>
  server.client().request(LOGIN, { input: { login: loginName, password: TEST_PASSWORD } });

describe('markForDeletion and restore', () => {
  it('suspends at once (sessions end, logins and widgets refused) and sets the due date; restore undoes it', async () => {
    const { org, admin } = world.a;
    const session = await loginAs(server, admin);
    const { organisation, changed } = await deletion().markForDeletion(em(), org.slug);
    expect(changed).toBe(true);
    expect(organisation.deletionDueAt).toEqual(new Date(now.getTime() + 30 * DAY));

    expect((await session.fails('UNAUTHENTICATED', ME)).extensions?.reason).toBe('REVOKED');
    const refused = await server.client().fails('FORBIDDEN', LOGIN, {
      input: { login: admin.loginName, password: TEST_PASSWORD },
    });
    expect(refused.extensions?.reason).toBe('ORGANISATION_SUSPENDED');
    await server.client().fails('NOT_FOUND', PUBLIC_ORG, { key: org.publicKey });
    // Marking again keeps the first due date; `resume` would undo the suspension but not the deletion.
    now = new Date(now.getTime() + DAY);
    expect((await deletion().markForDeletion(em(), org.slug)).changed).toBe(false);
    await expect(new PlatformService(server.app).resume(em(), org.slug)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'MARKED_FOR_DELETION' },
    });

    // A day before it is due, the job leaves it alone.
    const before = await rowCounts(em(), org.id);
    now = new Date(organisation.deletionDueAt!.getTime() - DAY);
    expect(await deletion().purgeDue(em())).toEqual([]);
    expect(await rowCounts(em(), org.id)).toEqual(before);

    expect(await deletion().restore(em(), org.slug)).toMatchObject({ changed: true, suspended: false });
    expect((await login(admin.loginName)).errors).toBeUndefined();
    expect((await server.client().ok(PUBLIC_ORG, { key: org.publicKey })).publicOrganisation.name).toBe(org.name);
    const restored = await em().findOneOrFail(Organisation, org.id);
    expect(restored).toMatchObject({ deletionDueAt: null, deletionRequestedAt: null, suspendedAt: null });
    expect((await deletion().restore(em(), org.slug)).changed).toBe(false);
    // Past the old due date nothing happens to a restored organisation.
    const working = await rowCounts(em(), org.id);
    now = new Date(now.getTime() + 60 * DAY);
    expect(await deletion().purgeDue(em())).toEqual([]);
    expect(await rowCounts(em(), org.id)).toEqual(working);
  });

  it('restore keeps a suspension that was there before the deletion', async () => {
    const { org } = world.b;
    await new PlatformService(server.app).suspend(em(), org.slug);
    now = new Date(now.getTime() + DAY);
    await deletion().markForDeletion(em(), org.slug);
    expect(await deletion().restore(em(), org.slug)).toMatchObject({ changed: true, suspended: true });
    await new PlatformService(server.app).resume(em(), org.slug);
    expect((await login(world.b.admin.loginName)).errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    await expect(deletion().markForDeletion(em(), 'gibt-es-nicht')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deletion().restore(em(), 'gibt-es-nicht')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('purgeDue', () => {
  it('deletes every row and file of a due organisation, keeps a record, and touches no other organisation', async () => {
    const tables = await tenantTableNames(em());
    const { organisation } = await deletion().markForDeletion(em(), 'demo');
    const before = await rowCounts(em(), demo.id);
    const othersBefore = [await rowCounts(em(), world.a.org.id), await rowCounts(em(), world.b.org.id)];
    const files = await em().execute<{ n: number; bytes: string }[]>(
      `select count(*)::int as n, sum(octet_length(data))::text as bytes from stored_file where organisation_id = ?`,
      [demo.id],
    );
    now = new Date(organisation.deletionDueAt!.getTime() + 60_000);

    const [record] = await deletion().purgeDue(em());
    expect(record).toMatchObject({
      deletedOrganisationId: demo.id,
      slug: 'demo',
      name: demo.name,
      rowCounts: before,
      fileCount: files[0]!.n,
      fileBytes: Number(files[0]!.bytes ?? 0),
      completedAt: now,
    });
    expect(Object.values(before).filter((n) => n > 0).length).toBeGreaterThan(12);
    expect(record!.fileCount).toBe(1);

    const after = await rowCounts(em(), demo.id);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(Object.keys(after).sort()).toEqual([...tables, 'organisation'].sort());
    expect([await rowCounts(em(), world.a.org.id), await rowCounts(em(), world.b.org.id)]).toEqual(othersBefore);
    expect((await login(world.a.admin.loginName)).errors).toBeUndefined();

    const kept = await deletion().deletions(em());
    expect(kept.map((d) => d.slug)).toEqual(['demo']);
  });

  it('is idempotent: a second run changes nothing, and an interrupted run is completed with its first counts', async () => {
    expect(await deletion().purgeDue(em())).toEqual([]);
    expect(await em().count(OrganisationDeletion, {})).toBe(1);

    // An organisation whose deletion began (record written) and stopped half-way.
    const org = await buildOrganisation(server);
    const admin = await buildAdmin(server, org);
    await buildAdmin(server, org);
    const { organisation } = await deletion().markForDeletion(em(), org.slug);
    now = new Date(organisation.deletionDueAt!.getTime() + 1);
    const e = em();
    e.create(OrganisationDeletion, {
      deletedOrganisationId: org.id,
      slug: org.slug,
      name: org.name,
      requestedAt: organisation.deletionRequestedAt!,
      dueAt: organisation.deletionDueAt!,
      rowCounts: { organisation: 1, account: 2 },
      fileCount: 0,
      fileBytes: 0,
    });
    await e.flush();
    await em().nativeDelete(Counsellor, { id: admin.id });
    await expect(deletion().restore(em(), org.slug)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'DELETION_STARTED' },
    });

    const [record] = await deletion().purgeDue(em());
    expect(record).toMatchObject({ deletedOrganisationId: org.id, rowCounts: { organisation: 1, account: 2 } });
    expect(record!.completedAt).toEqual(now);
    expect(await rowCounts(em(), org.id)).toMatchObject({ organisation: 0, account: 0 });
    expect(await em().count(OrganisationDeletion, {})).toBe(2);
  });
});

describe('the deletion job', () => {
  it('is scheduled with pg-boss and deletes an organisation whose grace period is over', async () => {
    const [schedule] = await em().execute<{ cron: string; timezone: string }[]>(
      `select cron, timezone from pgboss.schedule where name = ?`,
      [PURGE_ORGANISATIONS_JOB],
    );
    expect(schedule).toEqual({ cron: PURGE_ORGANISATIONS_CRON, timezone: 'UTC' });
    // One run at a time: a long deletion and the next tick never delete the same rows side by side.
    const [queue] = await em().execute<{ policy: string }[]>(`select policy from pgboss.queue where name = ?`, [
      PURGE_ORGANISATIONS_JOB,
    ]);
    expect(queue?.policy).toBe('stately');

    // The job reads the system clock: marked 31 days ago, it is due now.
    const org = await buildOrganisation(server);
    await buildAdmin(server, org);
    now = new Date(Date.now() - 31 * DAY);
    await deletion().markForDeletion(em(), org.slug);
    await server.app.jobs.send(PURGE_ORGANISATIONS_JOB, {});
    const deadline = Date.now() + 30_000;
    let done: OrganisationDeletion | null = null;
    while (!done?.completedAt && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      done = await em().findOne(OrganisationDeletion, { deletedOrganisationId: org.id });
    }
    expect(done?.completedAt).toBeInstanceOf(Date);
    expect(await rowCounts(em(), org.id)).toMatchObject({ organisation: 0, account: 0 });
    expect(await em().count(Organisation, { id: world.b.org.id })).toBe(1);
  });
});
