/** Security headers on every response, CSP on HTML pages, and the health checks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

function expectBaseHeaders(res: Response, what: string) {
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('x-request-id'), what).toMatch(/^[0-9a-f-]{36}$/);
  // Whatever a response is, it cannot be framed.
  expect(res.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
}

describe('security headers', () => {
  it('are on GraphQL answers, errors, health checks and unknown paths', async () => {
    const responses: [string, Response][] = [
      [
        'POST /graphql',
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      ],
      [
        'POST /graphql (bad JSON)',
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        }),
      ],
      ['GET /healthz', await fetch(`${server.url}/healthz`)],
      ['GET /nowhere', await fetch(`${server.url}/nowhere`)],
    ];
    for (const [what, res] of responses) {
      expectBaseHeaders(res, what);
      // JSON answers get the policy that allows nothing at all.
      expect(res.headers.get('content-security-policy'), what).toContain("default-src 'none'");
    }
  });

  it('put a Content-Security-Policy on HTML pages', async () => {
    for (const path of ['/', '/ide', '/graphql']) {
      const res = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
      expectBaseHeaders(res, path);
      const csp = res.headers.get('content-security-policy')!;
      // Built pages get the page policy (own scripts only); without a build the error page allows nothing.
      if (res.status === 200 && res.headers.get('content-type')?.startsWith('text/html')) {
        expect(csp, path).toContain("script-src 'self'");
        expect(csp, path).not.toContain('unsafe-eval');
      } else {
        expect(csp, path).toContain("default-src 'none'");
      }
    }
  });
});

describe('health checks', () => {
  it('/healthz answers 200 while the process runs', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 when the database answers', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('need no organisation and no CORS permission', async () => {
    const res = await fetch(`${server.url}/readyz`, { headers: { Origin: 'https://monitoring.example' } });
    expect(res.status).toBe(200);
  });
});
