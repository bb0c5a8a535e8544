/**
 * The staff dashboard's calendar and booking-times editor, end to end in a real Chromium (Berlin, de-DE)
 * against the real server with the demo data: a counsellor adds a booking window in the editor (the live
 * preview counts its slots) and the new slot appears in `<lotse-booking>` on the demo page in another
 * browser context; in the calendar she sees her week with free slots, a colleague's and everyone's,
 * books an appointment with a client found in the client picker by keyboard (mails in English) and one
 * with a client who never wrote a mail request, creates a group appointment with participants found in
 * the picker, starts its video and copies the guest and seminar
 * links by keyboard (the clipboard holds the link, whose token admits to the room as Jitsi checks it),
 * finds it in the day, list and month views, cancels it, and enters and deletes an absence. Every state passes axe; the pages log no errors.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Browser, Locator, Page } from 'playwright';
import { jwtVerify } from 'jose';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import { Appointment } from '../../api/src/modules/appointments/appointment.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { watchedPage } from '../browser/page.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';

let server: TestServer;
let browser: Browser;

/** The platform's Jitsi, with tokens: its links carry a JWT that Jitsi checks with this secret. */
const JITSI = { domain: 'video.lotse.test', appId: 'lotse-test', appSecret: randomBytes(32).toString('hex') };

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true, jitsi: JITSI }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** `YYYY-MM-DD` in Berlin, `days` from now. */
const berlinDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));

/** The instant of a Berlin day and time, as the browser (in Berlin) computes it. */
const instant = (page: Page, day: string, clock: string) =>
  page.evaluate(([d, c]) => new Date(`${d}T${c}:00`).toISOString(), [day, clock] as const);

const em = () => server.orm.em.fork() as EntityManager;

/** Whether the element has the focus in its (shadow) root. */
const hasFocus = (locator: Locator) =>
  locator.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el);

/** The single appointment of a counsellor starting then, with its client. */
const appointmentAt = (counsellorId: string, start: string) =>
  em().findOneOrFail(
    Appointment,
    { counsellor: counsellorId, startsAt: new Date(start), client: { $ne: null } },
    { populate: ['client'] },
  );

async function adminApi() {
  const { login } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { login: 'demo.admin', password: DEMO_PASSWORD },
    });
  return server.client(login.accessToken);
}

/**
 * What Jitsi would check when a link is opened: the room in the path, and the token in `?jwt=` signed with
 * the app secret, for this app, this room and not expired. Returns the room and the token's user.
 */
async function jitsiAdmits(link: string) {
  const url = new URL(link);
  expect(url.origin).toBe(`https://${JITSI.domain}`);
  const room = url.pathname.slice(1);
  expect(room).toMatch(/^lotse-[0-9a-f]{32}$/);
  const { payload } = await jwtVerify(url.searchParams.get('jwt') ?? '', new TextEncoder().encode(JITSI.appSecret), {
    audience: 'jitsi',
    issuer: JITSI.appId,
    subject: JITSI.domain,
  });
  expect(payload.room).toBe(room);
  const context = payload.context as {
    user: { affiliation: string; moderator: boolean };
    features: Record<string, boolean>;
  };
  return { room, hash: url.hash, user: context.user, features: context.features };
}

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

