import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { accessTokenExpiry, ApiClient, apiClient, defaultApiBase, fieldErrors, type Session } from './api.js';
import { testDocument } from './testing.js';

const TYPENAME = testDocument<{ __typename: 'Query' }>('query WidgetTestTypename { __typename }');
const ME = testDocument<{ me: { id: string; kind: 'CLIENT' | 'STAFF' } }>('query WidgetTestMe { me { id kind } }');
const LOGIN = testDocument<{ login: { accessToken: string } }, { input: { login: string; password: string } }>(
  'mutation WidgetTestLogin($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
);

const baseUrl = inject('lotseUrl');

/** A client whose fetch is recorded, with its own storage key space. */
function recordingClient(org: string): { api: ApiClient; operations: string[] } {
  const operations: string[] = [];
  const api = new ApiClient({
    baseUrl,
    org,
    fetch: async (input, init) => {
      if (typeof init?.body === 'string') {
        const name = /(query|mutation)\s+(\w+)/.exec(JSON.parse(init.body).query)?.[2];
        operations.push(name ?? '?');
      }
      return fetch(input, init);
    },
  });
  return { api, operations };
}

let org: { id: string; publicKey: string };
beforeAll(async () => {
  org = await commands.lotseOrganisation();
});
afterEach(() => localStorage.clear());

describe('ApiClient.request', () => {
  it('queries the real API across origins, naming the organisation with ?org=', async () => {
    expect(new URL(baseUrl).origin).not.toBe(location.origin);
    const { api } = recordingClient(org.publicKey);
    const result = await api.request(TYPENAME);
    expect(result).toEqual({ data: { __typename: 'Query' } });
    expect(api.url('/graphql')).toBe(`${baseUrl}/graphql?org=${org.publicKey}`);
  });

  it("answers NETWORK_ERROR when the organisation does not allow this page's origin", async () => {
    const other = await commands.lotseOrganisation({ allowedOrigins: ['https://somewhere-else.example'] });
    const result = await new ApiClient({ baseUrl, org: other.publicKey }).request(TYPENAME);
    expect(result.error?.code).toBe('NETWORK_ERROR');
    expect(result.data).toBeUndefined();
  });

  it('returns typed errors with code, reason and field problems instead of throwing', async () => {
    const { api } = recordingClient(org.publicKey);
    const unauthenticated = await api.request(ME);
    expect(unauthenticated.error).toMatchObject({ code: 'UNAUTHENTICATED', fields: [] });

    const bad = await api.request(LOGIN, { input: { login: '', password: 'x' } }, { auth: false });
    expect(bad.error?.code).toBe('BAD_USER_INPUT');
    expect(fieldErrors(bad.error)).toHaveProperty('login');
    expect(bad.errors?.length).toBeGreaterThanOrEqual(1);
  });

  it('asks for field messages in its UI language (Accept-Language passes CORS)', async () => {
    const { api } = recordingClient(org.publicKey);
    const input = { input: { login: '', password: 'x' } };
    api.language = () => 'de';
    const de = await api.request(LOGIN, input, { auth: false });
    expect(fieldErrors(de.error).login).toBe('Geben Sie Ihren Login-Namen oder Ihre E-Mail-Adresse ein');
    expect(de.error?.message).toMatch(/^Ungültige Eingabe: login: Geben Sie/);
    api.language = () => 'en';
    const en = await api.request(LOGIN, input, { auth: false });
    expect(fieldErrors(en.error).login).toBe('Enter your login name or email');
    expect(en.error?.message).toMatch(/^Invalid input: login: Enter/);
  });

  it('lets a caller abort a request', async () => {
    const { api } = recordingClient(org.publicKey);
    const controller = new AbortController();
    controller.abort();
    await expect(api.request(TYPENAME, {}, { signal: controller.signal })).rejects.toThrow();
  });
});

