import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { ChatMember } from './chat-member.entity.js';
import { ChatStream } from './chat-stream.entity.js';
import { connectWs, MESSAGES_SUB, send, STREAM_FIELDS, type TestWs } from './chat.test-support.js';

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const sockets: TestWs[] = [];

const CREATE = `mutation($input: CreateGroupChatInput!) { createGroupChat(input: $input) { ${STREAM_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateGroupChatInput!) { updateGroupChat(input: $input) { name description } }`;
const ADD = `mutation($input: AddGroupChatMembersInput!) { addGroupChatMembers(input: $input) { memberCount unreadCount } }`;
const REMOVE = `mutation($input: RemoveGroupChatMemberInput!) { removeGroupChatMember(input: $input) }`;
const STREAM = `query($id: ID!) { chatStream(id: $id) { ${STREAM_FIELDS} } }`;
const MEMBERS = `query($id: ID!) { chatStreamMembers(streamId: $id) { totalCount edges { node { isCreator participant { id kind displayName } } } } }`;

const counts = async () => {
  const em = server.orm.em.fork();
  return { streams: await em.count(ChatStream, {}), members: await em.count(ChatMember, {}) };
};

async function group(creator: GraphQLClient, memberIds: string[], name = 'Elterngruppe') {
  return (await creator.ok(CREATE, { input: { name, description: 'Nur intern: Fallbesprechung', memberIds } }))
    .createGroupChat;
}

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

describe('createGroupChat', () => {
  it('creates a group with clients and counsellors; clients see the name but not the description', async () => {
    const creator = await loginAs(server, orgs.a.counsellor);
    const cl = await buildClient(server, orgs.a.org);
    const colleague = await buildCounsellor(server, orgs.a.org);
    const g = await group(creator, [cl.id, colleague.id, cl.id]);
    expect(g).toMatchObject({
      kind: 'GROUP',
      title: 'Elterngruppe',
      name: 'Elterngruppe',
      description: 'Nur intern: Fallbesprechung',
      memberCount: 3,
      createdBy: { id: orgs.a.counsellor.id },
      counterpart: null,
    });
    const asClient = (await (await loginAs(server, cl)).ok(STREAM, { id: g.id })).chatStream;
    expect(asClient).toMatchObject({ name: 'Elterngruppe', description: null, memberCount: 3 });
    const members = (await creator.ok(MEMBERS, { id: g.id })).chatStreamMembers;
    expect(members.totalCount).toBe(3);
    expect(members.edges.find((e: any) => e.node.isCreator).node.participant.id).toBe(orgs.a.counsellor.id);
  });

  it('is for staff only', async () => {
    const cl = await loginAs(server, orgs.a.client);
    await cl.fails('FORBIDDEN', CREATE, { input: { name: 'x', memberIds: [] } });
  });

  it('rejects bad input and unknown members, changing nothing', async () => {
    const creator = await loginAs(server, orgs.a.counsellor);
    const before = await counts();
    await creator.fails('BAD_USER_INPUT', CREATE, { input: { name: '', memberIds: [] } });
    await creator.fails('BAD_USER_INPUT', CREATE, { input: { name: 'x'.repeat(101), memberIds: [] } });
    await creator.fails('BAD_USER_INPUT', CREATE, {
      input: { name: 'ok', description: 'd'.repeat(1001), memberIds: [] },
    });
    await creator.fails('BAD_USER_INPUT', CREATE, { input: { name: 'ok', memberIds: ['nope'] } });
    await creator.fails('BAD_USER_INPUT', CREATE, {
      input: { name: 'ok', memberIds: Array.from({ length: 201 }, () => orgs.a.client.id) },
    });
    await creator.fails('BAD_USER_INPUT', CREATE, { input: { name: 'ok', memberIds: 'x' } });
    await creator.fails('NOT_FOUND', CREATE, { input: { name: 'ok', memberIds: [orgs.b.client.id] } });
    expect(await counts()).toEqual(before);
  });

  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', CREATE, { input: { name: 'x', memberIds: [] } });
  });
});

