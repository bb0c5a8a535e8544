import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { PresenceStatus } from '../presence/presence.enums.js';
import { ChatStream } from './chat-stream.entity.js';
import { connectWs, OPEN, openStream, send, STREAM_FIELDS, tokenOf, type TestWs } from './chat.test-support.js';

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const sockets: TestWs[] = [];
const ws = (token?: string) => {
  const s = connectWs(server, token);
  sockets.push(s);
  return s;
};

const STREAMS = `query($filter: ChatStreamFilter, $page: PageInput) {
  chatStreams(filter: $filter, page: $page) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${STREAM_FIELDS} } } }
}`;
const STREAM = `query($id: ID!) { chatStream(id: $id) { ${STREAM_FIELDS} } }`;
const MARK_READ = `mutation($input: MarkChatReadInput!) { markChatRead(input: $input) { id unreadCount lastReadSeq } }`;
const TYPING = `mutation($input: SetChatTypingInput!) { setChatTyping(input: $input) }`;

const setCounsellor = async (id: string, data: Partial<Counsellor>) => {
  const em = server.orm.em.fork();
  Object.assign(await em.findOneOrFail(Counsellor, id), data);
  await em.flush();
};
const streamCount = () => server.orm.em.fork().count(ChatStream, {});

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

describe('openChatStream', () => {
  it('opens a client stream once; opening again returns the same stream', async () => {
    const staff = await loginAs(server, orgs.a.counsellor);
    const cl = await buildClient(server, orgs.a.org);
    const first = await openStream(staff, { clientId: cl.id });
    const again = await openStream(staff, { clientId: cl.id });
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({
      kind: 'CLIENT',
      memberCount: 2,
      unreadCount: 0,
      lastSeq: 0,
      counterpart: { id: cl.id, kind: 'CLIENT', displayName: cl.pseudonym },
      title: cl.pseudonym,
    });
    // The client opening it from their side lands in the same stream.
    expect((await openStream(await loginAs(server, cl), { counsellorId: orgs.a.counsellor.id })).id).toBe(first.id);
  });

  it('opens a colleague stream between staff', async () => {
    const me = await buildCounsellor(server, orgs.a.org);
    const colleague = await buildCounsellor(server, orgs.a.org);
    const s = await openStream(await loginAs(server, me), { counsellorId: colleague.id });
    expect(s).toMatchObject({ kind: 'COLLEAGUE', counterpart: { id: colleague.id, kind: 'STAFF' } });
  });

  it('refuses clients an UNAVAILABLE counsellor, and REGULAR_CLIENTS_ONLY ones unless regular', async () => {
    const c = await buildCounsellor(server, orgs.a.org);
    const stranger = await loginAs(server, await buildClient(server, orgs.a.org));
    const regular = await loginAs(server, await buildClient(server, orgs.a.org, { primaryCounsellor: c.id } as never));
    const before = await streamCount();

    await setCounsellor(c.id, { presenceStatus: PresenceStatus.UNAVAILABLE });
    for (const api of [stranger, regular]) {
      const err = await api.fails('FORBIDDEN', OPEN, { input: { counsellorId: c.id } });
      expect(err.extensions?.reason).toBe('COUNSELLOR_UNAVAILABLE');
    }

    await setCounsellor(c.id, { presenceStatus: PresenceStatus.REGULAR_CLIENTS_ONLY });
    expect((await stranger.fails('FORBIDDEN', OPEN, { input: { counsellorId: c.id } })).extensions?.reason).toBe(
      'REGULAR_CLIENTS_ONLY',
    );
    await setCounsellor(c.id, { presenceStatus: PresenceStatus.ONLINE, onlyRegularClients: true });
    expect((await stranger.fails('FORBIDDEN', OPEN, { input: { counsellorId: c.id } })).extensions?.reason).toBe(
      'REGULAR_CLIENTS_ONLY',
    );
    expect(await streamCount()).toBe(before);
    expect((await openStream(regular, { counsellorId: c.id })).kind).toBe('CLIENT');

    await setCounsellor(c.id, { presenceStatus: PresenceStatus.APPEAR_OFFLINE, onlyRegularClients: false });
    expect((await openStream(stranger, { counsellorId: c.id })).kind).toBe('CLIENT');
  });

  it('stops a client writing to a counsellor who became UNAVAILABLE', async () => {
    const c = await buildCounsellor(server, orgs.a.org);
    const cl = await loginAs(server, await buildClient(server, orgs.a.org));
    const { id } = await openStream(cl, { counsellorId: c.id });
    await send(cl, id, 'first');
    await setCounsellor(c.id, { presenceStatus: PresenceStatus.UNAVAILABLE });
    const err = await cl.fails(
      'FORBIDDEN',
      `mutation($i: SendChatMessageInput!) { sendChatMessage(input: $i) { id } }`,
      {
        i: { streamId: id, body: 'second' },
      },
    );
    expect(err.extensions?.reason).toBe('COUNSELLOR_UNAVAILABLE');
    expect((await server.orm.em.fork().findOneOrFail(ChatStream, id)).lastSeq).toBe(1);
    // Staff can still write to the client.
    await send(await loginAs(server, c), id, 'from staff');
  });

  it('lets clients open streams with counsellors only', async () => {
    const cl = await loginAs(server, orgs.a.client);
    const other = await buildClient(server, orgs.a.org);
    await cl.fails('FORBIDDEN', OPEN, { input: { clientId: other.id } });
  });

  it('rejects bad input and changes nothing', async () => {
    const staff = await loginAs(server, orgs.a.counsellor);
    const before = await streamCount();
    await staff.fails('BAD_USER_INPUT', OPEN, { input: {} });
    await staff.fails('BAD_USER_INPUT', OPEN, { input: { clientId: orgs.a.client.id, counsellorId: orgs.a.admin.id } });
    await staff.fails('BAD_USER_INPUT', OPEN, { input: { clientId: 'nope' } });
    await staff.fails('BAD_USER_INPUT', OPEN, { input: { counsellorId: orgs.a.counsellor.id } });
    await staff.fails('NOT_FOUND', OPEN, { input: { clientId: orgs.a.admin.id } });
    expect(await streamCount()).toBe(before);
  });

  it('cannot see another organisation', async () => {
    const staff = await loginAs(server, orgs.a.counsellor);
    const before = await streamCount();
    await staff.fails('NOT_FOUND', OPEN, { input: { clientId: orgs.b.client.id } });
    await staff.fails('NOT_FOUND', OPEN, { input: { counsellorId: orgs.b.counsellor.id } });
    expect(await streamCount()).toBe(before);
  });

  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', OPEN, { input: { clientId: orgs.a.client.id } });
  });
});