describe('dashboard: booking times', () => {
  it('a new window in the editor is previewed, saved, and its slot is bookable in <lotse-booking>', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    const visitor = await watchedPage(browser);
    try {
      await page.goto(`${server.url}/dashboard/availability`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Buchungszeiten');
      const editor = page.locator('lotse-availability-editor');
      await editor.getByRole('group', { name: 'Montag' }).waitFor();
      await expectAccessible(page, 'booking times');
      const total = () => editor.locator('.preview .total').innerText();
      const before = Number((await total()).match(/\d+/)![0]);

      // Three days ahead, 18:00–19:00 Berlin, phone (30 min, no follow-up): two new slots.
      const day = berlinDay(3);
      const weekday = WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()]!;
      const group = editor.getByRole('group', { name: weekday });
      await group.getByRole('button', { name: 'Zeitfenster hinzufügen' }).click();
      // The new window's first field has the focus.
      expect(await editor.evaluate((el) => el.shadowRoot!.activeElement?.id)).toMatch(/^w\d+-from$/);
      await group.getByLabel('Von').last().fill('18:00');
      await group.getByLabel('Bis').last().fill('19:00');
      await group.getByLabel('Leistung').last().selectOption({ label: 'Telefon-30' });
      await expect.poll(total).toBe(`${before + 2} Termine pro Woche`);
      expect(await editor.locator('.preview dl').innerText()).toContain('18:00, 18:30');
      await expectAccessible(page, 'booking times with a new window');

      // A window ending before it starts is refused before anything is sent.
      await group.getByRole('button', { name: 'Zeitfenster hinzufügen' }).click();
      await group.getByLabel('Von').last().fill('20:00');
      await group.getByLabel('Bis').last().fill('19:00');
      await editor.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => editor.locator('.save .status').innerText()).toContain('Das Ende muss nach dem Beginn');
      await group.getByRole('button', { name: `Zeitfenster ${weekday} 20:00–19:00 entfernen` }).click();

      await editor.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => editor.locator('.save .status').innerText()).toContain('Gespeichert');
      const start = await instant(page, day, '18:00');
      await editor.locator(`.upcoming time[datetime="${start}"]`).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'dashboard-availability');
      await expectAccessible(page, 'booking times saved');

      // The visitor on the demo page finds the new slot.
      const v = visitor.page;
      await v.goto(`${server.url}/`);
      await v.locator('lotse-booking button.option', { hasText: 'Telefonberatung' }).click();
      await v.locator('lotse-booking button.option', { hasText: 'Anna' }).click();
      await v.locator('lotse-booking button.slot').first().waitFor();
      const slot = v.locator(`lotse-booking button.slot[data-start="${start}"]`);
      for (let i = 0; i < 2 && (await slot.count()) === 0; i++) {
        await v.locator('lotse-booking').getByRole('button', { name: 'Nächste Woche' }).click();
        await new Promise((r) => setTimeout(r, 300));
      }
      await slot.waitFor();
      // Shown in the visitor's own zone.
      const clock = await v.evaluate(
        (iso) => new Date(iso).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' }),
        start,
      );
      expect((await slot.innerText()).trim()).toBe(clock);

      // "Only for regular clients": saved with the rest; visitors get none of her slots any more.
      const freeForVisitors = async () => {
        const { freeSlots } = await server.client().ok<{ freeSlots: { starts: string[] }[] }>(
          `query($from: DateTimeISO!, $to: DateTimeISO!) {
            freeSlots(organisationKey: "pk_demo_beratungsstelle", from: $from, to: $to) { starts }
          }`,
          {
            from: new Date(Date.parse(start) - 60_000).toISOString(),
            to: new Date(Date.parse(start) + 60_000).toISOString(),
          },
        );
        return freeSlots.flatMap((g) => g.starts).map((s) => new Date(s).toISOString());
      };
      expect(await freeForVisitors()).toContain(start);
      const regular = editor.getByLabel(/Nur meine Stammklient:innen/);
      await regular.check();
      await expectAccessible(page, 'booking times: only regular clients');
      await editor.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => editor.locator('.save .status').innerText()).toContain('Gespeichert');
      expect(await regular.isChecked()).toBe(true);
      expect(await freeForVisitors()).not.toContain(start);
      // Stored: a fresh editor (away and back) reads it from the server.
      const nav = page.locator('lotse-dashboard nav');
      await nav.getByRole('link', { name: 'Kalender' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Kalender');
      await nav.getByRole('link', { name: 'Buchungszeiten' }).click();
      await expect.poll(() => editor.getByLabel(/Nur meine Stammklient:innen/).isChecked()).toBe(true);
      expect(staff.problems).toEqual([]);
      expect(visitor.problems).toEqual([]);
    } finally {
      await staff.close();
      await visitor.close();
    }
  }, 90_000);
});

