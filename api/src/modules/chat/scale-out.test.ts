/**
 * Two API processes (two app instances on one database) behind an imaginary load balancer, joined by
 * Redis. Runs only when REDIS_URL is set, e.g. `REDIS_URL=redis://127.0.0.1:6379 npx vitest run …`.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildOrganisation, loginAs } from '../../../../tests/support/builders.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { connectWs, MESSAGES_SUB, openStream, send, until, type TestWs } from './chat.test-support.js';

const redisUrl = process.env.REDIS_URL;
const realtime = { heartbeatMs: 200, presenceGraceMs: 1000 };
// Like production: every process verifies the others' tokens.
const jwtSecret = randomBytes(32).toString('hex');

describe.skipIf(!redisUrl)('scale-out with Redis (skipped: set REDIS_URL to run)', () => {
  let a: TestServer;
  let b: TestServer;
  let org: Organisation;
  const sockets: TestWs[] = [];
  const ws = (server: TestServer, token?: string) => {
    const s = connectWs(server, token);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    a = await startTestServer({ redisUrl, realtime, jwtSecret });
    b = await startTestServer({ redisUrl, realtime, jwtSecret }, { databaseUrl: a.databaseUrl });
    org = await buildOrganisation(a);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
    await b?.close();
    await a?.close();
  });

  it('delivers a message sent through process A to a subscriber on process B', async () => {
    const c = await buildCounsellor(a, org);
    const cl = await buildClient(a, org);
    const staffOnA = await loginAs(a, c);
    const { id } = await openStream(staffOnA, { clientId: cl.id });
    const sub = ws(b, (await loginAs(b, cl)).token).subscribe(MESSAGES_SUB, { streamId: id });
    await new Promise((r) => setTimeout(r, 300));
    await send(staffOnA, id, 'über Redis');
    const [m] = await sub.waitFor(1);
    expect(m).toMatchObject({ seq: 1, body: 'über Redis', sender: { id: c.id } });
    expect(typeof m!.createdAt).toBe('string');
    expect(Number.isNaN(Date.parse(m!.createdAt))).toBe(false);
  });

  it('keeps order and exactly-once when both processes send concurrently, and resumes across processes', async () => {
    const c = await buildCounsellor(a, org);
    const cl = await buildClient(a, org);
    const staffA = await loginAs(a, c);
    const staffB = await loginAs(b, c);
    const clientToken = (await loginAs(a, cl)).token;
    const { id } = await openStream(staffA, { clientId: cl.id });
    const onA = ws(a, clientToken).subscribe(MESSAGES_SUB, { streamId: id, afterSeq: 0 });
    const onB = ws(b, clientToken).subscribe(MESSAGES_SUB, { streamId: id, afterSeq: 0 });
    await new Promise((r) => setTimeout(r, 300));
    const N = 40;
    await Promise.all(Array.from({ length: N }, (_, i) => send(i % 2 ? staffA : staffB, id, `m${i}`)));
    const expected = Array.from({ length: N }, (_, i) => i + 1);
    await onA.waitFor(N, 10_000);
    await onB.waitFor(N, 10_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(onA.items.map((m) => m.seq)).toEqual(expected);
    expect(onB.items.map((m) => m.seq)).toEqual(expected);

    // A subscriber that was on A resumes on B from its last sequence.
    await send(staffA, id, 'later');
    const resumed = ws(b, clientToken).subscribe(MESSAGES_SUB, { streamId: id, afterSeq: N - 1 });
    await resumed.waitFor(2);
    expect(resumed.items.map((m) => m.seq)).toEqual([N, N + 1]);
  });

  it('pushes presence from process A to widgets on process B and sweeps it offline there', async () => {
    const c = await buildCounsellor(a, org);
    const widget = ws(b).subscribe(
      `subscription($key: String!) { counsellorPresenceChanged(organisationKey: $key) { counsellorId state } }`,
      { key: org.publicKey },
    );
    await new Promise((r) => setTimeout(r, 300));
    const dashboard = ws(a, (await loginAs(a, c)).token);
    await until(() => widget.items.some((p) => p.counsellorId === c.id && p.state === 'ONLINE'), 3000, 'online on B');
    const availability = await b
      .client()
      .ok(`query($key: String!) { chatAvailability(organisationKey: $key) { counsellors { counsellorId state } } }`, {
        key: org.publicKey,
      });
    expect(availability.chatAvailability.counsellors).toContainEqual({ counsellorId: c.id, state: 'ONLINE' });
    await dashboard.dispose();
    await until(() => widget.items.some((p) => p.counsellorId === c.id && p.state === 'OFFLINE'), 5000, 'offline on B');
  });

  it('shares typing indicators across processes', async () => {
    const c = await buildCounsellor(a, org);
    const cl = await buildClient(a, org);
    const staff = await loginAs(a, c);
    const { id } = await openStream(staff, { clientId: cl.id });
    const typing = ws(b, (await loginAs(b, cl)).token).subscribe(
      `subscription($s: ID!) { chatTypingChanged(streamId: $s) { typing participant { id } } }`,
      { s: id },
    );
    await new Promise((r) => setTimeout(r, 300));
    await staff.ok(`mutation($i: SetChatTypingInput!) { setChatTyping(input: $i) }`, {
      i: { streamId: id, typing: true },
    });
    expect(await typing.waitFor(1)).toEqual([{ typing: true, participant: { id: c.id } }]);
  });
});
