/**
 * Introspection and "Did you mean …?" hints name the schema to any caller: on in development and
 * tests (the IDE needs them), off in production, and GRAPHQL_INTROSPECTION overrides either way.
 * Defaults per environment are in config.test.ts; here both settings on a real server, over HTTP and
 * WebSocket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectWs, type TestWs } from '../../api/src/modules/chat/chat.test-support.js';

const SCHEMA = `{ __schema { queryType { name } } }`;
const TYPE = `{ __type(name: "Query") { name } }`;
/** `me` misspelled: graphql-js suggests the real name. */
const TYPO = `{ mee { id } }`;

let open: TestServer;
let closed: TestServer;
const sockets: TestWs[] = [];

beforeAll(async () => {
  [open, closed] = await Promise.all([startTestServer(), startTestServer({ introspection: false })]);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await Promise.all([open?.close(), closed?.close()]);
});

describe('introspection', () => {
  it('is on by default outside production, with field suggestions', async () => {
    expect(open.app.config.introspection).toBe(true);
    const data = await open.client().ok(SCHEMA);
    expect(data.__schema.queryType.name).toBe('Query');
    const err = await open.client().fails('BAD_USER_INPUT', TYPO);
    expect(err.message).toContain('Did you mean "me"?');
  });

  it('when off, refuses __schema and __type over HTTP as BAD_USER_INPUT with status 400', async () => {
    for (const query of [SCHEMA, TYPE]) {
      const res = await closed.client().request(query);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    }
    // __typename is not introspection of the schema; clients rely on it.
    expect(await closed.client().ok(`{ __typename }`)).toEqual({ __typename: 'Query' });
  });

  it('when off, hides field suggestions', async () => {
    const err = await closed.client().fails('BAD_USER_INPUT', TYPO);
    expect(err.message).toContain('Cannot query field "mee"');
    expect(err.message).not.toMatch(/did you mean|"me"/i);
  });

  it('when off, refuses introspection and hides suggestions over WebSocket too', async () => {
    const ws = connectWs(closed);
    sockets.push(ws);
    const messages = async (query: string) => {
      const sub = ws.subscribe(query);
      await sub.ended();
      expect(sub.items).toEqual([]);
      return (sub.errors as { message: string }[][]).flat().map((e) => e.message);
    };
    expect((await messages(SCHEMA))[0]).toMatch(/introspection has been disabled/);
    const typo = await messages(TYPO);
    expect(typo[0]).toContain('Cannot query field "mee"');
    expect(typo.join('\n')).not.toMatch(/did you mean|"me"/i);
  });
});
