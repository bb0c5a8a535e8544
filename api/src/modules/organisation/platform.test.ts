import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildTwoOrganisations, loginAs, TEST_PASSWORD } from '../../../../tests/support/builders.js';
import type { GqlResult } from '../../../../tests/support/gql.js';
import { Organisation } from './organisation.entity.js';
import { PlatformService } from './platform.service.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const ORIGIN = 'https://beratung.example.org';

beforeAll(async () => {
  server = await startTestServer();
  world = await buildTwoOrganisations(server);
  const em = server.orm.em.fork() as EntityManager;
  for (const org of [world.a.org, world.b.org]) {
    await em.nativeUpdate(Organisation, { id: org.id }, { allowedOrigins: [ORIGIN] });
  }
});
afterAll(() => server?.close());

const platform = () => new PlatformService(server.app);
const em = () => server.orm.em.fork() as EntityManager;
const range = { from: new Date().toISOString(), to: new Date(Date.now() + 7 * 86_400_000).toISOString() };

/** Every widget operation that names an organisation by its public key. */
const WIDGET_OPERATIONS: [string, string, (key: string) => Record<string, unknown>][] = [
  ['publicOrganisation', `query($key: String!) { publicOrganisation(key: $key) { name } }`, (key) => ({ key })],
  ['publicCounsellors', `query($key: String!) { publicCounsellors(organisationKey: $key) { id } }`, (key) => ({ key })],
  ['bookableServices', `query($key: String!) { bookableServices(organisationKey: $key) { id } }`, (key) => ({ key })],
  [
    'bookableCounsellors',
    `query($key: String!) { bookableCounsellors(organisationKey: $key) { id } }`,
    (key) => ({ key }),
  ],
  [
    'freeSlots',
    `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!) { freeSlots(organisationKey: $key, from: $from, to: $to) { date } }`,
    (key) => ({ key, ...range }),
  ],
  [
    'groupOffers',
    `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!) { groupOffers(organisationKey: $key, from: $from, to: $to) { id } }`,
    (key) => ({ key, ...range }),
  ],
  [
    'mailFormCounsellors',
    `query($key: String!) { mailFormCounsellors(organisationKey: $key) { id } }`,
    (key) => ({ key }),
  ],
  [
    'chatAvailability',
    `query($key: String!) { chatAvailability(organisationKey: $key) { anyoneOnline } }`,
    (key) => ({ key }),
  ],
  [
    'registerClient',
    `mutation($input: RegisterClientInput!) { registerClient(input: $input) { accessToken } }`,
    (key) => ({ input: { organisationKey: key, pseudonym: 'neu-hier', password: TEST_PASSWORD } }),
  ],
  [
    'startChat',
    `mutation($input: StartChatInput!) { startChat(input: $input) { stream { id } } }`,
    (key) => ({ input: { organisationKey: key, pseudonym: 'neu-im-chat' } }),
  ],
];

/** What a caller can tell apart: the data and the errors' codes and messages. */
const outcome = (r: GqlResult) => ({
  data: r.data ?? null,
  errors: (r.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message })),
});

const preflight = (key: string) =>
  fetch(`${server.url}/graphql?org=${encodeURIComponent(key)}`, {
    method: 'OPTIONS',
    headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
  });

describe('PlatformService.suspend', () => {
  it('makes every widget operation answer as for an unknown key, in the suspended organisation only', async () => {
    const key = world.a.org.publicKey;
    await platform().suspend(em(), world.a.org.slug);
    const anon = server.client();
    for (const [name, query, vars] of WIDGET_OPERATIONS) {
      const unknown = outcome(await anon.request(query, vars('pk_never_issued')));
      expect(outcome(await anon.request(query, vars(key))), name).toEqual(unknown);
      const other = await anon.request(query, vars(world.b.org.publicKey));
      expect(other.errors?.map((e) => e.extensions?.code) ?? [], name).not.toContain('NOT_FOUND');
    }
    expect((await preflight(key)).status).toBe(403);
    expect((await preflight(world.b.org.publicKey)).status).toBeLessThan(300);

    await platform().resume(em(), world.a.org.slug);
    expect((await anon.ok(WIDGET_OPERATIONS[0]![1], { key })).publicOrganisation.name).toBe(world.a.org.name);
  });

  it('refuses its clients’ logins with ORGANISATION_SUSPENDED and ends their sessions; other organisations go on', async () => {
    const client = await loginAs(server, world.a.client);
    const otherClient = await loginAs(server, world.b.client);
    const ME = `{ me { id } }`;
    await platform().suspend(em(), world.a.org.slug);

    expect((await client.fails('UNAUTHENTICATED', ME)).extensions?.reason).toBe('REVOKED');
    const refused = await server
      .client()
      .fails('FORBIDDEN', `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
        input: { login: world.a.client.loginName, password: TEST_PASSWORD, organisationKey: world.a.org.publicKey },
      });
    expect(refused.extensions?.reason).toBe('ORGANISATION_SUSPENDED');
    expect((await otherClient.ok(ME)).me.id).toBe(world.b.client.id);

    const again = await platform().suspend(em(), world.a.org.slug);
    expect(again.changed).toBe(false);
    await platform().resume(em(), world.a.org.slug);
    expect((await (await loginAs(server, world.a.client)).ok(ME)).me.id).toBe(world.a.client.id);
  });
});
