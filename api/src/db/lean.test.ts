/**
 * Lean rows (db/lean.ts) must answer exactly like ORM entities: the same GraphQL type read through
 * both paths gives the same JSON, for every field the schema exposes (selections are generated from
 * the committed schema, so a new field is covered the day it is added).
 *
 * Lean paths: `counsellors` and `me`. ORM paths: `counsellor(id)` and the `me` of `login`.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  giveAvatar,
  loginAs,
  TEST_PASSWORD,
} from '../../../tests/support/builders.js';
import { Salutation } from '../modules/staff/counsellor.entity.js';
import { MailAvailability } from '../modules/mail-counselling/mail-availability.js';

const schema = buildSchema(readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8'));

/** Every argument-free field of `type`; object fields with their own leaf fields, one level deep. */
function selection(typeName: string, depth = 1): string {
  return selectionParts(typeName, depth).join(' ');
}

function selectionParts(typeName: string, depth = 1): string[] {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const fields = Object.values(type.getFields()).filter((f: GraphQLField<unknown, unknown>) => f.args.length === 0);
  return fields
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (isObjectType(named) && depth > 0) return `${f.name} { ${selection(named.name, depth - 1)} }`;
      return null;
    })
    .filter((part): part is string => part !== null);
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('lean rows', () => {
  it('list and ORM read of a counsellor answer the same for every field', async () => {
    const org = await buildOrganisation(server);
    const admin = await buildAdmin(server, org, { lastName: 'Aaa' });
    const full = await buildCounsellor(server, org, {
      lastName: 'Bbb',
      salutation: Salutation.MS,
      phone: '+49 30 123456',
      postcode: '10115',
      languages: ['de', 'tr'],
      descriptions: [
        { lang: 'de', text: 'Schuldnerberatung' },
        { lang: 'tr', text: 'Borç danışmanlığı' },
      ],
      newsletter: true,
      onlyRegularClients: true,
      mailAvailability: MailAvailability.CAPACITY,
      mailCapacity: 7,
      allowVideoInChat: true,
    });
    await giveAvatar(server, full);
    const bare = await buildCounsellor(server, org, { lastName: 'Ccc', active: false });
    const api = await loginAs(server, admin);

    const fields = selection('Counsellor');
    const { counsellors } = await api.ok(`{ counsellors(page: { first: 10 }) { edges { node { ${fields} } } } }`);
    const listed = new Map<string, unknown>(
      (counsellors.edges as { node: { id: string } }[]).map((e) => [e.node.id, e.node]),
    );
    expect([...listed.keys()]).toEqual([admin.id, full.id, bare.id]);
    for (const id of listed.keys()) {
      const { counsellor } = await api.ok(`query($id: ID!) { counsellor(id: $id) { ${fields} } }`, { id });
      expect(listed.get(id)).toEqual(counsellor);
    }
    const fullNode = listed.get(full.id) as Record<string, unknown>;
    expect(fullNode.avatarUrl).toMatch(/^http/);
    expect(fullNode.descriptions).toHaveLength(2);

    // Each field alone (projections read only its columns) answers the same.
    for (const field of selectionParts('Counsellor')) {
      const one = await api.ok(`{ counsellors(page: { first: 10 }) { edges { node { ${field} } } } }`);
      const nodes = (one.counsellors.edges as { node: unknown }[]).map((e) => e.node);
      const name = field.split(' ')[0]!;
      const expected = [...listed.values()].map((n) => ({ [name]: (n as Record<string, unknown>)[name] }));
      expect(nodes, field).toEqual(expected);
    }
  });

  it('`me` (lean) answers like the ORM reads, for staff and clients', async () => {
    const org = await buildOrganisation(server);
    const counsellor = await buildCounsellor(server, org, { phone: '030 1', languages: ['en'] });
    const staffApi = await loginAs(server, counsellor);
    // `twoFactorEnabled` is for admins: a counsellor asking for it is refused either way.
    const counsellorFields = selectionParts('Counsellor')
      .filter((f) => f !== 'twoFactorEnabled')
      .join(' ');
    const organisationFields = selection('Organisation');
    const { me } = await staffApi.ok(
      `{ me { id kind role counsellor { ${counsellorFields} } organisation { ${organisationFields} } client { id } } }`,
    );
    const orm = await staffApi.ok(
      `query($id: ID!) { counsellor(id: $id) { ${counsellorFields} } organisation { ${organisationFields} } }`,
      { id: counsellor.id },
    );
    expect(me).toEqual({
      id: counsellor.id,
      kind: 'STAFF',
      role: 'COUNSELLOR',
      counsellor: orm.counsellor,
      organisation: orm.organisation,
      client: null,
    });

    // A client: the `me` of a login is built from the ORM entity (before any token exists, so only
    // fields without a login requirement can be asked there).
    const client = await buildClient(server, org);
    const clientFields = selection('Client');
    const asked = `id kind role counsellor { id } client { ${clientFields} } organisation { id name }`;
    const login = await server
      .client()
      .ok(`mutation($i: LoginInput!) { login(input: $i) { accessToken me { ${asked} } } }`, {
        i: { login: client.loginName, password: TEST_PASSWORD, organisationKey: org.publicKey },
      });
    const lean = await server.client(login.login.accessToken).ok(`{ me { ${asked} } }`);
    expect(lean.me).toEqual(login.login.me);
    expect(lean.me.client.id).toBe(client.id);

    // Narrow selections read narrow rows and still answer.
    const narrow = await server.client(login.login.accessToken).ok(`{ me { id } }`);
    expect(narrow.me).toEqual({ id: client.id });
    const orgOnly = await staffApi.ok(`{ me { organisation { name timezone } counsellor { displayName } } }`);
    expect(orgOnly.me).toEqual({
      organisation: { name: orm.organisation.name, timezone: orm.organisation.timezone },
      counsellor: { displayName: orm.counsellor.displayName },
    });
  });
});
