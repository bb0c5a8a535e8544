/**
 * Group appointments in `<lotse-booking>` on the demo page, in a real Chromium with a real SMTP server:
 * - a visitor switches to "Gruppentermine" by keyboard, sees the offers with their seats left, and the
 *   number goes down while the page is open (a seat booked through the API); a group that fills up
 *   while the visitor fills in the form answers GroupFull, shown at the refreshed list;
 * - the visitor books a seat by keyboard alone; the confirmation mail links back to the page; the
 *   link's "my appointments" gives the seat up;
 * - a client with a password who forgot it asks for a link from "my appointments"' login, sets a new
 *   one through the mail's link, and gives up their seat in their list.
 * axe on every new state; German throughout, English once; screenshots in .lotse-test-data/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { GroupParticipant } from '../../api/src/modules/appointments/appointment.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { buildClient, loginAs, uniq } from '../support/builders.js';
import type { GraphQLClient } from '../support/gql.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
import { screenshot } from '../browser/dashboard.js';

const KEY = 'pk_demo_beratungsstelle';
const CONTEXT = { timezoneId: 'Europe/Berlin', locale: 'de-DE', viewport: { width: 1000, height: 1100 } } as const;
const NEW_PASSWORD = 'Leuchtturm-Kaffeetasse-77';

let server: TestServer;
let smtp: TestSmtp;
let browser: Browser;
let admin: GraphQLClient;
let anna: string;
const em = () => server.orm.em.fork() as EntityManager;

const CREATE_GROUP = `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) {
  __typename ... on Appointment { id } } }`;
const BOOK_SEAT = `mutation($input: BookGroupSeatInput!) { bookGroupSeat(input: $input) {
  __typename ... on Booking { id } ... on GroupFull { reason } } }`;

/** YYYY-MM-DD `days` from today (Europe/Berlin, the demo organisation's zone). */
const dayFromToday = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));

async function group(title: string, days: number, from: string, to: string, max: number): Promise<string> {
  const r = await admin.ok<{ createGroupAppointment: { __typename: string; id: string } }>(CREATE_GROUP, {
    input: {
      counsellorId: anna,
      title,
      remarks: 'Bitte ein paar Minuten vorher da sein.',
      date: dayFromToday(days),
      from,
      to,
      channel: 'VIDEO',
      maxParticipants: max,
      bookableByClients: true,
    },
  });
  expect(r.createGroupAppointment.__typename).toBe('Appointment');
  return r.createGroupAppointment.id;
}

/** A seat taken by someone else, through the API. */
const seatElsewhere = (appointmentId: string) =>
  server.client().ok<{ bookGroupSeat: { __typename: string } }>(BOOK_SEAT, {
    input: { organisationKey: KEY, appointmentId, pseudonym: uniq('andere'), consent: true },
  });

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  smtp = await startSmtp();
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true, smtpUrl: smtp.url }), launchChromium()]);
  const login = await server
    .client()
    .ok<{ login: { accessToken: string } }>(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { login: 'demo.admin', password: DEMO_PASSWORD },
    });
  admin = server.client(login.login.accessToken);
  // The demo page is the organisation's website here: confirmation mails may link back to it.
  await admin.ok(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
    input: { allowedOrigins: [server.url] },
  });
  const catalog = await server
    .client()
    .ok<{ bookableCounsellors: { id: string; displayName: string }[] }>(
      `query($key: String!) { bookableCounsellors(organisationKey: $key) { id displayName } }`,
      { key: KEY },
    );
  anna = catalog.bookableCounsellors.find((c) => c.displayName === 'Anna')!.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const widget = (page: Page): Locator => page.locator('lotse-booking');
const heading = (page: Page) => widget(page).locator('#heading');
const groups = (page: Page): Locator => page.locator('lotse-booking-groups');
const mine = (page: Page): Locator => page.locator('lotse-booking-appointments');
const offer = (page: Page, id: string) => groups(page).locator(`[part="group-offer"][data-id="${id}"]`);

/** What has the keyboard focus, looking into shadow roots: its text and id. */
function focused(page: Page): Promise<{ text: string; id: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const h = el as HTMLElement | null;
    return { text: h?.textContent?.trim().replace(/\s+/g, ' ') ?? '', id: h?.id ?? '' };
  });
}

