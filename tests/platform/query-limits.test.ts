/**
 * Limits every operation passes before it runs: depth, aliases, no batches, CSRF prevention.
 * Refused operations run nothing: each case tries to create a topic and checks none was created.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildOrganisation, buildAdmin, loginAs } from '../support/builders.js';
import type { GraphQLClient } from '../support/gql.js';
import { Topic } from '../../api/src/modules/organisation/organisation.entity.js';
import type { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { QUERY_LIMITS } from '../../api/src/http/graphql-http.js';

let server: TestServer;
let org: Organisation;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server);
  admin = await loginAs(server, await buildAdmin(server, org));
});
afterAll(() => server?.close());

const topicCount = () => server.orm.em.fork().count(Topic, { organisation: org.id });
const createTopic = (name: string) => `createTopic(input: { name: "${name}" }) { id }`;

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: any[] } };
}

describe('query limits', () => {
  it('counts list sizes into the cost: 15 aliases of a 100-row page with nested lists are refused', async () => {
    const alias = (i: number) =>
      `a${i}: mailRequests(page: { first: 100 }) { edges { node { id previousRequests { id messages { body } } } } }`;
    const res = await post({ query: `{ ${Array.from({ length: 15 }, (_, i) => alias(i)).join(' ')} }` });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    const err = res.body.errors!.find((e) => /too expensive/i.test(e.message));
    expect(err?.extensions.code).toBe('BAD_USER_INPUT');
    // One such page is fine.
    const one = await post({ query: `{ ${alias(0)} }` });
    expect(one.status).toBe(200);
  });

  it('refuses an operation nested deeper than the limit and runs nothing', async () => {
    let selection = 'id';
    for (let i = 0; i < QUERY_LIMITS.maxDepth + 1; i++) selection = `topics { ${selection} }`;
    const res = await post({
      query: `mutation { a: ${createTopic('Tief')} b: updateOrganisation(input: {}) { ${selection} } }`,
    });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    const depth = res.body.errors!.find((e) => /depth/i.test(e.message));
    expect(depth?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await topicCount()).toBe(0);
  });

  it('refuses too many aliases and runs nothing', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `t${i}: ${createTopic(`Alias ${i}`)}`);
    const res = await post({ query: `mutation { ${fields.join(' ')} }` });
    expect(res.status).toBe(400);
    const err = res.body.errors!.find((e) => /alias/i.test(e.message));
    expect(err?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await topicCount()).toBe(0);

    // At the limit it runs (and proves the mutation itself works).
    const ok = Array.from({ length: 2 }, (_, i) => `t${i}: ${createTopic(`Erlaubt ${i}`)}`);
    const fine = await post({ query: `mutation { ${ok.join(' ')} }` });
    expect(fine.body.errors).toBeUndefined();
    expect(await topicCount()).toBe(2);
  });

  it('refuses a document with more tokens than the limit before parsing it fully, and runs nothing', async () => {
    // Few fields but many tokens: a long argument list of the same mutation.
    const filler = Array.from({ length: QUERY_LIMITS.maxTokens }, (_, i) => `$v${i}: Int`).join(' ');
    const before = await topicCount();
    const res = await post({ query: `mutation M(${filler}) { ${createTopic('Viele')} }` });
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors![0]!.message).toMatch(/tokens/i);
    expect(await topicCount()).toBe(before);
  });

  it('refuses a batch (array) body and runs none of it', async () => {
    const before = await topicCount();
    const res = await post([
      { query: `mutation { ${createTopic('Batch 1')} }` },
      { query: `mutation { ${createTopic('Batch 2')} }` },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await topicCount()).toBe(before);
  });

  it('refuses a body that is not JSON or too large', async () => {
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    expect(bad.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const huge = await post({ query: `{ __typename }`, variables: { pad: 'x'.repeat(QUERY_LIMITS.maxBodyBytes) } });
    expect(huge.status).toBe(413);
    expect(huge.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('CSRF prevention', () => {
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { authorization: `Bearer ${admin.token}`, ...headers },
    });

  it('refuses a simple GET request (no content type, no preflight header) and runs nothing', async () => {
    const before = await topicCount();
    const res = await get(`mutation { ${createTopic('Per GET')} }`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: any[] };
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/i);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await topicCount()).toBe(before);
  });

  it('refuses a form-like POST (text/plain) and runs nothing', async () => {
    const before = await topicCount();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ query: `mutation { ${createTopic('Per Formular')} }` }),
    });
    expect(res.status).toBe(400);
    expect(await topicCount()).toBe(before);
  });

  it('never runs a mutation over GET, even with the preflight header', async () => {
    const before = await topicCount();
    const res = await get(`mutation { ${createTopic('GET mit Header')} }`, { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(405);
    expect(await topicCount()).toBe(before);
  });

  it('serves a query over GET that carries the preflight header', async () => {
    const res = await get('{ __typename }', { 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