describe('chatStreams', () => {
  it('lists my streams with last message and unread count, newest activity first, and searches', async () => {
    const me = await buildCounsellor(server, orgs.a.org);
    const api = await loginAs(server, me);
    const anna = await buildClient(server, orgs.a.org, { pseudonym: `anna${Date.now()}` } as never);
    const bert = await buildClient(server, orgs.a.org, { pseudonym: `bert${Date.now()}` } as never);
    const sA = await openStream(api, { clientId: anna.id });
    const sB = await openStream(api, { clientId: bert.id });
    const annaApi = await loginAs(server, anna);
    await send(annaApi, sA.id, 'hallo 1');
    await send(annaApi, sA.id, 'hallo 2');
    await send(api, sB.id, 'von mir');

    const list = (await api.ok(STREAMS)).chatStreams;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e: any) => e.node.id)).toEqual([sB.id, sA.id]);
    expect(list.edges[0].node).toMatchObject({ unreadCount: 0, lastMessage: { seq: 1, body: 'von mir' } });
    expect(list.edges[1].node).toMatchObject({ unreadCount: 2, lastMessage: { seq: 2, body: 'hallo 2' } });

    const found = (await api.ok(STREAMS, { filter: { search: anna.pseudonym.slice(0, 6) } })).chatStreams;
    expect(found.edges.map((e: any) => e.node.id)).toEqual([sA.id]);
    const byNumber = (await api.ok(STREAMS, { filter: { search: bert.clientNumber } })).chatStreams;
    expect(byNumber.edges.map((e: any) => e.node.id)).toEqual([sB.id]);
    expect((await api.ok(STREAMS, { filter: { search: '%' } })).chatStreams.totalCount).toBe(0);

    const page1 = (await api.ok(STREAMS, { page: { first: 1 } })).chatStreams;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await api.ok(STREAMS, { page: { first: 1, after: page1.pageInfo.endCursor } })).chatStreams;
    expect(page2.edges.map((e: any) => e.node.id)).toEqual([sA.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('shows each stream in the list as its own view does: direct and group, documents, senders, creators', async () => {
    const me = await buildCounsellor(server, orgs.a.org);
    const colleague = await buildCounsellor(server, orgs.a.org, { displayName: '' } as never);
    const api = await loginAs(server, me);
    const client = await buildClient(server, orgs.a.org);
    const clientApi = await loginAs(server, client);
    const direct = await openStream(api, { clientId: client.id });
    await send(clientApi, direct.id, 'Hallo');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    const uploaded = await fetch(`${server.url}/api/chat/streams/${direct.id}/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokenOf(clientApi)}`,
        'x-filename': encodeURIComponent('Plan März.png'),
        'content-type': 'application/octet-stream',
      },
      body: new Uint8Array(png),
    });
    expect(uploaded.status).toBe(201);
    // A colleague without a display name (shown as "—"), no messages yet.
    await openStream(api, { counsellorId: colleague.id });
    const group = (
      await api.ok(`mutation($input: CreateGroupChatInput!) { createGroupChat(input: $input) { id } }`, {
        input: { name: 'Fallbesprechung', description: 'Nur intern', memberIds: [colleague.id] },
      })
    ).createGroupChat;
    await send(api, group.id, 'Dienstag 10 Uhr?');

    const FULL = `id kind title name description memberCount lastSeq lastReadSeq unreadCount othersReadSeq isMember lastActivityAt createdAt
      counterpart { id kind displayName } createdBy { id kind displayName }
      lastMessage { id streamId seq kind body createdAt link clientMessageId sender { id kind displayName }
        document { id streamId filename contentType size createdAt downloadPath uploadedBy { id kind displayName } } }`;
    const list = (await api.ok(`{ chatStreams { edges { node { ${FULL} } } } }`)).chatStreams.edges.map(
      (e: any) => e.node,
    );
    expect(list).toHaveLength(3);
    expect(list.find((n: any) => n.id === direct.id).lastMessage.document.filename).toBe('Plan März.png');
    for (const node of list) {
      const own = (await api.ok(`query($id: ID!) { chatStream(id: $id) { ${FULL} } }`, { id: node.id })).chatStream;
      expect(node, node.kind).toEqual(own);
    }
  });

  it('tells how far the others have read (othersReadSeq): the other person, in a group the one furthest behind', async () => {
    const me = await buildCounsellor(server, orgs.a.org);
    const colleague = await buildCounsellor(server, orgs.a.org);
    const api = await loginAs(server, me);
    const client = await buildClient(server, orgs.a.org);
    const clientApi = await loginAs(server, client);
    const direct = await openStream(api, { clientId: client.id });
    await send(api, direct.id, 'eins');
    await send(api, direct.id, 'zwei');
    const group = (
      await api.ok(`mutation($input: CreateGroupChatInput!) { createGroupChat(input: $input) { id } }`, {
        input: { name: 'Team', memberIds: [colleague.id] },
      })
    ).createGroupChat;
    await send(api, group.id, 'drei');
    const seen = async () => {
      const list = (await api.ok(`{ chatStreams { edges { node { id othersReadSeq } } } }`)).chatStreams.edges;
      const one = async (id: string) =>
        (await api.ok(`query($id: ID!) { chatStream(id: $id) { othersReadSeq } }`, { id })).chatStream.othersReadSeq;
      const inList = Object.fromEntries(list.map((e: any) => [e.node.id, e.node.othersReadSeq]));
      expect(inList).toEqual({ [direct.id]: await one(direct.id), [group.id]: await one(group.id) });
      return inList;
    };
    expect(await seen()).toEqual({ [direct.id]: 0, [group.id]: 0 });
    await clientApi.ok(MARK_READ, { input: { streamId: direct.id, seq: 1 } });
    expect((await seen())[direct.id]).toBe(1);
    await clientApi.ok(MARK_READ, { input: { streamId: direct.id, seq: 2 } });
    await (await loginAs(server, colleague)).ok(MARK_READ, { input: { streamId: group.id, seq: 1 } });
    expect(await seen()).toEqual({ [direct.id]: 2, [group.id]: 1 });
    // My own marker does not count.
    await api.ok(MARK_READ, { input: { streamId: direct.id, seq: 2 } });
    expect((await seen())[direct.id]).toBe(2);
    // Another organisation's member sees none of it.
    await server.client().fails('UNAUTHENTICATED', `query($id: ID!) { chatStream(id: $id) { othersReadSeq } }`, {
      id: direct.id,
    });
    await (
      await loginAs(server, orgs.b.admin)
    ).fails('NOT_FOUND', `query($id: ID!) { chatStream(id: $id) { othersReadSeq } }`, { id: direct.id });
  });

  it('costs the same number of SQL statements for 1 and for 20 streams', async () => {
    const me = await buildCounsellor(server, orgs.a.org);
    const api = await loginAs(server, me);
    for (let i = 0; i < 20; i++) {
      const s = await openStream(api, { clientId: (await buildClient(server, orgs.a.org)).id });
      await send(api, s.id, `m${i}`);
    }
    const recorder = recordStatements(server);
    try {
      await api.ok(STREAMS, { page: { first: 1 } });
      const one = recorder.statements.length;
      recorder.reset();
      await api.ok(STREAMS, { page: { first: 20 } });
      expect(recorder.statements.length).toBe(one);
    } finally {
      recorder.stop();
    }
  });

  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', STREAMS);
  });

  it('cannot see another organisation', async () => {
    const staff = await loginAs(server, orgs.a.counsellor);
    const s = await openStream(staff, { clientId: (await buildClient(server, orgs.a.org)).id });
    const other = await loginAs(server, orgs.b.admin);
    expect((await other.ok(STREAMS)).chatStreams.edges.map((e: any) => e.node.id)).not.toContain(s.id);
    await other.fails('NOT_FOUND', STREAM, { id: s.id });
  });
});