describe('ApiClient sessions', () => {
  it('logs in, keeps the session in localStorage and sends it', async () => {
    const client = await commands.lotseAccount({ organisationId: org.id });
    const { api } = recordingClient(org.publicKey);
    const login = await api.login(client.loginName, client.password);
    expect(login.data).toEqual({ id: client.id, kind: 'CLIENT' });

    const stored = JSON.parse(localStorage.getItem(api.tokens.key)!) as Session;
    expect(stored.refreshToken).toBeTruthy();
    expect(accessTokenExpiry(stored)).toBeGreaterThan(Date.now());
    // Another client for the same organisation and API (another widget) shares the session.
    const me = await new ApiClient({ baseUrl, org: org.publicKey }).request(ME);
    expect(me.data?.me).toEqual({ id: client.id, kind: 'CLIENT' });
  });

  it('refreshes an expired access token once, even for concurrent requests, and retries them', async () => {
    const client = await commands.lotseAccount({ organisationId: org.id });
    const tokens = await commands.lotseLogin({ loginName: client.loginName });
    const expired = await commands.lotseExpiredAccessToken({ accessToken: tokens.accessToken });
    const { api, operations } = recordingClient(org.publicKey);
    // No stored expiry: the client must learn it from the token, or from the API's answer.
    api.setSession({ accessToken: expired, refreshToken: tokens.refreshToken });

    const results = await Promise.all([api.request(ME), api.request(ME), api.request(ME)]);
    for (const r of results) expect(r.data?.me.id).toBe(client.id);
    expect(operations.filter((o) => o === 'WidgetRefreshSession')).toHaveLength(1);
    expect(api.session?.refreshToken).not.toBe(tokens.refreshToken);
    expect(api.session?.accessToken).not.toBe(expired);
  });

  it('refreshes when the API answers UNAUTHENTICATED for the token, then repeats the request', async () => {
    const client = await commands.lotseAccount({ organisationId: org.id });
    const tokens = await commands.lotseLogin({ loginName: client.loginName });
    const { api, operations } = recordingClient(org.publicKey);
    // A token the client cannot tell is bad (a future expiry) but the API refuses.
    const future = new Date(Date.now() + 600_000).toISOString();
    api.setSession({
      accessToken: 'not.a-valid.token',
      refreshToken: tokens.refreshToken,
      accessTokenExpiresAt: future,
    });

    const me = await api.request(ME);
    expect(me.data?.me.id).toBe(client.id);
    expect(operations).toEqual(['WidgetTestMe', 'WidgetRefreshSession', 'WidgetTestMe']);
  });

  it('forgets a session whose refresh token the API refused and returns the original error', async () => {
    const client = await commands.lotseAccount({ organisationId: org.id });
    const tokens = await commands.lotseLogin({ loginName: client.loginName });
    const expired = await commands.lotseExpiredAccessToken({ accessToken: tokens.accessToken });
    // Use the refresh token once elsewhere: the stored one is now a rotated (reused) token.
    await commands.lotseGraphQL({
      query: 'mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }',
      variables: { input: { refreshToken: tokens.refreshToken } },
    });
    const { api } = recordingClient(org.publicKey);
    api.setSession({ accessToken: expired, refreshToken: tokens.refreshToken });

    const me = await api.request(ME);
    expect(me.error?.code).toBe('UNAUTHENTICATED');
    expect(api.session).toBeNull();
    expect(localStorage.getItem(api.tokens.key)).toBeNull();
  });

  it('logs out on the server and forgets the session', async () => {
    const client = await commands.lotseAccount({ organisationId: org.id });
    const { api } = recordingClient(org.publicKey);
    await api.login(client.loginName, client.password);
    const { refreshToken } = api.session!;
    await api.logout();
    expect(api.session).toBeNull();
    const reuse = await commands.lotseGraphQL({
      query: 'mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }',
      variables: { input: { refreshToken } },
    });
    expect(reuse.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('adds a fresh token and ?org= to plain HTTP requests on the API', async () => {
    const client = await commands.lotseAccount({ organisationId: org.id });
    const tokens = await commands.lotseLogin({ loginName: client.loginName });
    const expired = await commands.lotseExpiredAccessToken({ accessToken: tokens.accessToken });
    const { api } = recordingClient(org.publicKey);
    api.setSession({ accessToken: expired, refreshToken: tokens.refreshToken });

    const response = await api.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: { id: client.id } } });
    expect(api.session?.accessToken).not.toBe(expired);
  });
});

describe('apiClient', () => {
  it('shares one client per API and organisation', () => {
    expect(apiClient({ org: 'pk_a', baseUrl })).toBe(apiClient({ org: 'pk_a', baseUrl: `${baseUrl}/` }));
    expect(apiClient({ org: 'pk_a', baseUrl })).not.toBe(apiClient({ org: 'pk_b', baseUrl }));
  });

  it('derives the API base from where the bundle was loaded', () => {
    expect(defaultApiBase('https://lotse.example/widgets/lotse.js')).toBe('https://lotse.example');
    expect(defaultApiBase('https://example.org/beratung/widgets/lotse.js?v=2')).toBe('https://example.org/beratung');
    expect(defaultApiBase('http://localhost:5173/src/shared/api.ts')).toBe('http://localhost:5173');
  });
});
