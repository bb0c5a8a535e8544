/**
 * The notification centre after a lost connection, end to end in a real Chromium (Berlin, de-DE) against
 * the real server with the demo data: what clients did while the counsellor's network was gone (a new
 * request, a reply to an older one, a chat message, a booking, all through the public API) is in the
 * centre once the connection is back, each exactly once, and what it listed before the gap is not listed
 * again; requests the admin assigned to the counsellor or took from them during a gap are there too,
 * each once; a longer gap with many events ends in at most five entries, the rest summed up in one; a
 * request the admin releases to the pool is told live and after a gap, each once.
 * A live booking whose appointment could not be read is not listed again by the catch-up.
 * The opened centre passes axe and is used by keyboard alone.
 *
 * The dashboard page reaches the server through a TCP proxy (tests/browser/network-proxy.ts) whose
 * network the test cuts, as the lost-connection test in dashboard-session.test.ts does.
 * Screenshots: `dashboard-notifications-catch-up`, `dashboard-notifications-catch-up-assignments`,
 * `dashboard-notifications-catch-up-summary`, `dashboard-notifications-released`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { NetworkProxy } from '../browser/network-proxy.js';
import { demoActors } from '../browser/demo-actors.js';
import {
  expectAccessible,
  logInThroughDashboard,
  screenHeading,
  screenshot,
  staffPage,
  tabTo,
} from '../browser/dashboard.js';

let server: TestServer;
let browser: Browser;
const proxy = new NetworkProxy();

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([
    startTestServer({ seedDemo: true, realtime: { heartbeatMs: 300, presenceGraceMs: 1_500, authRecheckMs: 500 } }),
    launchChromium(),
  ]);
  await proxy.start(new URL(server.url));
});
afterAll(async () => {
  await proxy.close();
  await browser?.close();
  await server?.close();
});

const { tokenOf, newRequest, clientReplies, chatFromSonnenblume, bookWithAnna, assignRequest } = demoActors(
  () => server,
);

/** The demo admin gives a request back to the open pool. */
async function releaseRequest(requestId: string): Promise<void> {
  await server
    .client(await tokenOf('demo.admin'))
    .ok(`mutation($input: ReleaseMailRequestInput!) { releaseMailRequest(input: $input) { id } }`, {
      input: { requestId },
    });
}

const tag = () => Math.random().toString(36).slice(2, 6);

const live = (page: Page) => page.locator('lotse-dashboard .live');

/** What the network does while it is cut: the page's requests and its WebSocket fail (and say so). */
const NETWORK_GONE = /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|ERR_NETWORK|WebSocket connection to|Failed to fetch/;

/** The centre's entries, as their link texts, newest first. */
const entries = (page: Page) => page.locator('lotse-notification-centre .panel li a').allInnerTexts();

