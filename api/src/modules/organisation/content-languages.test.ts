import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import { AppointmentService } from '../appointments/appointment-service.entity.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildTwoOrganisations(server);
  const admin = await loginAs(server, world.a.admin);
  await admin.ok(UPDATE_ORG, { input: { contentLanguages: ['en'] } });
});
afterAll(() => server?.close());

const UPDATE_ORG = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) {
  locale contentLanguages masterDataFields { key label labels { lang text } options optionLabels { lang texts } } } }`;
const CREATE_SERVICE = `mutation($input: CreateAppointmentServiceInput!) { createAppointmentService(input: $input) {
  id publicName publicNames { lang text } publicDescription publicDescriptions { lang text } } }`;
const UPDATE_SERVICE = `mutation($input: UpdateAppointmentServiceInput!) { updateAppointmentService(input: $input) {
  id publicName publicNames { lang text } publicDescription publicDescriptions { lang text } } }`;
const SERVICES = `query($key: String!, $lang: String) { bookableServices(organisationKey: $key, lang: $lang) {
  id name description topic } }`;
const CREATE_TOPIC = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { id name names { lang text } } }`;
const UPDATE_TOPIC = `mutation($input: UpdateTopicInput!) { updateTopic(input: $input) { id name names { lang text } } }`;
const PUBLIC_ORG = `query($key: String!, $lang: String) { publicOrganisation(key: $key, lang: $lang) {
  contentLanguages topics { id name } mailFormFields { key label type options optionLabels } } }`;
const CREATE_GROUP = `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) {
  __typename ... on Appointment { id title titles { lang text } } } }`;
const UPDATE_GROUP = `mutation($input: UpdateGroupAppointmentInput!) { updateGroupAppointment(input: $input) {
  __typename ... on Appointment { id title titles { lang text } } } }`;
const GROUP_OFFERS = `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $lang: String) {
  groupOffers(organisationKey: $key, from: $from, to: $to, lang: $lang) { id title } }`;

const key = () => world.a.org.publicKey;

async function service(input: Record<string, unknown>) {
  const admin = await loginAs(server, world.a.admin);
  return (
    await admin.ok(CREATE_SERVICE, {
      input: { internalName: 'intern', durationMinutes: 45, channel: 'PHONE', ...input },
    })
  ).createAppointmentService;
}

const servicesIn = async (lang: string | null) =>
  (await server.client().ok(SERVICES, { key: key(), lang })).bookableServices as {
    id: string;
    name: string;
    description: string | null;
    topic: string | null;
  }[];

describe('contentLanguages of the organisation', () => {
  it('keeps the default language first and refuses what is not a language code', async () => {
    const admin = await loginAs(server, world.b.admin);
    const r = await admin.ok(UPDATE_ORG, { input: { contentLanguages: ['en', 'tr', 'de'] } });
    expect(r.updateOrganisation).toMatchObject({ locale: 'de', contentLanguages: ['de', 'en', 'tr'] });
    // Switching the default language keeps the list, the new default first.
    const switched = await admin.ok(UPDATE_ORG, { input: { locale: 'en' } });
    expect(switched.updateOrganisation.contentLanguages).toEqual(['en', 'de', 'tr']);
    const err = await admin.fails('BAD_USER_INPUT', UPDATE_ORG, { input: { contentLanguages: ['de', 'English'] } });
    expect(err.extensions?.fields?.[0]?.path).toBe('contentLanguages.1');
    await admin.fails('BAD_USER_INPUT', UPDATE_ORG, { input: { contentLanguages: ['de', 'de'] } });
    const after = await admin.ok(UPDATE_ORG, { input: {} });
    expect(after.updateOrganisation.contentLanguages).toEqual(['en', 'de', 'tr']);
    await admin.ok(UPDATE_ORG, { input: { locale: 'de', contentLanguages: ['de'] } });
  });

  it('is changed by admins only', async () => {
    const counsellor = await loginAs(server, world.a.counsellor);
    await counsellor.fails('FORBIDDEN', UPDATE_ORG, { input: { contentLanguages: ['de', 'fr'] } });
    await server.client().fails('UNAUTHENTICATED', UPDATE_ORG, { input: { contentLanguages: ['de', 'fr'] } });
  });
});

