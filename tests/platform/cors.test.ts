/**
 * CORS for widgets: a cross-origin request is admitted only from an origin in the allowed origins
 * of the organisation named by `?org=<public key>`; same-origin and non-browser requests need none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildTwoOrganisations, loginAs } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const WIDGET_SITE = 'https://beratung.example.org';
const OTHER_SITE = 'https://evil.example';
const QUERY = JSON.stringify({ query: '{ __typename }' });

let server: TestServer;
let keyA: string;
let keyB: string;

beforeAll(async () => {
  // The widget bundle is served from widgets/dist (a clean checkout has none until something builds it).
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  server = await startTestServer();
  const world = await buildTwoOrganisations(server);
  keyA = world.a.org.publicKey;
  keyB = world.b.org.publicKey;
  // Through the API, as an admin would; the stored origin is normalised to what browsers send.
  const admin = await loginAs(server, world.a.admin);
  await admin.ok(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
    input: { allowedOrigins: ['https://Beratung.Example.org/'] },
  });
});
afterAll(() => server?.close());

const preflight = (path: string, origin: string) =>
  fetch(`${server.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, authorization',
    },
  });

const post = (path: string, origin?: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { Origin: origin } : {}) },
    body: QUERY,
  });

describe('CORS', () => {
  it('answers a preflight from an allowed origin and echoes it', async () => {
    const res = await preflight(`/graphql?org=${keyA}`, WIDGET_SITE);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(WIDGET_SITE);
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    const allowed = res.headers.get('access-control-allow-headers')!.toLowerCase();
    expect(allowed).toContain('content-type');
    expect(allowed).toContain('authorization');
    // The UI language for field messages (also safelisted for plain values such as `de`).
    expect(allowed).toContain('accept-language');
  });

  it('lets the widget request itself through', async () => {
    const res = await post(`/graphql?org=${keyA}`, WIDGET_SITE);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(WIDGET_SITE);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses an origin that is not in the list, without CORS headers', async () => {
    for (const res of [
      await preflight(`/graphql?org=${keyA}`, OTHER_SITE),
      await post(`/graphql?org=${keyA}`, OTHER_SITE),
    ]) {
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('refuses look-alike origins: other scheme, port or subdomain', async () => {
    for (const origin of [
      'http://beratung.example.org',
      'https://beratung.example.org:8443',
      'https://www.beratung.example.org',
      'https://beratung.example.org.evil.example',
    ]) {
      const res = await preflight(`/graphql?org=${keyA}`, origin);
      expect(res.status, origin).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('refuses a foreign origin that names no organisation, an unknown one or another one', async () => {
    for (const path of ['/graphql', '/graphql?org=pk_unknown', `/graphql?org=${keyB}`]) {
      const pre = await preflight(path, WIDGET_SITE);
      expect(pre.status, path).toBe(403);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const res = await post(path, WIDGET_SITE);
      expect(res.status, path).toBe(403);
    }
  });

  it('serves same-origin and non-browser requests without CORS headers', async () => {
    for (const origin of [undefined, server.url]) {
      const res = await post('/graphql', origin);
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('serves the widget bundle to any website, allowed or not, with or without a key', async () => {
    // A module script is fetched in CORS mode: the browser sends the embedding page's Origin.
    for (const origin of [WIDGET_SITE, OTHER_SITE, 'null']) {
      const res = await fetch(`${server.url}/widgets/lotse.js`, { headers: { Origin: origin } });
      expect(res.status, origin).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
      await res.arrayBuffer();
    }
    // Still only the files themselves: the API behind them stays origin-checked.
    expect((await post('/graphql', OTHER_SITE)).status).toBe(403);
    expect((await fetch(`${server.url}/widgets/missing.js`, { headers: { Origin: OTHER_SITE } })).status).toBe(404);
    // A malformed path is no file at all, not a server error.
    expect((await fetch(`${server.url}/widgets/%E0`)).status).toBe(404);
  });

  it('lets an admitted website act for the organisation that admitted it only', async () => {
    const ask = (key: string, query: string, variables?: unknown, token?: string) =>
      fetch(`${server.url}/graphql?org=${keyA}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          Origin: WIDGET_SITE,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: unknown; errors?: any[] } }));
    const services = `query($k: String!) { bookableServices(organisationKey: $k) { id } }`;
    expect((await ask(keyA, services, { k: keyA })).status).toBe(200);

    // Another organisation's key, as a variable, a literal or inside an input object: refused.
    for (const res of [
      await ask(keyA, services, { k: keyB }),
      await ask(keyA, `{ bookableServices(organisationKey: "${keyB}") { id } }`),
      await ask(keyA, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
        input: { login: 'someone', password: 'whatever-it-is', organisationKey: keyB },
      }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_ORGANISATION' });
    }

    // A token of another organisation's account does not travel through it either.
    const foreignAdmin = await loginAs(server, (await buildTwoOrganisations(server)).b.admin);
    const me = await ask(keyA, `{ me { id } }`, undefined, foreignAdmin.token);
    expect(me.status).toBe(403);
    expect(me.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('admits a WebSocket from another website like an HTTP request, and for its organisation only', async () => {
    const wsUrl = (key: string) => `${server.url.replace(/^http/, 'ws')}/graphql?org=${key}`;
    // The handshake itself: refused for a site the organisation did not allow.
    const handshake = (origin: string, key: string) =>
      new Promise<number | 'open'>((resolve) => {
        const socket = new WebSocket(wsUrl(key), 'graphql-transport-ws', { origin });
        socket.on('open', () => {
          socket.close();
          resolve('open');
        });
        socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        socket.on('error', () => {});
      });
    expect(await handshake(OTHER_SITE, keyA)).toBe(403);
    expect(await handshake(WIDGET_SITE, keyB)).toBe(403);
    expect(await handshake(WIDGET_SITE, keyA)).toBe('open');

    // Over an admitted socket, a subscription for another organisation is refused; its own works.
    const client = createClient({
      url: wsUrl(keyA),
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { origin: WIDGET_SITE });
        }
      },
      retryAttempts: 0,
    });
    try {
      const subscribe = (key: string) =>
        new Promise<unknown>((resolve) => {
          const stop = client.subscribe(
            {
              query: `subscription($k: String!) { availabilityChanged(organisationKey: $k) { reason } }`,
              variables: { k: key },
            },
            { next: () => {}, error: (err) => resolve(err), complete: () => resolve('complete') },
          );
          // Nothing wrong within a moment: the subscription is running.
          setTimeout(() => {
            stop();
            resolve('running');
          }, 500);
        });
      expect(await subscribe(keyA)).toBe('running');
      expect(await subscribe(keyB)).toMatchObject([
        { extensions: { code: 'FORBIDDEN', reason: 'OTHER_ORGANISATION' } },
      ]);
    } finally {
      await client.dispose();
    }
  });
});
