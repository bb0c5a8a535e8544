/**
 * Client groups used elsewhere: their active members become participants of a group appointment or
 * members of a group chat, as they are at that moment (a snapshot, client-groups.members.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, uniq } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import type { Client } from '../client/client.entity.js';
import { apiAs } from '../staff/staff.test-support.js';
import { Appointment, GroupParticipant } from '../appointments/appointment.entity.js';
import { dayFromToday } from '../appointments/test-support.js';
import { ChatMember } from '../chat/chat-member.entity.js';
import { ChatStream } from '../chat/chat-stream.entity.js';

const CREATE_GROUP = `mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id memberCount } }`;
const ADD_MEMBERS = `mutation($input: ClientGroupMembersInput!) { addClientGroupMembers(input: $input) { id memberCount } }`;
const RESULT = `__typename ... on Appointment { id title maxParticipants participants { id } }
  ... on GroupFull { reason capacity seatsLeft seatsRequested } ... on SlotTaken { reason }`;
const CREATE_APPOINTMENT = `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) { ${RESULT} } }`;
const UPDATE_APPOINTMENT = `mutation($input: UpdateGroupAppointmentInput!) { updateGroupAppointment(input: $input) { ${RESULT} } }`;
const CREATE_CHAT = `mutation($input: CreateGroupChatInput!) { createGroupChat(input: $input) { id memberCount } }`;
const ADD_CHAT = `mutation($input: AddGroupChatMembersInput!) { addGroupChatMembers(input: $input) { id memberCount } }`;
const BLOCK = `mutation($input: ClientIdInput!) { blockClient(input: $input) { status } }`;

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let counsellor: GraphQLClient;
let admin: GraphQLClient;
let otherAdmin: GraphQLClient;
const em = () => server.orm.em.fork();

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
  counsellor = await apiAs(server, orgs.a.counsellor);
  admin = await apiAs(server, orgs.a.admin);
  otherAdmin = await apiAs(server, orgs.b.admin);
});
afterAll(() => server?.close());

/** A group of `n` new clients of organisation A (plus a blocked one, who is never added elsewhere). */
async function clientGroup(n: number, api = counsellor): Promise<{ id: string; clients: Client[]; blocked: Client }> {
  const clients: Client[] = [];
  for (let i = 0; i < n; i++) clients.push(await buildClient(server, orgs.a.org));
  const blocked = await buildClient(server, orgs.a.org);
  await admin.ok(BLOCK, { input: { clientId: blocked.id } });
  const { createClientGroup } = await api.ok(CREATE_GROUP, {
    input: { name: uniq('Gruppe '), clientIds: [...clients, blocked].map((c) => c.id) },
  });
  return { id: createClientGroup.id, clients, blocked };
}

let hour = 7;
/** Input of a new group appointment of the fixture counsellor, each at an hour of its own. */
function appointmentInput(maxParticipants: number, clientGroupIds: string[]) {
  hour += 1;
  return {
    counsellorId: orgs.a.counsellor.id,
    title: 'Elternabend',
    date: dayFromToday(3),
    from: `${String(hour).padStart(2, '0')}:00`,
    to: `${String(hour).padStart(2, '0')}:45`,
    channel: 'VIDEO',
    maxParticipants,
    bookableByClients: false,
    clientGroupIds,
  };
}

const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
const appointmentCount = () => em().count(Appointment, { organisation: orgs.a.org.id });