describe('service names per language', () => {
  it('answers the visitor’s language, else the default language', async () => {
    const s = await service({
      publicName: 'Schuldnerberatung',
      publicDescription: 'Ein erstes Gespräch',
      publicNames: [{ lang: 'en', text: 'Debt advice' }],
      publicDescriptions: [{ lang: 'en', text: 'A first talk' }],
    });
    expect(s.publicNames).toEqual([
      { lang: 'de', text: 'Schuldnerberatung' },
      { lang: 'en', text: 'Debt advice' },
    ]);
    const find = async (lang: string | null) => (await servicesIn(lang)).find((x) => x.id === s.id);
    expect(await find('en')).toMatchObject({ name: 'Debt advice', description: 'A first talk' });
    expect(await find('en-GB')).toMatchObject({ name: 'Debt advice' });
    expect(await find('de')).toMatchObject({ name: 'Schuldnerberatung', description: 'Ein erstes Gespräch' });
    expect(await find(null)).toMatchObject({ name: 'Schuldnerberatung' });
    // A well-formed language nobody wrote in (or the organisation does not use) falls back.
    expect(await find('tr')).toMatchObject({ name: 'Schuldnerberatung', description: 'Ein erstes Gespräch' });
  });

  it('falls back per text: a description without translation is the default one', async () => {
    const s = await service({
      publicName: 'Paarberatung',
      publicDescription: 'Für Paare',
      publicNames: [{ lang: 'en', text: 'Couples counselling' }],
    });
    const found = (await servicesIn('en')).find((x) => x.id === s.id);
    expect(found).toMatchObject({ name: 'Couples counselling', description: 'Für Paare' });
  });

  it('updates one language without losing the others', async () => {
    const s = await service({ publicName: 'Sucht', publicNames: [{ lang: 'en', text: 'Addiction' }] });
    const admin = await loginAs(server, world.a.admin);
    const renamed = (await admin.ok(UPDATE_SERVICE, { input: { id: s.id, publicName: 'Suchtberatung' } }))
      .updateAppointmentService;
    expect(renamed.publicNames).toEqual([
      { lang: 'de', text: 'Suchtberatung' },
      { lang: 'en', text: 'Addiction' },
    ]);
    // The list replaces the stored texts; an emptied text is removed and falls back.
    const cleared = (
      await admin.ok(UPDATE_SERVICE, {
        input: {
          id: s.id,
          publicNames: [
            { lang: 'de', text: 'Suchtberatung' },
            { lang: 'en', text: ' ' },
          ],
        },
      })
    ).updateAppointmentService;
    expect(cleared).toMatchObject({
      publicName: 'Suchtberatung',
      publicNames: [{ lang: 'de', text: 'Suchtberatung' }],
    });
    expect((await servicesIn('en')).find((x) => x.id === s.id)?.name).toBe('Suchtberatung');
  });

  it('refuses a language the organisation does not write in, and changes nothing', async () => {
    const s = await service({ publicName: 'Jugendberatung' });
    const admin = await loginAs(server, world.a.admin);
    const err = await admin.fails('BAD_USER_INPUT', UPDATE_SERVICE, {
      input: { id: s.id, publicName: 'Geändert', publicNames: [{ lang: 'fr', text: 'Jeunesse' }] },
    });
    expect(err.extensions?.fields?.[0]?.path).toBe('publicNames.0.lang');
    const badCode = await admin.fails('BAD_USER_INPUT', CREATE_SERVICE, {
      input: {
        internalName: 'x',
        publicName: 'x',
        durationMinutes: 30,
        channel: 'PHONE',
        publicNames: [{ lang: 'english', text: 'x' }],
      },
    });
    expect(badCode.extensions?.fields?.[0]?.path).toBe('publicNames.0.lang');
    await admin.fails('BAD_USER_INPUT', CREATE_SERVICE, {
      input: {
        internalName: 'x',
        publicName: 'x',
        durationMinutes: 30,
        channel: 'PHONE',
        publicNames: [
          { lang: 'en', text: 'a' },
          { lang: 'en', text: 'b' },
        ],
      },
    });
    const row = await server.orm.em.fork().findOneOrFail(AppointmentService, s.id);
    expect(row.publicName).toBe('Jugendberatung');
    expect(row.publicNames).toEqual([{ lang: 'de', text: 'Jugendberatung' }]);
  });

  it('answers NOT_FOUND for another organisation’s service', async () => {
    const s = await service({ publicName: 'Nur A' });
    const adminB = await loginAs(server, world.b.admin);
    await adminB.fails('NOT_FOUND', UPDATE_SERVICE, { input: { id: s.id, publicNames: [{ lang: 'de', text: 'B' }] } });
  });

  it('refuses a lang argument that is no language code', async () => {
    const err = await server.client().fails('BAD_USER_INPUT', SERVICES, { key: key(), lang: 'en;drop' });
    expect(err.extensions?.fields?.[0]?.path).toBe('lang');
    await server.client().fails('BAD_USER_INPUT', PUBLIC_ORG, { key: key(), lang: 'x'.repeat(40) });
  });
});

