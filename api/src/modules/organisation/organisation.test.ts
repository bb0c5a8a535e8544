import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildAdmin, buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import { GraphQLClient } from '../../../../tests/support/gql.js';
import { AccountStatus } from '../identity/account.entity.js';
import { Topic } from './organisation.entity.js';

const SETTINGS = `id name publicKey timezone locale
  contact { contactPerson email phone website address { name street postcode city country } }
  billingAddress { name street postcode city country }
  masterDataFields { key label type options askInMailForm }
  autoPrimaryCounsellor fallbackCounsellor { id displayName } mailOverdueHours opennessLevel retentionDays
  holidayRegion closingDays { date note } video { provider allowVideoInChat } allowedOrigins licenceVolume
  quickExit { enabled url } topics { id name category }`;
const ORG = `{ organisation { ${SETTINGS} } }`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${SETTINGS} } }`;
const REGENERATE = `mutation { regeneratePublicKey { publicKey } }`;
const CREATE_TOPIC = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { id name category } }`;
const UPDATE_TOPIC = `mutation($input: UpdateTopicInput!) { updateTopic(input: $input) { id name category } }`;
const DELETE_TOPIC = `mutation($input: DeleteTopicInput!) { deleteTopic(input: $input) }`;

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let adminA: GraphQLClient;
let adminB: GraphQLClient;
let counsellorA: GraphQLClient;
let clientA: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildTwoOrganisations(server);
  [adminA, adminB, counsellorA, clientA] = await Promise.all([
    loginAs(server, world.a.admin),
    loginAs(server, world.b.admin),
    loginAs(server, world.a.counsellor),
    loginAs(server, world.a.client),
  ]);
});
afterAll(() => server?.close());

const settings = async (api: GraphQLClient) => (await api.ok(ORG)).organisation;

describe('organisation', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', ORG);
  });

  it('is for staff: a client gets FORBIDDEN', async () => {
    await clientA.fails('FORBIDDEN', ORG);
  });

  it('shows a counsellor every setting with its defaults', async () => {
    const org = await settings(counsellorA);
    expect(org).toMatchObject({
      id: world.a.org.id,
      name: world.a.org.name,
      publicKey: expect.stringMatching(/^pk_/),
      timezone: 'Europe/Berlin',
      locale: 'de',
      fallbackCounsellor: null,
      mailOverdueHours: 48,
      opennessLevel: 'OPEN',
      retentionDays: 30,
      holidayRegion: 'DE',
      closingDays: [],
      video: { provider: 'PLATFORM', allowVideoInChat: true },
      allowedOrigins: [],
      licenceVolume: 5,
      masterDataFields: [],
    });
  });

  it('cannot see another organisation', async () => {
    await adminB.ok(CREATE_TOPIC, { input: { name: 'Nur bei B' } });
    const a = await settings(adminA);
    const b = await settings(adminB);
    expect(a.id).toBe(world.a.org.id);
    expect(b.id).toBe(world.b.org.id);
    expect(a.topics.map((t: { name: string }) => t.name)).not.toContain('Nur bei B');
    expect(b.topics.map((t: { name: string }) => t.name)).toContain('Nur bei B');
  });

  it('lets clients reach public parts through me, but not internal settings', async () => {
    const ok = await clientA.ok(`{ me { organisation { name timezone topics { name } } } }`);
    expect(ok.me.organisation.name).toBe(world.a.org.name);
    for (const field of [
      'allowedOrigins',
      'licenceVolume',
      'retentionDays',
      'billingAddress { city }',
      'fallbackCounsellor { id }',
    ]) {
      await clientA.fails('FORBIDDEN', `{ me { organisation { ${field} } } }`);
    }
  });
});

