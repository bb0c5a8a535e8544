/**
 * The README's embed snippet on a website of another origin, in a real Chromium: the module script
 * loads from the API's origin (a module script is a CORS request that carries the page's Origin), and
 * the widgets then talk to the API from there. Static widget assets load on any site; only API
 * requests are checked against the organisation's allowed origins.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';

const KEY = 'pk_demo_beratungsstelle';

let server: TestServer;
let browser: Browser;
let allowedSite: HostSite;
let otherSite: HostSite;

interface HostSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * An organisation's own website: a plain page on its own port (another origin) with the README's snippet
 * at `/`, and at `/booking` the booking widget's own script.
 */
async function hostSite(apiUrl: string): Promise<HostSite> {
  const page = (script: string) => `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8"><title>Beratungsstelle</title></head>
  <body>
    <main>
      <h1>Unsere Beratung</h1>
      <section>
        <h2>Termin buchen</h2>
        <script type="module" src="${apiUrl}/widgets/${script}"></script>
        <lotse-booking org="${KEY}"></lotse-booking>
      </section>
    </main>
  </body>
</html>`;
  const http: Server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/booking') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(req.url === '/' ? 'lotse.js' : 'lotse-booking.js'));
    } else {
      res.writeHead(404).end();
    }
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
  [allowedSite, otherSite] = await Promise.all([hostSite(server.url), hostSite(server.url)]);
  // As the README says: the admin adds the website's origin to the organisation's allowed origins.
  const { login } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { login: 'demo.admin', password: DEMO_PASSWORD },
    });
  await server
    .client(login.accessToken)
    .ok(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
      input: { allowedOrigins: [allowedSite.origin] },
    });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([allowedSite?.close(), otherSite?.close()]);
  await server?.close();
});

describe('the embed snippet on another website', () => {
  it('loads the widget bundle and books from an allowed origin', async () => {
    const visitor = await watchedPage(browser);
    const { page } = visitor;
    try {
      page.setDefaultTimeout(10_000);
      const bundle = responseStatus(page, `${server.url}/widgets/lotse.js`);
      await page.goto(`${allowedSite.origin}/`);
      // The widget ran and reached the API across origins: services, counsellors and live slots.
      await page.locator('lotse-booking button.option', { hasText: 'Erstgespräch (Video)' }).click();
      await page.locator('lotse-booking button.option', { hasText: 'Anna' }).click();
      await page.locator('lotse-booking .slots[data-live="connected"] button.slot').first().waitFor();
      expect(await bundle).toEqual({ status: 200, allowOrigin: '*' });
      expect(await axeViolations(page, 'lotse-booking')).toEqual([]);
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('loads only the booking widget’s script and the shared chunk, cached for long, from another origin', async () => {
    const visitor = await watchedPage(browser);
    const { page } = visitor;
    try {
      page.setDefaultTimeout(10_000);
      const scripts: { url: string; status: number; allowOrigin: string | null; cache: string | null }[] = [];
      page.on('response', (r) => {
        if (!r.url().startsWith(`${server.url}/widgets/`)) return;
        const headers = r.headers();
        scripts.push({
          url: r.url().slice(server.url.length),
          status: r.status(),
          allowOrigin: headers['access-control-allow-origin'] ?? null,
          cache: headers['cache-control'] ?? null,
        });
      });
      await page.goto(`${allowedSite.origin}/booking`);
      await page.locator('lotse-booking button.option', { hasText: 'Erstgespräch (Video)' }).click();
      await page.locator('lotse-booking button.option', { hasText: 'Anna' }).click();
      await page.locator('lotse-booking .slots[data-live="connected"] button.slot').first().waitFor();
      expect(
        scripts.map((s) => s.url.replace(/^(\/widgets\/lotse-chunk-shared-).+\.js$/, '$1<hash>.js')).sort(),
      ).toEqual(['/widgets/lotse-booking.js', '/widgets/lotse-chunk-shared-<hash>.js']);
      for (const s of scripts) expect(s).toMatchObject({ status: 200, allowOrigin: '*' });
      expect(scripts.find((s) => s.url === '/widgets/lotse-booking.js')!.cache).toBe('public, max-age=300');
      expect(scripts.find((s) => s.url !== '/widgets/lotse-booking.js')!.cache).toBe(
        'public, max-age=31536000, immutable',
      );
      expect(
        await page.evaluate(() => [!!customElements.get('lotse-chat'), !!customElements.get('lotse-mail-form')]),
      ).toEqual([false, false]);
      expect(await axeViolations(page, 'lotse-booking')).toEqual([]);
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('serves the bundle to any site, while the API refuses a site the organisation did not allow', async () => {
    const visitor = await watchedPage(browser);
    const { page } = visitor;
    try {
      const bundle = responseStatus(page, `${server.url}/widgets/lotse.js`);
      await page.goto(`${otherSite.origin}/`);
      expect(await bundle).toEqual({ status: 200, allowOrigin: '*' });
      // The browser refuses the API's answer (its preflight got a 403 without CORS headers).
      await expect
        .poll(() => visitor.problems.filter((p) => p.includes('blocked by CORS policy')).length)
        .toBeGreaterThan(0);
      expect(visitor.problems.some((p) => p.includes('/widgets/'))).toBe(false);
      expect(await page.locator('lotse-booking button.option').count()).toBe(0);
    } finally {
      await visitor.close();
    }
  });
});

/** The status and CORS header of the first response for `url`, or why the request failed. */
function responseStatus(page: Page, url: string): Promise<{ status: number; allowOrigin: string | null } | string> {
  return new Promise((resolve) => {
    page.on('response', (r) => {
      if (r.url() === url)
        resolve({ status: r.status(), allowOrigin: r.headers()['access-control-allow-origin'] ?? null });
    });
    page.on('requestfailed', (r) => {
      if (r.url() === url) resolve(`failed: ${r.failure()?.errorText}`);
    });
  });
}