describe('topics per language', () => {
  it('shows the topic in the visitor’s language in the organisation and its services', async () => {
    const admin = await loginAs(server, world.a.admin);
    const topic = (
      await admin.ok(CREATE_TOPIC, { input: { name: 'Schulden', names: [{ lang: 'en', text: 'Debts' }] } })
    ).createTopic;
    expect(topic.names).toEqual([
      { lang: 'de', text: 'Schulden' },
      { lang: 'en', text: 'Debts' },
    ]);
    const s = await service({ publicName: 'Mit Thema', topicId: topic.id });
    const en = (await server.client().ok(PUBLIC_ORG, { key: key(), lang: 'en' })).publicOrganisation;
    expect(en.contentLanguages).toEqual(['de', 'en']);
    expect(en.topics).toContainEqual({ id: topic.id, name: 'Debts' });
    const de = (await server.client().ok(PUBLIC_ORG, { key: key(), lang: 'de' })).publicOrganisation;
    expect(de.topics).toContainEqual({ id: topic.id, name: 'Schulden' });
    expect((await servicesIn('en')).find((x) => x.id === s.id)?.topic).toBe('Debts');

    const renamed = (await admin.ok(UPDATE_TOPIC, { input: { id: topic.id, names: [{ lang: 'en', text: 'Debt' }] } }))
      .updateTopic;
    expect(renamed).toMatchObject({
      name: 'Schulden',
      names: [
        { lang: 'de', text: 'Schulden' },
        { lang: 'en', text: 'Debt' },
      ],
    });
  });

  it('refuses unknown languages and another organisation’s topic', async () => {
    const admin = await loginAs(server, world.a.admin);
    const err = await admin.fails('BAD_USER_INPUT', CREATE_TOPIC, {
      input: { name: 'Wohnen', names: [{ lang: 'tr', text: 'Konut' }] },
    });
    expect(err.extensions?.fields?.[0]?.path).toBe('names.0.lang');
    const topics = (await server.client().ok(PUBLIC_ORG, { key: key() })).publicOrganisation.topics;
    expect(topics.map((t: { name: string }) => t.name)).not.toContain('Wohnen');
    const topic = (await admin.ok(CREATE_TOPIC, { input: { name: 'Nur in A' } })).createTopic;
    const adminB = await loginAs(server, world.b.admin);
    await adminB.fails('NOT_FOUND', UPDATE_TOPIC, { input: { id: topic.id, names: [{ lang: 'de', text: 'B' }] } });
  });

  it('a third language is data: add it, enter texts, visitors get them', async () => {
    const admin = await loginAs(server, world.a.admin);
    await admin.ok(UPDATE_ORG, { input: { contentLanguages: ['de', 'en', 'tr'] } });
    const topic = (
      await admin.ok(CREATE_TOPIC, {
        input: {
          name: 'Familie',
          names: [
            { lang: 'en', text: 'Family' },
            { lang: 'tr', text: 'Aile' },
          ],
        },
      })
    ).createTopic;
    const tr = (await server.client().ok(PUBLIC_ORG, { key: key(), lang: 'tr' })).publicOrganisation;
    expect(tr.topics).toContainEqual({ id: topic.id, name: 'Aile' });
    // Removing the language from the list stops showing its texts (they stay stored).
    await admin.ok(UPDATE_ORG, { input: { contentLanguages: ['de', 'en'] } });
    const again = (await server.client().ok(PUBLIC_ORG, { key: key(), lang: 'tr' })).publicOrganisation;
    expect(again.topics).toContainEqual({ id: topic.id, name: 'Familie' });
  });
});

