/**
 * Content languages end to end in a real Chromium against the real server with the demo data (German
 * and English texts, api/src/seed): an admin enters a topic's English name on the Einrichtung screen by
 * keyboard and adds a third language there; a widget in English shows English service names, topics and
 * form fields, a German visitor sees German, and a language without translations falls back to German; a
 * widget whose `lang` changes after load follows without a reload.
 * Every state passes axe and the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { watchedPage } from '../browser/page.js';
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

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

async function asAdmin() {
  const { login } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(LOGIN, { input: { login: 'demo.admin', password: DEMO_PASSWORD } });
  return server.client(login.accessToken);
}

/** Replaces the demo page's widget `tag` by a fresh one in language `lang`, and returns its locator. */
async function widgetIn(page: Page, tag: 'lotse-booking' | 'lotse-mail-form', lang: string) {
  await page.evaluate(
    ([tag, lang, key]) => {
      const old = document.querySelector(tag)!;
      const fresh = document.createElement(tag);
      fresh.setAttribute('org', key);
      fresh.setAttribute('lang', lang);
      old.replaceWith(fresh);
    },
    [tag, lang, DEMO_PUBLIC_KEY] as const,
  );
  return page.locator(tag);
}

const serviceNames = (booking: ReturnType<Page['locator']>) => booking.locator('button.option .name').allTextContents();