describe('dashboard: notification centre after a lost connection', () => {
  it('lists what clients did during the gap exactly once, and many events as five entries at most', async () => {
    const staff = await staffPage(browser);
    const { page, context } = staff;
    const centre = page.locator('lotse-notification-centre');
    const toggle = centre.getByRole('button', { name: /^Benachrichtigungen/ });
    const cut = async () => {
      proxy.down();
      await context.setOffline(true);
      await expect.poll(() => live(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('reconnecting');
    };
    const restore = async () => {
      proxy.up();
      await context.setOffline(false);
      await expect.poll(() => live(page).getAttribute('data-state'), { timeout: 15_000 }).toBe('connected');
    };
    try {
      // Before Anna's page is open (nothing of it is notified): a request of Jonas's that the admin will
      // give to her.
      const toAnna = `Für Anna ${tag()}`;
      const jonas = await newRequest('jonas.keller', toAnna, 'Eine Frage an Sie.');

      await page.goto(`${proxy.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Guten Tag, Anna');
      await expect.poll(() => live(page).getAttribute('data-state')).toBe('connected');
      await page.waitForLoadState('networkidle');

      // Before the gap, live: a new request and a booking (within the catch-up's look-back, so both are
      // found again then, and must not be listed twice).
      const before = `Vor der Störung ${tag()}`;
      const earlier = await newRequest('anna.berger', before, 'Ich schreibe Ihnen zum ersten Mal.');
      await expect.poll(() => toggle.innerText(), { timeout: 5_000 }).toMatch(/Benachrichtigungen\s+1/);
      // The booking's appointment cannot be read when it comes live (the API answers with an error
      // once): listed by its instant, and the catch-up, which finds it by its appointment, must know it.
      let bookingReadsFailed = 0;
      await page.route(
        (url) => url.pathname.endsWith('/graphql'),
        async (route) => {
          if (!bookingReadsFailed && route.request().postData()?.includes('DashboardNotificationBookings')) {
            bookingReadsFailed += 1;
            const errors = [{ message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            await route.fulfill({ json: { data: null, errors } });
          } else {
            await route.fallback();
          }
        },
      );
      await bookWithAnna();
      await expect.poll(() => toggle.innerText(), { timeout: 5_000 }).toMatch(/Benachrichtigungen\s+2/);
      expect(bookingReadsFailed).toBe(1);
      await page.unrouteAll();

      await cut();
      // While Anna's network is gone: a new request, a reply to the earlier one, a chat message, a booking.
      const during = `Während der Störung ${tag()}`;
      await newRequest('anna.berger', during, 'Diese Nachricht kam, als die Verbindung weg war.');
      await clientReplies(earlier, 'Ich habe noch etwas vergessen.');
      await chatFromSonnenblume(`Sind Sie noch da? ${tag()}`);
      await bookWithAnna();
      // Nothing of it reached the page.
      expect(await toggle.innerText()).toMatch(/Benachrichtigungen\s+2/);

      await restore();
      const missed = [
        `Neue Mailanfrage für Sie: ${during}`,
        `Neue Nachricht zu Ihrer Anfrage: ${before}`,
        'Neue Chatnachricht von sonnenblume',
        'Ein neuer Termin wurde bei Ihnen gebucht',
      ];
      await expect.poll(() => entries(page), { timeout: 10_000 }).toHaveLength(6);
      expect(await toggle.innerText()).toMatch(/Benachrichtigungen\s+6/);
      // Settled: a second look finds nothing more (no late duplicates).
      await page.waitForLoadState('networkidle');
      await new Promise((r) => setTimeout(r, 1_000));
      const listed = await entries(page);
      expect(listed).toHaveLength(6);
      // Two bookings: the live one (listed by its instant, found again by its appointment) and the gap's.
      expect(listed.filter((l) => l === 'Ein neuer Termin wurde bei Ihnen gebucht')).toHaveLength(2);
      for (const text of [...missed.slice(0, 3), `Neue Mailanfrage für Sie: ${before}`]) {
        expect(
          listed.filter((l) => l === text),
          text,
        ).toHaveLength(1);
      }
      // The one from before the gap is still the oldest.
      expect(listed.at(-1)).toBe(`Neue Mailanfrage für Sie: ${before}`);

      // Opened by keyboard: the list passes axe, and an entry opens its screen.
      await page.locator('lotse-dashboard button.skip').focus();
      await tabTo(page, (f) => f.tag === 'BUTTON' && /^Benachrichtigungen/.test(f.text));
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await expectAccessible(page, 'notification centre after the gap');
      await screenshot(page, 'dashboard-notifications-catch-up');
      await tabTo(page, (f) => f.tag === 'A' && f.text === `Neue Mailanfrage für Sie: ${during}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe(during);
      expect(await toggle.innerText()).toMatch(/Benachrichtigungen\s+5/);

      // A second gap: the admin gives Jonas's request to Anna, and Anna's first one to Jonas (her load
      // stays as it was: the demo caps it at ten requests, which the busy gap below fills).
      await cut();
      await assignRequest(jonas.id, 'anna.berger');
      await assignRequest(earlier.id, 'jonas.keller');
      await restore();
      // Newest first: the take-over came last.
      const assigned = [
        'Eine Kollegin oder ein Kollege hat eine Ihrer Anfragen übernommen',
        `Ihnen zugewiesen: ${toAnna}`,
      ];
      await expect.poll(() => entries(page), { timeout: 10_000 }).toHaveLength(8);
      await page.waitForLoadState('networkidle');
      await new Promise((r) => setTimeout(r, 1_000));
      const withAssignments = await entries(page);
      // Each once, and nothing listed before again.
      expect(withAssignments).toEqual([...assigned, ...listed]);
      expect(await toggle.innerText()).toMatch(/Benachrichtigungen\s+7/);
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expectAccessible(page, 'notification centre with assignments');
      await screenshot(page, 'dashboard-notifications-catch-up-assignments');
      await tabTo(page, (f) => f.tag === 'A' && f.text === `Ihnen zugewiesen: ${toAnna}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe(toAnna);
      expect(await toggle.innerText()).toMatch(/Benachrichtigungen\s+6/);

      // A third, busier gap: seven new requests. Four listed, the other three summed up in one entry.
      await cut();
      const many = Array.from({ length: 7 }, (_, i) => `Viele ${i + 1} ${tag()}`);
      const manyIds: string[] = [];
      for (const subject of many) manyIds.push((await newRequest('anna.berger', subject, 'Noch eine Anfrage.')).id);
      await restore();
      await expect.poll(() => toggle.innerText(), { timeout: 10_000 }).toMatch(/Benachrichtigungen\s+11/);
      await page.waitForLoadState('networkidle');
      await new Promise((r) => setTimeout(r, 1_000));
      const after = await entries(page);
      expect(after).toHaveLength(13);
      // The newest four by name, then the summary (the rest, older, in it), then what was there before.
      expect(after.slice(0, 4)).toEqual(
        many
          .slice(3)
          .reverse()
          .map((s) => `Neue Mailanfrage für Sie: ${s}`),
      );
      expect(after[4]).toBe('3 weitere Neuigkeiten, während die Verbindung unterbrochen war');
      for (const s of many.slice(0, 3)) expect(after).not.toContain(`Neue Mailanfrage für Sie: ${s}`);
      expect(after.slice(5)).toEqual(withAssignments);

      await toggle.focus();
      await page.keyboard.press('Enter');
      await expectAccessible(page, 'notification centre with a summary');
      await screenshot(page, 'dashboard-notifications-catch-up-summary');
      await tabTo(page, (f) => f.tag === 'A' && f.text.startsWith('3 weitere Neuigkeiten'));
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).pathname).toBe('/dashboard');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Guten Tag, Anna');

      // The admin gives one of Anna's requests to the open pool: she is told live, and a gap right after
      // (whose look-back covers it) does not list it again; one released during the gap is listed once.
      const released = (i: number) => `Ihre Anfrage „${many[i]}“ wurde in den offenen Pool gegeben`;
      await releaseRequest(manyIds[6]!);
      await expect.poll(() => entries(page), { timeout: 5_000 }).toEqual([released(6), ...after]);
      await cut();
      await releaseRequest(manyIds[5]!);
      await restore();
      await expect.poll(() => entries(page), { timeout: 10_000 }).toHaveLength(15);
      await page.waitForLoadState('networkidle');
      await new Promise((r) => setTimeout(r, 1_000));
      expect(await entries(page)).toEqual([released(5), released(6), ...after]);
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expectAccessible(page, 'notification centre with released requests');
      await screenshot(page, 'dashboard-notifications-released');
      await tabTo(page, (f) => f.tag === 'A' && f.text === released(5));
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe(many[5]);

      // Failed requests and the socket's retries while the network was cut, nothing else.
      expect(staff.problems.filter((p) => !NETWORK_GONE.test(p))).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 120_000);
});
