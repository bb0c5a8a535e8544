/**
 * `mailRequestChanged` over a real WebSocket: who learns of which change, and who learns nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildAdmin, buildClient, buildCounsellor, buildOrganisation } from '../../../../tests/support/builders.js';
import { connectWs, type TestWs } from '../chat/chat.test-support.js';
import { OpennessLevel } from '../organisation/organisation.entity.js';
import { ANSWER, apiAs, RELEASE, REPLY, sendRequest, TAKE_OVER } from './mail.test-support.js';

const CHANGED = `subscription { mailRequestChanged { requestId kind status counsellorId previousCounsellorId actorId at } }`;

interface Change {
  requestId: string;
  kind: string;
  status: string;
  counsellorId: string | null;
  previousCounsellorId: string | null;
  actorId: string | null;
  at: string;
}

let server: TestServer;
const sockets: TestWs[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

/** A socket of `token` subscribed to the changes, registered before anything happens. */
async function listen(token: string) {
  const ws = connectWs(server, token);
  sockets.push(ws);
  const changes = ws.subscribe<Change>(CHANGED);
  // The server registers the subscription a moment after the socket opened.
  await new Promise((r) => setTimeout(r, 300));
  return changes;
}

async function setup(level = OpennessLevel.OPEN) {
  const org = await buildOrganisation(server, { opennessLevel: level });
  const owner = await buildCounsellor(server, org);
  const colleague = await buildCounsellor(server, org);
  const admin = await buildAdmin(server, org);
  const client = await buildClient(server, org);
  const apis = {
    owner: await apiAs(server, owner),
    colleague: await apiAs(server, colleague),
    admin: await apiAs(server, admin),
    client: await apiAs(server, client),
  };
  return { org, owner, colleague, admin, client, apis };
}

describe('mailRequestChanged', () => {
  it('tells each staff member of the changes to requests they may see, before or after', async () => {
    const s = await setup();
    const [ownerSees, colleagueSees, adminSees] = await Promise.all([
      listen(s.apis.owner.token!),
      listen(s.apis.colleague.token!),
      listen(s.apis.admin.token!),
    ]);

    const { id } = await sendRequest(s.apis.client, { counsellorId: s.owner.id });
    await s.apis.owner.ok(ANSWER, { input: { requestId: id, message: 'Erste Antwort' } });
    await s.apis.client.ok(REPLY, { input: { requestId: id, message: 'Danke, noch eine Frage' } });
    await s.apis.owner.ok(RELEASE, { input: { requestId: id } });
    await s.apis.colleague.ok(TAKE_OVER, { input: { requestId: id } });

    const kinds = (changes: Change[]) => changes.map((c) => `${c.kind}:${c.status}`);
    // The admin sees everything of the organisation.
    expect(kinds(await adminSees.waitFor(5))).toEqual([
      'CREATED:ASSIGNED',
      'ANSWERED:ANSWERED',
      'CLIENT_REPLIED:ASSIGNED',
      'RELEASED:OPEN',
      'TAKEN_OVER:ASSIGNED',
    ]);
    // The owner: while it was theirs, and that a colleague took it from the pool.
    expect(kinds(await ownerSees.waitFor(5))).toEqual(kinds(adminSees.items));
    // The colleague (OPEN organisation): nothing while it was the owner's, then the pool and the take-over.
    await colleagueSees.waitFor(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(kinds(colleagueSees.items)).toEqual(['RELEASED:OPEN', 'TAKEN_OVER:ASSIGNED']);

    const takeOver = colleagueSees.items[1]!;
    expect(takeOver).toMatchObject({
      requestId: id,
      counsellorId: s.colleague.id,
      previousCounsellorId: null,
      actorId: s.colleague.id,
    });
    expect(adminSees.items[3]).toMatchObject({
      kind: 'RELEASED',
      counsellorId: null,
      previousCounsellorId: s.owner.id,
    });
    expect(Date.parse(takeOver.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(adminSees.items[2]).toMatchObject({ kind: 'CLIENT_REPLIED', actorId: null });
    // Ids and the status only: nothing of the subject or the messages travels.
    expect(JSON.stringify(adminSees.items)).not.toMatch(/Antwort|Frage/);
    // A change of the counsellor is told at the instant it was recorded (mailAssignments), so a
    // client catching up after a gap names it as the live event did.
    const recorded = (api: typeof s.apis.owner) =>
      api.ok<{ mailAssignments: { edges: { node: { kind: string; createdAt: string } }[] } }>(
        `query($since: DateTimeISO!) { mailAssignments(since: $since) { edges { node { kind createdAt } } } }`,
        { since: new Date(Date.now() - 60_000).toISOString() },
      );
    expect((await recorded(s.apis.colleague)).mailAssignments.edges.map((e) => e.node)).toEqual([
      { kind: 'TAKEN_OVER', createdAt: takeOver.at },
    ]);
    expect((await recorded(s.apis.owner)).mailAssignments.edges.map((e) => e.node)).toEqual([
      { kind: 'RELEASED', createdAt: adminSees.items[3]!.at },
      { kind: 'ROUTED', createdAt: expect.any(String) },
    ]);
  });

  it('lets a counsellor of a VERY_OPEN organisation follow every request', async () => {
    const s = await setup(OpennessLevel.VERY_OPEN);
    const colleagueSees = await listen(s.apis.colleague.token!);
    const { id } = await sendRequest(s.apis.client, { counsellorId: s.owner.id });
    expect(await colleagueSees.waitFor(1)).toMatchObject([{ requestId: id, kind: 'CREATED' }]);
  });

  it('tells nothing to another organisation, and refuses clients and anonymous callers', async () => {
    const s = await setup();
    const other = await setup();
    const outsider = await listen(other.apis.admin.token!);
    const { id } = await sendRequest(s.apis.client, { counsellorId: s.owner.id });
    await s.apis.owner.ok(RELEASE, { input: { requestId: id } });
    await new Promise((r) => setTimeout(r, 500));
    expect(outsider.items).toEqual([]);

    const asClient = await listen(s.apis.client.token!);
    await asClient.ended();
    expect(asClient.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);

    const ws = connectWs(server);
    sockets.push(ws);
    const anonymous = ws.subscribe(CHANGED);
    await anonymous.ended();
    expect(anonymous.errors).toMatchObject([{ extensions: { code: 'UNAUTHENTICATED' } }]);
  });
});