describe('master-data fields per language', () => {
  it('answers label and option texts in the visitor’s language; the values sent stay the same', async () => {
    const admin = await loginAs(server, world.a.admin);
    const r = await admin.ok(UPDATE_ORG, {
      input: {
        masterDataFields: [
          {
            key: 'age',
            label: 'Alter',
            labels: [{ lang: 'en', text: 'Age' }],
            type: 'SELECT',
            options: ['unter 18', '18 oder älter'],
            optionLabels: [{ lang: 'en', texts: ['under 18', ''] }],
            askInMailForm: true,
          },
        ],
      },
    });
    expect(r.updateOrganisation.masterDataFields[0]).toEqual({
      key: 'age',
      label: 'Alter',
      labels: [
        { lang: 'de', text: 'Alter' },
        { lang: 'en', text: 'Age' },
      ],
      options: ['unter 18', '18 oder älter'],
      optionLabels: [
        { lang: 'de', texts: ['unter 18', '18 oder älter'] },
        { lang: 'en', texts: ['under 18', ''] },
      ],
    });
    const en = (await server.client().ok(PUBLIC_ORG, { key: key(), lang: 'en' })).publicOrganisation;
    expect(en.mailFormFields).toEqual([
      {
        key: 'age',
        label: 'Age',
        type: 'SELECT',
        options: ['unter 18', '18 oder älter'],
        // An option left empty shows the default language's text.
        optionLabels: ['under 18', '18 oder älter'],
      },
    ]);
    const de = (await server.client().ok(PUBLIC_ORG, { key: key(), lang: 'de' })).publicOrganisation;
    expect(de.mailFormFields[0]).toMatchObject({ label: 'Alter', optionLabels: ['unter 18', '18 oder älter'] });
  });

  it('refuses option lists of the wrong length and unknown languages', async () => {
    const admin = await loginAs(server, world.a.admin);
    const field = { key: 'g', label: 'Geschlecht', type: 'SELECT', options: ['w', 'm', 'd'] };
    const short = await admin.fails('BAD_USER_INPUT', UPDATE_ORG, {
      input: { masterDataFields: [{ ...field, optionLabels: [{ lang: 'en', texts: ['f', 'm'] }] }] },
    });
    expect(short.extensions?.fields?.[0]?.path).toBe('masterDataFields.0.optionLabels.0.texts');
    const lang = await admin.fails('BAD_USER_INPUT', UPDATE_ORG, {
      input: { masterDataFields: [{ ...field, labels: [{ lang: 'fr', text: 'Genre' }] }] },
    });
    expect(lang.extensions?.fields?.[0]?.path).toBe('masterDataFields.0.labels.0.lang');
    const stored = (await admin.ok(UPDATE_ORG, { input: {} })).updateOrganisation.masterDataFields;
    expect(stored.map((f: { key: string }) => f.key)).toEqual(['age']);
  });
});

describe('group appointment titles per language', () => {
  it('offers the group under its title in the visitor’s language', async () => {
    const admin = await loginAs(server, world.a.admin);
    const c = await buildCounsellor(server, world.a.org);
    const date = new Date(Date.now() + 6 * 86_400_000).toISOString().slice(0, 10);
    const g = (
      await admin.ok(CREATE_GROUP, {
        input: {
          counsellorId: c.id,
          title: 'Elterngruppe',
          titles: [{ lang: 'en', text: 'Parents’ group' }],
          date,
          from: '10:00',
          to: '11:00',
          channel: 'VIDEO',
          maxParticipants: 5,
          bookableByClients: true,
        },
      })
    ).createGroupAppointment;
    expect(g.titles).toEqual([
      { lang: 'de', text: 'Elterngruppe' },
      { lang: 'en', text: 'Parents’ group' },
    ]);
    const range = {
      key: key(),
      from: new Date().toISOString(),
      to: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    };
    const offer = async (lang: string | null) =>
      (await server.client().ok(GROUP_OFFERS, { ...range, lang })).groupOffers.find(
        (o: { id: string }) => o.id === g.id,
      );
    expect((await offer('en')).title).toBe('Parents’ group');
    expect((await offer('de')).title).toBe('Elterngruppe');
    expect((await offer('uk')).title).toBe('Elterngruppe');

    const updated = (await admin.ok(UPDATE_GROUP, { input: { id: g.id, title: 'Elternrunde' } }))
      .updateGroupAppointment;
    expect(updated).toMatchObject({
      title: 'Elternrunde',
      titles: [
        { lang: 'de', text: 'Elternrunde' },
        { lang: 'en', text: 'Parents’ group' },
      ],
    });
    await admin.fails('BAD_USER_INPUT', UPDATE_GROUP, {
      input: { id: g.id, titles: [{ lang: 'fr', text: 'Parents' }] },
    });
    const adminB = await loginAs(server, world.b.admin);
    await adminB.fails('NOT_FOUND', UPDATE_GROUP, { input: { id: g.id, titles: [{ lang: 'de', text: 'B' }] } });
  });
});
