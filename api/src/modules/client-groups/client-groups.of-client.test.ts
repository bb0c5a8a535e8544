/**
 * `Client.groups`: the client groups a client belongs to, for staff of the client's organisation
 * (counsellors included), batch-loaded for a page of clients; empty for the client themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildTwoOrganisations, uniq } from '../../../../tests/support/builders.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';

const CREATE = `mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id name } }`;
const REMOVE = `mutation($input: RemoveClientGroupMemberInput!) { removeClientGroupMember(input: $input) { id } }`;
const DELETE = `mutation($input: ClientGroupIdInput!) { deleteClientGroup(input: $input) }`;
const GROUPS_OF = `query($id: ID!) { client(id: $id) { id groups { id name } } }`;
const PAGE = `query($filter: ClientFilter, $page: PageInput) { clients(filter: $filter, page: $page) {
  edges { node { id groups { id name } } } } }`;

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let counsellor: GraphQLClient;
let admin: GraphQLClient;
let otherAdmin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
  counsellor = await apiAs(server, orgs.a.counsellor);
  admin = await apiAs(server, orgs.a.admin);
  otherAdmin = await apiAs(server, orgs.b.admin);
});
afterAll(() => server?.close());

const group = async (name: string, clientIds: string[], api = counsellor): Promise<{ id: string; name: string }> =>
  (await api.ok(CREATE, { input: { name, clientIds } })).createClientGroup;

describe('Client.groups', () => {
  it('lists the groups a client belongs to by name (case ignored) for counsellors and admins', async () => {
    const c = await buildClient(server, orgs.a.org);
    const tag = uniq('g');
    const zebra = await group(`${tag} Zebra`, [c.id]);
    const apfel = await group(`${tag} apfel`, [c.id], admin);
    // A group without them is not listed.
    await group(`${tag} Mitte`, [orgs.a.client.id]);
    const expected = [apfel, zebra];
    expect((await counsellor.ok(GROUPS_OF, { id: c.id })).client.groups).toEqual(expected);
    expect((await admin.ok(GROUPS_OF, { id: c.id })).client.groups).toEqual(expected);
    // A client in no group: an empty list.
    const loner = await buildClient(server, orgs.a.org);
    expect((await counsellor.ok(GROUPS_OF, { id: loner.id })).client.groups).toEqual([]);
  });

  it('follows removal from a group and the group’s deletion', async () => {
    const c = await buildClient(server, orgs.a.org);
    const tag = uniq('h');
    const one = await group(`${tag} eins`, [c.id]);
    const two = await group(`${tag} zwei`, [c.id]);
    await counsellor.ok(REMOVE, { input: { groupId: one.id, clientId: c.id } });
    expect((await counsellor.ok(GROUPS_OF, { id: c.id })).client.groups).toEqual([two]);
    await counsellor.ok(DELETE, { input: { id: two.id } });
    expect((await counsellor.ok(GROUPS_OF, { id: c.id })).client.groups).toEqual([]);
  });

  it('is not readable from another organisation (NOT_FOUND) nor anonymously', async () => {
    const c = await buildClient(server, orgs.a.org);
    await group(uniq('Intern '), [c.id]);
    await otherAdmin.fails('NOT_FOUND', GROUPS_OF, { id: c.id });
    await server.client().fails('UNAUTHENTICATED', GROUPS_OF, { id: c.id });
    // The other organisation's own list never carries A's groups.
    const b = await buildClient(server, orgs.b.org, { pseudonym: uniq('fremd') });
    const page: any = (await otherAdmin.ok(PAGE, { filter: { search: b.pseudonym } })).clients;
    expect(page.edges).toEqual([{ node: { id: b.id, groups: [] } }]);
  });

  it('is empty for the client themselves (me.client), who reads myClientGroups instead', async () => {
    const c = await buildClient(server, orgs.a.org);
    const g = await group(uniq('Selbst '), [c.id]);
    const self = await apiAs(server, c);
    await self.fails('FORBIDDEN', GROUPS_OF, { id: c.id });
    const { me } = await self.ok(`{ me { client { id groups { id name } } } }`);
    expect(me.client).toEqual({ id: c.id, groups: [] });
    expect((await self.ok(`{ myClientGroups { name } }`)).myClientGroups).toEqual([{ name: g.name }]);
  });

  it('costs the same number of statements for any page of clients', async () => {
    const tag = uniq('p');
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push((await buildClient(server, orgs.a.org, { pseudonym: `${tag}-${String(i).padStart(2, '0')}` })).id);
    }
    await group(`${tag} A`, ids);
    await group(
      `${tag} B`,
      ids.filter((_, i) => i % 2),
    );
    await counsellor.ok(PAGE, { filter: { search: tag }, page: { first: 1 } });
    const counts: number[] = [];
    for (const first of [1, 5, 12]) {
      const recorder = recordStatements(server);
      const page: any = (await counsellor.ok(PAGE, { filter: { search: tag }, page: { first } })).clients;
      recorder.stop();
      expect(page.edges).toHaveLength(first);
      expect(page.edges[0].node.groups.map((g: { name: string }) => g.name)).toEqual([`${tag} A`]);
      counts.push(recorder.statements.length);
    }
    expect(new Set(counts).size, JSON.stringify(counts)).toBe(1);
  });
});
