/**
 * A read whose access cannot be recorded releases nothing. The audit INSERT is made to fail for one
 * staff member only (a trigger this test creates on access_log and drops after): their reads answer
 * 503 SERVICE_UNAVAILABLE / AUDIT_UNAVAILABLE without data, over GraphQL (HTTP and WebSocket) and the HTTP routes (document
 * download, client data export, monitorings file), their changes answer the same marked
 * `changesSaved` (the change is committed), a colleague's requests are unaffected, and neither the
 * answer nor the log line names the client.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildAdmin, buildClient, buildCounsellor, buildOrganisation } from '../../../../tests/support/builders.js';
import { captureLogs } from '../../../../tests/support/logs.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import type { Client } from '../client/client.entity.js';
import { apiAs } from '../staff/staff.test-support.js';
import { connectWs } from '../chat/chat.test-support.js';

const CLIENT = `query($id: ID!) { client(id: $id) { id pseudonym clientNumber } }`;
const ADD_NOTE = `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { id } }`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const logs = captureLogs();
let server: TestServer;
let sql: pg.Client;
let refused: GraphQLClient;
let colleague: GraphQLClient;
let refusedId: string;
let target: Client;

beforeAll(async () => {
  server = await startTestServer({}, { logger: logs.logger });
  sql = new pg.Client({ connectionString: server.databaseUrl });
  await sql.connect();
  const org = await buildOrganisation(server);
  // An admin: the client data export is theirs to produce.
  const staff = await buildAdmin(server, org);
  refusedId = staff.id;
  refused = await apiAs(server, staff);
  colleague = await apiAs(server, await buildCounsellor(server, org));
  target = await buildClient(server, org, { pseudonym: `Leuchtturm${Date.now()}` } as never);
  // The error's text names the client: it must reach neither the answer nor the log.
  await sql.query(`create function test_refuse_audit() returns trigger language plpgsql as $$
    begin
      if new.staff_id = '${refusedId}' then raise exception 'refused for client %', new.client_number; end if;
      return new;
    end $$`);
  await sql.query(
    `create trigger test_refuse_audit before insert on access_log for each row execute function test_refuse_audit()`,
  );
});
afterAll(async () => {
  await sql?.query('drop trigger if exists test_refuse_audit on access_log');
  await sql?.query('drop function if exists test_refuse_audit()');
  await sql?.end();
  await server?.close();
});

async function graphql(api: GraphQLClient, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as { data?: unknown; errors?: { extensions: any }[] } };
}

/** The answer names neither the client nor the database's error. */
function expectNothingReleased(text: string) {
  expect(text).not.toContain(target.pseudonym);
  expect(text).not.toContain(target.clientNumber);
  expect(text).not.toContain('refused for client');
  expect(text).not.toContain('%PDF');
}

const get = (api: GraphQLClient, path: string) =>
  fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${api.token}` } });

describe('an access that cannot be recorded', () => {
  it('answers a GraphQL read with 503 AUDIT_UNAVAILABLE and no data; a colleague still reads', async () => {
    const res = await graphql(refused, CLIENT, { id: target.id });
    expect(res.status).toBe(503);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'AUDIT_UNAVAILABLE',
    });
    expect(res.body.errors![0]!.extensions.changesSaved).toBeUndefined();
    expectNothingReleased(res.text);

    const ok = await graphql(colleague, CLIENT, { id: target.id });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({
      client: { id: target.id, pseudonym: target.pseudonym, clientNumber: target.clientNumber },
    });
    const { rows } = await sql.query(`select staff_id from access_log where client_id = $1`, [target.id]);
    expect(rows.map((r) => r.staff_id)).not.toContain(refusedId);
  });

  it('withholds a WebSocket operation’s result the same way', async () => {
    const ws = connectWs(server, refused.token);
    try {
      const read = ws.subscribe(CLIENT, { id: target.id });
      await read.ended();
      expect(read.items).toEqual([]);
      expect(read.errors).toMatchObject([{ extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'AUDIT_UNAVAILABLE' } }]);
      expectNothingReleased(JSON.stringify(read.errors));
      const change = ws.subscribe(ADD_NOTE, { input: { clientId: target.id, body: 'Über WebSocket' } });
      await change.ended();
      expect(change.items).toEqual([]);
      expect(change.errors).toMatchObject([{ extensions: { reason: 'AUDIT_UNAVAILABLE', changesSaved: true } }]);
    } finally {
      await ws.dispose();
    }
  });

  it('answers a change with the same error, saying the change was saved', async () => {
    const res = await graphql(refused, ADD_NOTE, { input: { clientId: target.id, body: 'Nicht protokolliert' } });
    expect(res.status).toBe(503);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors![0]!.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'AUDIT_UNAVAILABLE',
      changesSaved: true,
    });
    const { rows } = await sql.query(`select count(*)::int as n from client_note where client_id = $1`, [target.id]);
    expect(rows[0].n).toBe(2);
  });

  it('answers the HTTP routes with 503 before the first byte: download, upload, data export, monitorings file', async () => {
    const upload = (api: GraphQLClient) =>
      fetch(`${server.url}/api/clients/${target.id}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${api.token}`, 'x-filename': 'Befund.pdf' },
        body: new Uint8Array(PDF),
      });
    const stored = await upload(colleague);
    expect(stored.status).toBe(201);
    const docId = ((await stored.json()) as { document: { id: string } }).document.id;

    const refusedUpload = await upload(refused);
    expect(refusedUpload.status).toBe(503);
    expect(((await refusedUpload.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toMatchObject(
      { code: 'SERVICE_UNAVAILABLE', reason: 'AUDIT_UNAVAILABLE', changesSaved: true },
    );

    await sql.query(
      `insert into monitoring (id, created_at, updated_at, organisation_id, counsellor_id, client_id, date, duration_minutes, subject, request_data)
       values (gen_random_uuid(), now(), now(), $1, $2, $3, date '2026-02-01', 30, 'Erstgespräch', '{}')`,
      [target.organisation.id, refusedId, target.id],
    );
    for (const path of [
      `/api/client-documents/${docId}`,
      `/api/clients/${target.id}/export.zip`,
      `/api/monitoring/monitorings.csv?from=2026-01-01&to=2026-03-31`,
      `/api/monitoring/monitorings.xlsx?from=2026-01-01&to=2026-03-31`,
    ]) {
      const res = await get(refused, path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions, path).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'AUDIT_UNAVAILABLE',
      });
      expectNothingReleased(text);
    }
    // The colleague's download is unaffected.
    const ok = await get(colleague, `/api/client-documents/${docId}`);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('logs the failure with the request id and SQLSTATE only, never the client', () => {
    const failures = logs.entries().filter((e) => e.msg === 'access log write failed');
    expect(failures.length).toBeGreaterThanOrEqual(8);
    for (const f of failures) {
      expect(f.sqlState).toBe('P0001');
      expect(typeof f.requestId).toBe('string');
    }
    const text = logs.text();
    expect(text).not.toContain(target.pseudonym);
    expect(text).not.toContain(target.clientNumber);
    expect(text).not.toContain('refused for client');
  });
});