describe('updateOrganisation', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', UPDATE, { input: { name: 'Hijacked' } });
  });

  it('is for admins: a counsellor gets FORBIDDEN and nothing changes', async () => {
    const before = await settings(adminA);
    await counsellorA.fails('FORBIDDEN', UPDATE, { input: { name: 'Hijacked', retentionDays: 1 } });
    expect(await settings(adminA)).toEqual(before);
  });

  it('changes every setting and keeps what is left out', async () => {
    const fallback = await buildCounsellor(server, world.a.org, { displayName: 'Fallback Fee' });
    const input = {
      name: 'Beratungsstelle Nord',
      contact: {
        contactPerson: 'Frau Mustermann',
        email: 'Info@Example.org',
        phone: '+49 30 1234567',
        website: 'https://beratung.example.org',
        address: { street: 'Hauptstr. 1', city: 'Berlin' },
      },
      billingAddress: { name: 'Träger e.V.', street: 'Kassenweg 2', postcode: '10115', city: 'Berlin', country: 'DE' },
      timezone: 'Europe/Vienna',
      locale: 'en',
      masterDataFields: [
        {
          key: 'ageGroup',
          label: 'Altersgruppe',
          type: 'SELECT',
          options: ['<18', '18-27', '>27'],
          askInMailForm: true,
        },
        { key: 'postcode', label: 'PLZ', type: 'TEXT' },
      ],
      autoPrimaryCounsellor: true,
      fallbackCounsellorId: fallback.id,
      mailOverdueHours: 72,
      opennessLevel: 'RESTRICTED',
      retentionDays: 90,
      holidayRegion: 'de-be',
      closingDays: [{ date: '2025-12-31', note: 'Silvester' }, { date: '2025-12-24' }],
      video: { provider: 'EXTERNAL', allowVideoInChat: false },
      allowedOrigins: ['https://WWW.Example.org/', 'http://localhost:5173', 'https://www.example.org'],
    };
    const updated = (await adminA.ok(UPDATE, { input })).updateOrganisation;
    const expected = {
      name: 'Beratungsstelle Nord',
      contact: {
        contactPerson: 'Frau Mustermann',
        email: 'info@example.org',
        phone: '+49 30 1234567',
        website: 'https://beratung.example.org',
        address: { name: null, street: 'Hauptstr. 1', postcode: null, city: 'Berlin', country: null },
      },
      billingAddress: { name: 'Träger e.V.', street: 'Kassenweg 2', postcode: '10115', city: 'Berlin', country: 'DE' },
      timezone: 'Europe/Vienna',
      locale: 'en',
      masterDataFields: [
        {
          key: 'ageGroup',
          label: 'Altersgruppe',
          type: 'SELECT',
          options: ['<18', '18-27', '>27'],
          askInMailForm: true,
        },
        { key: 'postcode', label: 'PLZ', type: 'TEXT', options: [], askInMailForm: false },
      ],
      autoPrimaryCounsellor: true,
      fallbackCounsellor: { id: fallback.id, displayName: 'Fallback Fee' },
      mailOverdueHours: 72,
      opennessLevel: 'RESTRICTED',
      retentionDays: 90,
      holidayRegion: 'DE-BE',
      closingDays: [
        { date: '2025-12-24', note: null },
        { date: '2025-12-31', note: 'Silvester' },
      ],
      video: { provider: 'EXTERNAL', allowVideoInChat: false },
      allowedOrigins: ['https://www.example.org', 'http://localhost:5173'],
      licenceVolume: 5,
    };
    expect(updated).toMatchObject(expected);
    // Read back: stored, not just echoed.
    expect(await settings(adminA)).toMatchObject(expected);

    // Partial update: only the named setting moves.
    const partial = (await adminA.ok(UPDATE, { input: { mailOverdueHours: 24 } })).updateOrganisation;
    expect(partial).toMatchObject({ ...expected, mailOverdueHours: 24 });

    // Null clears the fallback counsellor.
    const cleared = (await adminA.ok(UPDATE, { input: { fallbackCounsellorId: null } })).updateOrganisation;
    expect(cleared.fallbackCounsellor).toBeNull();
    expect(cleared.retentionDays).toBe(90);
  });

  it('rejects bad input with field paths and changes nothing', async () => {
    const days = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10) }));
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ timezone: null }, 'timezone'],
      [{ locale: 'fr' }, 'locale'],
      [{ mailOverdueHours: 0 }, 'mailOverdueHours'],
      [{ mailOverdueHours: 721 }, 'mailOverdueHours'],
      [{ retentionDays: 0 }, 'retentionDays'],
      [{ retentionDays: 3651 }, 'retentionDays'],
      [{ holidayRegion: 'XX' }, 'holidayRegion'],
      [{ holidayRegion: 'DE-XX' }, 'holidayRegion'],
      [{ closingDays: [{ date: '2025-02-30' }] }, 'closingDays.0.date'],
      [{ closingDays: [{ date: '2025-05-01' }, { date: '2025-05-01' }] }, 'closingDays.1.date'],
      [{ closingDays: days(367) }, 'closingDays'],
      [{ allowedOrigins: ['https://example.org/widgets'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['https://example.org?x=1'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: ['ftp://example.org'] }, 'allowedOrigins.0'],
      [{ allowedOrigins: Array.from({ length: 51 }, (_, i) => `https://o${i}.example`) }, 'allowedOrigins'],
      [
        { masterDataFields: [{ key: 'age', label: 'Alter', type: 'SELECT', options: [] }] },
        'masterDataFields.0.options',
      ],
      [{ masterDataFields: [{ key: '_age', label: 'Alter', type: 'TEXT' }] }, 'masterDataFields.0.key'],
      [{ masterDataFields: [{ key: 'a'.repeat(41), label: 'Alter', type: 'TEXT' }] }, 'masterDataFields.0.key'],
      [
        {
          masterDataFields: [
            { key: 'age', label: 'Alter', type: 'TEXT' },
            { key: 'age', label: 'Alter', type: 'NUMBER' },
          ],
        },
        'masterDataFields.1.key',
      ],
      [
        { masterDataFields: Array.from({ length: 31 }, (_, i) => ({ key: `f${i}`, label: 'F', type: 'TEXT' })) },
        'masterDataFields',
      ],
      [{ contact: { email: 'not-an-email' } }, 'contact.email'],
      [{ contact: { website: 'javascript:alert(1)' } }, 'contact.website'],
      [{ contact: { address: { city: 'x'.repeat(101) } } }, 'contact.address.city'],
      [{ billingAddress: { postcode: '1'.repeat(17) } }, 'billingAddress.postcode'],
      [{ quickExit: { enabled: true } }, 'quickExit.url'],
      [{ quickExit: { enabled: true, url: '' } }, 'quickExit.url'],
      [{ quickExit: { enabled: true, url: 'javascript:alert(1)' } }, 'quickExit.url'],
      [{ quickExit: { enabled: true, url: 'ftp://example.org' } }, 'quickExit.url'],
      [{ quickExit: { enabled: false, url: 'www.example.org' } }, 'quickExit.url'],
      [{ fallbackCounsellorId: 'not-an-id' }, 'fallbackCounsellorId'],
      // A valid change next to an invalid one is not applied either.
      [{ name: 'Valid new name', mailOverdueHours: -5 }, 'mailOverdueHours'],
    ];
    const before = await settings(adminA);
    for (const [input, path] of cases) {
      const err = await adminA.fails('BAD_USER_INPUT', UPDATE, { input });
      expect(
        err.extensions?.fields?.map((f) => f.path),
        JSON.stringify(input).slice(0, 100),
      ).toContain(path);
    }
    expect(await settings(adminA)).toEqual(before);
  });

  it('rejects wrong types and read-only settings at the GraphQL layer', async () => {
    const before = await settings(adminA);
    for (const input of [
      { mailOverdueHours: 'many' },
      { opennessLevel: 'WIDE_OPEN' },
      { autoPrimaryCounsellor: 'yes' },
      { licenceVolume: 1000 },
      { organisationId: world.b.org.id },
      { closingDays: 'tomorrow' },
    ]) {
      await adminA.fails('BAD_USER_INPUT', UPDATE, { input });
    }
    expect(await settings(adminA)).toEqual(before);
  });

  it('only takes an active staff member of the same organisation as fallback counsellor', async () => {
    const before = await settings(adminA);
    // Another organisation's counsellor and a client are "not found".
    await adminA.fails('NOT_FOUND', UPDATE, { input: { fallbackCounsellorId: world.b.counsellor.id } });
    await adminA.fails('NOT_FOUND', UPDATE, { input: { fallbackCounsellorId: world.a.client.id } });
    await adminA.fails('NOT_FOUND', UPDATE, {
      input: { fallbackCounsellorId: '00000000-0000-4000-8000-000000000000' },
    });
    const inactive = await buildCounsellor(server, world.a.org, { active: false });
    const blocked = await buildCounsellor(server, world.a.org, { status: AccountStatus.BLOCKED });
    for (const c of [inactive, blocked]) {
      const err = await adminA.fails('BAD_USER_INPUT', UPDATE, { input: { fallbackCounsellorId: c.id, name: 'Nope' } });
      expect(err.extensions?.fields?.[0]?.path).toBe('fallbackCounsellorId');
    }
    expect(await settings(adminA)).toEqual(before);

    // An admin may be the fallback, too.
    const admin = await buildAdmin(server, world.a.org);
    const set = await adminA.ok(UPDATE, { input: { fallbackCounsellorId: admin.id } });
    expect(set.updateOrganisation.fallbackCounsellor.id).toBe(admin.id);
  });

  it('does not touch another organisation', async () => {
    const beforeB = await settings(adminB);
    await adminA.ok(UPDATE, { input: { retentionDays: 7, allowedOrigins: ['https://a-only.example'] } });
    expect(await settings(adminB)).toEqual(beforeB);
  });
});

