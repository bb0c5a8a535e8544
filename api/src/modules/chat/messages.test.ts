import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { ChatMessage } from './chat-message.entity.js';
import { ChatStream } from './chat-stream.entity.js';
import { connectWs, MESSAGES_SUB, openStream, send, SEND, until, type TestWs } from './chat.test-support.js';

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let staff: GraphQLClient;
let client: GraphQLClient;
let streamId: string;
const sockets: TestWs[] = [];
const ws = (token?: string | (() => string | undefined)) => {
  const s = connectWs(server, token);
  sockets.push(s);
  return s;
};

const HISTORY = `query($streamId: ID!, $beforeSeq: Int, $last: Int) {
  chatHistory(streamId: $streamId, beforeSeq: $beforeSeq, last: $last) { hasOlder messages { seq body } }
}`;

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
  staff = await loginAs(server, orgs.a.counsellor);
  client = await loginAs(server, orgs.a.client);
  streamId = (await openStream(staff, { clientId: orgs.a.client.id })).id;
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

describe('sendChatMessage', () => {
  it('persists before announcing and numbers messages 1, 2, 3 … per stream', async () => {
    const c = await buildCounsellor(server, orgs.a.org);
    const cl = await buildClient(server, orgs.a.org);
    const api = await loginAs(server, c);
    const id = (await openStream(api, { clientId: cl.id })).id;
    const sub = ws(api.token).subscribe(MESSAGES_SUB, { streamId: id });
    await new Promise((r) => setTimeout(r, 100));
    const sent = [];
    for (const body of ['eins', 'zwei', 'drei']) sent.push(await send(api, id, body));
    expect(sent.map((m) => m.seq)).toEqual([1, 2, 3]);
    const got = await sub.waitFor(3);
    expect(got.map((m) => [m.seq, m.body])).toEqual([
      [1, 'eins'],
      [2, 'zwei'],
      [3, 'drei'],
    ]);
    expect(got[0]).toMatchObject({ streamId: id, kind: 'TEXT', sender: { id: c.id, kind: 'STAFF' } });
    const em = server.orm.em.fork();
    expect(await em.count(ChatMessage, { stream: id })).toBe(3);
    expect((await em.findOneOrFail(ChatStream, id)).lastSeq).toBe(3);
  });

  it('gives concurrent senders distinct, gap-free sequences', async () => {
    const id = (await openStream(staff, { clientId: (await buildClient(server, orgs.a.org)).id })).id;
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => send(staff, id, `m${i}`)));
    expect(results.map((m) => m.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('returns the first message when a clientMessageId is sent again', async () => {
    const first = await send(client, streamId, 'hallo', 'client-msg-1');
    const again = await send(client, streamId, 'hallo', 'client-msg-1');
    expect(again.id).toBe(first.id);
    expect(again.seq).toBe(first.seq);
    expect(await server.orm.em.fork().count(ChatMessage, { clientMessageId: 'client-msg-1' })).toBe(1);
  });

  it('rejects bad input with BAD_USER_INPUT and changes nothing', async () => {
    const before = (await server.orm.em.fork().findOneOrFail(ChatStream, streamId)).lastSeq;
    const cases: Record<string, unknown>[] = [
      { streamId, body: '' },
      { streamId, body: '   ' },
      { streamId, body: 'x'.repeat(4001) },
      { streamId: 'not-a-uuid', body: 'x' },
      { streamId, body: 'x', clientMessageId: 'has spaces' },
      { streamId, body: 'x', clientMessageId: 'a'.repeat(65) },
      { streamId, body: 42 },
    ];
    for (const input of cases) await client.fails('BAD_USER_INPUT', SEND, { input });
    expect((await server.orm.em.fork().findOneOrFail(ChatStream, streamId)).lastSeq).toBe(before);
  });

  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', SEND, { input: { streamId, body: 'x' } });
  });

  it('cannot see another organisation: NOT_FOUND and nothing changed', async () => {
    const other = await loginAs(server, orgs.b.counsellor);
    const before = (await server.orm.em.fork().findOneOrFail(ChatStream, streamId)).lastSeq;
    await other.fails('NOT_FOUND', SEND, { input: { streamId, body: 'intrusion' } });
    await other.fails('NOT_FOUND', HISTORY, { streamId });
    expect((await server.orm.em.fork().findOneOrFail(ChatStream, streamId)).lastSeq).toBe(before);
  });

  it('is refused to staff who are not members (NOT_FOUND), but admins may read', async () => {
    const colleague = await loginAs(server, await buildCounsellor(server, orgs.a.org));
    await colleague.fails('NOT_FOUND', SEND, { input: { streamId, body: 'x' } });
    await colleague.fails('NOT_FOUND', HISTORY, { streamId });
    const admin = await loginAs(server, orgs.a.admin);
    expect((await admin.ok(HISTORY, { streamId })).chatHistory.messages.length).toBeGreaterThan(0);
    await admin.fails('NOT_FOUND', SEND, { input: { streamId, body: 'x' } });
  });
});