describe('markChatRead and chatInboxUpdated', () => {
  it('updates unread counts live and announces read markers', async () => {
    const c = await buildCounsellor(server, orgs.a.org);
    const cl = await buildClient(server, orgs.a.org);
    const staff = await loginAs(server, c);
    const client = await loginAs(server, cl);
    const { id } = await openStream(staff, { clientId: cl.id });

    const inbox = ws(client.token).subscribe(
      `subscription { chatInboxUpdated { streamId lastSeq unreadCount removed lastMessage { seq body } } }`,
    );
    const markers = ws(staff.token).subscribe(
      `subscription($s: ID!) { chatReadMarkerMoved(streamId: $s) { streamId seq participant { id kind } } }`,
      { s: id },
    );
    await new Promise((r) => setTimeout(r, 150));
    await send(staff, id, 'eins');
    await send(staff, id, 'zwei');
    await inbox.waitFor(2);
    expect(inbox.items.map((u) => u.unreadCount)).toEqual([1, 2]);
    expect(inbox.items[1]).toMatchObject({ streamId: id, lastSeq: 2, lastMessage: { seq: 2, body: 'zwei' } });

    const read = (await client.ok(MARK_READ, { input: { streamId: id, seq: 99 } })).markChatRead;
    expect(read).toMatchObject({ unreadCount: 0, lastReadSeq: 2 });
    await inbox.waitFor(3);
    expect(inbox.items[2]).toMatchObject({ streamId: id, unreadCount: 0, lastMessage: null });
    const [marker] = await markers.waitFor(1);
    expect(marker).toMatchObject({ streamId: id, seq: 2, participant: { id: cl.id, kind: 'CLIENT' } });

    // Never backwards.
    expect((await client.ok(MARK_READ, { input: { streamId: id, seq: 1 } })).markChatRead.lastReadSeq).toBe(2);
    await client.fails('BAD_USER_INPUT', MARK_READ, { input: { streamId: id, seq: -5 } });
  });
});