describe('content languages', () => {
  it('an admin enters a topic’s English name and a third language by keyboard on the Einrichtung screen', async () => {
    const { page } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await page.locator('lotse-dashboard nav').first().getByRole('link', { name: 'Einrichtung' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('Einrichtung');
    const view = page.locator('lotse-organisation-view');
    const region = view.locator('section#region');
    const languages = region.getByLabel('Sprachen der Texte für Ratsuchende');
    await languages.waitFor();
    expect(await languages.inputValue()).toBe('de, en');
    expect(await region.locator(`#f-contentLanguages-hint`).textContent()).toContain('Jetzt: Deutsch, Englisch.');

    // The topic "Schulden": its English name, typed and saved with Enter.
    const topics = view.locator('lotse-org-topics');
    const debts = topics.getByRole('form', { name: 'Thema Schulden' });
    const english = debts.getByLabel('Auf Englisch');
    expect(await english.inputValue()).toBe('Debts');
    expect(await english.getAttribute('lang')).toBe('en');
    await english.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Debt and money');
    await page.keyboard.press('Enter');
    await expect.poll(() => topics.locator('.notice').textContent()).toBe('Thema „Schulden“ gespeichert.');
    await expectAccessible(page, 'topics with their English names');
    await screenshot(page, 'dashboard-content-languages-topics');

    // A language code that is none is refused at the field; Turkish is added.
    await languages.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('de, en, türkisch');
    await page.keyboard.press('Enter');
    await expect.poll(() => region.getByRole('status').textContent()).toBe('Bitte prüfen Sie die markierten Felder.');
    expect(await languages.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'a wrong language code');
    await languages.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('de, en, tr');
    await page.keyboard.press('Enter');
    await expect.poll(() => region.getByRole('status').textContent()).toBe('Gespeichert.');
    // Every topic now has a Turkish field too.
    await debts.getByLabel('Auf Türkisch').waitFor();
    await expectAccessible(page, 'three content languages');
    await screenshot(page, 'dashboard-content-languages-three');

    const admin = await asAdmin();
    const { organisation } = await admin.ok<{
      organisation: { contentLanguages: string[]; topics: { name: string; names: { lang: string; text: string }[] }[] };
    }>(`{ organisation { contentLanguages topics { name names { lang text } } } }`);
    expect(organisation.contentLanguages).toEqual(['de', 'en', 'tr']);
    expect(organisation.topics.find((t) => t.name === 'Schulden')?.names).toEqual([
      { lang: 'de', text: 'Schulden' },
      { lang: 'en', text: 'Debt and money' },
    ]);
    await page.context().close();
  }, 90_000);

  it('a widget in English shows English service names; a German visitor sees German; no translation falls back', async () => {
    // The admin gives the phone service a new English name.
    const admin = await asAdmin();
    const { appointmentServices } = await admin.ok<{ appointmentServices: { id: string; publicName: string }[] }>(
      `{ appointmentServices { id publicName } }`,
    );
    const phone = appointmentServices.find((s) => s.publicName === 'Telefonberatung')!;
    await admin.ok(
      `mutation($input: UpdateAppointmentServiceInput!) { updateAppointmentService(input: $input) { id } }`,
      { input: { id: phone.id, publicNames: [{ lang: 'en', text: 'Counselling by phone' }] } },
    );

    const { page, problems } = await watchedPage(browser, { locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    await page.goto(`${server.url}/`);
    await page.locator('lotse-booking button.option').first().waitFor();

    const english = await widgetIn(page, 'lotse-booking', 'en');
    await expect.poll(() => serviceNames(english)).toContain('Counselling by phone');
    expect(await serviceNames(english)).toContain('First conversation (video)');
    expect(await english.locator('button.option', { hasText: 'First conversation (video)' }).innerText()).toContain(
      'A first conversation by video',
    );
    expect(await english.locator('#heading').innerText()).toBe('Choose a service');
    await expectAccessible(page, 'booking widget in English');
    await english.scrollIntoViewIfNeeded();
    await screenshot(page, 'widget-booking-english');

    const german = await widgetIn(page, 'lotse-booking', 'de');
    await expect.poll(() => serviceNames(german)).toContain('Telefonberatung');
    expect(await serviceNames(german)).toContain('Erstgespräch (Video)');

    // The page switches its language after load: the widget follows without a reload, in the step it is in.
    await german.locator('button.option', { hasText: 'Telefonberatung' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => german.locator('#heading').innerText()).toBe('Beraterin oder Berater wählen');
    await german.evaluate((el) => el.setAttribute('lang', 'en'));
    await expect.poll(() => german.locator('#heading').innerText()).toBe('Choose a counsellor');
    // The summary of the chosen service (inside the shadow root).
    const shown = () => german.locator('[part="base"]').innerText();
    await expect.poll(shown).toContain('Counselling by phone');
    expect(await shown()).not.toContain('Telefonberatung');
    await expectAccessible(page, 'booking widget switched to English');
    await german.scrollIntoViewIfNeeded();
    await screenshot(page, 'widget-booking-switched-english');
    await german.evaluate((el) => el.setAttribute('lang', 'de'));
    await expect.poll(shown).toContain('Telefonberatung');

    // Ukrainian: nobody entered texts in it, so the organisation's default language (German) shows.
    const ukrainian = await widgetIn(page, 'lotse-booking', 'uk');
    await expect.poll(() => serviceNames(ukrainian)).toContain('Telefonberatung');
    expect(await serviceNames(ukrainian)).not.toContain('Counselling by phone');

    // The mail form in English: field labels and choices in English; the stored value stays German.
    const mailForm = await widgetIn(page, 'lotse-mail-form', 'en');
    const age = mailForm.getByLabel('Age group');
    await age.waitFor();
    const option = age.locator('option', { hasText: 'under 18' });
    expect(await option.getAttribute('value')).toBe('unter 18');
    expect(await mailForm.locator('#topic option').allTextContents()).toContain('Youth');
    await expectAccessible(page, 'mail form in English');
    // Switched to German after load: topics and fields follow.
    await mailForm.evaluate((el) => el.setAttribute('lang', 'de'));
    await expect.poll(() => mailForm.locator('#topic option').allTextContents()).toContain('Jugend');
    await mailForm.getByLabel('Altersgruppe').waitFor();
    await expectAccessible(page, 'mail form switched to German');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 90_000);
});
