/**
 * Operators and organisations stay apart, both ways: an operator token opens no tenant operation
 * (counselling data, staff settings, sockets, other websites), and no tenant token opens an
 * operator operation, which then changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildOperator,
  buildTwoOrganisations,
  loginAsOperator,
  operatorClient,
  TEST_PASSWORD,
  uniq,
} from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { TokenService } from '../../shared/auth/tokens.js';
import { connectWs, until } from '../chat/chat.test-support.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { LicenceRequest, LicenceRequestStatus } from '../staff/licence-request.entity.js';
import { apiAs } from '../staff/staff.test-support.js';
import { PlatformOperator } from './platform-operator.entity.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let operator: GraphQLClient;
let requestId: string;
const ORIGIN = 'https://beratung.example.org';

beforeAll(async () => {
  server = await startTestServer();
  world = await buildTwoOrganisations(server);
  operator = await operatorClient(server);
  const em = server.orm.em.fork() as EntityManager;
  await em.nativeUpdate(Organisation, { id: world.a.org.id }, { allowedOrigins: [ORIGIN] });
  const request = em.create(LicenceRequest, {
    organisation: world.a.org.id,
    contactPerson: 'Maria Schneider',
    email: 'leitung@a.example',
    requestedVolume: 9,
    currentVolume: 5,
  } as never);
  await em.flush();
  requestId = request.id;
});
afterAll(() => server?.close());

const week = { from: new Date().toISOString(), to: new Date(Date.now() + 7 * 86_400_000).toISOString() };

/** Tenant operations with counselling or staff data, as their own users call them. */
const TENANT_OPERATIONS: [string, string, Record<string, unknown>?][] = [
  ['me', `{ me { id } }`],
  ['mailRequests', `{ mailRequests { totalCount edges { node { id subject } } } }`],
  ['chatStreams', `{ chatStreams { totalCount edges { node { id } } } }`],
  [
    'calendar',
    `query($from: DateTimeISO!, $to: DateTimeISO!) { calendar(from: $from, to: $to, scope: ALL) { appointments { id } } }`,
    week,
  ],
  [
    'myAppointments',
    `query($from: DateTimeISO!, $to: DateTimeISO!) { myAppointments(from: $from, to: $to) { id } }`,
    week,
  ],
  ['counsellors', `{ counsellors { totalCount edges { node { id email } } } }`],
  ['outboxMails', `{ outboxMails { totalCount edges { node { to subject } } } }`],
  ['licenceRequests', `{ licenceRequests { totalCount } }`],
  [
    'createCounsellor',
    `mutation($input: CreateCounsellorInput!) { createCounsellor(input: $input) { id } }`,
    { input: { firstName: 'Jo', lastName: 'Lind', email: 'jo@a.example', loginName: 'jo.lind.op' } },
  ],
];

