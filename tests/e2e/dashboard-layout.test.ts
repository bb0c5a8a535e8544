/**
 * The staff dashboard at 200 % zoom and at tablet width (WCAG 1.4.10 reflow): each main screen, opened as
 * an admin with the demo data at 640 CSS px (a 1280 px window at 200 %) and at 768×1024, scrolls only
 * vertically, keeps every entry of the navigation on screen and reachable, and passes axe; on the way,
 * each screen's script comes as its own long-cached chunk. Screenshots
 * of each state go to the screenshot folder (tests/browser/dashboard.ts), to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const VIEWPORTS = [
  { name: 'zoom-200', width: 640, height: 900 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

const NAVIGATION = [
  'Übersicht',
  'Mailberatung',
  'Chat',
  'Kalender',
  'Statistik',
  'Buchungszeiten',
  'Mein Profil',
  'Team',
  'Einrichtung',
];

/** A request the admin may open (the demo data has several). */
async function someRequestId(): Promise<{ id: string; subject: string }> {
  const { login } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { login: 'demo.admin', password: DEMO_PASSWORD },
    });
  const { mailRequests } = await server
    .client(login.accessToken)
    .ok<{ mailRequests: { edges: { node: { id: string; subject: string } }[] } }>(
      `{ mailRequests(page: { first: 1 }) { edges { node { id subject } } } }`,
    );
  const node = mailRequests.edges[0]?.node;
  if (!node) throw new Error('the demo data has no mail request');
  return node;
}

/** How far the page scrolls sideways (0: not at all), and which elements stick out, if any. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const culprits: string[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const el of node.children) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0) {
          culprits.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} (right ${r.right})`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
        visit(el);
      }
    };
    visit(document.documentElement);
    return { scroll: root.scrollWidth - width, culprits: culprits.slice(0, 8) };
  });
}

describe('dashboard: 200 % zoom and tablet width', () => {
  for (const viewport of VIEWPORTS) {
    it(`shows every main screen at ${viewport.width}×${viewport.height} without sideways scrolling`, async () => {
      const request = await someRequestId();
      const screens = [
        { name: 'home', path: '/dashboard', heading: /^Guten Tag/ },
        { name: 'mail-inbox', path: '/dashboard/mail?tab=all&status=any', heading: /^Mailberatung$/ },
        { name: 'mail-thread', path: `/dashboard/mail-requests/${request.id}`, heading: request.subject },
        { name: 'chat', path: '/dashboard/chat', heading: /^Chat$/ },
        { name: 'calendar-week', path: '/dashboard/calendar?view=week&of=all', heading: /^Kalender$/ },
        { name: 'statistics', path: '/dashboard/statistics', heading: /^Statistik$/ },
        // After the request's thread: its read is in the log, so the table is shown.
        { name: 'access-log', path: '/dashboard/access-log', heading: /^Zugriffsprotokoll$/ },
        { name: 'staff', path: '/dashboard/staff', heading: /^Team$/ },
        { name: 'organisation', path: '/dashboard/organisation', heading: /^Einrichtung$/ },
      ];
      const staff = await staffPage(browser);
      const { page } = staff;
      // Every script the screens load: the entry, then each screen's own chunk as its route is entered.
      const scripts = new Map<string, string | undefined>();
      page.on('response', (res) => {
        const url = new URL(res.url());
        if (url.pathname.startsWith('/dashboard/assets/') && url.pathname.endsWith('.js')) {
          scripts.set(url.pathname, res.headers()['cache-control']);
        }
      });
      try {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(`${server.url}/dashboard`);
        await expectAccessible(page, `login at ${viewport.name}`);
        expect((await overflow(page)).scroll, 'login').toBeLessThanOrEqual(0);
        await logInThroughDashboard(page, 'demo.admin');
        for (const screen of screens) {
          await page.goto(`${server.url}${screen.path}`);
          await expect.poll(() => screenHeading(page).textContent()).toMatch(screen.heading);
          // Let lists and calendars fill in before measuring.
          await page.waitForLoadState('networkidle');
          const nav = page.locator('lotse-dashboard nav');
          for (const name of NAVIGATION) {
            const link = nav.getByRole('link', { name, exact: false }).first();
            expect(await link.isVisible(), `${screen.name}: "${name}" in the navigation`).toBe(true);
          }
          const { scroll, culprits } = await overflow(page);
          expect(
            scroll,
            `${screen.name} at ${viewport.name} scrolls sideways: ${culprits.join(', ')}`,
          ).toBeLessThanOrEqual(0);
          await expectAccessible(page, `${screen.name} at ${viewport.name}`);
          await screenshot(page, `dashboard-${viewport.name}-${screen.name}`);
        }
        // Code-split per route: the login page loads the entry alone, each screen its chunk on the way;
        // content-hashed chunks may be kept for good.
        expect(scripts.size).toBeGreaterThanOrEqual(screens.length);
        for (const [path, cache] of scripts) expect(cache, path).toBe('public, max-age=31536000, immutable');
        const index = await fetch(`${server.url}/dashboard/mail`);
        expect(index.headers.get('cache-control')).toBe('no-cache');
        // This test loads each screen directly (page.goto): a request of the previous screen that the
        // browser aborts on leaving it is the test's doing, not the page's; anything else counts.
        expect(staff.problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'))).toEqual([]);
      } finally {
        await staff.close();
      }
    }, 120_000);
  }
});
