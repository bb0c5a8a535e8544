import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import { buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import { AccountStatus } from '../identity/account.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';

const PUBLIC_ORG = `query($key: String!) { publicOrganisation(key: $key) {
  name publicKey locale timezone topics { id name } mailFormFields { key label type options askInMailForm }
  contact { website phone } } }`;
const PUBLIC_COUNSELLORS = `query($key: String!) { publicCounsellors(organisationKey: $key) {
  id displayName avatarUrl languages descriptions { lang text } onlyRegularClients } }`;

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

describe('publicOrganisation', () => {
  it('answers without login with the public profile only', async () => {
    const admin = await loginAs(server, world.a.admin);
    await admin.ok(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
      input: {
        locale: 'en',
        timezone: 'Europe/Zurich',
        contact: { website: 'https://a.example', phone: '+41 44 000000', email: 'intern@a.example' },
        masterDataFields: [
          { key: 'ageGroup', label: 'Age group', type: 'SELECT', options: ['<18', '18+'], askInMailForm: true },
          { key: 'internalNote', label: 'Intern', type: 'TEXT', askInMailForm: false },
        ],
      },
    });
    const topic = await admin.ok(`mutation { createTopic(input: { name: "Debts", category: "subject" }) { id } }`);
    await loginAs(server, world.b.admin).then((b) =>
      b.ok(`mutation { createTopic(input: { name: "Only in B" }) { id } }`),
    );

    const { publicOrganisation } = await server.client().ok(PUBLIC_ORG, { key: world.a.org.publicKey });
    expect(publicOrganisation).toEqual({
      name: world.a.org.name,
      publicKey: world.a.org.publicKey,
      locale: 'en',
      timezone: 'Europe/Zurich',
      topics: [{ id: topic.createTopic.id, name: 'Debts' }],
      mailFormFields: [
        { key: 'ageGroup', label: 'Age group', type: 'SELECT', options: ['<18', '18+'], askInMailForm: true },
      ],
      contact: { website: 'https://a.example', phone: '+41 44 000000' },
    });
  });

  it('answers NOT_FOUND for an unknown key and BAD_USER_INPUT for an absurd one', async () => {
    await server.client().fails('NOT_FOUND', PUBLIC_ORG, { key: 'pk_doesnotexist' });
    await server.client().fails('NOT_FOUND', PUBLIC_ORG, { key: world.a.org.id });
    const err = await server.client().fails('BAD_USER_INPUT', PUBLIC_ORG, { key: 'k'.repeat(65) });
    expect(err.extensions?.fields?.[0]?.path).toBe('key');
    await server.client().fails('BAD_USER_INPUT', PUBLIC_ORG, { key: 42 });
  });
});

describe('publicCounsellors', () => {
  let org: Organisation;
  beforeAll(async () => {
    org = world.b.org;
  });

  it('lists active counsellors of that organisation only, with public fields, by display name', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const bytes = Buffer.from('avatar');
    const avatar = em.create(StoredFile, {
      organisation: org.id,
      contentType: 'image/png',
      size: bytes.length,
      filename: 'me.png',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      public: true,
      data: bytes,
    });
    await em.flush();
    const anna = await buildCounsellor(server, org, {
      displayName: 'Anna',
      languages: ['de', 'en'],
      descriptions: [{ lang: 'de', text: 'Schuldenberatung' }],
      onlyRegularClients: true,
      phone: '+49 1',
      postcode: '10115',
      avatar: avatar.id as never,
    });
    await buildCounsellor(server, org, { displayName: 'Zora (inactive)', active: false });
    await buildCounsellor(server, org, { displayName: 'Berta (blocked)', status: AccountStatus.BLOCKED });

    const { publicCounsellors } = await server.client().ok(PUBLIC_COUNSELLORS, { key: org.publicKey });
    const names = publicCounsellors.map((c: { displayName: string }) => c.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain('Anna');
    expect(names).toContain(world.b.admin.displayName);
    expect(names).toContain(world.b.counsellor.displayName);
    expect(names).not.toContain('Zora (inactive)');
    expect(names).not.toContain('Berta (blocked)');
    expect(names).not.toContain(world.a.counsellor.displayName);
    expect(publicCounsellors.find((c: { id: string }) => c.id === anna.id)).toEqual({
      id: anna.id,
      displayName: 'Anna',
      avatarUrl: `${server.url}/files/${avatar.id}`,
      languages: ['de', 'en'],
      descriptions: [{ lang: 'de', text: 'Schuldenberatung' }],
      onlyRegularClients: true,
    });
    expect(publicCounsellors.find((c: { id: string }) => c.id === world.b.counsellor.id).avatarUrl).toBeNull();
  });

  it('answers NOT_FOUND for an unknown key', async () => {
    await server.client().fails('NOT_FOUND', PUBLIC_COUNSELLORS, { key: 'pk_unknown' });
  });

  it('sends the same number of SQL statements for 1 and 30 counsellors', async () => {
    const solo = (await buildTwoOrganisations(server)).a.org;
    const em = server.orm.em.fork() as EntityManager;
    // buildTwoOrganisations gives one admin and one counsellor; deactivate the counsellor → 1 listed.
    await em.nativeUpdate(Counsellor, { organisation: solo.id, role: 'COUNSELLOR' as never }, { active: false });
    const count = async (key: string) => {
      const recorder = recordStatements(server);
      try {
        const res = await server.client().ok(PUBLIC_COUNSELLORS, { key });
        return { n: recorder.statements.length, listed: res.publicCounsellors.length as number };
      } finally {
        recorder.stop();
      }
    };
    const one = await count(solo.publicKey);
    expect(one.listed).toBe(1);
    for (let i = 0; i < 30; i++) await buildCounsellor(server, org, { displayName: `Many ${i}` });
    const many = await count(org.publicKey);
    expect(many.listed).toBeGreaterThan(30);
    expect(many.n).toBe(one.n);
    expect(one.n).toBeLessThanOrEqual(2);
  });
});

