/**
 * Text PostgreSQL cannot store (the NUL character) is refused as BAD_USER_INPUT before anything
 * runs, for every operation (anonymous or not, HTTP or WebSocket); and when a statement does fail,
 * the log gets its error code and the request id, never the statement's values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { captureLogs } from '../support/logs.js';
import { buildAdmin, buildOrganisation, loginAs, uniq } from '../support/builders.js';
import type { GraphQLClient } from '../support/gql.js';
import { connectWs, type TestWs } from '../../api/src/modules/chat/chat.test-support.js';
import { Organisation, Topic } from '../../api/src/modules/organisation/organisation.entity.js';
import { Client } from '../../api/src/modules/client/client.entity.js';
import { MailRequest } from '../../api/src/modules/mail-counselling/mail-request.entity.js';
import { SEND_AS_NEW } from '../../api/src/modules/mail-counselling/mail.test-support.js';

const PASSWORD = 'Leuchtkäfer-Mondsichel-64';
const REGISTER = `mutation($input: RegisterClientInput!) { registerClient(input: $input) { accessToken } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CREATE_TOPIC = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { id } }`;

let server: TestServer;
let org: Organisation;
let admin: GraphQLClient;
const logs = captureLogs();
const sockets: TestWs[] = [];

beforeAll(async () => {
  server = await startTestServer({}, { logger: logs.logger });
  org = await buildOrganisation(server);
  admin = await loginAs(server, await buildAdmin(server, org));
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

const em = () => server.orm.em.fork();
/** What the refused operations could have changed. */
const rows = async () => ({
  clients: await em().count(Client, { organisation: org.id }),
  requests: await em().count(MailRequest, { organisation: org.id }),
  topics: await em().count(Topic, { organisation: org.id }),
});
const mailForm = (over: Record<string, unknown> = {}) => ({
  organisationKey: org.publicKey,
  pseudonym: uniq('Nachtfalter'),
  password: PASSWORD,
  privacyNoticeAccepted: true,
  subject: 'Ich brauche Hilfe',
  message: 'Seit Wochen schlafe ich schlecht.',
  ...over,
});

describe('NUL characters in text input', () => {
  it('are refused as BAD_USER_INPUT (HTTP 400) in anonymous and authenticated operations, changing nothing', async () => {
    const before = await rows();
    const cases: [GraphQLClient, string, Record<string, unknown>][] = [
      [server.client(), SEND_AS_NEW, { input: mailForm({ message: 'Hilfe\u0000bitte' }) }],
      [server.client(), SEND_AS_NEW, { input: mailForm({ pseudonym: 'Nacht\u0000falter' }) }],
      [
        server.client(),
        REGISTER,
        { input: { organisationKey: org.publicKey, pseudonym: 'a\u0000b', password: PASSWORD } },
      ],
      [server.client(), LOGIN, { input: { login: 'someone\u0000', password: PASSWORD } }],
      [admin, CREATE_TOPIC, { input: { name: 'Schul\u0000den' } }],
    ];
    for (const [api, query, variables] of cases) {
      const res = await api.request(query, variables);
      expect(res.status, query).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
      expect(res.errors?.[0]?.message).toMatch(/NUL character.*variable \$input\./);
    }
    // In the query text (an escaped literal) as well.
    const literal = await admin.request(`mutation { createTopic(input: { name: "Schul\\u0000den" }) { id } }`);
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rows()).toEqual(before);
    // The same operations run with storable text.
    await admin.ok(CREATE_TOPIC, { input: { name: uniq('Schulden') } });
    expect(logs.entries().filter((e) => e.msg === 'unexpected error')).toEqual([]);
  });

  it('are refused over WebSocket too', async () => {
    const ws = connectWs(server, admin.token);
    sockets.push(ws);
    const op = ws.subscribe(CREATE_TOPIC, { input: { name: 'Schul\u0000den' } });
    await op.ended();
    expect((op.errors as { extensions: { code: string } }[][]).flat()[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(op.items).toEqual([]);
  });
});

describe('a failing statement', () => {
  it('is logged with its SQL error code and the request id, without the values it carried', async () => {
    const message = `Vertraulich ${uniq('m')}`;
    const pseudonym = uniq('Nachtfalter');
    const sql = (statement: string) => em().getConnection().execute(statement);
    await sql('alter table "mail_request_message" rename to "mail_request_message_away"');
    let res: Response;
    try {
      res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SEND_AS_NEW, variables: { input: mailForm({ message, pseudonym }) } }),
      });
    } finally {
      await sql('alter table "mail_request_message_away" rename to "mail_request_message"');
    }
    const requestId = res.headers.get('x-request-id');
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');

    const logged = logs.entries().filter((e) => e.msg === 'unexpected error' && e.requestId === requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ requestId, err: { code: '42P01' } });
    const text = logs.text();
    for (const value of [message, pseudonym, 'Ich brauche Hilfe', org.id, 'insert into']) {
      expect(text).not.toContain(value);
    }
  });
});
