/**
 * "My appointments" in `<lotse-booking>` on the demo page, in a real Chromium with a real SMTP server:
 * - a visitor books a video appointment under a pseudonym only (no password), the confirmation mail
 *   arrives, its link opens the appointment in the widget; the room button stays inactive until shortly
 *   before the start (the browser's clock is moved on), then leads into the room with a member token the
 *   test verifies with the video secret; the calendar file downloads;
 * - a client with a password logs in through the view (keyboard only) and cancels another appointment.
 * axe on every new state; screenshots in .lotse-test-data/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Browser, Locator, Page } from 'playwright';
import { jwtVerify } from 'jose';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { Appointment } from '../../api/src/modules/appointments/appointment.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { buildClient, loginAs, uniq, TEST_PASSWORD } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
import { screenshot } from '../browser/dashboard.js';

const KEY = 'pk_demo_beratungsstelle';
const JITSI = { domain: 'video.lotse.test', appId: 'lotse', appSecret: 'jitsi-secret-for-e2e-0123456789' };
const CONTEXT = { timezoneId: 'Europe/Berlin', locale: 'de-DE', viewport: { width: 1000, height: 900 } } as const;

let server: TestServer;
let smtp: TestSmtp;
let browser: Browser;
const em = () => server.orm.em.fork() as EntityManager;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  smtp = await startSmtp();
  [server, browser] = await Promise.all([
    startTestServer({ seedDemo: true, smtpUrl: smtp.url, jitsi: JITSI }),
    launchChromium(),
  ]);
  // The demo page is the organisation's website here: confirmation mails may link back to it.
  const admin = await server
    .client()
    .ok<{ login: { accessToken: string } }>(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { login: 'demo.admin', password: DEMO_PASSWORD },
    });
  await server
    .client(admin.login.accessToken)
    .ok(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
      input: { allowedOrigins: [server.url] },
    });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const widget = (page: Page): Locator => page.locator('lotse-booking');
const heading = (page: Page) => widget(page).locator('#heading');
const mine = (page: Page): Locator => page.locator('lotse-booking-appointments');

/** What has the keyboard focus, looking into shadow roots: its text and attributes. */
function focused(page: Page): Promise<{ tag: string; text: string; part: string; id: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const h = el as HTMLElement | null;
    return {
      tag: h?.tagName.toLowerCase() ?? '',
      text: h?.textContent?.trim().replace(/\s+/g, ' ') ?? '',
      part: h?.getAttribute('part') ?? '',
      id: h?.id ?? '',
    };
  });
}

/** Presses Tab until the focused element's text is `text`. */
async function tabTo(page: Page, text: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === text) return;
  }
  throw new Error(`Tab never reached “${text}”`);
}

/** Waits for a value (the machine may be busy: up to 10 s rather than expect.poll's second). */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page, 'lotse-booking'), what).toEqual([]);
}