describe('public types', () => {
  const INTERNAL = ['email', 'firstName', 'lastName', 'loginName', 'phone', 'postcode', 'salutation', 'newsletter'];

  /** Every object type reachable from `root`, with its field names (introspection, as any visitor could). */
  async function reachable(root: string): Promise<Map<string, string[]>> {
    const seen = new Map<string, string[]>();
    const queue = [root];
    while (queue.length) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      const { __type } = await server
        .client()
        .ok(
          `query($name: String!) { __type(name: $name) { kind fields { name type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } }`,
          { name },
        );
      if (__type.kind !== 'OBJECT') continue;
      seen.set(
        name,
        __type.fields.map((f: { name: string }) => f.name),
      );
      for (const f of __type.fields) {
        let t = f.type;
        while (t.ofType) t = t.ofType;
        if (t.kind === 'OBJECT') queue.push(t.name);
      }
    }
    return seen;
  }

  // Modules may add public fields (e.g. presence); what must hold is that the public ones are there and
  // that no internal field and no internal type is reachable.
  const INTERNAL_TYPES = ['Counsellor', 'Client', 'Organisation', 'AccountBase', 'ContactData', 'PostalAddress'];

  it('PublicCounsellor exposes public fields only, however deep one looks', async () => {
    const types = await reachable('PublicCounsellor');
    expect(types.get('PublicCounsellor')).toEqual(
      expect.arrayContaining(['avatarUrl', 'descriptions', 'displayName', 'id', 'languages', 'onlyRegularClients']),
    );
    for (const [type, fields] of types) {
      for (const f of INTERNAL) expect(fields, `${type}.${f}`).not.toContain(f);
    }
    for (const t of INTERNAL_TYPES) expect([...types.keys()]).not.toContain(t);
  });

  it('PublicOrganisation exposes public fields only, however deep one looks', async () => {
    const types = await reachable('PublicOrganisation');
    expect(types.get('PublicOrganisation')).toEqual(
      expect.arrayContaining(['contact', 'locale', 'mailFormFields', 'name', 'publicKey', 'timezone', 'topics']),
    );
    expect(types.get('PublicContact')!.sort()).toEqual(['phone', 'website']);
    expect(types.get('PublicTopic')).toEqual(expect.arrayContaining(['id', 'name']));
    for (const t of INTERNAL_TYPES) expect([...types.keys()]).not.toContain(t);
    for (const [type, fields] of types) {
      // The organisation's own phone is public contact data; no person's data is reachable.
      for (const f of INTERNAL.filter((x) => x !== 'phone' || type !== 'PublicContact')) {
        expect(fields, `${type}.${f}`).not.toContain(f);
      }
      for (const f of ['allowedOrigins', 'billingAddress', 'licenceVolume', 'fallbackCounsellor', 'retentionDays']) {
        expect(fields, `${type}.${f}`).not.toContain(f);
      }
    }
  });
});
