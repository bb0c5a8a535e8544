/**
 * Unexpected errors are logged and shown as a generic INTERNAL_SERVER_ERROR carrying the request id,
 * never with a stack, SQL or other internals. Provoked without test-only code: the test database's
 * `topic` table is renamed for a moment, so a real query fails inside the ORM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { captureLogs } from '../support/logs.js';
import { connectWs, type TestWs } from '../../api/src/modules/chat/chat.test-support.js';
import { buildOrganisation } from '../support/builders.js';
import type { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';

let server: TestServer;
let org: Organisation;
const logs = captureLogs();
const sockets: TestWs[] = [];

beforeAll(async () => {
  server = await startTestServer({}, { logger: logs.logger });
  org = await buildOrganisation(server);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

const unexpectedLogs = () => logs.entries().filter((e) => e.msg === 'unexpected error');

const QUERY = `query($key: String!) { publicOrganisation(key: $key) { name topics { name } } }`;
const sql = (statement: string) => server.orm.em.getConnection().execute(statement);

describe('unexpected errors', () => {
  it('are masked as INTERNAL_SERVER_ERROR with the request id and no internals', async () => {
    await sql('alter table "topic" rename to "topic_away"');
    let res: Response;
    try {
      res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { key: org.publicKey } }),
      });
    } finally {
      await sql('alter table "topic_away" rename to "topic"');
    }
    const text = await res.text();
    const body = JSON.parse(text) as { data: unknown; errors: any[] };
    expect(res.status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    const [err] = body.errors;
    expect(err.message).toBe('Internal server error');
    expect(err.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(err.extensions.requestId).toBe(res.headers.get('x-request-id'));
    expect(Object.keys(err.extensions).sort()).toEqual(['code', 'requestId']);
    for (const leak of ['stacktrace', 'topic', 'relation', 'select', 'node_modules', 'at ']) {
      expect(text.toLowerCase()).not.toContain(leak);
    }

    // The server is fine afterwards.
    const again = await server.client().ok(QUERY, { key: org.publicKey });
    expect(again.publicOrganisation.name).toBe(org.name);
  });

  it('are logged with the request id the client received, over HTTP', async () => {
    const before = unexpectedLogs().length;
    await sql('alter table "topic" rename to "topic_away"');
    let res: Response;
    try {
      res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { key: org.publicKey } }),
      });
    } finally {
      await sql('alter table "topic_away" rename to "topic"');
    }
    const requestId = res.headers.get('x-request-id');
    const body = (await res.json()) as { errors: { extensions: { requestId: string } }[] };
    expect(body.errors[0]!.extensions.requestId).toBe(requestId);
    const logged = unexpectedLogs().slice(before);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.requestId).toBe(requestId);
  });

  it('are logged with the request id the client received, over WebSocket', async () => {
    const before = unexpectedLogs().length;
    const ws = connectWs(server);
    sockets.push(ws);
    await sql('alter table "topic" rename to "topic_away"');
    let errors: any[];
    try {
      const op = ws.subscribe(QUERY, { key: org.publicKey });
      await op.ended();
      errors = op.errors as any[];
    } finally {
      await sql('alter table "topic_away" rename to "topic"');
    }
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const requestId = errors[0].extensions.requestId as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = unexpectedLogs().slice(before);
    expect(logged.map((l) => l.requestId)).toEqual([requestId]);
  });
});

describe('operationName', () => {
  const DOC = `query A { __typename } query B { __typename }`;
  const post = async (body: unknown) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors: any[] } };
  };

  it('naming no operation of the document is a 400 BAD_USER_INPUT saying so', async () => {
    for (const query of [DOC, `query A { __typename }`]) {
      const res = await post({ query, operationName: 'C' });
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(res.body.errors[0].message).toMatch(/unknown operation named "C"/i);
    }
    const unnamed = await post({ query: DOC });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors[0].message).toMatch(/operationName/);
    expect((await post({ query: DOC, operationName: 'B' })).body).toEqual({ data: { __typename: 'Query' } });
    expect(unexpectedLogs().filter((l) => JSON.stringify(l).includes('operation'))).toEqual([]);
  });

  it('naming no operation of the document is BAD_USER_INPUT over WebSocket too', async () => {
    const ws = connectWs(server);
    sockets.push(ws);
    const op = ws.client.iterate({ query: DOC, operationName: 'C' });
    const err = await op.next().then(
      () => null,
      (e: unknown) => e as any[],
    );
    expect(err?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err?.[0]?.message).toMatch(/unknown operation named "C"/i);
  });
});
