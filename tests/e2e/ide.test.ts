/**
 * End to end in a real Chromium against the real server: the offline GraphQL IDE and the demo page.
 * Builds `widgets/dist` first when it is missing or stale (tests/browser/build.ts).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, ide: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('GraphQL IDE', () => {
  it('offers a sample login that logs in as the demo admin', async () => {
    const source = readFileSync(new URL('../../widgets/ide/main.ts', import.meta.url), 'utf8');
    const sample = /mutation Login \{[\s\S]*?\n\}/.exec(source)?.[0];
    expect(sample).toBeDefined();
    const { login } = await server.client().ok<{ login: { me: { role: string } } }>(sample!);
    expect(login.me.role).toBe('ADMIN');
  });

  it('runs { __typename } at /ide and shows Query, with everything self-hosted under the CSP', async () => {
    const { page, problems, close } = await watchedPage(browser);
    const requested: string[] = [];
    page.on('request', (req) => requested.push(req.url()));
    try {
      const response = await page.goto(`${server.url}/ide?query=${encodeURIComponent('{ __typename }')}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

      // Monaco fills the editor asynchronously; run only once the query is in it.
      await page.locator('.graphiql-query-editor .view-lines', { hasText: '__typename' }).waitFor({ timeout: 30_000 });
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => page.locator('.result-window').innerText(), { timeout: 15_000 }).toContain('"Query"');

      expect(problems).toEqual([]);
      // No CDN: every request stays on the server.
      expect(requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'))).toEqual([]);
      // Monaco's workers run from same-origin files (not blobs), as the CSP demands. It starts them lazily
      // (the JSON worker for the result pane may come first), so wait for the editor's worker to appear.
      await expect
        .poll(() => page.workers().map((w) => w.url()), { timeout: 15_000 })
        .toContainEqual(expect.stringMatching(/^http:.*\/ide\/assets\/editor\.worker-[\w-]+\.js$/));
      for (const url of page.workers().map((w) => w.url())) {
        expect(url, 'every worker is a same-origin file').toMatch(/^http:.*\/ide\/assets\/[\w.-]+\.js$/);
      }
    } finally {
      await close();
    }
  });

  it('is what a browser gets for GET /graphql', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await page.goto(`${server.url}/graphql`);
      await expect(page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 })).resolves.toBeUndefined();
      expect(await page.title()).toBe('Lotse GraphQL IDE');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('demo page', () => {
  it('opens / without console errors, introduces Lotse in German and English and holds the three widgets', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      const response = await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      await expect(page.locator('h2', { hasText: 'Was ist Lotse?' }).count()).resolves.toBe(1);
      await expect(page.locator('[lang="en"] h2', { hasText: 'What is Lotse?' }).count()).resolves.toBe(1);
      for (const tag of ['lotse-booking', 'lotse-chat', 'lotse-mail-form']) {
        expect(await page.getAttribute(tag, 'org')).toBe('pk_demo_beratungsstelle');
      }
      // The bundle was loaded as a module script from /widgets/lotse.js.
      const bundle = await page.request.get(`${server.url}/widgets/lotse.js`);
      expect(bundle.headers()['content-type']).toContain('javascript');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has no axe-core violations in its own markup', async () => {
    const { page, close } = await watchedPage(browser);
    try {
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
