/**
 * The Terminangebote section of Einrichtung, end to end in a real Chromium (Berlin, de-DE) against the
 * real server with the demo data (content languages German and English): an admin creates an
 * appointment service by keyboard only, with an English public name, and sees it in the list; the
 * booking widget shows the English name to an English visitor and the German one to a German visitor;
 * a duration of 2 minutes is refused at its field, 60 is saved; the service is archived after the
 * confirmation (gone from the widget) and restored (back in it); the organisation's booking settings
 * are saved (a bad value refused at its field). A counsellor does not get the section. Every state
 * passes axe; the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { watchedPage } from '../browser/page.js';
import {
  expectAccessible,
  logInThroughDashboard,
  SCREENSHOT_DIR,
  screenHeading,
  screenshot,
  staffPage,
} from '../browser/dashboard.js';

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

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

async function asAdmin() {
  const { login } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(LOGIN, { input: { login: 'demo.admin', password: DEMO_PASSWORD } });
  return server.client(login.accessToken);
}

/** The element that has focus, inside the shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { id: el.id, text: el.textContent?.trim() ?? '' } : null;
  });

/** Replaces the demo page's booking widget by a fresh one in language `lang`, and returns its service names. */
async function serviceNamesIn(page: Page, lang: string): Promise<string[]> {
  await page.evaluate(
    ([lang, key]) => {
      const old = document.querySelector('lotse-booking')!;
      const fresh = document.createElement('lotse-booking');
      fresh.setAttribute('org', key);
      fresh.setAttribute('lang', lang);
      old.replaceWith(fresh);
    },
    [lang, DEMO_PUBLIC_KEY] as const,
  );
  const booking = page.locator('lotse-booking');
  await booking.locator('button.option').first().waitFor();
  return booking.locator('button.option .name').allTextContents();
}

const GERMAN = 'Schuldenberatung am Telefon';
const ENGLISH = 'Debt counselling by phone';