describe('setChatTyping', () => {
  it('pushes typing indicators to the other members', async () => {
    const c = await buildCounsellor(server, orgs.a.org);
    const cl = await buildClient(server, orgs.a.org);
    const staff = await loginAs(server, c);
    const client = await loginAs(server, cl);
    const { id } = await openStream(staff, { clientId: cl.id });
    const typing = ws(staff.token).subscribe(
      `subscription($s: ID!) { chatTypingChanged(streamId: $s) { streamId typing participant { id displayName } } }`,
      { s: id },
    );
    await new Promise((r) => setTimeout(r, 150));
    await client.ok(TYPING, { input: { streamId: id, typing: true } });
    await client.ok(TYPING, { input: { streamId: id, typing: false } });
    await typing.waitFor(2);
    expect(typing.items).toEqual([
      { streamId: id, typing: true, participant: { id: cl.id, displayName: cl.pseudonym } },
      { streamId: id, typing: false, participant: { id: cl.id, displayName: cl.pseudonym } },
    ]);
    const outsider = await loginAs(server, orgs.b.client);
    await outsider.fails('NOT_FOUND', TYPING, { input: { streamId: id, typing: true } });
    await server.client().fails('UNAUTHENTICATED', TYPING, { input: { streamId: id, typing: true } });
  });
});