describe('chatHistory', () => {
  it('pages backwards, newest last', async () => {
    const id = (await openStream(staff, { clientId: (await buildClient(server, orgs.a.org)).id })).id;
    for (let i = 1; i <= 7; i++) await send(staff, id, `n${i}`);
    const last = (await staff.ok(HISTORY, { streamId: id, last: 3 })).chatHistory;
    expect(last.messages.map((m: { seq: number }) => m.seq)).toEqual([5, 6, 7]);
    expect(last.hasOlder).toBe(true);
    const older = (await staff.ok(HISTORY, { streamId: id, last: 3, beforeSeq: 5 })).chatHistory;
    expect(older.messages.map((m: { seq: number }) => m.seq)).toEqual([2, 3, 4]);
    const oldest = (await staff.ok(HISTORY, { streamId: id, last: 3, beforeSeq: 2 })).chatHistory;
    expect(oldest).toEqual({ hasOlder: false, messages: [{ seq: 1, body: 'n1' }] });
    await staff.fails('BAD_USER_INPUT', HISTORY, { streamId: id, last: 101 });
    await staff.fails('BAD_USER_INPUT', HISTORY, { streamId: id, beforeSeq: -1 });
  });
});

describe('chatMessageAdded', () => {
  it('requires authentication', async () => {
    const anon = ws();
    const sub = anon.subscribe(MESSAGES_SUB, { streamId });
    await sub.ended();
    expect(JSON.stringify(sub.errors)).toContain('UNAUTHENTICATED');
  });

  it('cannot see another organisation', async () => {
    const other = await loginAs(server, orgs.b.admin);
    const sub = ws(other.token).subscribe(MESSAGES_SUB, { streamId, afterSeq: 0 });
    await sub.ended();
    expect(JSON.stringify(sub.errors)).toContain('NOT_FOUND');
    expect(sub.items).toEqual([]);
  });

  it('replays everything after afterSeq in order, then live messages', async () => {
    const id = (await openStream(staff, { clientId: (await buildClient(server, orgs.a.org)).id })).id;
    for (let i = 1; i <= 5; i++) await send(staff, id, `old${i}`);
    const sub = ws(staff.token).subscribe(MESSAGES_SUB, { streamId: id, afterSeq: 2 });
    await sub.waitFor(3);
    await send(staff, id, 'new6');
    const got = await sub.waitFor(4);
    expect(got.map((m) => m.seq)).toEqual([3, 4, 5, 6]);
  });

  it('resumes exactly once and in order after a forced disconnect while messages keep coming', async () => {
    const cl = await buildClient(server, orgs.a.org);
    const clientApi = await loginAs(server, cl);
    const id = (await openStream(staff, { clientId: cl.id })).id;
    const TOTAL = 60;
    const received: number[] = [];
    const first = ws(clientApi.token);
    const sub1 = first.subscribe(MESSAGES_SUB, { streamId: id, afterSeq: 0 });
    await new Promise((r) => setTimeout(r, 100));

    // The sender keeps sending throughout; the subscriber's socket is cut in the middle.
    const sending = (async () => {
      for (let i = 1; i <= TOTAL; i++) {
        await send(staff, id, `msg ${i}`);
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 15));
      }
    })();
    await sub1.waitFor(15, 10_000);
    first.socket()!.terminate();
    await sub1.ended();
    received.push(...sub1.items.map((m) => m.seq));
    const lastSeen = received.at(-1)!;

    const second = ws(clientApi.token);
    const sub2 = second.subscribe(MESSAGES_SUB, { streamId: id, afterSeq: lastSeen });
    await sending;
    await until(() => lastSeen + sub2.items.length >= TOTAL, 10_000, 'all messages after resume');
    await new Promise((r) => setTimeout(r, 200)); // nothing more may arrive
    received.push(...sub2.items.map((m) => m.seq));
    expect(received).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
  });

  it('delivers only live messages without afterSeq', async () => {
    const id = (await openStream(staff, { clientId: (await buildClient(server, orgs.a.org)).id })).id;
    await send(staff, id, 'before');
    const sub = ws(staff.token).subscribe(MESSAGES_SUB, { streamId: id });
    await new Promise((r) => setTimeout(r, 150));
    await send(staff, id, 'after');
    const [m] = await sub.waitFor(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(sub.items.map((x) => x.body)).toEqual(['after']);
    expect(m!.seq).toBe(2);
  });

  it('rejects a negative afterSeq with BAD_USER_INPUT', async () => {
    const sub = ws(staff.token).subscribe(MESSAGES_SUB, { streamId, afterSeq: -1 });
    await sub.ended();
    expect(JSON.stringify(sub.errors)).toContain('BAD_USER_INPUT');
  });
});