/** Presses Tab until the focused element's text is `text`. */
async function tabTo(page: Page, text: string, max = 60): Promise<void> {
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

describe('group appointments in the booking widget', () => {
  it('shows the offers with live seats, answers GroupFull, books a seat by keyboard, and gives it up via the mail’s link', async () => {
    const parents = await group('Elterngruppe', 4, '17:00', '18:30', 3);
    const circle = await group('Gesprächskreis', 5, '17:00', '18:00', 1);
    const cards = await group('Skatrunde', 6, '17:00', '18:00', 1);
    expect((await seatElsewhere(cards)).bookGroupSeat.__typename).toBe('Booking');

    const visitor = await watchedPage(browser, CONTEXT);
    const { page } = visitor;
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(`${server.url}/`);
      await widget(page).locator('button.option').first().waitFor();
      // The switch sits before the heading; keyboard only from here.
      expect(await widget(page).getByRole('button', { name: 'Einzeltermin' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      await tabTo(page, 'Gruppentermine');
      await page.keyboard.press('Enter');
      await poll(() => heading(page).textContent()).toBe('Gruppentermine');
      await offer(page, parents).waitFor();
      expect(await widget(page).getByRole('button', { name: 'Gruppentermine' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
      const text = await offer(page, parents).innerText();
      expect(text).toContain('Elterngruppe');
      expect(text).toContain('Anna');
      expect(text).toContain('17:00');
      expect(text).toContain('Noch 3 Plätze frei');
      expect(await offer(page, cards).innerText()).toContain('Ausgebucht');
      expect(await offer(page, cards).getByRole('button').count()).toBe(0);
      // Live: the list listens before anything changes elsewhere.
      await poll(() => groups(page).locator('ul.offers').getAttribute('data-live')).toBe('connected');
      await expectAccessible(page, 'group offers');
      await screenshot(page, 'booking-groups-list');

      // Someone else takes a seat while the page is open: the number goes down without a reload, and
      // screen readers hear it in the polite live region (which said nothing on load).
      const seatsNews = groups(page).locator('[data-seats-news]');
      expect(await seatsNews.getAttribute('aria-live')).toBe('polite');
      expect(await seatsNews.textContent()).toBe('');
      await seatElsewhere(parents);
      await poll(() => offer(page, parents).locator('dd.seats').textContent()).toBe('Noch 2 Plätze frei');
      await poll(() => seatsNews.textContent()).toBe('Noch 2 Plätze frei: Elterngruppe');

      // The last seat of the Gesprächskreis goes elsewhere while the visitor fills in the form.
      await offer(page, circle).getByRole('button', { name: 'Platz buchen' }).focus();
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.text)).toBe('Ihre Angaben für den Gruppentermin');
      await expectAccessible(page, 'details form');
      await tabTo(page, '');
      await page.keyboard.type(uniq('wal'));
      expect((await seatElsewhere(circle)).bookGroupSeat.__typename).toBe('Booking');
      await groups(page).getByText('Inzwischen sind alle Plätze vergeben.').waitFor();
      await groups(page).locator('#consent').focus();
      await page.keyboard.press('Space');
      await tabTo(page, 'Platz verbindlich buchen');
      await page.keyboard.press('Enter');
      await groups(page)
        .getByText('Dieser Gruppentermin ist inzwischen ausgebucht. Bitte wählen Sie einen anderen.')
        .waitFor();
      await poll(() => focused(page).then((f) => f.id)).toBe(`offer-${circle}`);
      expect(await offer(page, circle).innerText()).toContain('Ausgebucht');
      await expectAccessible(page, 'group full');
      await screenshot(page, 'booking-groups-full');

      // A seat in the Elterngruppe, keyboard only.
      await offer(page, parents).locator('h4').focus();
      await tabTo(page, 'Platz buchen');
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.text)).toBe('Ihre Angaben für den Gruppentermin');
      const pseudonym = uniq('moewe');
      const email = `${pseudonym}@example.org`;
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('pseudonym');
      // The form kept what the visitor entered for the full group: replaced here.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(pseudonym);
      await page.keyboard.press('Tab');
      await page.keyboard.type(email);
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('consent');
      if (!(await groups(page).locator('#consent').isChecked())) await page.keyboard.press('Space');
      await tabTo(page, 'Platz verbindlich buchen');
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.text)).toBe('Ihr Platz ist gebucht');
      const done = await groups(page).locator('.grid').innerText();
      expect(done).toContain(`Vielen Dank, ${pseudonym}!`);
      expect(done).toContain('Elterngruppe');
      expect(done).toContain('Eine Bestätigung mit Kalenderdatei und Absagelink');
      await expectAccessible(page, 'seat booked');
      await screenshot(page, 'booking-groups-booked');

      // The confirmation mail links back to this page (the widget sent it as returnUrl).
      const mail = await smtp.waitFor(email);
      expect(mail.text).toContain('Elterngruppe');
      const link = /https?:\/\/\S+#lotse-appointment=\S+/.exec(mail.text ?? '')![0];
      expect(link.startsWith(`${server.url}/`)).toBe(true);

      // Back to the list: one seat left.
      await tabTo(page, 'Weitere Gruppentermine ansehen');
      await page.keyboard.press('Enter');
      await poll(() => offer(page, parents).locator('dd.seats').textContent()).toBe('Noch 1 Platz frei');
      await poll(() => groups(page).locator('ul.offers').getAttribute('data-live')).toBe('connected');

      // The link opens the seat in "my appointments", where it is given up.
      const tab = await visitor.context.newPage();
      tab.setDefaultTimeout(10_000);
      await tab.goto(link);
      await poll(() => heading(tab).textContent()).toBe('Meine Termine');
      const card = mine(tab).locator(`[part="appointment"][data-id="${parents}"]`);
      await card.waitFor();
      expect(await card.innerText()).toContain('Elterngruppe');
      expect(await card.innerText()).toContain('Gebucht');
      await expectAccessible(tab, 'seat in my appointments');
      await card.getByRole('button', { name: 'Termin absagen' }).focus();
      await tab.keyboard.press('Enter');
      await tabTo(tab, 'Ja, Termin absagen', 2);
      await tab.keyboard.press('Enter');
      await poll(() => focused(tab).then((f) => f.text)).toBe('Abgesagt');
      await expectAccessible(tab, 'seat given up');
      await tab.close();
      // Two seats are left again, live on the first page.
      await poll(() => offer(page, parents).locator('dd.seats').textContent()).toBe('Noch 2 Plätze frei');
      // The circle filled up elsewhere meanwhile was announced once; the seat given up is announced now.
      await poll(() => seatsNews.textContent()).toMatch(/^Noch 2 Plätze frei: Elterngruppe\s?$/);
      expect(await em().count(GroupParticipant, { appointment: parents })).toBe(1);

      // English is complete.
      await widget(page).evaluate((el) => el.setAttribute('lang', 'en'));
      await poll(() => heading(page).textContent()).toBe('Group appointments');
      await poll(() => offer(page, parents).locator('dd.seats').textContent()).toBe('2 seats left');
      expect(await offer(page, cards).innerText()).toContain('Fully booked');
      expect(await widget(page).getByRole('button', { name: 'One-to-one' }).count()).toBe(1);
      await expectAccessible(page, 'group offers in English');

      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 120_000);

  it('a client who forgot the password asks for a link in my appointments, sets a new one and gives up the seat', async () => {
    const org = await em().findOneOrFail(Organisation, { publicKey: KEY });
    const email = `${uniq('reiher')}@example.org`;
    const client = await buildClient(server, org, { email });
    const seminar = await group('Achtsamkeit', 7, '17:00', '18:00', 4);
    const api = await loginAs(server, client);
    const seat = await api.ok<{ bookGroupSeat: { __typename: string } }>(BOOK_SEAT, {
      input: { organisationKey: KEY, appointmentId: seminar, consent: true },
    });
    expect(seat.bookGroupSeat.__typename).toBe('Booking');

    const visitor = await watchedPage(browser, CONTEXT);
    let page = visitor.page;
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(`${server.url}/`);
      await widget(page).locator('button.option').first().waitFor();
      await tabTo(page, 'Meine Termine');
      await page.keyboard.press('Enter');
      await mine(page)
        .getByLabel(/Pseudonym oder E-Mail-Adresse/)
        .waitFor();
      await tabTo(page, 'Passwort vergessen?');
      await page.keyboard.press('Enter');
      const password = mine(page).locator('lotse-password');
      await poll(() => focused(page).then((f) => f.text)).toBe('Passwort vergessen');
      await expectAccessible(page, 'forgot password');
      await page.keyboard.press('Tab');
      await page.keyboard.type(client.loginName);
      await page.keyboard.press('Tab');
      await page.keyboard.type(email);
      await page.keyboard.press('Enter');
      await password.getByText('ist ein Link unterwegs').waitFor();
      await expectAccessible(page, 'link sent');
      // Back to the login, the focus on the way to the link again.
      await password.getByRole('button', { name: 'Zurück zur Anmeldung' }).press('Enter');
      await poll(() => focused(page).then((f) => f.id)).toBe('forgot');

      const reset = await smtp.waitFor(email, (m) => !!m.text?.includes('lotse-set-password'));
      const link = /https?:\/\/\S+#lotse-set-password\S+/.exec(reset.text ?? '')![0];
      expect(link).toMatch(/#lotse-set-password=[\w-]{43}&widget=lotse-booking$/);
      await page.close();
      page = await visitor.context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(link);
      await poll(() => heading(page).textContent()).toBe('Meine Termine');
      await mine(page).locator('lotse-password').getByText('Neues Passwort festlegen').waitFor();
      expect(new URL(page.url()).hash).toBe('');
      await expectAccessible(page, 'set password');
      await mine(page).getByLabel('Neues Passwort', { exact: true }).focus();
      await page.keyboard.type(NEW_PASSWORD);
      await page.keyboard.press('Tab');
      await page.keyboard.type(NEW_PASSWORD);
      await page.keyboard.press('Enter');

      // Logged in now: the list with the seat, which the client gives up.
      const card = mine(page).locator(`[part="appointment"][data-id="${seminar}"]`);
      await card.waitFor();
      expect(await card.innerText()).toContain('Achtsamkeit');
      await screenshot(page, 'booking-groups-mine-logged-in');
      await card.getByRole('button', { name: 'Termin absagen' }).focus();
      await page.keyboard.press('Enter');
      await tabTo(page, 'Ja, Termin absagen', 2);
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.text)).toBe('Abgesagt');
      await expectAccessible(page, 'seat given up, logged in');
      expect(await em().count(GroupParticipant, { appointment: seminar })).toBe(0);
      await server.client().ok(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
        input: { login: client.loginName, password: NEW_PASSWORD, organisationKey: KEY },
      });

      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 120_000);
});