describe('dashboard: appointment services (admin)', () => {
  it('creates a service by keyboard in two languages, edits, archives and restores it; booking settings', async () => {
    const { page, problems } = await staffPage(browser);
    const visitor = await watchedPage(browser, { locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await page.locator('lotse-dashboard nav').first().getByRole('link', { name: 'Einrichtung' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('Einrichtung');
    const section = page.locator('lotse-org-services');
    const active = section.getByRole('table', { name: 'Aktive Terminangebote' });
    await active.waitFor();
    expect(await active.locator('tbody th').allTextContents()).toContain('Telefonberatung');

    // Reached from the section list by keyboard: the link focuses the heading; Tab, Tab: "new".
    await page.locator('lotse-organisation-view').getByRole('link', { name: 'Terminangebote' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.text).toBe('Terminangebote');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.id).toBe('services-show-archived');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.text).toBe('Neues Terminangebot');
    await page.keyboard.press('Enter');

    // The dialog, focus in its first field; a field per content language.
    const dialog = section.getByRole('dialog', { name: 'Neues Terminangebot' });
    await dialog.waitFor();
    await expect.poll(async () => (await focused(page))?.id).toBe('svc-internalName');
    expect(await dialog.getByLabel('Öffentlicher Name – Englisch').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'new service dialog');
    await page.keyboard.type('Schulden Erstkontakt Telefon');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.id).toBe('svc-publicName-de');
    await page.keyboard.type(GERMAN);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ENGLISH);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ein erstes Gespräch über Ihre Schulden.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('A first conversation about your debts.');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.id).toBe('svc-durationMinutes');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('45');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('10');
    await page.keyboard.press('Tab'); // minimum notice: empty, the organisation's
    await page.keyboard.press('Tab');
    expect((await focused(page))?.id).toBe('svc-channel');
    await page.keyboard.type('Tel');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.id).toBe('svc-topicId');
    await page.keyboard.type('Schu');
    expect(await dialog.getByLabel('Kanal').inputValue()).toBe('PHONE');
    expect(await dialog.getByLabel('Thema').locator('option:checked').textContent()).toBe('Schulden');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.text).toBe('Speichern');
    await page.keyboard.press('Enter');

    // In the list; the dialog is closed and the focus back on "new".
    await expect.poll(() => section.locator('.notice').textContent()).toBe(`Terminangebot „${GERMAN}“ angelegt.`);
    expect(await dialog.isVisible()).toBe(false);
    expect((await focused(page))?.text).toBe('Neues Terminangebot');
    const row = active.locator('tr', { has: page.getByRole('rowheader', { name: GERMAN }) });
    expect(await row.locator('td').allTextContents()).toEqual([
      'Schulden Erstkontakt Telefon',
      '45 Min. + 10 Min. Nachbereitung',
      'Telefon',
      'Schulden',
      expect.stringContaining('Bearbeiten'),
    ]);
    await expectAccessible(page, 'service created');
    await screenshot(page, 'dashboard-services');
    await section.screenshot({ path: new URL('dashboard-services-section.png', SCREENSHOT_DIR).pathname });

    const admin = await asAdmin();
    const stored = (
      await admin.ok<{
        appointmentServices: {
          id: string;
          internalName: string;
          publicName: string;
          publicNames: { lang: string; text: string }[];
          publicDescriptions: { lang: string; text: string }[];
          durationMinutes: number;
          followUpMinutes: number;
          minimumNoticeMinutes: number | null;
          channel: string;
          topic: { name: string } | null;
        }[];
      }>(
        `{ appointmentServices { id internalName publicName publicNames { lang text } publicDescriptions { lang text }
           durationMinutes followUpMinutes minimumNoticeMinutes channel topic { name } } }`,
      )
    ).appointmentServices.find((s) => s.publicName === GERMAN)!;
    expect(stored).toMatchObject({
      internalName: 'Schulden Erstkontakt Telefon',
      publicNames: [
        { lang: 'de', text: GERMAN },
        { lang: 'en', text: ENGLISH },
      ],
      publicDescriptions: [
        { lang: 'de', text: 'Ein erstes Gespräch über Ihre Schulden.' },
        { lang: 'en', text: 'A first conversation about your debts.' },
      ],
      durationMinutes: 45,
      followUpMinutes: 10,
      minimumNoticeMinutes: null,
      channel: 'PHONE',
      topic: { name: 'Schulden' },
    });

    // The widget offers only services somebody has booking times for (the Booking times screen; here the
    // API): Anna Berger gets a Wednesday evening for it, next to her windows.
    const { counsellors } = await admin.ok<{ counsellors: { edges: { node: { id: string; loginName: string } }[] } }>(
      `{ counsellors { edges { node { id loginName } } } }`,
    );
    const anna = counsellors.edges.find((e) => e.node.loginName === 'anna.berger')!.node;
    const { bookingTimes } = await admin.ok<{
      bookingTimes: {
        horizonWeeks: number;
        windows: { weekday: number; from: string; to: string; service: { id: string } }[];
      };
    }>(
      `query($id: ID!) { bookingTimes(counsellorId: $id) { horizonWeeks windows { weekday from to service { id } } } }`,
      {
        id: anna.id,
      },
    );
    await admin.ok(`mutation($input: SetBookingTimesInput!) { setBookingTimes(input: $input) { counsellorId } }`, {
      input: {
        counsellorId: anna.id,
        horizonWeeks: bookingTimes.horizonWeeks,
        windows: [
          ...bookingTimes.windows.map((w) => ({ weekday: w.weekday, from: w.from, to: w.to, serviceId: w.service.id })),
          { weekday: 3, from: '18:00', to: '20:00', serviceId: stored.id },
        ],
      },
    });

    // The booking widget: English for an English visitor, German for a German one.
    await visitor.page.goto(`${server.url}/`);
    await visitor.page.locator('lotse-booking button.option').first().waitFor();
    const english = await serviceNamesIn(visitor.page, 'en');
    expect(english).toContain(ENGLISH);
    expect(english).not.toContain(GERMAN);
    const german = await serviceNamesIn(visitor.page, 'de');
    expect(german).toContain(GERMAN);
    expect(german).not.toContain(ENGLISH);
    await expectAccessible(visitor.page, 'booking widget with the new service');

    // Edit: the dialog holds the stored values; a duration of 2 is refused at its field.
    await row.getByRole('button', { name: `Bearbeiten – ${GERMAN}` }).focus();
    await page.keyboard.press('Enter');
    const edit = section.getByRole('dialog', { name: `Terminangebot „${GERMAN}“ bearbeiten` });
    await edit.waitFor();
    expect(await edit.getByLabel('Öffentlicher Name – Englisch').inputValue()).toBe(ENGLISH);
    const duration = edit.getByLabel('Dauer in Minuten');
    expect(await duration.inputValue()).toBe('45');
    await duration.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => edit.locator('#svc-durationMinutes-error').textContent())
      .toBe('Die Dauer muss zwischen 5 und 480 Minuten liegen.');
    expect(await duration.getAttribute('aria-invalid')).toBe('true');
    expect(await edit.getByRole('alert').textContent()).toBe('Bitte prüfen Sie die markierten Felder.');
    expect((await focused(page))?.id).toBe('svc-durationMinutes');
    await expectAccessible(page, 'a duration of 2 minutes');
    await screenshot(page, 'dashboard-services-error');
    await edit.screenshot({ path: new URL('dashboard-services-dialog-error.png', SCREENSHOT_DIR).pathname });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await expect.poll(() => section.locator('.notice').textContent()).toBe(`Terminangebot „${GERMAN}“ gespeichert.`);
    expect(await row.locator('td').nth(1).textContent()).toBe('60 Min. + 10 Min. Nachbereitung');
    expect((await focused(page))?.text).toContain('Bearbeiten');

    // Archive, after the confirmation: gone from the list and from the widget.
    await row.getByRole('button', { name: `Archivieren – ${GERMAN}` }).focus();
    await page.keyboard.press('Enter');
    const confirm = section.getByRole('dialog', { name: 'Terminangebot archivieren?' });
    await confirm.waitFor();
    await expect.poll(async () => (await focused(page))?.id).toBe('archive-yes');
    await expectAccessible(page, 'archive confirmation');
    await page.keyboard.press('Enter');
    await expect.poll(() => section.locator('.notice').textContent()).toBe(`Terminangebot „${GERMAN}“ archiviert.`);
    expect(await active.locator('tbody th').allTextContents()).not.toContain(GERMAN);
    expect((await focused(page))?.text).toBe('Neues Terminangebot');
    expect(await serviceNamesIn(visitor.page, 'de')).not.toContain(GERMAN);

    // Archived ones behind the toggle; restored, it is bookable again.
    await section.getByLabel('Archivierte anzeigen').focus();
    await page.keyboard.press('Space');
    const archived = section.getByRole('table', { name: 'Archivierte Terminangebote' });
    await archived.waitFor();
    expect(await archived.locator('tbody th').allTextContents()).toEqual([GERMAN]);
    await expectAccessible(page, 'archived services shown');
    await screenshot(page, 'dashboard-services-archived');
    await archived.getByRole('button', { name: `Wiederherstellen – ${GERMAN}` }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => section.locator('.notice').textContent())
      .toBe(`Terminangebot „${GERMAN}“ wiederhergestellt.`);
    expect(await active.locator('tbody th').allTextContents()).toContain(GERMAN);
    expect(await section.getByText('Keine archivierten Terminangebote.').count()).toBe(1);
    await expect.poll(async () => (await focused(page))?.text).toContain('Bearbeiten');
    expect(await serviceNamesIn(visitor.page, 'en')).toContain(ENGLISH);

    // The organisation's booking settings: a bad value at its field, then saved.
    const hold = section.getByLabel('Reservierung in Minuten');
    expect(await hold.inputValue()).toBe('10');
    await hold.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => section.locator('#booking-holdMinutes-error').textContent())
      .toBe('Die Reservierung muss zwischen 1 und 60 Minuten liegen.');
    expect(await hold.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'booking settings with an error');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('15');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('240');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => section.locator('form.settings [role="status"]').textContent())
      .toBe('Buchungseinstellungen gespeichert.');
    expect(await hold.getAttribute('aria-invalid')).toBe('false');
    const { appointmentSettings } = await admin.ok<{
      appointmentSettings: { holdMinutes: number; minimumNoticeMinutes: number };
    }>(`{ appointmentSettings { holdMinutes minimumNoticeMinutes } }`);
    expect(appointmentSettings).toEqual({ holdMinutes: 15, minimumNoticeMinutes: 240 });
    await expectAccessible(page, 'booking settings saved');
    await screenshot(page, 'dashboard-services-settings');

    expect(problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
    await page.context().close();
    await visitor.page.context().close();
  }, 120_000);

  it('speaks English to an admin who chose English', async () => {
    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await page.evaluate(() => localStorage.setItem('lotse:dashboard:lang', 'en'));
    await page.goto(`${server.url}/dashboard/organisation`);
    const section = page.locator('lotse-org-services');
    await section.getByRole('heading', { name: 'Appointment services' }).waitFor();
    const active = section.getByRole('table', { name: 'Active appointment services' });
    await active.waitFor();
    expect(await active.locator('thead th').allTextContents()).toEqual([
      'Public name',
      'Internal name',
      'Duration',
      'Channel',
      'Topic',
      'Actions',
    ]);
    await section.getByRole('button', { name: 'New appointment service' }).focus();
    await page.keyboard.press('Enter');
    const dialog = section.getByRole('dialog', { name: 'New appointment service' });
    await dialog.waitFor();
    await dialog.getByLabel('Public name – German (default language)').waitFor();
    await dialog.getByLabel('Description – English').waitFor();
    expect(await dialog.getByLabel('Channel').locator('option').allTextContents()).toEqual([
      'Video',
      'Phone',
      'Chat',
      'On site',
    ]);
    await expectAccessible(page, 'new service dialog in English');
    await screenshot(page, 'dashboard-services-english');
    await dialog.screenshot({ path: new URL('dashboard-services-dialog-english.png', SCREENSHOT_DIR).pathname });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await section.getByLabel('Reservation in minutes').inputValue()).toMatch(/^\d+$/);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('is not there for a counsellor', async () => {
    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'anna.berger');
    const links = await page.locator('lotse-dashboard nav').first().getByRole('link').allTextContents();
    expect(links.map((l) => l.trim())).not.toContain('Einrichtung');
    await page.goto(`${server.url}/dashboard/organisation`);
    await expect.poll(() => screenHeading(page).textContent()).toBe('Einrichtung');
    expect(await page.locator('lotse-organisation-view').getByRole('alert').textContent()).toContain(
      'Sie dürfen sie nicht öffnen',
    );
    expect(await page.locator('lotse-org-services').count()).toBe(0);
    await expectAccessible(page, 'Einrichtung, not allowed');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});
