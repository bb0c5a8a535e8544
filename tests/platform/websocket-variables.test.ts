/**
 * A variable of the wrong type sent over WebSocket is the caller's mistake: BAD_USER_INPUT, as over
 * HTTP, not INTERNAL_SERVER_ERROR with an "unexpected error" in the log (found by the fuzz test:
 * graphql-js reports it with the scalar's own error as `originalError`, which HTTP's Apollo layer
 * had turned into a code before, and the WebSocket path had not).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { captureLogs } from '../support/logs.js';
import { buildAdmin, buildOrganisation } from '../support/builders.js';
import { connectWs, type TestWs } from '../../api/src/modules/chat/chat.test-support.js';
import { apiAs } from '../../api/src/modules/mail-counselling/mail.test-support.js';

const AVAILABILITY = `subscription($key: String!) { availabilityChanged(organisationKey: $key) { counsellorId } }`;
const CREATE_TOPIC = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { id } }`;
const CALENDAR = `query($from: DateTimeISO!, $to: DateTimeISO!) { calendar(from: $from, to: $to) { appointments { id } } }`;

let server: TestServer;
const logs = captureLogs('warn');
const sockets: TestWs[] = [];

beforeAll(async () => {
  server = await startTestServer({}, { logger: logs.logger });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

async function codesOf(ws: TestWs, query: string, variables: Record<string, unknown>) {
  const op = ws.subscribe(query, variables);
  await op.ended();
  expect(op.items).toEqual([]);
  return (op.errors as { extensions?: { code?: string } }[]).flat().map((e) => e.extensions?.code);
}

describe('variables of the wrong type over WebSocket', () => {
  it('are BAD_USER_INPUT for subscriptions, queries and mutations, and log nothing unexpected', async () => {
    const org = await buildOrganisation(server);
    const admin = await apiAs(server, await buildAdmin(server, org));
    const anonymous = connectWs(server);
    const staff = connectWs(server, admin.token);
    sockets.push(anonymous, staff);

    expect(await codesOf(anonymous, AVAILABILITY, { key: { a: { b: [1] } } })).toEqual(['BAD_USER_INPUT']);
    expect(await codesOf(anonymous, AVAILABILITY, { key: 42 })).toEqual(['BAD_USER_INPUT']);
    expect(await codesOf(staff, CREATE_TOPIC, { input: { name: ['Schulden'] } })).toEqual(['BAD_USER_INPUT']);
    expect(await codesOf(staff, CALENDAR, { from: 'gestern', to: true })).toContain('BAD_USER_INPUT');
    expect(logs.entries().filter((e) => e.msg === 'unexpected error')).toEqual([]);

    // The same socket still serves a well-formed operation.
    const ok = staff.subscribe(CREATE_TOPIC, { input: { name: 'Schulden' } });
    await ok.waitFor(1);
  });
});

describe('field messages over WebSocket', () => {
  async function fieldsOf(ws: TestWs, query: string, variables: Record<string, unknown>) {
    const op = ws.subscribe(query, variables);
    await op.ended();
    const errors = (
      op.errors as { message: string; extensions?: { fields?: { path: string; message: string }[] } }[]
    ).flat();
    return { message: errors[0]?.message, fields: errors[0]?.extensions?.fields };
  }

  it('come in the socket’s UI language (connection parameter acceptLanguage), as over HTTP', async () => {
    const org = await buildOrganisation(server);
    const admin = await apiAs(server, await buildAdmin(server, org));
    const socket = (acceptLanguage: string) =>
      connectWs(server, undefined, { connectionParams: { authorization: `Bearer ${admin.token}`, acceptLanguage } });
    const de = socket('de');
    const en = socket('en');
    sockets.push(de, en);
    const bad = { input: { name: '' } };
    expect(await fieldsOf(de, CREATE_TOPIC, bad)).toEqual({
      message: 'Ungültige Eingabe: name: Darf nicht leer sein',
      fields: [{ path: 'name', message: 'Darf nicht leer sein' }],
    });
    expect(await fieldsOf(en, CREATE_TOPIC, bad)).toEqual({
      message: 'Invalid input: name: Must not be empty',
      fields: [{ path: 'name', message: 'Must not be empty' }],
    });
    // A subscription's arguments too.
    const sub = `subscription($streamId: ID!) { chatMessageAdded(streamId: $streamId) { id } }`;
    expect((await fieldsOf(de, sub, { streamId: 'not-an-id' })).fields).toEqual([
      { path: 'streamId', message: 'Muss eine gültige Kennung sein' },
    ]);
    expect(logs.entries().filter((e) => e.msg === 'unexpected error')).toEqual([]);
  });
});
