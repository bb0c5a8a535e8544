import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, uniq } from '../../../../tests/support/builders.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';
import { ClientGroup, ClientGroupMember } from './client-groups.entities.js';

const GROUP_FIELDS = `id name description memberCount createdBy { id } mayDelete createdAt`;
const LIST = `query($filter: ClientGroupFilter, $page: PageInput) { clientGroups(filter: $filter, page: $page) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${GROUP_FIELDS} } } } }`;
const ONE = `query($id: ID!, $page: PageInput) { clientGroup(id: $id) { ${GROUP_FIELDS}
  members(page: $page) { totalCount pageInfo { hasNextPage endCursor } edges { node { id pseudonym } } } } }`;
const CREATE = `mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateClientGroupInput!) { updateClientGroup(input: $input) { ${GROUP_FIELDS} } }`;
const ADD = `mutation($input: ClientGroupMembersInput!) { addClientGroupMembers(input: $input) { ${GROUP_FIELDS} } }`;
const REMOVE = `mutation($input: RemoveClientGroupMemberInput!) { removeClientGroupMember(input: $input) { ${GROUP_FIELDS} } }`;
const DELETE = `mutation($input: ClientGroupIdInput!) { deleteClientGroup(input: $input) }`;
const MINE = `query { myClientGroups { name description } }`;

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let counsellor: GraphQLClient;
let colleague: GraphQLClient;
let admin: GraphQLClient;
let client: GraphQLClient;
let otherAdmin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
  counsellor = await apiAs(server, orgs.a.counsellor);
  colleague = await apiAs(server, await buildCounsellor(server, orgs.a.org));
  admin = await apiAs(server, orgs.a.admin);
  client = await apiAs(server, orgs.a.client);
  otherAdmin = await apiAs(server, orgs.b.admin);
});
afterAll(() => server?.close());

type Group = { id: string; name: string; description: string | null; memberCount: number; mayDelete: boolean };

const create = async (api: GraphQLClient, input: Record<string, unknown>): Promise<Group> =>
  (await api.ok(CREATE, { input })).createClientGroup;

/** The rows as stored: what a refused call must leave untouched. */
const stored = async (groupId: string) => {
  const em = server.orm.em.fork();
  const g = await em.findOne(ClientGroup, groupId);
  const members = await em.find(ClientGroupMember, { group: groupId }, { orderBy: { client: 'asc' } });
  return g && { name: g.name, description: g.description, members: members.map((m) => m.client.id) };
};