describe('client groups in group appointments', () => {
  it('seat the active members of the groups when the appointment is created, each client once', async () => {
    const first = await clientGroup(2);
    const second = await clientGroup(1);
    // One client in both groups takes one seat.
    await counsellor.ok(ADD_MEMBERS, { input: { groupId: second.id, clientIds: [first.clients[0]!.id] } });
    const created = (await counsellor.ok(CREATE_APPOINTMENT, { input: appointmentInput(3, [first.id, second.id]) }))
      .createGroupAppointment;
    expect(created.__typename).toBe('Appointment');
    expect(ids(created.participants)).toEqual(ids([...first.clients, ...second.clients]));
  });

  it('answer GroupFull and create nothing when the members do not fit', async () => {
    const g = await clientGroup(3);
    const before = await appointmentCount();
    const full = (await counsellor.ok(CREATE_APPOINTMENT, { input: appointmentInput(2, [g.id]) }))
      .createGroupAppointment;
    // Three active members (the blocked one is not counted) for two free seats.
    expect(full).toEqual({
      __typename: 'GroupFull',
      reason: 'GROUP_FULL',
      capacity: 2,
      seatsLeft: 2,
      seatsRequested: 3,
    });
    expect(await appointmentCount()).toBe(before);
  });

  it('add the members not seated yet on update, all or none, and only those of that moment', async () => {
    const g = await clientGroup(2);
    const created = (await counsellor.ok(CREATE_APPOINTMENT, { input: appointmentInput(3, []) }))
      .createGroupAppointment;
    expect(created.participants).toEqual([]);
    const seated = (await admin.ok(UPDATE_APPOINTMENT, { input: { id: created.id, clientGroupIds: [g.id] } }))
      .updateGroupAppointment;
    expect(ids(seated.participants)).toEqual(ids(g.clients));

    // A later joiner is not added by itself (snapshot); adding the group again adds them.
    const late = await buildClient(server, orgs.a.org);
    await counsellor.ok(ADD_MEMBERS, { input: { groupId: g.id, clientIds: [late.id] } });
    const participants = async () =>
      (await em().find(GroupParticipant, { appointment: created.id })).map((p) => p.client.id).sort();
    expect(await participants()).toEqual(ids(g.clients));

    // Four would not fit in three seats: nothing changes, not even the title given with it.
    const another = await clientGroup(2);
    const full = (
      await counsellor.ok(UPDATE_APPOINTMENT, {
        input: { id: created.id, title: 'Geändert', clientGroupIds: [g.id, another.id] },
      })
    ).updateGroupAppointment;
    // Two seated; the late joiner and the other group's two ask for three seats, one is free.
    expect(full).toEqual({
      __typename: 'GroupFull',
      reason: 'GROUP_FULL',
      capacity: 3,
      seatsLeft: 1,
      seatsRequested: 3,
    });
    expect(await participants()).toEqual(ids(g.clients));
    expect((await em().findOneOrFail(Appointment, created.id)).title).toBe('Elternabend');

    // With a larger maximum in the same call they fit.
    const grown = (
      await counsellor.ok(UPDATE_APPOINTMENT, {
        input: { id: created.id, maxParticipants: 5, clientGroupIds: [g.id, another.id] },
      })
    ).updateGroupAppointment;
    expect(ids(grown.participants)).toEqual(ids([...g.clients, late, ...another.clients]));
  });

  it('refuse another organisation’s group with NOT_FOUND and bad ids with BAD_USER_INPUT, changing nothing', async () => {
    const theirs = (
      await otherAdmin.ok(CREATE_GROUP, { input: { name: uniq('Fremd '), clientIds: [orgs.b.client.id] } })
    ).createClientGroup;
    const before = await appointmentCount();
    await counsellor.fails('NOT_FOUND', CREATE_APPOINTMENT, { input: appointmentInput(5, [theirs.id]) });
    const err = await counsellor.fails('BAD_USER_INPUT', CREATE_APPOINTMENT, { input: appointmentInput(5, ['nope']) });
    expect(err.extensions?.fields?.[0]?.path).toBe('clientGroupIds.0');
    await counsellor.fails('BAD_USER_INPUT', CREATE_APPOINTMENT, {
      input: appointmentInput(
        5,
        Array.from({ length: 11 }, () => theirs.id),
      ),
    });
    expect(await appointmentCount()).toBe(before);

    const created = (await counsellor.ok(CREATE_APPOINTMENT, { input: appointmentInput(5, []) }))
      .createGroupAppointment;
    await counsellor.fails('NOT_FOUND', UPDATE_APPOINTMENT, { input: { id: created.id, clientGroupIds: [theirs.id] } });
    expect(await em().count(GroupParticipant, { appointment: created.id })).toBe(0);
  });
});

describe('client groups in group chats', () => {
  it('make the active members of the groups members of a new group chat', async () => {
    const g = await clientGroup(2);
    const colleague = await buildCounsellor(server, orgs.a.org);
    const chat = (
      await counsellor.ok(CREATE_CHAT, {
        input: { name: 'Elternchat', memberIds: [colleague.id, g.clients[0]!.id], clientGroupIds: [g.id] },
      })
    ).createGroupChat;
    // The creator, the colleague and the group's two active clients; the blocked one stays out.
    expect(chat.memberCount).toBe(4);
    const members = (await em().find(ChatMember, { stream: chat.id })).map((m) => m.account.id).sort();
    expect(members).toEqual([orgs.a.counsellor.id, colleague.id, ...g.clients.map((c) => c.id)].sort());
  });

  it('add the groups’ members to an existing chat, also without single accounts; later joiners are not added', async () => {
    const g = await clientGroup(2);
    const chat = (await counsellor.ok(CREATE_CHAT, { input: { name: 'Chat', memberIds: [] } })).createGroupChat;
    const added = (await admin.ok(ADD_CHAT, { input: { streamId: chat.id, accountIds: [], clientGroupIds: [g.id] } }))
      .addGroupChatMembers;
    expect(added.memberCount).toBe(3);
    const late = await buildClient(server, orgs.a.org);
    await counsellor.ok(ADD_MEMBERS, { input: { groupId: g.id, clientIds: [late.id] } });
    expect(await em().count(ChatMember, { stream: chat.id })).toBe(3);
    const again = (
      await counsellor.ok(ADD_CHAT, { input: { streamId: chat.id, accountIds: [], clientGroupIds: [g.id] } })
    ).addGroupChatMembers;
    expect(again.memberCount).toBe(4);
  });

  it('refuse another organisation’s group, an empty call and clients, changing nothing', async () => {
    const theirs = (
      await otherAdmin.ok(CREATE_GROUP, { input: { name: uniq('Fremd '), clientIds: [orgs.b.client.id] } })
    ).createClientGroup;
    const streams = await em().count(ChatStream, {});
    await counsellor.fails('NOT_FOUND', CREATE_CHAT, {
      input: { name: 'x', memberIds: [], clientGroupIds: [theirs.id] },
    });
    expect(await em().count(ChatStream, {})).toBe(streams);
    const chat = (await counsellor.ok(CREATE_CHAT, { input: { name: 'Chat', memberIds: [] } })).createGroupChat;
    await counsellor.fails('NOT_FOUND', ADD_CHAT, {
      input: { streamId: chat.id, accountIds: [], clientGroupIds: [theirs.id] },
    });
    const err = await counsellor.fails('BAD_USER_INPUT', ADD_CHAT, { input: { streamId: chat.id, accountIds: [] } });
    expect(err.extensions?.fields?.[0]?.path).toBe('accountIds');
    const g = await clientGroup(1);
    const clientApi = await apiAs(server, g.clients[0]!);
    await clientApi.fails('FORBIDDEN', ADD_CHAT, {
      input: { streamId: chat.id, accountIds: [], clientGroupIds: [g.id] },
    });
    expect(await em().count(ChatMember, { stream: chat.id })).toBe(1);
  });
});
