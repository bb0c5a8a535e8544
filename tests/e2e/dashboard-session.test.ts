/**
 * The staff dashboard's live session, end to end in a real Chromium (Berlin, de-DE) against the real
 * server with the demo data:
 * - a session ended on the server (logged out elsewhere) brings up the re-login dialog over the unchanged
 *   screen; logging in again in it, by keyboard alone, carries on with what was typed;
 * - a lost connection is shown in the header and goes away on resume, and what happened meanwhile shows;
 * - the header's presence switcher, by keyboard, is what `<lotse-chat>` on the demo page shows, and a
 *   dashboard tab in the background keeps its counsellor reachable past the server's presence grace;
 * - the notification centre collects chat messages and bookings too, with sound and browser notification
 *   when switched on (observed by wrapping the browser's `Notification` and Web Audio, not our code).
 *
 * The server runs with short presence and session re-check timings (`realtime`), so nothing waits for
 * minutes. Dashboard pages reach the server through a TCP proxy (tests/browser/network-proxy.ts) whose
 * network the connection test cuts. Screenshots: `dashboard-relogin`, `dashboard-connection-lost`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
import { NetworkProxy } from '../browser/network-proxy.js';
import { demoActors } from '../browser/demo-actors.js';
import {
  expectAccessible,
  focused,
  logInThroughDashboard,
  screenHeading,
  screenshot,
  staffPage,
  tabTo,
} from '../browser/dashboard.js';

/** Presence heartbeat, grace and the sockets' session re-check, short (defaults: 15 s, 45 s, 30 s). */
const REALTIME = { heartbeatMs: 300, presenceGraceMs: 1_500, authRecheckMs: 500 };

let server: TestServer;
let browser: Browser;
const proxy = new NetworkProxy();

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true, realtime: REALTIME }), launchChromium()]);
  await proxy.start(new URL(server.url));
});
afterAll(async () => {
  await proxy.close();
  await browser?.close();
  await server?.close();
});

const actors = demoActors(() => server);
const { tokenOf, counsellorId, chatFromSonnenblume, bookWithAnna } = actors;
/** A new client writes to a counsellor (as the mail form does); the request's id. */
const newRequest = async (counsellorLogin: string, subject: string, message: string) =>
  (await actors.newRequest(counsellorLogin, subject, message)).id;

const tag = () => Math.random().toString(36).slice(2, 6);

/** The header's live-connection line: its state and what it says. */
const live = (page: Page) => page.locator('lotse-dashboard .live');
const liveText = async (page: Page) => ((await live(page).textContent()) ?? '').trim();

/** What `<lotse-chat>` on the demo page says about reachability (the bubble's label). */
const bubbleLabel = (page: Page) => page.locator('lotse-chat #bubble').getAttribute('aria-label');

/** The counsellor's presence as the widgets' public API shows it. */
async function shownPresence(loginName: string): Promise<string | undefined> {
  const id = await counsellorId(loginName);
  const { chatAvailability } = await server
    .client()
    .ok<{ chatAvailability: { counsellors: { counsellorId: string; state: string }[] } }>(
      `query($key: String!) { chatAvailability(organisationKey: $key) { counsellors { counsellorId state } } }`,
      { key: DEMO_PUBLIC_KEY },
    );
  return chatAvailability.counsellors.find((c) => c.counsellorId === id)?.state;
}