describe('updateOrganisation: quick exit', () => {
  const PUBLIC = `query($key: String!) { publicOrganisation(key: $key) { quickExit { enabled url } } }`;
  const publicQuickExit = async (key: string) =>
    (await server.client().ok<{ publicOrganisation: { quickExit: unknown } }>(PUBLIC, { key })).publicOrganisation
      .quickExit;

  it('is off by default, for staff and for widgets', async () => {
    const { publicKey } = await settings(adminB);
    expect((await settings(adminB)).quickExit).toEqual({ enabled: false, url: null });
    expect(await publicQuickExit(publicKey)).toEqual({ enabled: false, url: null });
  });

  it('is turned on by an admin with a neutral page, which the widgets then read; off again hides the page', async () => {
    const { publicKey } = await settings(adminA);
    const on = { enabled: true, url: 'https://www.wetter.de/' };
    const updated = (await adminA.ok(UPDATE, { input: { quickExit: on } })).updateOrganisation;
    expect(updated.quickExit).toEqual(on);
    expect(await publicQuickExit(publicKey)).toEqual(on);
    // Other organisations are untouched.
    expect((await settings(adminB)).quickExit).toEqual({ enabled: false, url: null });

    await adminA.ok(UPDATE, { input: { quickExit: { enabled: false, url: 'https://www.wetter.de/' } } });
    expect((await settings(adminA)).quickExit).toEqual({ enabled: false, url: 'https://www.wetter.de/' });
    expect(await publicQuickExit(publicKey)).toEqual({ enabled: false, url: null });
  });

  it('is for admins: a counsellor gets FORBIDDEN and nothing changes', async () => {
    const before = (await settings(adminA)).quickExit;
    await counsellorA.fails('FORBIDDEN', UPDATE, { input: { quickExit: { enabled: true, url: 'https://a.example' } } });
    expect((await settings(adminA)).quickExit).toEqual(before);
  });
});