describe('client groups: access', () => {
  it('require authentication; clients reach none of the staff operations', async () => {
    const g = await create(counsellor, { name: uniq('Gruppe ') });
    const anonymous = server.client();
    const calls: [string, Record<string, unknown>][] = [
      [LIST, {}],
      [ONE, { id: g.id }],
      [CREATE, { input: { name: 'x' } }],
      [UPDATE, { input: { id: g.id, name: 'x' } }],
      [ADD, { input: { groupId: g.id, clientIds: [orgs.a.client.id] } }],
      [REMOVE, { input: { groupId: g.id, clientId: orgs.a.client.id } }],
      [DELETE, { input: { id: g.id } }],
    ];
    for (const [query, variables] of calls) {
      await anonymous.fails('UNAUTHENTICATED', query, variables);
      await client.fails('FORBIDDEN', query, variables);
    }
    await anonymous.fails('UNAUTHENTICATED', MINE);
    await counsellor.fails('FORBIDDEN', MINE);
    expect(await stored(g.id)).toEqual({ name: g.name, description: null, members: [] });
  });

  it('are invisible to another organisation: NOT_FOUND for every id, nothing changes', async () => {
    const g = await create(counsellor, { name: uniq('Intern '), clientIds: [orgs.a.client.id] });
    const before = await stored(g.id);
    await otherAdmin.fails('NOT_FOUND', ONE, { id: g.id });
    await otherAdmin.fails('NOT_FOUND', UPDATE, { input: { id: g.id, name: 'fremd' } });
    await otherAdmin.fails('NOT_FOUND', ADD, { input: { groupId: g.id, clientIds: [orgs.b.client.id] } });
    await otherAdmin.fails('NOT_FOUND', REMOVE, { input: { groupId: g.id, clientId: orgs.a.client.id } });
    await otherAdmin.fails('NOT_FOUND', DELETE, { input: { id: g.id } });
    const theirs = (await otherAdmin.ok(LIST)).clientGroups;
    expect(theirs.edges.map((e: any) => e.node.id)).not.toContain(g.id);
    // Another organisation's client cannot be added, nor created into a group.
    await counsellor.fails('NOT_FOUND', ADD, { input: { groupId: g.id, clientIds: [orgs.b.client.id] } });
    await counsellor.fails('NOT_FOUND', CREATE, { input: { name: uniq('x'), clientIds: [orgs.b.client.id] } });
    // A staff account is not a client.
    await counsellor.fails('NOT_FOUND', ADD, { input: { groupId: g.id, clientIds: [orgs.a.admin.id] } });
    expect(await stored(g.id)).toEqual(before);
  });

  it('are deleted by their creator or an admin only; a colleague gets FORBIDDEN', async () => {
    const mine = await create(counsellor, { name: uniq('Meine '), clientIds: [orgs.a.client.id] });
    expect(mine.mayDelete).toBe(true);
    const asColleague = (await colleague.ok(ONE, { id: mine.id })).clientGroup;
    expect(asColleague.mayDelete).toBe(false);
    expect((await admin.ok(ONE, { id: mine.id })).clientGroup.mayDelete).toBe(true);
    const err = await colleague.fails('FORBIDDEN', DELETE, { input: { id: mine.id } });
    expect(err.message).toMatch(/creator or an admin/);
    expect(await stored(mine.id)).not.toBeNull();

    expect((await counsellor.ok(DELETE, { input: { id: mine.id } })).deleteClientGroup).toBe(true);
    expect(await stored(mine.id)).toBeNull();
    expect(await server.orm.em.fork().count(ClientGroupMember, { group: mine.id })).toBe(0);
    await counsellor.fails('NOT_FOUND', DELETE, { input: { id: mine.id } });

    const theirs = await create(colleague, { name: uniq('Kollegin ') });
    expect((await admin.ok(DELETE, { input: { id: theirs.id } })).deleteClientGroup).toBe(true);
    expect(await stored(theirs.id)).toBeNull();
  });

  it('show clients the name and description of their own groups only', async () => {
    const member = await buildClient(server, orgs.a.org);
    const memberApi = await apiAs(server, member);
    expect((await memberApi.ok(MINE)).myClientGroups).toEqual([]);
    await create(counsellor, { name: 'Zuversicht', description: 'Dienstags 18 Uhr', clientIds: [member.id] });
    await create(colleague, { name: 'achtsam', clientIds: [member.id, orgs.a.client.id] });
    await create(counsellor, { name: uniq('Ohne dich '), clientIds: [orgs.a.client.id] });
    expect((await memberApi.ok(MINE)).myClientGroups).toEqual([
      { name: 'achtsam', description: null },
      { name: 'Zuversicht', description: 'Dienstags 18 Uhr' },
    ]);
    // Nothing else of a group is in the client's type: not its members, not who created it.
    const probe = await memberApi.request(`query { myClientGroups { name memberCount } }`);
    expect(probe.errors?.[0]?.message).toMatch(/Cannot query field "memberCount"/);
  });
});