/** Makes the page's document hidden, as a tab in the background is (the event the browser sends). */
function hideTab(page: Page): Promise<void> {
  return page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** What the network does while it is cut: the page's requests and its WebSocket fail (and say so). */
const NETWORK_GONE = /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|ERR_NETWORK|WebSocket connection to|Failed to fetch/;

describe('dashboard: live session', () => {
  it('a session ended elsewhere brings up the re-login dialog; logging in again by keyboard keeps the screen and what was typed', async () => {
    const subject = `Umzug ${tag()}`;
    const requestId = await newRequest('jonas.keller', subject, 'Ich muss umziehen und weiß nicht wohin.');
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${proxy.url}/dashboard/mail-requests/${requestId}`);
      await logInThroughDashboard(page, 'jonas.keller');
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      await expect.poll(() => live(page).getAttribute('data-state')).toBe('connected');
      const thread = page.locator('lotse-mail-thread');
      const typed = 'Guten Tag,\n\nich habe Ihre Nachricht gelesen und';
      await thread.getByLabel('Ihre Antwort').fill(typed);

      // The same session is ended on the server (as "log out" on another device of it does).
      const key = `lotse:${new URL(proxy.url).host}:staff:session`;
      const token = await page.evaluate(
        (k) => (JSON.parse(localStorage.getItem(k)!) as { accessToken: string }).accessToken,
        key,
      );
      await server.client(token).ok(`mutation { logout }`);

      // Without a click: the socket's re-check notices, the refresh is refused, the dialog comes up.
      const dialog = page.getByRole('dialog', { name: 'Sitzung beendet' });
      await dialog.waitFor({ timeout: 10_000 });
      expect(await dialog.locator('lotse-login-form .notice').textContent()).toContain(
        'Ihre Sitzung ist abgelaufen oder wurde beendet.',
      );
      // The screen stays as it was beneath it.
      expect(await screenHeading(page).textContent()).toBe(subject);
      expect(await thread.getByLabel('Ihre Antwort').inputValue()).toBe(typed);
      // The focus is in the dialog, on its first field.
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'INPUT', inDialog: true });
      expect((await focused(page))?.label).toBe('Login-Name oder E-Mail-Adresse');
      await expectAccessible(page, 're-login dialog');
      await screenshot(page, 'dashboard-relogin');

      // Tab goes round inside the dialog only (the screen beneath is inert).
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (f) expect(f.inDialog, `Tab ${i + 1} left the dialog for ${f.tag} "${f.label || f.text}"`).toBe(true);
      }
      // Escape does not dismiss it (there is nothing to go back to without a session).
      await page.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(true);

      // Logged in again by keyboard alone.
      await tabTo(page, (f) => f.inDialog && f.label === 'Login-Name oder E-Mail-Adresse');
      await page.keyboard.type('jonas.keller');
      await tabTo(page, (f) => f.inDialog && f.label === 'Passwort');
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(0);

      // Same screen, same text, the focus back in it, and it works: live again, and the answer goes out.
      expect(new URL(page.url()).pathname).toBe(`/dashboard/mail-requests/${requestId}`);
      expect(await screenHeading(page).textContent()).toBe(subject);
      expect(await thread.getByLabel('Ihre Antwort').inputValue()).toBe(typed);
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'TEXTAREA', inDialog: false });
      await expect.poll(() => live(page).getAttribute('data-state')).toBe('connected');
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' melde mich morgen ausführlich.');
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Antwort senden');
      await page.keyboard.press('Enter');
      await expect.poll(() => thread.locator('.notice-line').textContent()).toBe('Die Antwort wurde gesendet.');
      const { mailRequest } = await server
        .client(await tokenOf('jonas.keller'))
        .ok<{ mailRequest: { messages: { body: string }[] } }>(
          `query($id: ID!) { mailRequest(id: $id) { messages { body } } }`,
          { id: requestId },
        );
      expect(mailRequest.messages.at(-1)?.body).toBe(`${typed} melde mich morgen ausführlich.`);
      await expectAccessible(page, 'after logging in again');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 60_000);

  it('says when the connection is lost, and after it is back shows what came meanwhile and live again', async () => {
    const staff = await staffPage(browser);
    const { page, context } = staff;
    try {
      await page.goto(`${proxy.url}/dashboard/mail?tab=mine`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mailberatung');
      await expect.poll(() => live(page).getAttribute('data-state')).toBe('connected');
      expect(await liveText(page)).toBe('');
      const inbox = page.locator('lotse-mail-inbox');
      await page.waitForLoadState('networkidle');

      proxy.down();
      await context.setOffline(true);
      await expect
        .poll(() => liveText(page), { timeout: 10_000 })
        .toBe('Verbindung unterbrochen – wird wiederhergestellt …');
      expect(await live(page).getAttribute('data-state')).toBe('reconnecting');
      expect(await live(page).getAttribute('role')).toBe('status');
      // The screen stays usable meanwhile.
      expect(await screenHeading(page).textContent()).toBe('Mailberatung');
      await expectAccessible(page, 'connection lost');
      await screenshot(page, 'dashboard-connection-lost');

      // A client writes while the counsellor's network is gone.
      const meanwhile = `Während der Störung ${tag()}`;
      await newRequest('anna.berger', meanwhile, 'Diese Nachricht kam, als die Verbindung weg war.');

      proxy.up();
      await context.setOffline(false);
      await expect.poll(() => live(page).getAttribute('data-state'), { timeout: 15_000 }).toBe('connected');
      expect(await liveText(page)).toBe('');
      // What came meanwhile is there without a reload…
      await expect.poll(() => inbox.locator('tr', { hasText: meanwhile }).count(), { timeout: 5_000 }).toBe(1);
      // …and what comes now arrives live.
      const after = `Nach der Störung ${tag()}`;
      await newRequest('anna.berger', after, 'Und diese danach.');
      await expect.poll(() => inbox.locator('tr', { hasText: after }).count(), { timeout: 5_000 }).toBe(1);
      await expectAccessible(page, 'connection back');

      // An answer being written: what is typed while the network is gone (its draft cannot be saved)
      // stays in the field through the catch-up after it, and is saved once the network is back.
      const subject = `Entwurf ohne Netz ${tag()}`;
      const requestId = await newRequest('anna.berger', subject, 'Bitte antworten Sie mir bald.');
      await inbox.getByRole('link', { name: subject }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      const thread = page.locator('lotse-mail-thread');
      const answer = thread.getByLabel('Ihre Antwort');
      const hint = thread.locator('.reply .hint');
      await answer.fill('Guten Tag,');
      await expect.poll(() => hint.textContent()).toMatch(/^Entwurf gespeichert/);
      proxy.down();
      await context.setOffline(true);
      await expect.poll(() => liveText(page), { timeout: 10_000 }).not.toBe('');
      await answer.press('Control+End');
      await page.keyboard.type(' ich bin für Sie da.');
      await expect.poll(() => hint.textContent()).toBe('Der Entwurf konnte nicht gespeichert werden.');
      proxy.up();
      await context.setOffline(false);
      await expect.poll(() => live(page).getAttribute('data-state'), { timeout: 15_000 }).toBe('connected');
      await page.waitForLoadState('networkidle');
      expect(await answer.inputValue()).toBe('Guten Tag, ich bin für Sie da.');
      const draft = async () =>
        (
          await server
            .client(await tokenOf('anna.berger'))
            .ok<{ mailRequest: { draft: { body: string } | null } }>(
              `query($id: ID!) { mailRequest(id: $id) { draft { body } } }`,
              { id: requestId },
            )
        ).mailRequest.draft?.body;
      // Saved once the connection is back, without another key pressed.
      await expect.poll(draft, { timeout: 5_000 }).toBe('Guten Tag, ich bin für Sie da.');
      await expect.poll(() => hint.textContent()).toMatch(/^Entwurf gespeichert/);
      await page.keyboard.type(' Anna');
      await expect.poll(draft, { timeout: 5_000 }).toBe('Guten Tag, ich bin für Sie da. Anna');

      // Failed requests and the socket's retries while the network was cut, nothing else.
      expect(staff.problems.filter((p) => !NETWORK_GONE.test(p))).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 60_000);

  it('sets the presence by keyboard, the demo page’s chat follows, and a tab in the background stays reachable', async () => {
    const staff = await staffPage(browser);
    const visitor = await watchedPage(browser, { timezoneId: 'Europe/Berlin', locale: 'de-DE' });
    const { page } = staff;
    try {
      // Nobody has a dashboard open (the earlier tests' pages are past the grace): nobody reachable.
      visitor.page.setDefaultTimeout(10_000);
      await visitor.page.goto(`${server.url}/`);
      await expect.poll(() => bubbleLabel(visitor.page), { timeout: 10_000 }).toBe('Chat – gerade niemand erreichbar');

      await page.goto(`${proxy.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Guten Tag, Anna');
      await expect.poll(() => bubbleLabel(visitor.page), { timeout: 10_000 }).toBe('Chat – jetzt erreichbar');

      // The status menu, reached by Tab, changed with the arrow keys.
      await page.locator('lotse-dashboard button.skip').focus();
      await tabTo(page, (f) => f.tag === 'SELECT' && f.label === 'Mein Status');
      const select = page.locator('lotse-dashboard #presence');
      expect(await select.inputValue()).toBe('ONLINE');
      const steps: [string, string, string][] = [
        ['ArrowDown', 'APPEAR_OFFLINE', 'OFFLINE'],
        ['ArrowDown', 'REGULAR_CLIENTS_ONLY', 'REGULAR_CLIENTS_ONLY'],
        ['ArrowDown', 'UNAVAILABLE', 'UNAVAILABLE'],
      ];
      for (const [key, status, shown] of steps) {
        await page.keyboard.press(key);
        expect(await select.inputValue()).toBe(status);
        await expect.poll(() => shownPresence('anna.berger')).toBe(shown);
        // A visitor without a counsellor of their own reaches nobody in each of these.
        await expect.poll(() => bubbleLabel(visitor.page)).toBe('Chat – gerade niemand erreichbar');
      }
      await expectAccessible(page, 'presence unavailable');
      // Quickly back up: each step is a choice, and the last one is what counts.
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
      expect(await select.inputValue()).toBe('ONLINE');
      await expect.poll(() => bubbleLabel(visitor.page)).toBe('Chat – jetzt erreichbar');
      await expect.poll(() => shownPresence('anna.berger')).toBe('ONLINE');
      await page.waitForLoadState('networkidle');
      expect(await select.inputValue()).toBe('ONLINE');
      expect(await shownPresence('anna.berger')).toBe('ONLINE');
      // The choice is kept (it is the counsellor's, not the tab's).
      await page.reload();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Guten Tag, Anna');
      expect(await page.locator('lotse-dashboard #presence').inputValue()).toBe('ONLINE');

      // The dashboard tab goes to the background; Anna stays reachable well past the grace period.
      await expect.poll(() => live(page).getAttribute('data-state')).toBe('connected');
      await hideTab(page);
      const until = Date.now() + REALTIME.presenceGraceMs * 4;
      while (Date.now() < until) {
        expect(await bubbleLabel(visitor.page)).toBe('Chat – jetzt erreichbar');
        expect(await shownPresence('anna.berger')).toBe('ONLINE');
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(await live(page).getAttribute('data-state')).toBe('connected');

      // Control: with the tab closed she is gone within the grace (so the wait above meant something).
      await staff.close();
      const closedAt = Date.now();
      await expect
        .poll(() => bubbleLabel(visitor.page), { timeout: REALTIME.presenceGraceMs * 4 })
        .toBe('Chat – gerade niemand erreichbar');
      expect(Date.now() - closedAt).toBeLessThan(REALTIME.presenceGraceMs * 4);
      expect(await axeViolations(visitor.page, 'lotse-chat'), 'bubble').toEqual([]);
      expect(staff.problems).toEqual([]);
      expect(visitor.problems).toEqual([]);
    } finally {
      await staff.close();
      await visitor.close();
    }
  }, 60_000);

  it('notifies of a chat message and a booking, with sound and a browser notification when switched on', async () => {
    const staff = await staffPage(browser);
    const { page, context } = staff;
    // Observes the browser's own APIs (not our code): every `new Notification(…)` and every Web Audio
    // source started (the chime is two notes), and `<audio>` playback should it ever be used.
    // Chromium's headless shell answers `Notification.permission` with 'denied' whatever was granted,
    // while `Notification.requestPermission()` and the Permissions API report the grant (puppeteer#3279):
    // here `Notification.permission` reports the Permissions API's state, so the grant below is what counts.
    await context.addInitScript(() => {
      const seen = { notifications: [] as { title: string; body?: string }[], notes: 0, played: 0 };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      let permission: NotificationPermission = 'default';
      void navigator.permissions.query({ name: 'notifications' }).then((status) => {
        const sync = () => (permission = status.state === 'prompt' ? 'default' : status.state);
        sync();
        status.addEventListener('change', sync);
      });
      window.Notification = new Proxy(window.Notification, {
        construct(target, args: [string, NotificationOptions?], newTarget) {
          seen.notifications.push({ title: args[0], body: args[1]?.body });
          return Reflect.construct(target, args, newTarget) as object;
        },
        get: (target, prop) => (prop === 'permission' ? permission : (Reflect.get(target, prop, target) as unknown)),
      });
      const start = AudioScheduledSourceNode.prototype.start;
      AudioScheduledSourceNode.prototype.start = function (...args: Parameters<typeof start>) {
        seen.notes++;
        return start.apply(this, args);
      };
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function () {
        seen.played++;
        return play.call(this);
      };
    });
    await context.grantPermissions(['notifications'], { origin: proxy.url });
    const seen = () =>
      page.evaluate(
        () =>
          (window as unknown as { __seen: { notifications: { title: string; body?: string }[]; notes: number } })
            .__seen,
      );
    try {
      await page.goto(`${proxy.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Guten Tag, Anna');
      await expect.poll(() => live(page).getAttribute('data-state')).toBe('connected');
      await page.waitForLoadState('networkidle');

      // Sound and browser notification on, by keyboard (the sound plays once as a sample).
      const centre = page.locator('lotse-notification-centre');
      const toggle = centre.getByRole('button', { name: /^Benachrichtigungen/ });
      await toggle.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await tabTo(page, (f) => f.label === 'Ton abspielen');
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.label === 'Browser-Benachrichtigung, wenn der Tab im Hintergrund ist');
      await page.keyboard.press('Space');
      expect(await centre.getByLabel('Ton abspielen').isChecked()).toBe(true);
      expect(await centre.getByLabel(/^Browser-Benachrichtigung/).isChecked()).toBe(true);
      await expect.poll(async () => (await seen()).notes).toBe(2);
      await expectAccessible(page, 'notification settings on');

      // A client books an appointment with Anna (the demo's phone counselling), the tab in front:
      // listed, with sound, without a browser notification.
      await bookWithAnna();
      const booked = centre.getByRole('link', { name: 'Ein neuer Termin wurde bei Ihnen gebucht' });
      await expect.poll(() => booked.count(), { timeout: 5_000 }).toBe(1);
      await expect.poll(async () => (await seen()).notes).toBe(4);
      expect((await seen()).notifications).toEqual([]);

      // The tab goes to the background; the demo client writes in her chat with Anna: listed, with
      // sound, and a browser notification that names who, not what.
      await hideTab(page);
      const text = `Ich habe heute ein Vorstellungsgespräch ${tag()}`;
      await chatFromSonnenblume(text);
      const chat = centre.getByRole('link', { name: 'Neue Chatnachricht von sonnenblume' });
      await expect.poll(() => chat.count(), { timeout: 5_000 }).toBe(1);
      await expect.poll(async () => (await seen()).notes).toBe(6);
      await expect
        .poll(async () => (await seen()).notifications)
        .toEqual([{ title: 'Lotse', body: 'Neue Chatnachricht von sonnenblume' }]);
      expect(JSON.stringify((await seen()).notifications)).not.toContain('Vorstellungsgespräch');
      expect(await toggle.innerText()).toMatch(/Benachrichtigungen\s+2/);
      await expectAccessible(page, 'notification centre with a booking and a chat message');
      await screenshot(page, 'dashboard-notifications-chat-booking');

      // The chat entry opens the conversation.
      await chat.press('Enter');
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/dashboard\/chat\/[0-9a-f-]+$/);
      expect(await toggle.innerText()).toMatch(/Benachrichtigungen\s+1/);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 60_000);
});