describe('regeneratePublicKey', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', REGENERATE);
  });

  it('is for admins: a counsellor gets FORBIDDEN and the key stays', async () => {
    const before = (await settings(adminA)).publicKey;
    await counsellorA.fails('FORBIDDEN', REGENERATE);
    expect((await settings(adminA)).publicKey).toBe(before);
  });

  it('replaces the key; the old one stops working for widgets', async () => {
    const old = (await settings(adminA)).publicKey;
    const keyB = (await settings(adminB)).publicKey;
    const fresh = (await adminA.ok(REGENERATE)).regeneratePublicKey.publicKey;
    expect(fresh).toMatch(/^pk_[A-Za-z0-9_-]{24}$/);
    expect(fresh).not.toBe(old);
    const PUBLIC = `query($key: String!) { publicOrganisation(key: $key) { name } }`;
    await server.client().fails('NOT_FOUND', PUBLIC, { key: old });
    expect((await server.client().ok(PUBLIC, { key: fresh })).publicOrganisation.name).toBeTruthy();
    expect((await settings(adminB)).publicKey).toBe(keyB);
  });
});

describe('createTopic', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', CREATE_TOPIC, { input: { name: 'Sucht' } });
  });

  it('is for admins: a counsellor gets FORBIDDEN and nothing is created', async () => {
    await counsellorA.fails('FORBIDDEN', CREATE_TOPIC, { input: { name: 'Verboten' } });
    expect(await topicNames(world.a.org.id)).not.toContain('Verboten');
  });

  it('creates topics, unique per organisation ignoring case', async () => {
    const t = (await adminA.ok(CREATE_TOPIC, { input: { name: '  Sucht ', category: 'subject' } })).createTopic;
    expect(t).toMatchObject({ name: 'Sucht', category: 'subject' });
    const err = await adminA.fails('CONFLICT', CREATE_TOPIC, { input: { name: 'SUCHT' } });
    expect(err.extensions?.reason).toBe('TOPIC_EXISTS');
    // The same name in another organisation is fine.
    await adminB.ok(CREATE_TOPIC, { input: { name: 'Sucht' } });
    expect((await settings(adminA)).topics.filter((x: { name: string }) => /sucht/i.test(x.name))).toHaveLength(1);
  });

  it('treats LIKE wildcards literally when checking names', async () => {
    // Unescaped, "Schulden_A" would match the existing "SchuldenXA" and "100%" would match "1000".
    await adminA.ok(CREATE_TOPIC, { input: { name: 'SchuldenXA' } });
    await adminA.ok(CREATE_TOPIC, { input: { name: 'Schulden_A' } });
    await adminA.ok(CREATE_TOPIC, { input: { name: '1000' } });
    await adminA.ok(CREATE_TOPIC, { input: { name: '100%' } });
    expect(await topicNames(world.a.org.id)).toEqual(
      expect.arrayContaining(['SchuldenXA', 'Schulden_A', '1000', '100%']),
    );
  });

  it('rejects bad input and creates nothing', async () => {
    const before = await topicNames(world.a.org.id);
    for (const [input, path] of [
      [{ name: '' }, 'name'],
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(101) }, 'name'],
      [{ name: 'Ok', category: 'c'.repeat(51) }, 'category'],
    ] as const) {
      const err = await adminA.fails('BAD_USER_INPUT', CREATE_TOPIC, { input });
      expect(err.extensions?.fields?.[0]?.path).toBe(path);
    }
    await adminA.fails('BAD_USER_INPUT', CREATE_TOPIC, { input: { name: 42 } });
    await adminA.fails('BAD_USER_INPUT', CREATE_TOPIC, { input: {} });
    expect(await topicNames(world.a.org.id)).toEqual(before);
  });
});

