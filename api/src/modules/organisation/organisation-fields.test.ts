import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildTwoOrganisations, loginAs, uniq } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { connectWs, until, type TestWs } from '../chat/chat.test-support.js';
import { registerLimitKey } from '../client/registration.service.js';
import { Organisation } from './organisation.entity.js';

/**
 * Staff-only settings of an organisation are for staff of THAT organisation. The public operations
 * below answer with the new client's `me`, whose organisation is the one named by the public key,
 * while the viewer is whoever's token came with the request.
 */
const ORG_FIELDS = `organisation { id name allowedOrigins billingAddress { city } licenceVolume retentionDays }`;
const REGISTER = `mutation($input: RegisterClientInput!) { registerClient(input: $input) { me { ${ORG_FIELDS} } } }`;
const SEND_AS_NEW = `mutation($input: SendMailRequestAsNewClientInput!) {
  sendMailRequestAsNewClient(input: $input) { session { me { ${ORG_FIELDS} } } }
}`;
const START_CHAT = `mutation($input: StartChatInput!) { startChat(input: $input) { session { me { ${ORG_FIELDS} } } } }`;
const AVAILABILITY = `query($key: String!) { chatAvailability(organisationKey: $key) { counsellors { counsellorId state } } }`;

const SECRET_ORIGIN = 'https://nur-fuer-a.example';
const SECRET_CITY = 'Geheimstadt';
const SECRET_VOLUME = 37;

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let foreignStaff: GraphQLClient;
let ownStaff: GraphQLClient;
const sockets: TestWs[] = [];

beforeAll(async () => {
  server = await startTestServer({ realtime: { heartbeatMs: 200, presenceGraceMs: 600 } });
  world = await buildTwoOrganisations(server);
  await server.orm.em
    .fork()
    .nativeUpdate(
      Organisation,
      { id: world.a.org.id },
      { allowedOrigins: [SECRET_ORIGIN], billingAddress: { city: SECRET_CITY }, licenceVolume: SECRET_VOLUME },
    );
  foreignStaff = await loginAs(server, world.b.admin);
  ownStaff = await loginAs(server, world.a.admin);
  // startChat needs a counsellor of A online.
  const counsellor = await loginAs(server, world.a.counsellor);
  sockets.push(connectWs(server, counsellor.token));
  await until(
    async () => {
      const { chatAvailability } = await server.client().ok(AVAILABILITY, { key: world.a.org.publicKey });
      return chatAvailability.counsellors.some((c: { state: string }) => c.state === 'ONLINE');
    },
    3000,
    'counsellor online',
  );
});
beforeEach(async () => {
  await server.app.limits.sensitiveIp.reset(registerLimitKey('127.0.0.1'));
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

const newClient = () => ({
  organisationKey: world.a.org.publicKey,
  pseudonym: uniq('Nachtfalter'),
  password: 'Leuchtkäfer-Mondsichel-64',
});

const operations: [string, string, () => Record<string, unknown>][] = [
  ['registerClient', REGISTER, newClient],
  [
    'sendMailRequestAsNewClient',
    SEND_AS_NEW,
    () => ({ ...newClient(), privacyNoticeAccepted: true, subject: 'Hilfe', message: 'Ich schlafe schlecht.' }),
  ],
  ['startChat', START_CHAT, () => ({ organisationKey: world.a.org.publicKey, pseudonym: uniq('besucher') })],
];

describe('staff-only organisation settings', () => {
  it.each(operations)('%s with a foreign staff token does not show them', async (_, query, input) => {
    const res = await foreignStaff.request(query, { input: input() });
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const body = JSON.stringify(res);
    for (const secret of [SECRET_ORIGIN, SECRET_CITY, `"licenceVolume":${SECRET_VOLUME}`]) {
      expect(body).not.toContain(secret);
    }
  });

  it.each(operations)('%s still shows them to staff of the organisation itself', async (_, query, input) => {
    const data = await ownStaff.ok(query, { input: input() });
    expect(JSON.stringify(data)).toContain(SECRET_ORIGIN);
  });
});
