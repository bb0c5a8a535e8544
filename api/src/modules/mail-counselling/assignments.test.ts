import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  buildTwoOrganisations,
} from '../../../../tests/support/builders.js';
import { OpennessLevel } from '../organisation/organisation.entity.js';
import { MailAssignment, MailAssignmentKind } from './mail-assignment.entity.js';
import { apiAs, ASSIGN, em, RELEASE, sendRequest, stored, TAKE_OVER } from './mail.test-support.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const ASSIGNMENTS = `query($since: DateTimeISO!, $page: PageInput) { mailAssignments(since: $since, page: $page) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id kind requestId counsellorId previousCounsellorId actorId createdAt request { id subject assignedAt } } } } }`;
const ASSIGNED_AT = `query($id: ID!) { mailRequest(id: $id) { id assignedAt counsellor { id } } }`;

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
type Node = Record<string, any>;
const nodes = (r: Record<string, any>): Node[] => r.mailAssignments.edges.map((e: { node: Node }) => e.node);

/** A RESTRICTED organisation: counsellors see their own requests and the pool only. */
async function restricted() {
  const org = await buildOrganisation(server, { opennessLevel: OpennessLevel.RESTRICTED });
  return {
    org,
    admin: await buildAdmin(server, org),
    anna: await buildCounsellor(server, org),
    ben: await buildCounsellor(server, org),
    client: await buildClient(server, org),
  };
}