describe('client groups: rules', () => {
  it('are created and renamed by any staff member; names are unique per organisation ignoring case', async () => {
    const name = uniq('Eltern ');
    const g = await create(counsellor, { name, description: 'Austausch für Eltern' });
    expect(g).toMatchObject({ name, description: 'Austausch für Eltern', memberCount: 0 });

    for (const taken of [name, name.toUpperCase(), `  ${name.toLowerCase()} `]) {
      const err = await colleague.fails('CONFLICT', CREATE, { input: { name: taken } });
      expect(err.extensions?.reason).toBe('GROUP_NAME_TAKEN');
      expect(err.extensions?.fields).toEqual([{ path: 'name', message: expect.any(String) }]);
    }
    // Another organisation may use the same name.
    await create(otherAdmin, { name });

    const other = await create(colleague, { name: uniq('Andere ') });
    const err = await counsellor.fails('CONFLICT', UPDATE, { input: { id: other.id, name: name.toLowerCase() } });
    expect(err.extensions?.reason).toBe('GROUP_NAME_TAKEN');
    // A colleague renames; changing only the case of its own name is no clash; empty description clears.
    const renamed = (await colleague.ok(UPDATE, { input: { id: g.id, name: name.toUpperCase(), description: '' } }))
      .updateClientGroup;
    expect(renamed).toMatchObject({ name: name.toUpperCase(), description: null });
    const kept = (await counsellor.ok(UPDATE, { input: { id: g.id, description: 'Neu' } })).updateClientGroup;
    expect(kept).toMatchObject({ name: name.toUpperCase(), description: 'Neu' });
  });

  it('refuse bad input with the field named, changing nothing', async () => {
    const g = await create(counsellor, { name: uniq('Bleibt '), clientIds: [orgs.a.client.id] });
    const before = await stored(g.id);
    const cases: [string, Record<string, unknown>, string][] = [
      [CREATE, { input: { name: '   ' } }, 'name'],
      [CREATE, { input: { name: 'x'.repeat(101) } }, 'name'],
      [CREATE, { input: { name: 'ok', description: 'd'.repeat(1001) } }, 'description'],
      [CREATE, { input: { name: 'ok', clientIds: ['nope'] } }, 'clientIds.0'],
      [UPDATE, { input: { id: g.id, name: '' } }, 'name'],
      [UPDATE, { input: { id: 'nope', name: 'x' } }, 'id'],
      [ADD, { input: { groupId: g.id, clientIds: [] } }, 'clientIds'],
      [ADD, { input: { groupId: g.id, clientIds: Array.from({ length: 101 }, () => orgs.a.client.id) } }, 'clientIds'],
      [REMOVE, { input: { groupId: g.id, clientId: 'nope' } }, 'clientId'],
      [DELETE, { input: { id: 'nope' } }, 'id'],
      [LIST, { filter: { search: 's'.repeat(101) } }, 'search'],
      [LIST, { page: { first: 0 } }, 'first'],
      [LIST, { page: { after: 'forged' } }, 'page.after'],
      [ONE, { id: g.id, page: { after: orgs.b.client.id } }, 'page.after'],
    ];
    for (const [query, variables, path] of cases) {
      const err = await counsellor.fails('BAD_USER_INPUT', query, variables);
      expect(
        err.extensions?.fields?.map((f) => f.path),
        JSON.stringify(variables),
      ).toContain(path);
    }
    await counsellor.fails('NOT_FOUND', REMOVE, { input: { groupId: g.id, clientId: orgs.a.admin.id } });
    expect(await stored(g.id)).toEqual(before);
  });

  it('add and remove members; adding again changes nothing; members page by pseudonym', async () => {
    const suffix = uniq('');
    const names = ['Özlem', 'anton', 'Bert', 'zora', 'Céline'].map((n) => `${n}-${suffix}`);
    const clients = [];
    for (const pseudonym of names)
      clients.push(await buildClient(server, orgs.a.org, { pseudonym, loginName: pseudonym }));
    const g = await create(counsellor, { name: uniq('Mitglieder '), clientIds: [clients[0]!.id] });
    const added = (await colleague.ok(ADD, { input: { groupId: g.id, clientIds: clients.map((c) => c.id) } }))
      .addClientGroupMembers;
    expect(added.memberCount).toBe(5);
    expect(
      (await admin.ok(ADD, { input: { groupId: g.id, clientIds: [clients[1]!.id] } })).addClientGroupMembers
        .memberCount,
    ).toBe(5);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const detail: any = (await counsellor.ok(ONE, { id: g.id, page: { first: 2, after } })).clientGroup;
      expect(detail.members.totalCount).toBe(5);
      seen.push(...detail.members.edges.map((e: any) => e.node.pseudonym));
      if (!detail.members.pageInfo.hasNextPage) break;
      after = detail.members.pageInfo.endCursor;
    }
    expect(seen).toEqual(['anton', 'Bert', 'Céline', 'Özlem', 'zora'].map((n) => `${n}-${suffix}`));

    const removed = (await counsellor.ok(REMOVE, { input: { groupId: g.id, clientId: clients[3]!.id } }))
      .removeClientGroupMember;
    expect(removed.memberCount).toBe(4);
    await counsellor.fails('NOT_FOUND', REMOVE, { input: { groupId: g.id, clientId: clients[3]!.id } });
    expect((await stored(g.id))!.members).toHaveLength(4);
  });

  it('never grow beyond 500 members', async () => {
    const g = await create(counsellor, { name: uniq('Groß ') });
    // 500 members written directly (the API adds 100 at a time), then one more through the API.
    await server.orm.em.fork().execute(
      `insert into account (id, created_at, updated_at, organisation_id, kind, login_name, status, token_version, pseudonym, client_number, master_data)
       select gen_random_uuid(), now(), now(), ?, 'CLIENT', 'bulk-' || ? || '-' || i, 'ACTIVE', 0, 'bulk-' || ? || '-' || i, 'B' || i, '{}'
         from generate_series(1, 500) i`,
      [orgs.a.org.id, g.id, g.id],
    );
    await server.orm.em.fork().execute(
      `insert into client_group_member (id, created_at, updated_at, organisation_id, group_id, client_id)
       select gen_random_uuid(), now(), now(), ?, ?, id from account where login_name like 'bulk-' || ? || '-%'`,
      [orgs.a.org.id, g.id, g.id],
    );
    const err = await counsellor.fails('BAD_USER_INPUT', ADD, {
      input: { groupId: g.id, clientIds: [orgs.a.client.id] },
    });
    expect(err.extensions?.reason).toBe('GROUP_MEMBER_LIMIT');
    expect(err.extensions?.fields?.[0]?.path).toBe('clientIds');
    expect((await counsellor.ok(ONE, { id: g.id })).clientGroup.memberCount).toBe(500);
    await counsellor.ok(DELETE, { input: { id: g.id } });
    await server.orm.em.fork().execute(`delete from account where login_name like 'bulk-' || ? || '-%'`, [g.id]);
  });
});