describe('my appointments in the booking widget', () => {
  it('a pseudonym-only visitor follows the mail’s link, enters the video room when it opens, and gets the calendar file', async () => {
    const visitor = await watchedPage(browser, { ...CONTEXT, acceptDownloads: true });
    const { page, context } = visitor;
    page.setDefaultTimeout(10_000);
    // The video service is not reachable from tests: the room answers with a stand-in page.
    const rooms: string[] = [];
    await context.route(`https://${JITSI.domain}/**`, (route) => {
      rooms.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Videoraum</title><h1>Raum</h1>' });
    });
    try {
      // Book a video appointment under a pseudonym, with an email for the confirmation.
      await page.goto(`${server.url}/`);
      await widget(page)
        .getByRole('button', { name: /Erstgespräch \(Video\)/ })
        .click();
      await widget(page).getByRole('button', { name: /Anna/ }).click();
      await widget(page).locator('button.slot').first().click();
      await poll(() => heading(page).textContent()).toBe('Ihre Angaben');
      const pseudonym = uniq('wolke');
      const email = `${pseudonym}@example.org`;
      await widget(page).locator('#pseudonym').fill(pseudonym);
      await widget(page).getByLabel('E-Mail-Adresse (freiwillig)').fill(email);
      await widget(page).locator('#consent').check();
      await widget(page).getByRole('button', { name: 'Termin verbindlich buchen' }).click();
      await poll(() => heading(page).textContent()).toBe('Ihr Termin ist gebucht');
      // The confirmation page leads to the video room too.
      await widget(page).getByRole('button', { name: 'Zum Videoraum (Meine Termine)' }).waitFor();
      expect(await widget(page).locator('.booking').innerText()).toContain(
        'Den Videoraum betreten Sie kurz vor Beginn',
      );
      await expectAccessible(page, 'confirmation');

      // The mail carries the link back to this page, with the booking's secret in the fragment.
      const mail = await smtp.waitFor(email);
      expect(mail.text).toContain('Hier betreten Sie den Videoraum (er öffnet 10 Minuten vor Beginn)');
      const link = /https?:\/\/\S+#lotse-appointment=\S+/.exec(mail.text ?? '')![0];
      expect(link.startsWith(`${server.url}/`)).toBe(true);

      // The appointment is about to start (five minutes from now); the visitor's clock still says
      // ten minutes earlier, when the room is not open yet.
      const booked = await em().findOneOrFail(Appointment, { contactEmail: email });
      const startsAt = new Date(Date.now() + 5 * 60_000);
      const endsAt = new Date(startsAt.getTime() + 50 * 60_000);
      await em().nativeUpdate(Appointment, { id: booked.id }, { startsAt, endsAt, blockedUntil: endsAt });
      await page.goto('about:blank');
      await page.clock.install({ time: Date.now() - 10 * 60_000 });
      await page.goto(link);
      await poll(() => heading(page).textContent()).toBe('Meine Termine');
      // The secret left the address bar at once.
      expect(page.url()).toBe(`${server.url}/`);
      const card = mine(page).locator(`[part="appointment"][data-id="${booked.id}"]`);
      await card.waitFor();
      expect(await card.innerText()).toContain('Erstgespräch (Video)');
      expect(await card.innerText()).toContain('Anna');
      const clock = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
      expect(await card.innerText()).toContain(clock.format(startsAt));
      const closed = card.locator('button[part="join"]');
      expect(await closed.getAttribute('aria-disabled')).toBe('true');
      const opensAt = new Date(startsAt.getTime() - 10 * 60_000);
      expect(await card.innerText()).toContain(`Der Videoraum öffnet heute um ${clock.format(opensAt)} Uhr`);
      await expectAccessible(page, 'my appointments, room not open yet');
      await screenshot(page, 'booking-my-appointments-waiting');

      // Keyboard: the inactive button is reachable and says why it does nothing yet.
      await widget(page).locator('#heading').focus();
      await tabTo(page, 'Videoraum betreten');
      await page.keyboard.press('Enter');
      expect(rooms).toEqual([]);

      // Time passes: the room opens, the button becomes a link into it.
      await page.clock.fastForward('10:00');
      const open = card.locator('a[part="join"]');
      await open.waitFor();
      expect(await card.innerText()).toContain('Der Videoraum ist geöffnet');
      await expectAccessible(page, 'my appointments, room open');
      await screenshot(page, 'booking-my-appointments-room-open');
      await open.focus();
      const [room] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
      await room.waitForLoadState();
      const url = new URL(room.url());
      expect(url.origin).toBe(`https://${JITSI.domain}`);
      // A member token for this room, in the visitor's pseudonym, signed with the video secret.
      const { payload } = await jwtVerify(url.searchParams.get('jwt')!, new TextEncoder().encode(JITSI.appSecret), {
        audience: 'jitsi',
        issuer: JITSI.appId,
      });
      expect(payload).toMatchObject({
        sub: JITSI.domain,
        room: url.pathname.slice(1),
        context: { user: { name: pseudonym, affiliation: 'member', moderator: false } },
      });
      expect(rooms).toHaveLength(1);
      await room.close();

      // The calendar file.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('link', { name: 'Zum Kalender hinzufügen (.ics)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('termin.ics');
      const ics = readFileSync((await download.path())!, 'utf8');
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain(`UID:${booked.id}@lotse`);

      // English is complete.
      await widget(page).evaluate((el) => el.setAttribute('lang', 'en'));
      await poll(() => heading(page).textContent()).toBe('My appointments');
      await poll(() => card.locator('a[part="join"]').textContent()).toBe('Enter the video room');
      expect(await mine(page).locator('section').first().innerText()).toContain('Upcoming appointments');
      await expectAccessible(page, 'my appointments in English');

      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 90_000);

  it('a client logs in through the view by keyboard alone and cancels another appointment', async () => {
    const org = await em().findOneOrFail(Organisation, { publicKey: KEY });
    const client = await buildClient(server, org);
    // An appointment booked earlier (through the API, as the client).
    const api = await loginAs(server, client);
    const catalog = await api.ok<{
      bookableServices: { id: string; name: string }[];
      bookableCounsellors: { id: string; displayName: string }[];
    }>(
      `query($key: String!) { bookableServices(organisationKey: $key) { id name } bookableCounsellors(organisationKey: $key) { id displayName } }`,
      {
        key: KEY,
      },
    );
    const serviceId = catalog.bookableServices.find((s) => s.name === 'Telefonberatung')!.id;
    const anna = catalog.bookableCounsellors.find((c) => c.displayName === 'Anna')!.id;
    const from = new Date();
    const slots = await api.ok<{ freeSlots: { starts: string[] }[] }>(
      `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $s: ID, $c: ID) {
        freeSlots(organisationKey: $key, from: $from, to: $to, serviceId: $s, counsellorId: $c) { starts } }`,
      {
        key: KEY,
        from: from.toISOString(),
        to: new Date(from.getTime() + 28 * 86_400_000).toISOString(),
        s: serviceId,
        c: anna,
      },
    );
    const start = slots.freeSlots.flatMap((g) => g.starts).at(-1)!;
    const hold = await api.ok<{ reserveSlot: { id: string; holdToken: string } }>(
      `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { ... on Reservation { id holdToken } } }`,
      { input: { organisationKey: KEY, serviceId, counsellorId: anna, start } },
    );
    await api.ok(`mutation($input: ConfirmBookingInput!) { confirmBooking(input: $input) { __typename } }`, {
      input: { reservationId: hold.reserveSlot.id, holdToken: hold.reserveSlot.holdToken, consent: true },
    });

    const visitor = await watchedPage(browser, CONTEXT);
    const { page } = visitor;
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(`${server.url}/`);
      await widget(page).locator('button.option').first().waitFor();
      await tabTo(page, 'Meine Termine');
      await page.keyboard.press('Enter');
      await poll(() => heading(page).textContent()).toBe('Meine Termine');
      await mine(page)
        .getByLabel(/Pseudonym oder E-Mail-Adresse/)
        .waitFor();
      await expectAccessible(page, 'login');
      await tabTo(page, 'Anmelden');
      // An empty form names what is missing, at the field.
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.id)).toBe('login');
      await expectAccessible(page, 'login with problems');
      await page.keyboard.type(client.loginName);
      await page.keyboard.press('Tab');
      await page.keyboard.type(TEST_PASSWORD);
      await page.keyboard.press('Enter');

      const card = mine(page).locator(`[part="appointment"][data-id="${hold.reserveSlot.id}"]`);
      await card.waitFor();
      expect(await card.innerText()).toContain('Telefonberatung');
      expect(await card.innerText()).toContain('Gebucht');
      await expectAccessible(page, 'list, logged in');
      await screenshot(page, 'booking-my-appointments-list');

      // "Mein Zugang": the account settings of the other widgets (password, notification email), and back.
      await tabTo(page, 'Mein Zugang');
      await page.keyboard.press('Enter');
      const account = mine(page).locator('lotse-account');
      await account.getByText('E-Mail-Adresse für Benachrichtigungen').waitFor();
      expect(await account.getByRole('button', { name: 'Passwort ändern' }).count()).toBe(1);
      await expectAccessible(page, 'account settings');
      // A notification address, confirmed through the link mailed to it: it comes back to this page.
      const address = `${uniq('termine')}@example.org`;
      await account.getByLabel('Neue E-Mail-Adresse').fill(address);
      await account.getByLabel('Ihr Passwort').fill(TEST_PASSWORD);
      await account.getByRole('button', { name: 'Bestätigungslink schicken' }).press('Enter');
      await account.getByText(`Noch nicht bestätigt: ${address}.`, { exact: false }).waitFor();
      const link = /https?:\/\/\S+/.exec((await smtp.waitFor(address)).text ?? '')![0];
      expect(link).toMatch(/#lotse-confirm-email=[\w-]{43}&widget=lotse-booking$/);
      const tab = await visitor.context.newPage();
      tab.setDefaultTimeout(10_000);
      await tab.goto(link);
      await mine(tab).locator('lotse-account').getByText(`Benachrichtigungen gehen an: ${address}`).waitFor();
      expect(tab.url()).not.toContain('lotse-confirm-email');
      await expectAccessible(tab, 'address confirmed in the booking widget');
      await tab.close();
      await account.getByLabel('Neue E-Mail-Adresse').focus();
      await tabTo(page, 'Zurück');
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.text)).toBe('Mein Zugang');
      await card.waitFor();

      await tabTo(page, 'Termin absagen');
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.text)).toBe('Möchten Sie diesen Termin wirklich absagen?');
      await expectAccessible(page, 'cancel question');
      await tabTo(page, 'Ja, Termin absagen', 2);
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.text)).toBe('Abgesagt');
      expect(await card.getByRole('button', { name: 'Termin absagen' }).count()).toBe(0);
      await expectAccessible(page, 'cancelled');
      await screenshot(page, 'booking-my-appointments-cancelled');
      expect((await em().findOneOrFail(Appointment, hold.reserveSlot.id)).status).toBe('CANCELLED');

      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 90_000);
});