describe('updateTopic', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', UPDATE_TOPIC, { input: { id: world.a.org.id, name: 'x' } });
  });

  it('renames and clears the category; a taken name is a CONFLICT', async () => {
    const t = (await adminA.ok(CREATE_TOPIC, { input: { name: 'Familie', category: 'subject' } })).createTopic;
    await adminA.ok(CREATE_TOPIC, { input: { name: 'Jugend' } });
    const renamed = (await adminA.ok(UPDATE_TOPIC, { input: { id: t.id, name: 'Familie & Paare' } })).updateTopic;
    expect(renamed).toEqual({ id: t.id, name: 'Familie & Paare', category: 'subject' });
    const cleared = (await adminA.ok(UPDATE_TOPIC, { input: { id: t.id, category: null } })).updateTopic;
    expect(cleared.category).toBeNull();
    // Changing only the case of its own name is allowed.
    await adminA.ok(UPDATE_TOPIC, { input: { id: t.id, name: 'FAMILIE & Paare' } });
    const err = await adminA.fails('CONFLICT', UPDATE_TOPIC, { input: { id: t.id, name: 'jugend' } });
    expect(err.extensions?.reason).toBe('TOPIC_EXISTS');
    expect(await topicNames(world.a.org.id)).toContain('FAMILIE & Paare');
  });

  it('answers NOT_FOUND for another organisation’s topic and changes nothing', async () => {
    const t = (await adminB.ok(CREATE_TOPIC, { input: { name: 'B-Thema' } })).createTopic;
    await adminA.fails('NOT_FOUND', UPDATE_TOPIC, { input: { id: t.id, name: 'Gekapert' } });
    expect(await topicNames(world.b.org.id)).toContain('B-Thema');
    expect(await topicNames(world.b.org.id)).not.toContain('Gekapert');
  });

  it('rejects bad input and for counsellors, changing nothing', async () => {
    const t = (await adminA.ok(CREATE_TOPIC, { input: { name: 'Wohnen' } })).createTopic;
    await counsellorA.fails('FORBIDDEN', UPDATE_TOPIC, { input: { id: t.id, name: 'Counsellor was here' } });
    await adminA.fails('BAD_USER_INPUT', UPDATE_TOPIC, { input: { id: t.id, name: '' } });
    await adminA.fails('BAD_USER_INPUT', UPDATE_TOPIC, { input: { id: t.id, name: null } });
    await adminA.fails('BAD_USER_INPUT', UPDATE_TOPIC, { input: { id: t.id, name: 'y'.repeat(101) } });
    await adminA.fails('BAD_USER_INPUT', UPDATE_TOPIC, { input: { id: 'nope', name: 'Ok' } });
    const names = await topicNames(world.a.org.id);
    expect(names).toContain('Wohnen');
    expect(names).not.toContain('Counsellor was here');
  });
});

