import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildOrganisation, loginAs } from '../../../../tests/support/builders.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { connectWs, until, type TestWs } from '../chat/chat.test-support.js';

const GRACE = 1000;
const HEARTBEAT = 200;
const realtime = { presenceGraceMs: GRACE, heartbeatMs: HEARTBEAT };

let server: TestServer;
let org: Organisation;
const sockets: TestWs[] = [];
const ws = (s: TestServer, token?: string) => {
  const c = connectWs(s, token);
  sockets.push(c);
  return c;
};

const AVAILABILITY = `query($key: String!) { chatAvailability(organisationKey: $key) { anyoneOnline counsellors { counsellorId displayName state } } }`;
const CHANGED = `subscription($key: String!) { counsellorPresenceChanged(organisationKey: $key) { counsellorId displayName state } }`;
const SET = `mutation($input: SetPresenceStatusInput!) { setPresenceStatus(input: $input) { counsellorId state } }`;

const stateOf = async (s: TestServer, key: string, counsellorId: string) => {
  const { chatAvailability } = await s.client().ok(AVAILABILITY, { key });
  return chatAvailability.counsellors.find((c: { counsellorId: string }) => c.counsellorId === counsellorId)?.state;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  server = await startTestServer({ realtime });
  org = await buildOrganisation(server);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

describe('counsellorPresenceChanged', () => {
  it('shows a counsellor online while connected and offline after the grace period once the last socket closed', async () => {
    const c = await buildCounsellor(server, org);
    const api = await loginAs(server, c);
    const widget = ws(server).subscribe(CHANGED, { key: org.publicKey });
    await sleep(150);
    expect(await stateOf(server, org.publicKey, c.id)).toBe('OFFLINE');

    const dashboard = ws(server, api.token);
    await widget.waitFor(1);
    expect(widget.items[0]).toEqual({ counsellorId: c.id, displayName: c.displayName, state: 'ONLINE' });
    const availability = (await server.client().ok(AVAILABILITY, { key: org.publicKey })).chatAvailability;
    expect(availability.anyoneOnline).toBe(true);

    // A second tab and a reload within the grace period: no flicker.
    const tab2 = ws(server, api.token);
    await sleep(100);
    await dashboard.dispose();
    await sleep(GRACE + 3 * HEARTBEAT);
    expect(await stateOf(server, org.publicKey, c.id)).toBe('ONLINE');
    const closedAt = Date.now();
    await tab2.dispose();
    await sleep(GRACE / 3);
    expect(await stateOf(server, org.publicKey, c.id)).toBe('ONLINE');
    await widget.waitFor(2, GRACE + 10 * HEARTBEAT);
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(GRACE - 50);
    expect(widget.items[1]).toMatchObject({ counsellorId: c.id, state: 'OFFLINE' });
    expect(widget.items).toHaveLength(2);
  });

  it('shows a counsellor offline when their connection stops answering heartbeats', async () => {
    const c = await buildCounsellor(server, org);
    const api = await loginAs(server, c);
    const dashboard = ws(server, api.token);
    await until(async () => (await stateOf(server, org.publicKey, c.id)) === 'ONLINE', 3000, 'online');
    // A frozen tab: the socket stays open on our side but reads nothing, so pings go unanswered.
    dashboard.socket()!.pause();
    await until(
      async () => (await stateOf(server, org.publicKey, c.id)) === 'OFFLINE',
      GRACE + 20 * HEARTBEAT,
      'offline',
    );
    dashboard.socket()!.terminate();
  });

  it('pushes chosen status changes: APPEAR_OFFLINE, UNAVAILABLE, REGULAR_CLIENTS_ONLY, ONLINE', async () => {
    const c = await buildCounsellor(server, org);
    const api = await loginAs(server, c);
    ws(server, api.token);
    await until(async () => (await stateOf(server, org.publicKey, c.id)) === 'ONLINE', 3000, 'online');
    const widget = ws(server).subscribe(CHANGED, { key: org.publicKey });
    await sleep(150);
    const expected = {
      APPEAR_OFFLINE: 'OFFLINE',
      UNAVAILABLE: 'UNAVAILABLE',
      REGULAR_CLIENTS_ONLY: 'REGULAR_CLIENTS_ONLY',
      ONLINE: 'ONLINE',
    } as const;
    for (const [status, state] of Object.entries(expected)) {
      expect((await api.ok(SET, { input: { status } })).setPresenceStatus).toEqual({ counsellorId: c.id, state });
      expect(await stateOf(server, org.publicKey, c.id)).toBe(state);
    }
    await widget.waitFor(4);
    expect(widget.items.filter((p) => p.counsellorId === c.id).map((p) => p.state)).toEqual(Object.values(expected));
    const em = server.orm.em.fork();
    expect((await em.findOneOrFail(Counsellor, c.id)).presenceStatus).toBe('ONLINE');
  });

  it('answers an unknown organisation key with NOT_FOUND', async () => {
    const sub = ws(server).subscribe(CHANGED, { key: 'pk_does_not_exist' });
    await sub.ended();
    expect(JSON.stringify(sub.errors)).toContain('NOT_FOUND');
    await server.client().fails('NOT_FOUND', AVAILABILITY, { key: 'pk_does_not_exist' });
    await server.client().fails('BAD_USER_INPUT', AVAILABILITY, { key: 'k'.repeat(65) });
  });

  it('does not count clients’ connections and never shows another organisation’s counsellors', async () => {
    const other = await buildOrganisation(server);
    const foreign = await buildCounsellor(server, other);
    ws(server, (await loginAs(server, foreign)).token);
    ws(server, (await loginAs(server, await buildClient(server, org))).token);
    await sleep(300);
    const { chatAvailability } = await server.client().ok(AVAILABILITY, { key: org.publicKey });
    expect(chatAvailability.counsellors.map((c: { counsellorId: string }) => c.counsellorId)).not.toContain(foreign.id);
  });
});

describe('setPresenceStatus', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', SET, { input: { status: 'ONLINE' } });
  });

  it('is for staff only, and bad input changes nothing', async () => {
    const cl = await loginAs(server, await buildClient(server, org));
    await cl.fails('FORBIDDEN', SET, { input: { status: 'ONLINE' } });
    const c = await buildCounsellor(server, org);
    const api = await loginAs(server, c);
    await api.fails('BAD_USER_INPUT', SET, { input: { status: 'AWAY' } });
    await api.fails('BAD_USER_INPUT', SET, { input: {} });
    expect((await server.orm.em.fork().findOneOrFail(Counsellor, c.id)).presenceStatus).toBe('ONLINE');
  });

  it('cannot see another organisation: changes only the viewer’s own presence', async () => {
    const other = await buildOrganisation(server);
    const foreign = await buildCounsellor(server, other);
    const api = await loginAs(server, foreign);
    expect((await api.ok(SET, { input: { status: 'UNAVAILABLE' } })).setPresenceStatus.counsellorId).toBe(foreign.id);
    const { chatAvailability } = await server.client().ok(AVAILABILITY, { key: org.publicKey });
    expect(chatAvailability.counsellors.map((c: { counsellorId: string }) => c.counsellorId)).not.toContain(foreign.id);
  });
});

describe('presence across processes (PostgreSQL store)', () => {
  it('shows a counsellor connected to process A as online on process B, and B takes them offline after A is gone', async () => {
    const a = await startTestServer({ realtime }, { databaseUrl: server.databaseUrl });
    try {
      const c = await buildCounsellor(server, org);
      const api = await loginAs(a, c);
      ws(a, api.token);
      await until(async () => (await stateOf(server, org.publicKey, c.id)) === 'ONLINE', 3000, 'online on B');
      await a.close();
      await until(
        async () => (await stateOf(server, org.publicKey, c.id)) === 'OFFLINE',
        GRACE + 20 * HEARTBEAT,
        'offline on B',
      );
    } finally {
      await a.close().catch(() => undefined);
    }
  });
});