describe('addGroupChatMembers and removeGroupChatMember', () => {
  it('lets staff members manage the group; the creator cannot be removed; clients may only leave', async () => {
    const creator = await loginAs(server, orgs.a.counsellor);
    const colleague = await buildCounsellor(server, orgs.a.org);
    const cl1 = await buildClient(server, orgs.a.org);
    const cl2 = await buildClient(server, orgs.a.org);
    const g = await group(creator, [colleague.id, cl1.id]);
    await send(creator, g.id, 'Willkommen');

    const colleagueApi = await loginAs(server, colleague);
    const added = (await colleagueApi.ok(ADD, { input: { streamId: g.id, accountIds: [cl2.id, cl1.id] } }))
      .addGroupChatMembers;
    expect(added.memberCount).toBe(4);
    // A new member starts with the history read.
    const cl2Api = await loginAs(server, cl2);
    expect((await cl2Api.ok(STREAM, { id: g.id })).chatStream).toMatchObject({ unreadCount: 0, lastSeq: 1 });

    const cl1Api = await loginAs(server, cl1);
    await cl1Api.fails('FORBIDDEN', ADD, { input: { streamId: g.id, accountIds: [orgs.a.client.id] } });
    await cl1Api.fails('FORBIDDEN', REMOVE, { input: { streamId: g.id, accountId: cl2.id } });
    await cl1Api.fails('FORBIDDEN', REMOVE, { input: { streamId: g.id, accountId: orgs.a.counsellor.id } });
    for (const api of [colleagueApi, await loginAs(server, orgs.a.admin)]) {
      const err = await api.fails('CONFLICT', REMOVE, { input: { streamId: g.id, accountId: orgs.a.counsellor.id } });
      expect(err.extensions?.reason).toBe('CREATOR_CANNOT_BE_REMOVED');
    }
    expect((await creator.ok(STREAM, { id: g.id })).chatStream.memberCount).toBe(4);

    // The removed member's live subscription ends and the stream disappears for them.
    const sock = connectWs(server, cl2Api.token);
    sockets.push(sock);
    const sub = sock.subscribe(MESSAGES_SUB, { streamId: g.id });
    await new Promise((r) => setTimeout(r, 150));
    expect(
      (await colleagueApi.ok(REMOVE, { input: { streamId: g.id, accountId: cl2.id } })).removeGroupChatMember,
    ).toBe(true);
    await sub.ended();
    await cl2Api.fails('NOT_FOUND', STREAM, { id: g.id });

    expect((await cl1Api.ok(REMOVE, { input: { streamId: g.id, accountId: cl1.id } })).removeGroupChatMember).toBe(
      true,
    );
    expect((await creator.ok(STREAM, { id: g.id })).chatStream.memberCount).toBe(2);
    await creator.fails('NOT_FOUND', REMOVE, { input: { streamId: g.id, accountId: cl1.id } });
  });

  it('refuses staff outside the group and other organisations, changing nothing', async () => {
    const creator = await loginAs(server, orgs.a.counsellor);
    const g = await group(creator, []);
    const outsider = await loginAs(server, await buildCounsellor(server, orgs.a.org));
    const other = await loginAs(server, orgs.b.admin);
    const before = await counts();
    await outsider.fails('NOT_FOUND', ADD, { input: { streamId: g.id, accountIds: [orgs.a.client.id] } });
    await other.fails('NOT_FOUND', ADD, { input: { streamId: g.id, accountIds: [orgs.b.client.id] } });
    await creator.fails('NOT_FOUND', ADD, { input: { streamId: g.id, accountIds: [orgs.b.client.id] } });
    await creator.fails('BAD_USER_INPUT', ADD, { input: { streamId: g.id, accountIds: [] } });
    await other.fails('NOT_FOUND', REMOVE, { input: { streamId: g.id, accountId: orgs.a.counsellor.id } });
    await creator.fails('BAD_USER_INPUT', REMOVE, { input: { streamId: 'x', accountId: orgs.a.counsellor.id } });
    await creator.fails('BAD_USER_INPUT', REMOVE, { input: { streamId: g.id } });
    expect(await counts()).toEqual(before);
    // Admins manage any group of their organisation.
    const admin = await loginAs(server, orgs.a.admin);
    expect(
      (await admin.ok(ADD, { input: { streamId: g.id, accountIds: [orgs.a.client.id] } })).addGroupChatMembers
        .memberCount,
    ).toBe(2);
  });

  it('requires authentication', async () => {
    await server
      .client()
      .fails('UNAUTHENTICATED', REMOVE, { input: { streamId: orgs.a.org.id, accountId: orgs.a.client.id } });
  });
});