describe('clientGroups', () => {
  it('lists by name with member counts and a search ignoring case and accents, in keyset pages', async () => {
    const tag = uniq('t');
    const names = ['Ärger', 'bewegung', 'Café', 'Demo', 'eltern'].map((n) => `${tag} ${n}`);
    for (const [i, name] of names.entries()) {
      await create(i % 2 ? colleague : counsellor, { name, clientIds: i === 2 ? [orgs.a.client.id] : [] });
    }
    const seen: Group[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await admin.ok(LIST, { filter: { search: tag.toUpperCase() }, page: { first: 2, after } }))
        .clientGroups;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: any) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((g) => g.name)).toEqual(names);
    expect(seen.map((g) => g.memberCount)).toEqual([0, 0, 1, 0, 0]);
    expect(seen.every((g) => g.mayDelete)).toBe(true);
    const cafe = (await counsellor.ok(LIST, { filter: { search: `${tag} cafe` } })).clientGroups;
    expect(cafe.edges.map((e: any) => e.node.name)).toEqual([`${tag} Café`]);
    // Only the viewer's own ones (and an admin's all) are marked deletable.
    const asCounsellor = (await counsellor.ok(LIST, { filter: { search: tag } })).clientGroups.edges.map(
      (e: any) => e.node.mayDelete,
    );
    expect(asCounsellor).toEqual([true, false, true, false, true]);
    // A % or _ in the search is a literal character.
    expect((await counsellor.ok(LIST, { filter: { search: `${tag}%` } })).clientGroups.totalCount).toBe(0);
  });

  it('costs the same number of statements for any page size', async () => {
    const tag = uniq('s');
    for (let i = 0; i < 12; i++) {
      await create(i % 2 ? colleague : counsellor, {
        name: `${tag} ${String(i).padStart(2, '0')}`,
        clientIds: [orgs.a.client.id],
      });
    }
    await counsellor.ok(LIST, { filter: { search: tag }, page: { first: 1 } });
    const counts: number[] = [];
    for (const first of [1, 5, 12]) {
      const recorder = recordStatements(server);
      const page: any = (await counsellor.ok(LIST, { filter: { search: tag }, page: { first } })).clientGroups;
      recorder.stop();
      expect(page.edges).toHaveLength(first);
      counts.push(recorder.statements.length);
    }
    expect(new Set(counts).size, JSON.stringify(counts)).toBe(1);
  });
});