describe('dashboard: booking times of a colleague', () => {
  it('an admin opens a counsellor’s booking times and channels; in English at tablet width', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/availability`);
      await logInThroughDashboard(page, 'demo.admin');
      const editor = page.locator('lotse-availability-editor');
      await editor.getByLabel('Buchungszeiten von').selectOption({ label: 'Jonas Keller' });
      // Jonas: on site on Tuesdays, with the address of the counselling centre.
      const tuesday = editor.getByRole('group', { name: 'Dienstag' });
      await expect.poll(() => tuesday.getByLabel('Leistung').count()).toBe(2);
      expect(await editor.getByLabel('Vor Ort').isChecked()).toBe(true);
      expect(await editor.getByLabel('Straße und Hausnummer').inputValue()).toBe('Hafenstraße 1');
      expect(await editor.getByLabel(/Nur Stammklient:innen von Jonas/).isChecked()).toBe(false);
      await expectAccessible(page, 'booking times of a colleague');

      await page.setViewportSize({ width: 768, height: 1000 });
      await page.locator('lotse-dashboard').getByRole('button', { name: 'English' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Booking times');
      await editor.getByRole('group', { name: 'Tuesday' }).waitFor();
      await expectAccessible(page, 'booking times in English at tablet width');
      await screenshot(page, 'dashboard-availability-tablet');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);
});

describe('dashboard: calendar', () => {
  it('shows weeks with free slots, creates and cancels a group appointment, enters an absence', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Kalender' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Kalender');
      const cal = page.locator('lotse-calendar-view');
      // Moves within the calendar as a person would (a page load could abort a request in flight).
      const show = async (view: 'Woche' | 'Tag', date: string) => {
        const link = cal.getByRole('link', { name: view, exact: true });
        await link.click();
        // The view shown (its link current) before the date is changed in it.
        await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
        await cal.getByLabel('Gehe zu Datum').fill(date);
        await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(date);
        await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(view === 'Tag' ? 'day' : 'week');
      };
      // Anna's week: free slots of her booking times (next week if this one is over).
      await cal.locator('.days.week .day').first().waitFor();
      expect(await cal.locator('.days.week .day').count()).toBe(7);
      if ((await cal.locator('button.slot').count()) === 0) {
        await cal.getByRole('button', { name: 'Nächste Woche' }).click();
      }
      await cal.locator('button.slot').first().waitFor();
      await expectAccessible(page, 'calendar week');
      await screenshot(page, 'dashboard-calendar-week');

      // Stepping by keyboard: the focus stays on the button, the period changes.
      const period = () => cal.locator('#period').innerText();
      const before = await period();
      await cal.getByRole('button', { name: 'Nächste Woche' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(period).not.toBe(before);
      const once = await period();
      await page.keyboard.press('Enter');
      await expect.poll(period).not.toBe(once);
      const twice = await period();
      // Back twice with "Vorherige Woche" (two steps left of "Nächste Woche").
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect.poll(period).toBe(once);
      await page.keyboard.press('Enter');
      await expect.poll(period).toBe(before);
      expect(twice).not.toBe(before);
      await cal.getByRole('button', { name: 'Heute' }).click();
      // This week on screen (today's column) and loaded; late in the week (on a Sunday none is left)
      // the free slots are in the next one.
      await cal.locator('section.day.today').waitFor();
      await expect.poll(() => cal.locator('p.status[data-live]').innerText()).not.toContain('Wird geladen');
      if ((await cal.locator('button.slot').count()) === 0) {
        await cal.getByRole('button', { name: 'Nächste Woche' }).click();
      }
      await cal.locator('button.slot').first().waitFor();

      // A colleague's calendar, and everyone's.
      await cal.getByLabel('Kalender von').selectOption({ label: 'Jonas Keller' });
      await expect.poll(() => new URL(page.url()).searchParams.get('of')).toMatch(/^[0-9a-f-]{36}$/);
      await expect.poll(() => cal.locator('lotse-calendar-absences h2').innerText()).toContain('Jonas');
      // Not hers to change: no absence form.
      expect(await cal.locator('lotse-calendar-absences form').count()).toBe(0);
      await cal.getByLabel('Kalender von').selectOption({ label: 'Alle Beratenden' });
      await expect.poll(() => new URL(page.url()).searchParams.get('of')).toBe('all');
      await expectAccessible(page, 'calendar of everyone');
      await cal.getByLabel('Kalender von').selectOption({ label: 'Mein Kalender' });

      // Live: an admin blocks one of Anna's free slots elsewhere; her open calendar shows it at once.
      await cal.locator('p.status[data-live="connected"]').waitFor();
      const blocked = cal.locator('button.slot').last();
      const blockedStart = (await blocked.getAttribute('data-start'))!;
      const admin = await adminApi();
      const { counsellors } = await admin.ok<{ counsellors: { edges: { node: { id: string; loginName: string } }[] } }>(
        `{ counsellors(page: { first: 50 }) { edges { node { id loginName } } } }`,
      );
      const annaId = counsellors.edges.find((e) => e.node.loginName === 'anna.berger')!.node.id;
      await admin.ok(`mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { __typename } }`, {
        input: {
          counsellorId: annaId,
          start: blockedStart,
          end: new Date(Date.parse(blockedStart) + 30 * 60_000).toISOString(),
          title: 'Teamsitzung',
        },
      });
      await cal.locator('button.entry', { hasText: 'Blocker: Teamsitzung' }).waitFor({ timeout: 5_000 });
      expect(await cal.locator(`button.slot[data-start="${blockedStart}"]`).count()).toBe(0);

      // A client created just now through the API, who never wrote a mail request.
      const { createClient: newcomer } = await admin.ok<{
        createClient: { id: string; pseudonym: string; clientNumber: string };
      }>(`mutation($input: CreateClientInput!) { createClient(input: $input) { id pseudonym clientNumber } }`, {
        input: { pseudonym: `kastanie-${randomBytes(3).toString('hex')}` },
      });

      // A free slot opens the dialog with its time and service: an appointment with a client.
      const dialog = cal.locator('lotse-calendar-create dialog');
      const focusedId = () =>
        page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return `${el?.id}|${el?.textContent?.trim() ?? ''}`;
        });
      const freeSlot = cal.locator('button.slot').first();
      const slotStart = (await freeSlot.getAttribute('data-start'))!;
      await freeSlot.click();
      await dialog.waitFor();
      // The focus is on the dialog's first field.
      expect(await focusedId()).toMatch(/^kind-SINGLE\|/);
      await expectAccessible(page, 'new appointment dialog');
      expect(await dialog.getByLabel('Beratungsleistung').inputValue()).not.toBe('');
      // The client picker: every active client of the organisation, not only those of mail requests.
      const picker = dialog.locator('lotse-client-picker[name="clientId"]');
      await picker.getByRole('group', { name: 'Ratsuchende:r' }).waitFor();
      await expect.poll(() => picker.getByRole('radio').count()).toBeGreaterThan(1);
      await picker.getByRole('radio', { name: `${newcomer.pseudonym} (${newcomer.clientNumber})` }).waitFor();
      // Saving without a client: nothing is sent, the picker says what is missing.
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => picker.locator('p.error').textContent()).toBe('Bitte wählen Sie eine:n Ratsuchende:n.');
      expect(await dialog.isVisible()).toBe(true);
      // A part of the pseudonym, typed in any case; Arrow down to the result, Space chooses it.
      const clientSearch = picker.getByLabel('Suchen nach Pseudonym oder Klientennummer');
      await clientSearch.focus();
      await page.keyboard.type('SONNEN');
      const sonnenblume = picker.getByRole('radio', { name: /^sonnenblume \(/ });
      await expect.poll(() => picker.getByRole('radio').count()).toBe(1);
      await sonnenblume.waitFor();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => hasFocus(sonnenblume)).toBe(true);
      await page.keyboard.press('Space');
      expect(await sonnenblume.isChecked()).toBe(true);
      expect(await picker.locator('[id$="-summary"]').textContent()).toMatch(/^Gewählt: sonnenblume \(.+\)\.$/);
      expect(await picker.locator('p.error').textContent()).toBe('');
      // The mails to the client in English (the demo organisation writes German and English).
      const mailLanguage = dialog.getByLabel('Sprache der E-Mails an die/den Ratsuchende:n');
      expect(await mailLanguage.locator('option').allTextContents()).toEqual([
        'Wie zuletzt gebucht (sonst Deutsch)',
        'Deutsch',
        'Englisch',
      ]);
      await mailLanguage.selectOption({ label: 'Englisch' });
      await expectAccessible(page, 'new appointment dialog with a client found');
      await screenshot(page, 'dashboard-calendar-client-picker');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await expect.poll(() => cal.locator(`button.slot[data-start="${slotStart}"]`).count()).toBe(0);
      await cal.locator('button.entry', { hasText: 'sonnenblume' }).first().waitFor();
      const booked = await appointmentAt(annaId, slotStart);
      expect(booked.client?.pseudonym).toBe('sonnenblume');
      expect(booked.lang).toBe('en');

      // The client created before, who never wrote a mail request: found by client number and booked.
      const newDay = berlinDay(4);
      await cal.getByRole('button', { name: 'Neuer Eintrag' }).click();
      await dialog.waitFor();
      await dialog.getByLabel('Datum').fill(newDay);
      await dialog.getByLabel('Von', { exact: true }).fill('06:00');
      await dialog.getByLabel('Bis', { exact: true }).fill('06:45');
      const newSearch = picker.getByLabel('Suchen nach Pseudonym oder Klientennummer');
      expect(await newSearch.inputValue()).toBe('');
      expect(await picker.locator('[id$="-summary"]').textContent()).toBe('Noch niemand gewählt.');
      // A blocked client is not offered; set as the picker's value (as a current client would be), it is
      // shown struck through with its status and cannot be saved.
      const { createClient: blockedClient } = await admin.ok<{
        createClient: { id: string; pseudonym: string; clientNumber: string };
      }>(`mutation($input: CreateClientInput!) { createClient(input: $input) { id pseudonym clientNumber } }`, {
        input: { pseudonym: `ahorn-${randomBytes(3).toString('hex')}` },
      });
      await admin.ok(`mutation($input: ClientIdInput!) { blockClient(input: $input) { id } }`, {
        input: { clientId: blockedClient.id },
      });
      await newSearch.fill(blockedClient.pseudonym);
      await picker.getByText('Niemand gefunden.').waitFor();
      expect(await picker.getByRole('radio').count()).toBe(0);
      await picker.evaluate((el, id) => ((el as unknown as { value: string }).value = id), blockedClient.id);
      const blockedOption = picker.getByRole('radio', {
        name: `${blockedClient.pseudonym} (${blockedClient.clientNumber}) – gesperrt`,
      });
      await blockedOption.waitFor();
      expect(await blockedOption.isChecked()).toBe(true);
      expect(await picker.locator('.inactive s').textContent()).toBe(blockedClient.pseudonym);
      expect(await picker.locator('[id$="-summary"]').textContent()).toBe(
        `Gewählt: ${blockedClient.pseudonym} (${blockedClient.clientNumber}), gesperrt.`,
      );
      await expectAccessible(page, 'client picker with a blocked client set');
      await screenshot(page, 'dashboard-calendar-client-picker-blocked');
      // Not bookable: the form is invalid, nothing is sent.
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect
        .poll(() => picker.locator('p.error').textContent())
        .toBe(`${blockedClient.pseudonym} ist nicht aktiv und kann nicht gewählt werden.`);
      expect(await dialog.isVisible()).toBe(true);
      await newSearch.fill('');
      await newSearch.focus();
      await page.keyboard.type(newcomer.clientNumber);
      const newcomerOption = picker.getByRole('radio', { name: `${newcomer.pseudonym} (${newcomer.clientNumber})` });
      await newcomerOption.waitFor();
      // Enter searches at once and does not submit the form.
      await page.keyboard.press('Enter');
      expect(await dialog.isVisible()).toBe(true);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => hasFocus(newcomerOption)).toBe(true);
      await page.keyboard.press('Space');
      expect(await newcomerOption.isChecked()).toBe(true);
      // One choice: the blocked one is no longer chosen, nor listed.
      expect(await blockedOption.count()).toBe(0);
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      const newcomerStart = await instant(page, newDay, '06:00');
      const bookedNewcomer = await appointmentAt(annaId, newcomerStart);
      expect(bookedNewcomer.client?.id).toBe(newcomer.id);
      // No language chosen: left to the API (the client's latest booking, else the organisation's default).
      expect(bookedNewcomer.lang ?? null).toBeNull();

      // Escape closes the dialog and gives the focus back to the button that opened it.
      await cal.getByRole('button', { name: 'Neuer Eintrag' }).click();
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await focusedId()).toMatch(/\|Neuer Eintrag$/);

      // A blocker two days ahead.
      const day = berlinDay(2);
      await cal.getByRole('button', { name: 'Neuer Eintrag' }).click();
      await dialog.getByLabel('Blocker (Zeit sperren)').check();
      await dialog.getByLabel('Datum').fill(day);
      await dialog.getByLabel('Von', { exact: true }).fill('07:00');
      await dialog.getByLabel('Bis', { exact: true }).fill('08:00');
      await dialog.getByLabel('Grund (optional)').fill('Supervision');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);

      // A group appointment two days ahead, 19:00–20:30, bookable, with a participant.
      await cal.getByRole('button', { name: 'Neuer Eintrag' }).click();
      await dialog.waitFor();
      await dialog.getByLabel('Gruppentermin').check();
      await dialog.getByLabel('Datum').fill(day);
      await dialog.getByLabel('Von', { exact: true }).fill('19:00');
      await dialog.getByLabel('Bis', { exact: true }).fill('20:30');
      await dialog.getByLabel('Titel (für Teilnehmende sichtbar)').fill('Gesprächsgruppe Schlaf');
      // The demo organisation writes in German and English: the English title for English visitors.
      await dialog.getByLabel('Titel auf Englisch (leer: wie oben)').fill('Sleep group');
      await dialog.getByLabel('Hinweise (für Teilnehmende sichtbar)').fill('Bitte pünktlich sein.');
      await dialog.getByLabel('Kanal').selectOption({ label: 'Video' });
      await dialog.getByLabel('Höchstzahl Teilnehmende').fill('6');
      await dialog.getByLabel('Von Ratsuchenden buchbar').check();
      // A participant from the picker (several can be chosen): the newcomer, found by pseudonym.
      const participants = dialog.locator('lotse-client-picker[name="participant"]');
      await participants.getByRole('group', { name: 'Teilnehmende' }).waitFor();
      await participants.getByLabel('Suchen nach Pseudonym oder Klientennummer').fill(newcomer.pseudonym.slice(0, 12));
      await participants.getByRole('checkbox', { name: `${newcomer.pseudonym} (${newcomer.clientNumber})` }).check();
      expect(await participants.locator('[id$="-summary"]').textContent()).toBe('1 Person gewählt.');
      await expectAccessible(page, 'new group appointment dialog');
      await screenshot(page, 'dashboard-calendar-new');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      // English visitors are offered it under its English title.
      const { groupOffers } = await server
        .client()
        .ok<{ groupOffers: { title: string }[] }>(
          `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!) { groupOffers(organisationKey: $key, from: $from, to: $to, lang: "en") { title } }`,
          {
            key: DEMO_PUBLIC_KEY,
            from: new Date().toISOString(),
            to: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          },
        );
      expect(groupOffers.map((o) => o.title)).toContain('Sleep group');

      // The day view shows it; its details list the participant.
      await show('Tag', day);
      const entry = cal.locator('button.entry', { hasText: 'Gesprächsgruppe Schlaf' });
      await entry.waitFor();
      expect(await entry.innerText()).toContain('19:00–20:30');
      expect(await entry.innerText()).toContain('1 von 6 Plätzen');
      expect(await cal.locator('button.entry.kind-blocker').innerText()).toContain('Blocker: Supervision');
      await expectAccessible(page, 'calendar day');
      await entry.click();
      const details = cal.locator('lotse-calendar-details dialog');
      await details.waitFor();
      expect(await details.locator('dl').innerText()).toContain('Von Ratsuchenden buchbar');
      expect(await details.locator('ul.participants li').count()).toBe(1);
      await expectAccessible(page, 'group appointment details');
      // Another participant from the picker in the details; the one taking part already is not offered.
      const addPicker = details.locator('lotse-client-picker');
      await addPicker.getByLabel('Suchen nach Pseudonym oder Klientennummer').fill(newcomer.pseudonym);
      await addPicker.getByText('Niemand weiteres gefunden.').waitFor();
      expect(await addPicker.getByRole('checkbox').count()).toBe(0);
      await addPicker.getByLabel('Suchen nach Pseudonym oder Klientennummer').fill('sonnen');
      await addPicker.getByRole('checkbox', { name: /^sonnenblume \(/ }).check();
      await expectAccessible(page, 'group appointment details: a participant chosen');
      await addPicker.scrollIntoViewIfNeeded();
      await screenshot(page, 'dashboard-calendar-add-participant');
      await details.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
      await expect.poll(() => details.locator('ul.participants li').count()).toBe(2);
      expect(await details.locator('ul.participants').innerText()).toContain('sonnenblume');
      await expect.poll(() => entry.innerText()).toContain('2 von 6 Plätzen');
      // The English title, changed by keyboard in the details: English visitors of the widget see the new one.
      await details.getByText('Gruppentermin bearbeiten').click();
      const englishTitle = details.getByLabel('Titel auf Englisch (leer: wie oben)');
      expect(await englishTitle.inputValue()).toBe('Sleep group');
      expect(await englishTitle.getAttribute('lang')).toBe('en');
      await englishTitle.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Sleep circle');
      await page.keyboard.press('Enter');
      await details.getByText('Die Änderungen wurden gespeichert.').waitFor();
      expect(await details.getByLabel('Titel (für Teilnehmende sichtbar)').inputValue()).toBe('Gesprächsgruppe Schlaf');
      await expectAccessible(page, 'group title edited in English');
      await screenshot(page, 'dashboard-calendar-group-title-english');
      const visitor = await watchedPage(browser);
      try {
        await visitor.page.goto(`${server.url}/`);
        const booking = visitor.page.locator('lotse-booking');
        await booking.locator('button.option').first().waitFor();
        await booking.evaluate((el) => el.setAttribute('lang', 'en'));
        await booking.getByRole('button', { name: 'Group appointments' }).click();
        await visitor.page.locator('lotse-booking-groups h4', { hasText: 'Sleep circle' }).waitFor();
        expect(visitor.problems).toEqual([]);
      } finally {
        await visitor.close();
      }
      // Fewer seats, and internal (the form is still open).
      await details.getByLabel('Höchstzahl Teilnehmende').fill('4');
      await details.getByLabel('Von Ratsuchenden buchbar').uncheck();
      await details.getByRole('button', { name: 'Änderungen speichern' }).click();
      await expect.poll(() => details.getByRole('status').innerText()).toBe('Die Änderungen wurden gespeichert.');
      expect(await details.locator('dl').innerText()).toContain('Intern (nicht buchbar)');
      await expect.poll(() => entry.innerText()).toContain('2 von 4 Plätzen');
      await expectAccessible(page, 'group appointment edited');
      // Video: the room for her, guest and seminar links to copy.
      await details.getByRole('button', { name: 'Video starten' }).click();
      await details.getByRole('link', { name: /Videoraum öffnen/ }).waitFor();
      const guestLink = await details.getByLabel(/^Gast-Link/).inputValue();
      const seminarLink = await details.getByLabel(/^Seminar-Link/).inputValue();
      await expectAccessible(page, 'group appointment with video links');
      // Each link copied with its button, by keyboard: the clipboard holds exactly the link.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await details.getByRole('button', { name: 'Gast-Link kopieren' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => details.getByRole('status').innerText()).toBe('Kopiert.');
      await expect.poll(clipboard).toBe(guestLink);
      await expectAccessible(page, 'guest link copied');
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await details.getByRole('button', { name: 'Seminar-Link kopieren' }).focus();
      await page.keyboard.press('Space');
      await expect.poll(clipboard).toBe(seminarLink);
      expect(await details.getByRole('status').innerText()).toBe('Kopiert.');
      await expectAccessible(page, 'seminar link copied');
      // The links let Jitsi admit their holder to the appointment's room: the guest as a member without
      // moderation, the seminar participant without screen sharing, camera and microphone off at the start.
      const moderator = await jitsiAdmits(
        (await details.getByRole('link', { name: /Videoraum öffnen/ }).getAttribute('href'))!,
      );
      expect(moderator.user).toMatchObject({ affiliation: 'owner', moderator: true });
      const guest = await jitsiAdmits(guestLink);
      expect(guest.room).toBe(moderator.room);
      expect(guest.user).toMatchObject({ affiliation: 'member', moderator: false });
      expect(guest.features['screen-sharing']).toBe(true);
      const seminar = await jitsiAdmits(seminarLink);
      expect(seminar.room).toBe(moderator.room);
      expect(seminar.user).toMatchObject({ affiliation: 'member', moderator: false });
      expect(seminar.features['screen-sharing']).toBe(false);
      expect(seminar.hash).toBe('#config.startWithAudioMuted=true&config.startWithVideoMuted=true');
      await screenshot(page, 'dashboard-calendar-details');
      await details.getByRole('button', { name: 'Schließen' }).click();
      // The focus is back on the entry.
      expect(await cal.evaluate((el) => el.shadowRoot!.activeElement?.textContent)).toContain('Gesprächsgruppe');

      // List and month views.
      await cal.getByRole('link', { name: 'Liste' }).click();
      await cal
        .locator('table.list')
        .getByRole('button', { name: /Gesprächsgruppe Schlaf/ })
        .waitFor();
      await expectAccessible(page, 'calendar list');
      await cal.getByRole('link', { name: 'Monat' }).click();
      await cal.locator('table.month').waitFor();
      await expectAccessible(page, 'calendar month');
      await screenshot(page, 'dashboard-calendar-month');

      // Cancelled, it is gone.
      await show('Tag', day);
      await entry.click();
      await details.getByRole('button', { name: 'Eintrag absagen' }).click();
      await details.getByRole('button', { name: 'Ja, absagen' }).click();
      await expect.poll(() => entry.count()).toBe(0);

      // An absence as a date range, marked on its days, and deleted again.
      const first = berlinDay(10);
      const last = berlinDay(12);
      const absences = cal.locator('lotse-calendar-absences');
      await absences.getByLabel('Erster Tag').fill(first);
      await absences.getByLabel('Letzter Tag').fill(last);
      await absences.getByLabel('Notiz (optional)').fill('Fortbildung');
      await absences.getByRole('button', { name: 'Abwesenheit eintragen' }).click();
      await expect.poll(() => absences.getByRole('status').innerText()).toBe('Die Abwesenheit wurde eingetragen.');
      await absences.locator('tbody tr', { hasText: 'Fortbildung' }).waitFor();
      await expectAccessible(page, 'absence entered');
      await show('Woche', berlinDay(11));
      await cal.locator('.day .absence').first().waitFor();
      expect(await cal.locator('.day .absence').count()).toBe(3);
      await screenshot(page, 'dashboard-calendar-absence');
      await absences.getByRole('button', { name: /^Abwesenheit .* löschen$/ }).click();
      await expect.poll(() => absences.locator('tbody tr').count()).toBe(0);
      await expect.poll(() => cal.locator('.day .absence').count()).toBe(0);

      // Tablet width.
      await page.setViewportSize({ width: 768, height: 1000 });
      await expectAccessible(page, 'calendar at tablet width');
      await screenshot(page, 'dashboard-calendar-tablet');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);
});