describe('updateGroupChat', () => {
  it('renames and clears the description; bad input changes nothing', async () => {
    const creator = await loginAs(server, orgs.a.counsellor);
    const g = await group(creator, []);
    await creator.fails('BAD_USER_INPUT', UPDATE, { input: { streamId: g.id, name: '  ' } });
    expect((await creator.ok(STREAM, { id: g.id })).chatStream.name).toBe('Elterngruppe');
    const updated = (await creator.ok(UPDATE, { input: { streamId: g.id, name: 'Neu', description: '' } }))
      .updateGroupChat;
    expect(updated).toEqual({ name: 'Neu', description: null });
    const other = await loginAs(server, orgs.b.counsellor);
    await other.fails('NOT_FOUND', UPDATE, { input: { streamId: g.id, name: 'hijack' } });
    expect((await creator.ok(STREAM, { id: g.id })).chatStream.name).toBe('Neu');
  });
});

describe('chatStreams for a client in a group chat', () => {
  const LIST = `query($filter: ChatStreamFilter) { chatStreams(filter: $filter, page: { first: 20 }) {
    totalCount edges { node { id kind title name description memberCount unreadCount lastSeq lastReadSeq
      lastMessage { body sender { id } } } } } }`;

  it('lists the group beside the client’s 1:1 chat, with its last message and the unread count', async () => {
    const creator = await loginAs(server, orgs.a.counsellor);
    const cl = await buildClient(server, orgs.a.org);
    const asClient = await loginAs(server, cl);
    const direct = (
      await asClient.ok<{ openChatStream: { id: string } }>(
        `mutation($input: OpenChatStreamInput!) { openChatStream(input: $input) { id } }`,
        { input: { counsellorId: orgs.a.counsellor.id } },
      )
    ).openChatStream;
    const g = await group(creator, [cl.id]);
    await send(creator, g.id, 'Willkommen');
    await send(creator, g.id, 'Wir treffen uns am Dienstag.');
    // Another group of the organisation, without this client: not listed.
    await group(creator, [orgs.a.client.id], 'Andere Gruppe');

    const { chatStreams } = await asClient.ok<{ chatStreams: any }>(LIST);
    expect(chatStreams.totalCount).toBe(2);
    expect(chatStreams.edges.map((e: any) => e.node.id)).toEqual([g.id, direct.id]);
    expect(chatStreams.edges[0].node).toMatchObject({
      kind: 'GROUP',
      title: 'Elterngruppe',
      name: 'Elterngruppe',
      description: null,
      memberCount: 2,
      lastSeq: 2,
      lastReadSeq: 0,
      unreadCount: 2,
      lastMessage: { body: 'Wir treffen uns am Dienstag.', sender: { id: orgs.a.counsellor.id } },
    });
    const groups = (await asClient.ok<{ chatStreams: any }>(LIST, { filter: { kind: 'GROUP' } })).chatStreams;
    expect(groups.edges.map((e: any) => e.node.id)).toEqual([g.id]);

    // The client writes in the group and reads it: the count follows.
    await send(asClient, g.id, 'Ich komme gern.');
    const after = (await asClient.ok<{ chatStreams: any }>(LIST)).chatStreams.edges[0].node;
    expect(after).toMatchObject({ id: g.id, lastSeq: 3, lastReadSeq: 3, unreadCount: 0 });
  });
});