describe('deleteTopic', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', DELETE_TOPIC, { input: { id: world.a.org.id } });
  });

  it('deletes a topic of the organisation only', async () => {
    const mine = (await adminA.ok(CREATE_TOPIC, { input: { name: 'Weg damit' } })).createTopic;
    const theirs = (await adminB.ok(CREATE_TOPIC, { input: { name: 'Bleibt' } })).createTopic;
    await counsellorA.fails('FORBIDDEN', DELETE_TOPIC, { input: { id: mine.id } });
    await adminA.fails('NOT_FOUND', DELETE_TOPIC, { input: { id: theirs.id } });
    await adminA.fails('BAD_USER_INPUT', DELETE_TOPIC, { input: { id: 'x' } });
    expect(await topicNames(world.b.org.id)).toContain('Bleibt');
    expect(await topicNames(world.a.org.id)).toContain('Weg damit');
    expect((await adminA.ok(DELETE_TOPIC, { input: { id: mine.id } })).deleteTopic).toBe(true);
    expect(await topicNames(world.a.org.id)).not.toContain('Weg damit');
    await adminA.fails('NOT_FOUND', DELETE_TOPIC, { input: { id: mine.id } });
  });
});

async function topicNames(organisationId: string): Promise<string[]> {
  const topics = await server.orm.em.fork().find(Topic, { organisation: organisationId }, { orderBy: { name: 'asc' } });
  return topics.map((t) => t.name);
}