describe('mailAssignments', () => {
  it('requires a staff member (UNAUTHENTICATED, FORBIDDEN for clients)', async () => {
    const { a } = await buildTwoOrganisations(server);
    await server.client().fails('UNAUTHENTICATED', ASSIGNMENTS, { since: ago(60_000) });
    await (await apiAs(server, a.client)).fails('FORBIDDEN', ASSIGNMENTS, { since: ago(60_000) });
  });

  it('records every change of the counsellor in its transaction and lists the ones that concern the viewer, newest first', async () => {
    const w = await restricted();
    const since = ago(1_000);
    const { id, subject } = await sendRequest(await apiAs(server, w.client), { counsellorId: w.anna.id });
    const admin = await apiAs(server, w.admin);
    const anna = await apiAs(server, w.anna);
    const ben = await apiAs(server, w.ben);
    const routedAt = (await stored(server, id)).assignedAt!.toISOString();
    await admin.ok(ASSIGN, { input: { requestId: id, counsellorId: w.ben.id } });
    const assignedAt = (await stored(server, id)).assignedAt!.toISOString();
    await ben.ok(RELEASE, { input: { requestId: id } });
    expect((await stored(server, id)).assignedAt).toBeNull();
    await admin.ok(TAKE_OVER, { input: { requestId: id } });
    const takenAt = (await stored(server, id)).assignedAt!.toISOString();
    expect(routedAt < assignedAt && assignedAt < takenAt).toBe(true);

    // Anna: the request came to her, then an admin gave it to Ben. She may no longer see it (RESTRICTED).
    expect(nodes(await anna.ok(ASSIGNMENTS, { since }))).toEqual([
      expect.objectContaining({
        kind: 'ASSIGNED',
        requestId: id,
        counsellorId: w.ben.id,
        previousCounsellorId: w.anna.id,
        actorId: w.admin.id,
        createdAt: assignedAt,
        request: null,
      }),
      expect.objectContaining({
        kind: 'ROUTED',
        counsellorId: w.anna.id,
        previousCounsellorId: null,
        actorId: null,
        createdAt: routedAt,
        request: null,
      }),
    ]);
    // Ben: assigned to him, and released by himself. Not the take-over that followed (not his).
    expect(nodes(await ben.ok(ASSIGNMENTS, { since })).map((n) => [n.kind, n.actorId])).toEqual([
      ['RELEASED', w.ben.id],
      ['ASSIGNED', w.admin.id],
    ]);
    // The admin: their own take-over only, not the colleagues' changes; the request they may see.
    expect(nodes(await admin.ok(ASSIGNMENTS, { since }))).toEqual([
      expect.objectContaining({
        kind: 'TAKEN_OVER',
        counsellorId: w.admin.id,
        previousCounsellorId: null,
        createdAt: takenAt,
        request: { id, subject, assignedAt: takenAt },
      }),
    ]);
    expect((await admin.ok(ASSIGNED_AT, { id })).mailRequest.assignedAt).toBe(takenAt);
    // Only what came after `since`.
    const later = nodes(await anna.ok(ASSIGNMENTS, { since: routedAt }));
    expect(later.map((n) => n.kind)).toEqual(['ASSIGNED']);
    expect(await em(server).count(MailAssignment, { mailRequest: id })).toBe(4);
  });

  it('times a change that waited for the row lock after the change it waited for', async () => {
    const w = await restricted();
    const { id } = await sendRequest(await apiAs(server, w.client), { counsellorId: w.anna.id });
    const admin = await apiAs(server, w.admin);
    let released = '';
    let assigning: Promise<unknown> | null = null;
    // Another change holds the request's row while the admin assigns it (as a concurrent take-over would).
    await em(server).transactional(async (tx) => {
      await tx.execute('select id from mail_request where id = ? for update', [id]);
      assigning = admin.ok(ASSIGN, { input: { requestId: id, counsellorId: w.ben.id } });
      await new Promise((r) => setTimeout(r, 300));
      released = new Date().toISOString();
    });
    await assigning;
    const assignedAt = (await stored(server, id)).assignedAt!.toISOString();
    expect(assignedAt >= released).toBe(true);
    const [change] = await em(server).find(MailAssignment, { mailRequest: id, kind: 'ASSIGNED' as never });
    expect(change!.createdAt.toISOString()).toBe(assignedAt);
  });

  it('shows the request when the viewer may still see it (VERY_OPEN), and pages by cursor', async () => {
    const org = await buildOrganisation(server, { opennessLevel: OpennessLevel.VERY_OPEN });
    const [admin, anna, ben, client] = await Promise.all([
      buildAdmin(server, org),
      buildCounsellor(server, org),
      buildCounsellor(server, org),
      buildClient(server, org),
    ]);
    const since = ago(1_000);
    const { id, subject } = await sendRequest(await apiAs(server, client), { counsellorId: anna.id });
    await (await apiAs(server, admin)).ok(ASSIGN, { input: { requestId: id, counsellorId: ben.id } });
    const api = await apiAs(server, anna);
    const first = await api.ok(ASSIGNMENTS, { since, page: { first: 1 } });
    expect(first.mailAssignments.totalCount).toBe(2);
    expect(first.mailAssignments.pageInfo.hasNextPage).toBe(true);
    expect(nodes(first)).toEqual([
      expect.objectContaining({ kind: 'ASSIGNED', request: expect.objectContaining({ id, subject }) }),
    ]);
    const second = await api.ok(ASSIGNMENTS, {
      since,
      page: { first: 1, after: first.mailAssignments.pageInfo.endCursor },
    });
    expect(nodes(second).map((n) => n.kind)).toEqual(['ROUTED']);
    expect(second.mailAssignments.pageInfo.hasNextPage).toBe(false);
  });

  it('never lists another organisation’s changes', async () => {
    const { a, b } = await buildTwoOrganisations(server);
    const since = ago(1_000);
    const { id } = await sendRequest(await apiAs(server, a.client), { counsellorId: a.counsellor.id });
    await (await apiAs(server, a.admin)).ok(ASSIGN, { input: { requestId: id, counsellorId: a.admin.id } });
    expect((await (await apiAs(server, a.counsellor)).ok(ASSIGNMENTS, { since })).mailAssignments.totalCount).toBe(2);
    // A row of A's naming B's staff (no operation writes one; the organisation filter alone keeps it out).
    const forged = em(server);
    for (const account of [b.admin, b.counsellor]) {
      forged.create(MailAssignment, {
        organisation: a.org.id,
        mailRequest: id,
        kind: MailAssignmentKind.ASSIGNED,
        counsellor: account.id,
        previousCounsellor: account.id,
        actor: a.admin.id,
        createdAt: new Date(),
        updatedAt: new Date(),
      } as never);
    }
    await forged.flush();
    for (const account of [b.admin, b.counsellor]) {
      const r = await (await apiAs(server, account)).ok(ASSIGNMENTS, { since });
      expect(r.mailAssignments).toMatchObject({ totalCount: 0, edges: [] });
    }
  });

  it('refuses a `since` more than 31 days ago, a page over 100 and a forged cursor (BAD_USER_INPUT)', async () => {
    const { a } = await buildTwoOrganisations(server);
    const api = await apiAs(server, a.counsellor);
    const err = await api.fails('BAD_USER_INPUT', ASSIGNMENTS, { since: ago(32 * 86_400_000) });
    expect(err.extensions?.fields).toEqual([{ path: 'since', message: 'At most 31 days ago' }]);
    await api.fails('BAD_USER_INPUT', ASSIGNMENTS, { since: ago(60_000), page: { first: 101 } });
    await api.fails('BAD_USER_INPUT', ASSIGNMENTS, { since: ago(60_000), page: { after: 'bm9wZQ' } });
    // 30 days back is fine.
    await api.ok(ASSIGNMENTS, { since: ago(30 * 86_400_000) });
  });
});
