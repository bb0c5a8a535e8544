/**
 * Unexpected errors are logged and shown as a generic INTERNAL_SERVER_ERROR carrying the request id,
 * never with a stack, SQL or other internals. Provoked without test-only code: the test database's
 * `topic` table is renamed for a moment, so a real query fails inside the ORM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildOrganisation } from '../support/builders.js';
import type { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';

let server: TestServer;
let org: Organisation;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server);
});
afterAll(() => server?.close());

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
});