describe('field messages in the caller’s UI language (Accept-Language)', () => {
  const BAD = {
    name: 'x'.repeat(201),
    timezone: 'Mars/Olympus',
    masterDataFields: [{ key: '_age', label: 'A', type: 'TEXT' }],
  };
  /** The test client says `en` unless told otherwise; `*` is what fetch sends by itself. */
  const as = (api: GraphQLClient, lang = '*') => new GraphQLClient(api.url, api.token, { 'accept-language': lang });
  const fieldsOf = (err: { extensions?: { fields?: { path: string; message: string }[] } }) =>
    Object.fromEntries((err.extensions?.fields ?? []).map((f) => [f.path, f.message]));

  it('answers the same invalid mutation in German for de and in English for en, and changes nothing', async () => {
    const before = await settings(adminA);
    const de = await as(adminA, 'de').fails('BAD_USER_INPUT', UPDATE, { input: BAD });
    expect(fieldsOf(de)).toEqual({
      name: 'Höchstens 200 Zeichen',
      timezone: 'Muss eine IANA-Zeitzone wie Europe/Berlin sein',
      'masterDataFields.0.key':
        'Muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und Unterstrich enthalten (höchstens 40)',
    });
    expect(de.message).toMatch(/^Ungültige Eingabe: /);
    expect(de.message).toContain('timezone: Muss eine IANA-Zeitzone wie Europe/Berlin sein');
    expect(de.message).not.toMatch(/Invalid|Must|At most/);

    const en = await as(adminA, 'en-GB,en;q=0.9').fails('BAD_USER_INPUT', UPDATE, { input: BAD });
    expect(fieldsOf(en)).toEqual({
      name: 'At most 200 characters',
      timezone: 'Must be an IANA timezone such as Europe/Berlin',
      'masterDataFields.0.key': 'Must start with a letter and contain only letters, digits and underscore (at most 40)',
    });
    expect(en.message).toMatch(/^Invalid input: /);
    expect(en.message).toContain('timezone: Must be an IANA timezone such as Europe/Berlin');
    expect(await settings(adminA)).toEqual(before);
  });

  it('translates a service’s field problem and its message too', async () => {
    const inactive = await buildCounsellor(server, world.a.org, { active: false });
    const input = { fallbackCounsellorId: inactive.id };
    const de = await as(adminA, 'de').fails('BAD_USER_INPUT', UPDATE, { input });
    expect(de.message).toBe('Die Vertretung muss ein aktives Teammitglied sein');
    expect(fieldsOf(de)).toEqual({ fallbackCounsellorId: 'Muss ein aktives Teammitglied sein' });
    const en = await as(adminA, 'en').fails('BAD_USER_INPUT', UPDATE, { input });
    expect(en.message).toBe('The fallback counsellor must be an active staff member');
    expect(fieldsOf(en)).toEqual({ fallbackCounsellorId: 'Must be an active staff member' });
  });

  it('without a UI language in the header, follows the organisation’s locale, else German', async () => {
    // `Accept-Language: *` (fetch's own) names no UI language; nor does `fr`. The organisation's
    // locale then decides once its row is at hand (it is after a read; a change drops it from the cache).
    const timezoneMessage = async (api: GraphQLClient, lang?: string) => {
      await settings(api);
      const err = await as(api, lang).fails('BAD_USER_INPUT', UPDATE, { input: { timezone: 'Mars/Olympus' } });
      return fieldsOf(err).timezone;
    };
    await adminB.ok(UPDATE, { input: { locale: 'de' } });
    await expect.poll(() => timezoneMessage(adminB)).toBe('Muss eine IANA-Zeitzone wie Europe/Berlin sein');
    expect(await timezoneMessage(adminB, 'fr')).toBe('Muss eine IANA-Zeitzone wie Europe/Berlin sein');
    await adminB.ok(UPDATE, { input: { locale: 'en' } });
    await expect.poll(() => timezoneMessage(adminB)).toBe('Must be an IANA timezone such as Europe/Berlin');
    // The header still wins over the organisation.
    expect(await timezoneMessage(adminB, 'de')).toBe('Muss eine IANA-Zeitzone wie Europe/Berlin sein');
    await adminB.ok(UPDATE, { input: { locale: 'de' } });
  });
});