describe('an operator token', () => {
  it('opens no tenant operation: FORBIDDEN with reason OPERATOR_SESSION, and no data', async () => {
    for (const [name, query, variables] of TENANT_OPERATIONS) {
      const res = await operator.request(query, variables);
      expect(res.data ?? null, name).toBeNull();
      expect(
        res.errors?.map((e) => [e.extensions?.code, e.extensions?.reason]),
        name,
      ).toEqual([['FORBIDDEN', 'OPERATOR_SESSION']]);
    }
  });

  it('reads no staff-only organisation settings through a public operation’s `me.organisation`', async () => {
    // Asked one at a time: a refused non-null field nulls its parent, which hides its siblings' errors.
    for (const field of ['licenceVolume', 'allowedOrigins', 'billingAddress { city }']) {
      const res = await operator.request(
        `mutation($input: RegisterClientInput!) { registerClient(input: $input) { me { organisation { name ${field} } } } }`,
        { input: { organisationKey: world.b.org.publicKey, pseudonym: uniq('neu'), password: TEST_PASSWORD } },
      );
      expect(res.data ?? null, field).toBeNull();
      expect(
        res.errors?.map((e) => [e.extensions?.code, e.path?.at(-1)]),
        field,
      ).toEqual([['FORBIDDEN', field.split(' ')[0]]]);
    }
  });

  it('opens no WebSocket (4403)', async () => {
    const s = connectWs(server, operator.token);
    try {
      await until(() => s.closes.length > 0, 3000, 'close');
      expect(s.closes[0]!.code).toBe(4403);
    } finally {
      await s.dispose().catch(() => undefined);
    }
  });

  it('is refused from an organisation’s website (CORS admission)', async () => {
    const res = await fetch(`${server.url}/graphql?org=${encodeURIComponent(world.a.org.publicKey)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, authorization: `Bearer ${operator.token}` },
      body: JSON.stringify({ query: `{ platformOrganisations { id } }` }),
    });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { extensions: { reason: string } }[] };
    expect(body.errors[0]!.extensions.reason).toBe('OTHER_ORGANISATION');
  });

  it('answers EXPIRED when expired and REVOKED after its token version moved on, like a staff token', async () => {
    const op = await buildOperator(server);
    const expired = await new TokenService(server.app.config.jwtSecret, -60).signOperator({
      operatorId: op.id,
      sessionId: '00000000-0000-4000-8000-000000000000',
      tokenVersion: 0,
    });
    const res = await server.client(expired).fails('UNAUTHENTICATED', `{ operatorMe { id } }`);
    expect(res.extensions?.reason).toBe('EXPIRED');
    // A new password raises the version (operator-session.service.ts): every session ends.
    const session = await loginAsOperator(server, op);
    await server.orm.em.fork().nativeUpdate(PlatformOperator, { id: op.id }, { tokenVersion: 1 });
    expect((await session.fails('UNAUTHENTICATED', `{ operatorMe { id } }`)).extensions?.reason).toBe('REVOKED');
  });
});

/** Every operator operation, with valid input that would change something. */
const OPERATOR_OPERATIONS = (): [string, string, Record<string, unknown>?][] => [
  ['operatorMe', `{ operatorMe { id } }`],
  ['operatorLogout', `mutation { operatorLogout }`],
  ['platformOrganisations', `{ platformOrganisations { id } }`],
  [
    'createOrganisation',
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { adminId } }`,
    { input: { name: 'Fremd', slug: 'fremd', adminEmail: 'x@fremd.example', adminLogin: 'fremd.admin' } },
  ],
  [
    'suspendOrganisation',
    `mutation($input: OrganisationIdInput!) { suspendOrganisation(input: $input) { id } }`,
    { input: { organisationId: world.a.org.id } },
  ],
  [
    'resumeOrganisation',
    `mutation($input: OrganisationIdInput!) { resumeOrganisation(input: $input) { id } }`,
    { input: { organisationId: world.a.org.id } },
  ],
  [
    'setLicenceVolume',
    `mutation($input: SetLicenceVolumeInput!) { setLicenceVolume(input: $input) { id } }`,
    { input: { organisationId: world.a.org.id, volume: 50 } },
  ],
  ['platformLicenceRequests', `{ platformLicenceRequests { totalCount } }`],
  [
    'answerLicenceRequest',
    `mutation($input: AnswerLicenceRequestInput!) { answerLicenceRequest(input: $input) { id } }`,
    { input: { id: requestId, grant: true } },
  ],
];

describe('operator operations', () => {
  it('require authentication', async () => {
    for (const [name, query, variables] of OPERATOR_OPERATIONS()) {
      const res = await server.client().request(query, variables);
      expect(
        res.errors?.map((e) => e.extensions?.code),
        name,
      ).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('refuse every tenant token, of either organisation, with FORBIDDEN, and change nothing', async () => {
    const tenants = await Promise.all(
      [world.a.admin, world.a.counsellor, world.a.client, world.b.admin].map((a) => apiAs(server, a)),
    );
    for (const tenant of tenants) {
      for (const [name, query, variables] of OPERATOR_OPERATIONS()) {
        const res = await tenant.request(query, variables);
        expect(res.data ?? null, name).toBeNull();
        expect(
          res.errors?.map((e) => e.extensions?.code),
          name,
        ).toEqual(['FORBIDDEN']);
      }
    }
    const em = server.orm.em.fork() as EntityManager;
    const org = await em.findOneOrFail(Organisation, world.a.org.id);
    expect(org).toMatchObject({ suspendedAt: null, licenceVolume: 5 });
    expect(await em.count(Organisation, { slug: 'fremd' })).toBe(0);
    expect((await em.findOneOrFail(LicenceRequest, requestId)).status).toBe(LicenceRequestStatus.PENDING);
  });
});
