/**
 * Quick exit on an organisation's website, in a real Chromium: the admin turns it on with a neutral
 * page; every widget then shows "Seite verlassen", and Escape twice within a second does the same.
 * Leaving clears the widgets' keys from local and session storage and replaces the page, so Back does
 * not return to it. The neutral page sits on the website's own origin here, so the test can read
 * that origin's storage after leaving.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage, type WatchedPage } from '../browser/page.js';

const KEY = 'pk_demo_beratungsstelle';
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`;

let server: TestServer;
let browser: Browser;
let site: { origin: string; close(): Promise<void> };
let adminToken: string;

async function hostSite(apiUrl: string) {
  const widgets = `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8"><title>Beratungsstelle</title></head>
  <body>
    <main>
      <h1>Hilfe bei Gewalt</h1>
      <script type="module" src="${apiUrl}/widgets/lotse.js"></script>
      <section><h2>Termin</h2><lotse-booking org="${KEY}"></lotse-booking></section>
      <section><h2>Mailberatung</h2><lotse-mail-form org="${KEY}"></lotse-mail-form></section>
      <lotse-chat org="${KEY}"></lotse-chat>
    </main>
  </body>
</html>`;
  const neutral = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Wetter</title></head>
<body><main><h1>Das Wetter heute</h1></main></body></html>`;
  const http: Server = createServer((req, res) => {
    const body = req.url === '/' ? widgets : req.url === '/wetter' ? neutral : null;
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  site = await hostSite(server.url);
  const { login } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { login: 'demo.admin', password: DEMO_PASSWORD },
    });
  adminToken = login.accessToken;
  await server.client(adminToken).ok(UPDATE, {
    input: { allowedOrigins: [site.origin], quickExit: { enabled: true, url: `${site.origin}/wetter` } },
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.close();
});

/** Opens the website with some state of the widgets (and of the page itself) in both storages. */
async function visit(): Promise<WatchedPage> {
  const visitor = await watchedPage(browser);
  const { page } = visitor;
  page.setDefaultTimeout(10_000);
  await page.goto(`${site.origin}/`);
  await page.evaluate(() => {
    localStorage.setItem('lotse:127.0.0.1:pk_demo_beratungsstelle:session', '{"accessToken":"a","refreshToken":"r"}');
    sessionStorage.setItem('lotse:draft', 'Mein Entwurf');
    localStorage.setItem('site-preference', 'dark');
  });
  await page.locator('lotse-booking button.quick-exit').waitFor();
  return visitor;
}

/** After leaving: on the neutral page, with only the page's own key left, and no way Back. */
async function expectLeft(page: Page) {
  await page.waitForURL(`${site.origin}/wetter`);
  const storage = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  expect(storage).toEqual({ local: ['site-preference'], session: [] });
  await page.goBack().catch(() => null);
  expect(page.url()).not.toBe(`${site.origin}/`);
}

/**
 * The page's problems, but for requests the browser aborted because quick exit left the page while they
 * were in flight: leaving at once, whatever is loading, is what the button is for.
 */
const leftBehind = (problems: string[]) => problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'));

describe('quick exit', () => {
  it('shows a visible "Seite verlassen" in every widget, which leaves without a trace', async () => {
    const visitor = await visit();
    const { page } = visitor;
    try {
      await page.locator('lotse-mail-form button.quick-exit').waitFor();
      await page.locator('lotse-chat button.bubble').click();
      await page.locator('lotse-chat #panel button.quick-exit').waitFor();
      for (const tag of ['lotse-booking', 'lotse-mail-form', 'lotse-chat']) {
        expect(await page.locator(`${tag} button.quick-exit`).first().textContent()).toContain('Seite verlassen');
        expect(await axeViolations(page, tag)).toEqual([]);
      }
      // Only one in the chat: the mail form it may embed leaves the button to the chat.
      expect(await page.locator('lotse-chat button.quick-exit').count()).toBe(1);
      await page.locator('lotse-booking button.quick-exit').click();
      await expectLeft(page);
      expect(leftBehind(visitor.problems)).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('is the first stop by keyboard in the booking widget and works with Enter', async () => {
    const visitor = await visit();
    const { page } = visitor;
    try {
      await page.locator('lotse-booking button.option').first().waitFor();
      await page.locator('h1').click();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('lotse-booking');
      expect(
        await page.locator('lotse-booking').evaluate((el) => el.shadowRoot!.activeElement?.className ?? ''),
      ).toContain('quick-exit');
      await page.keyboard.press('Enter');
      await expectLeft(page);
      expect(leftBehind(visitor.problems)).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('leaves on Escape pressed twice within a second, not on two Escapes far apart', async () => {
    const visitor = await visit();
    const { page } = visitor;
    try {
      await page.locator('h1').click();
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1_200);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      expect(page.url()).toBe(`${site.origin}/`);
      // The first Escape also closes the chat's panel: it still counts.
      await page.locator('lotse-chat button.bubble').click();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expectLeft(page);
      expect(leftBehind(visitor.problems)).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('shows nothing and leaves nothing when the organisation turned it off', async () => {
    await server.client(adminToken).ok(UPDATE, { input: { quickExit: { enabled: false, url: null } } });
    const visitor = await watchedPage(browser);
    const { page } = visitor;
    try {
      await page.goto(`${site.origin}/`);
      await page.locator('lotse-booking button.option').first().waitFor();
      expect(await page.locator('button.quick-exit').count()).toBe(0);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      expect(page.url()).toBe(`${site.origin}/`);
      expect(leftBehind(visitor.problems)).toEqual([]);
    } finally {
      await visitor.close();
      await server.client(adminToken).ok(UPDATE, {
        input: { quickExit: { enabled: true, url: `${site.origin}/wetter` } },
      });
    }
  });
});
