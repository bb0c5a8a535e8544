/**
 * The staff dashboard's administration and profile screens, end to end in a real Chromium (Berlin,
 * de-DE) against the real server with the demo data: the admin changes a counsellor's role and adds a
 * counsellor (whose invitation lands in the outbox), and changes organisation settings that are still
 * there after a reload; a counsellor sees no admin entries, is told she may not open them, and changes
 * her own profile. Every screen and state passes axe and the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
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

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

async function clientOf(login: string) {
  const { login: session } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(LOGIN, { input: { login, password: DEMO_PASSWORD } });
  return server.client(session.accessToken);
}

const nav = (page: Page) => page.locator('lotse-dashboard nav');

describe('dashboard: team (admin)', () => {
  it('changes a counsellor’s role and adds a counsellor, whose invitation goes out', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'demo.admin');
      await nav(page).getByRole('link', { name: 'Team' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Team');
      const view = page.locator('lotse-staff-view');
      const jonas = view.locator('tr', { hasText: 'jonas.keller' });
      await jonas.waitFor();
      expect(await view.locator('.licence').textContent()).toBe('3 von 5 Lizenzen belegt (aktive Mitarbeitende).');
      await expectAccessible(page, 'team');
      await screenshot(page, 'dashboard-staff');

      // Role change: Jonas becomes an admin.
      expect(await jonas.locator('td').nth(2).textContent()).toBe('Beratung');
      await jonas.getByRole('button', { name: 'Zur Admin machen – Jonas Keller' }).click();
      await expect
        .poll(() => view.locator('.notice').textContent())
        .toBe('Jonas Keller hat jetzt die Rolle „Admin“. Die Person muss sich neu anmelden.');
      await expect.poll(() => jonas.locator('td').nth(2).textContent()).toBe('Admin');
      const asAdmin = await clientOf('demo.admin');
      const roles = await asAdmin.ok<{ counsellors: { edges: { node: { loginName: string; role: string } }[] } }>(
        `{ counsellors { edges { node { loginName role } } } }`,
      );
      expect(roles.counsellors.edges.find((e) => e.node.loginName === 'jonas.keller')?.node.role).toBe('ADMIN');
      await expectAccessible(page, 'team after a role change');

      // A new counsellor, in the dialog: the focus starts in it…
      const create = view.getByRole('button', { name: 'Person anlegen' });
      await create.click();
      const dialog = view.getByRole('dialog', { name: 'Person anlegen' });
      await dialog.waitFor();
      expect(await view.locator(':focus').getAttribute('id')).toBe('new-role');
      await dialog.getByLabel('Vorname').fill('Lena');
      await dialog.getByLabel('Nachname').fill('Vogt');
      await dialog.getByLabel('E-Mail', { exact: true }).fill('lena.vogt@demo.lotse.local');
      // …a taken login name is said at its field…
      await dialog.getByLabel('Login-Name').fill('anna.berger');
      await dialog.getByRole('button', { name: 'Anlegen' }).click();
      await expect
        .poll(() => dialog.locator('#new-loginName-error').textContent())
        .toBe('Dieser Login-Name ist schon vergeben.');
      expect(await dialog.getByLabel('Login-Name').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'create dialog with an error');
      await screenshot(page, 'dashboard-staff-create');
      await dialog.getByLabel('Login-Name').fill('lena.vogt');
      await dialog.getByRole('button', { name: 'Anlegen' }).click();
      await expect
        .poll(() => view.locator('.notice').textContent())
        .toBe('Lena Vogt wurde angelegt; die Einladung ist an lena.vogt@demo.lotse.local unterwegs.');
      // …which closes, the focus back on its button, and the list and the licence use count her.
      expect(await dialog.isVisible()).toBe(false);
      expect(await view.locator(':focus').getAttribute('id')).toBe('create');
      await view.locator('tr', { hasText: 'lena.vogt' }).waitFor();
      expect(await view.locator('.licence').textContent()).toBe('4 von 5 Lizenzen belegt (aktive Mitarbeitende).');

      // The invitation is in the outbox (its link may be redacted there: recipient and subject tell).
      await expect
        .poll(
          async () => {
            const { outboxMails } = await asAdmin.ok<{
              outboxMails: { edges: { node: { to: string; subject: string } }[] };
            }>(`{ outboxMails(page: { first: 50 }) { edges { node { to subject } } } }`);
            return outboxMails.edges.map((e) => e.node).find((m) => m.to === 'lena.vogt@demo.lotse.local')?.subject;
          },
          { timeout: 10_000 },
        )
        .toBe('Einladung – Beratungsstelle Lotse (Demo)');
      await expectAccessible(page, 'team after adding a person');

      // The fifth licence goes to Tom; then all are in use, and activating a sixth person is refused at
      // the "active" box.
      const addPerson = async (first: string, last: string, active: boolean) => {
        await create.click();
        await dialog.getByLabel('Vorname').fill(first);
        await dialog.getByLabel('Nachname').fill(last);
        await dialog.getByLabel('E-Mail', { exact: true }).fill(`${first}.${last}@demo.lotse.local`.toLowerCase());
        await dialog.getByLabel('Login-Name').fill(`${first}.${last}`.toLowerCase());
        await dialog.getByLabel('Aktiv (belegt eine Lizenz)').setChecked(active);
        await dialog.getByRole('button', { name: 'Anlegen' }).click();
      };
      await addPerson('Tom', 'Weber', true);
      await view.locator('tr', { hasText: 'tom.weber' }).waitFor();
      expect(await view.locator('.licence').textContent()).toBe('5 von 5 Lizenzen belegt (aktive Mitarbeitende).');
      expect(await view.locator('.warning').textContent()).toContain('Alle Lizenzen sind belegt');
      await addPerson('Ida', 'Roth', true);
      await expect.poll(() => dialog.locator('#new-active-error').textContent()).toContain('Alle Lizenzen sind belegt');
      await expectAccessible(page, 'create dialog at the licence limit');
      await dialog.getByRole('button', { name: 'Abbrechen' }).click();
      expect(await view.locator(':focus').getAttribute('id')).toBe('create');

      // Deleting asks first.
      const tom = view.locator('tr', { hasText: 'tom.weber' });
      await tom.getByRole('button', { name: 'Löschen – Tom Weber' }).click();
      const confirm = view.getByRole('dialog', { name: 'Person löschen?' });
      await confirm.waitFor();
      await expectAccessible(page, 'delete confirmation');
      await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
      await expect.poll(() => view.locator('.notice').textContent()).toBe('Tom Weber wurde gelöscht.');
      expect(await tom.count()).toBe(0);
      expect(await view.locator('.licence').textContent()).toBe('4 von 5 Lizenzen belegt (aktive Mitarbeitende).');

      // More licences, asked for.
      const licence = view.locator('lotse-licence-request');
      await licence.getByLabel('Gewünschte Lizenzen insgesamt').fill('8');
      await licence.getByLabel('Bemerkung (optional)').fill('Zwei neue Kolleginnen ab Januar.');
      await licence.getByRole('button', { name: 'Anfrage senden' }).click();
      await expect
        .poll(() => licence.getByRole('status').textContent(), { timeout: 10_000 })
        .toBe('Ihre Anfrage über 8 Lizenzen wurde gesendet.');
      await expect.poll(() => licence.locator('.requests li').first().textContent()).toContain('von 5 auf 8 Lizenzen');
      await expectAccessible(page, 'licence request sent');

      // At a tablet's width the table turns into blocks.
      await page.setViewportSize({ width: 768, height: 1024 });
      await expectAccessible(page, 'team at tablet width');
      await screenshot(page, 'dashboard-staff-tablet');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);
});

describe('dashboard: organisation settings (admin)', () => {
  it('saves settings section by section, shows errors at their field, and they persist after a reload', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'demo.admin');
      await nav(page).getByRole('link', { name: 'Einrichtung' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Einrichtung');
      const view = page.locator('lotse-organisation-view');
      await view.getByLabel('Ansprechperson').waitFor();
      expect(await view.getByLabel('Ansprechperson').inputValue()).toBe('Maria Schneider');
      await expectAccessible(page, 'organisation');
      await screenshot(page, 'dashboard-organisation');

      // Contact: a new contact person and billing city.
      const contact = view.locator('section#contact');
      await contact.getByLabel('Ansprechperson').fill('Petra Lang');
      await contact.getByRole('group', { name: 'Rechnungsanschrift' }).getByLabel('Ort').fill('Potsdam');
      await contact.getByRole('button', { name: 'Speichern – Kontakt und Rechnungsanschrift' }).click();
      await expect.poll(() => contact.getByRole('status').textContent()).toBe('Gespeichert.');

      // Region: an unknown holiday region is refused at its field, nothing else changes…
      const region = view.locator('section#region');
      await region.getByLabel('Region für Feiertage').fill('XX-YY');
      await region.getByRole('button', { name: 'Schließtag hinzufügen' }).click();
      await region.getByLabel('Datum').fill('2026-12-24');
      await region.getByLabel('Notiz').fill('Heiligabend');
      await region.getByRole('button', { name: 'Speichern – Zeit, Sprache und Schließtage' }).click();
      await expect.poll(() => region.getByRole('status').textContent()).toBe('Bitte prüfen Sie die markierten Felder.');
      expect(await region.getByLabel('Region für Feiertage').getAttribute('aria-invalid')).toBe('true');
      // The API words field messages in the dashboard's language (Accept-Language: de).
      expect(await region.locator('#f-holidayRegion-error').textContent()).toBe(
        'Unbekannte Feiertagsregion; verwenden Sie LAND oder LAND-BUNDESLAND, z. B. DE-BE',
      );
      await expectAccessible(page, 'organisation with an error');
      // …and a known one is saved, with the closing day.
      await region.getByLabel('Region für Feiertage').fill('DE-BY');
      await region.getByRole('button', { name: 'Speichern – Zeit, Sprache und Schließtage' }).click();
      await expect.poll(() => region.getByRole('status').textContent()).toBe('Gespeichert.');

      // Mail counselling: a shorter overdue period, another openness level, Jonas as fallback.
      const mail = view.locator('section#mail');
      await mail.getByLabel('Antwortfrist in Stunden').fill('36');
      await mail.getByLabel(/^Sehr offen/).check();
      await mail.getByLabel('Fallback-Berater:in').selectOption({ label: 'Jonas Keller' });
      await mail.getByRole('button', { name: 'Speichern – Mailberatung' }).click();
      await expect.poll(() => mail.getByRole('status').textContent()).toBe('Gespeichert.');

      // Time zone and language: an unknown zone is refused at its field and nothing is saved; a known one
      // is saved with the other language. Sent with Enter from the field, the language chosen by keyboard.
      const timezone = region.getByLabel('Zeitzone');
      await timezone.fill('Mars/Olympus_Mons');
      await timezone.press('Enter');
      await expect.poll(() => region.getByRole('status').textContent()).toBe('Bitte prüfen Sie die markierten Felder.');
      expect(await timezone.getAttribute('aria-invalid')).toBe('true');
      expect(await region.locator('#f-timezone-error').textContent()).toBe(
        'Muss eine IANA-Zeitzone wie Europe/Berlin sein',
      );
      await region.screenshot({ path: 'test-results/dashboard-admin-timezone-de.png' });
      await expect
        .poll(() => timezone.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
        .toBe(true);
      await expectAccessible(page, 'organisation with a wrong time zone');
      const asAdminNow = await clientOf('demo.admin');
      const ORG = `{ me { organisation { timezone locale retentionDays autoPrimaryCounsellor video { provider allowVideoInChat } masterDataFields { key label type askInMailForm } } } }`;
      type Org = {
        me: {
          organisation: {
            timezone: string;
            locale: string;
            retentionDays: number;
            autoPrimaryCounsellor: boolean;
            video: { provider: string; allowVideoInChat: boolean };
            masterDataFields: { key: string; label: string; type: string; askInMailForm: boolean }[];
          };
        };
      };
      const before = (await asAdminNow.ok<Org>(ORG)).me.organisation;
      expect(before.timezone).toBe('Europe/Berlin');
      await timezone.fill('Europe/Vienna');
      const language = region.getByLabel('Sprache für Mails und Widgets');
      await language.focus();
      await page.keyboard.press('ArrowDown');
      expect(await language.inputValue()).toBe('en');
      await region.getByRole('button', { name: 'Speichern – Zeit, Sprache und Schließtage' }).press('Enter');
      await expect.poll(() => region.getByRole('status').textContent()).toBe('Gespeichert.');
      expect(await timezone.getAttribute('aria-invalid')).toBe('false');
      expect(await region.locator('#f-timezone-error').textContent()).toBe('');

      // Retention: out of range is refused at its field; 90 days are saved.
      const retention = view.locator('section#retention');
      const days = retention.getByLabel('Löschfrist in Tagen');
      await days.fill('0');
      await retention.getByRole('button', { name: 'Speichern – Löschfristen' }).press('Enter');
      await expect
        .poll(() => retention.getByRole('status').textContent())
        .toBe('Bitte prüfen Sie die markierten Felder.');
      expect(await days.getAttribute('aria-invalid')).toBe('true');
      // German although the organisation's language is English now: the dashboard's language decides.
      expect(await retention.locator('#f-retentionDays-error').textContent()).toBe('Mindestens 1');
      await expectAccessible(page, 'organisation with a wrong retention period');
      expect((await asAdminNow.ok<Org>(ORG)).me.organisation.retentionDays).toBe(before.retentionDays);
      await days.fill('90');
      await days.press('Enter');
      await expect.poll(() => retention.getByRole('status').textContent()).toBe('Gespeichert.');

      // The automatic primary counsellor, switched with the space bar.
      const autoPrimary = mail.getByLabel(/^Automatische Stammberatung/);
      await autoPrimary.focus();
      await page.keyboard.press('Space');
      expect(await autoPrimary.isChecked()).toBe(!before.autoPrimaryCounsellor);
      await mail.getByRole('button', { name: 'Speichern – Mailberatung' }).press('Enter');
      await expect.poll(() => mail.getByRole('status').textContent()).toBe('Gespeichert.');

      // Video: an external service, and no video from the chat.
      const video = view.locator('section#video');
      await video.getByLabel(/^Externer Dienst/).focus();
      await page.keyboard.press('Space');
      expect(await video.getByLabel(/^Externer Dienst/).isChecked()).toBe(true);
      const videoInChat = video.getByLabel(/aus dem Chat heraus einen Videochat/);
      await videoInChat.setChecked(true);
      await videoInChat.press('Space');
      expect(await videoInChat.isChecked()).toBe(false);
      await video.getByRole('button', { name: 'Speichern – Video' }).press('Enter');
      await expect.poll(() => video.getByRole('status').textContent()).toBe('Gespeichert.');

      // Master-data fields: a new one with a key that is not allowed is refused at the key, nothing is
      // saved; with a good key it is added after the others.
      const masterData = view.locator('lotse-org-master-data');
      await masterData.getByRole('button', { name: 'Feld hinzufügen' }).press('Enter');
      const n = before.masterDataFields.length;
      const newLabel = masterData.locator(`#f-masterDataFields-${n}-label`);
      await expect
        .poll(() => newLabel.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
        .toBe(true);
      await page.keyboard.type('Wohnort');
      const newKey = masterData.locator(`#f-masterDataFields-${n}-key`);
      await newKey.fill('1-wohnort');
      await masterData.locator(`#f-masterDataFields-${n}-ask`).check();
      await masterData.getByRole('button', { name: 'Speichern – Stammdatenfelder' }).press('Enter');
      await expect
        .poll(() => masterData.getByRole('status').textContent())
        .toBe('Bitte prüfen Sie die markierten Felder.');
      expect(await newKey.getAttribute('aria-invalid')).toBe('true');
      expect(await masterData.locator(`#f-masterDataFields-${n}-key-error`).textContent()).toMatch(
        /^Muss mit einem Buchstaben beginnen/,
      );
      await expectAccessible(page, 'master-data fields with a wrong key');
      expect((await asAdminNow.ok<Org>(ORG)).me.organisation.masterDataFields).toHaveLength(n);
      await newKey.fill('wohnort');
      await masterData.getByRole('button', { name: 'Speichern – Stammdatenfelder' }).press('Enter');
      await expect.poll(() => masterData.getByRole('status').textContent()).toBe('Gespeichert.');
      expect(await newKey.getAttribute('aria-invalid')).toBe('false');
      // Saved, the key of the stored field can no longer be changed.
      await expect.poll(() => newKey.getAttribute('readonly')).toBe('');

      // The API has it all.
      const after = (await asAdminNow.ok<Org>(ORG)).me.organisation;
      expect(after).toMatchObject({
        timezone: 'Europe/Vienna',
        locale: 'en',
        retentionDays: 90,
        autoPrimaryCounsellor: !before.autoPrimaryCounsellor,
        video: { provider: 'EXTERNAL', allowVideoInChat: false },
      });
      expect(after.masterDataFields.map((f) => f.key)).toEqual([
        ...before.masterDataFields.map((f) => f.key),
        'wohnort',
      ]);
      expect(after.masterDataFields.at(-1)).toEqual({
        key: 'wohnort',
        label: 'Wohnort',
        type: 'TEXT',
        askInMailForm: true,
      });

      // Quick exit: on without a neutral page is refused at the field; with one it is saved.
      const quickExit = view.locator('section#quick-exit');
      await quickExit.getByLabel(/Seite verlassen/).check();
      await quickExit.getByRole('button', { name: 'Speichern – Schnell verlassen' }).click();
      await expect
        .poll(() => quickExit.getByRole('status').textContent())
        .toBe('Bitte prüfen Sie die markierten Felder.');
      expect(await quickExit.getByLabel('Neutrale Seite').getAttribute('aria-invalid')).toBe('true');
      await quickExit.getByLabel('Neutrale Seite').fill('https://www.wetter.de/');
      await quickExit.getByRole('button', { name: 'Speichern – Schnell verlassen' }).click();
      await expect.poll(() => quickExit.getByRole('status').textContent()).toBe('Gespeichert.');

      // Retention: the access log's own period, below its minimum refused at the field, then saved;
      // typed and submitted with the keyboard (Enter in the field).
      const logDays = retention.getByLabel('Aufbewahrung des Zugriffsprotokolls in Tagen');
      expect(await logDays.inputValue()).toBe('730');
      expect(await days.inputValue()).toBe('90');
      await logDays.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('90');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => retention.getByRole('status').textContent())
        .toBe('Bitte prüfen Sie die markierten Felder.');
      expect(await logDays.getAttribute('aria-invalid')).toBe('true');
      expect(await retention.locator('#f-accessLogRetentionDays-error').textContent()).toMatch(/180/);
      await expectAccessible(page, 'organisation retention with an error');
      await retention.scrollIntoViewIfNeeded();
      await screenshot(page, 'dashboard-organisation-access-log-retention');
      await logDays.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('1095');
      await page.keyboard.press('Enter');
      await expect.poll(() => retention.getByRole('status').textContent()).toBe('Gespeichert.');
      expect(await logDays.getAttribute('aria-invalid')).toBe('false');

      // A topic.
      const topics = view.locator('lotse-org-topics');
      await topics.getByRole('form', { name: 'Neues Thema' }).getByLabel('Name').fill('Trauer');
      await topics.getByRole('button', { name: 'Thema hinzufügen' }).click();
      await expect.poll(() => topics.locator('.notice').textContent()).toBe('Thema „Trauer“ hinzugefügt.');

      // Widgets: another allowed website; the embed code with this server and the key, copied.
      const widgets = view.locator('lotse-org-widgets');
      const origins = widgets.getByLabel(/^Erlaubte Websites/);
      await origins.fill(`${await origins.inputValue()}\nhttps://beratung.example.org/`);
      await widgets.getByRole('button', { name: 'Speichern – Widgets auf Ihrer Website' }).click();
      await expect.poll(() => widgets.getByRole('status').first().textContent()).toBe('Gespeichert.');
      expect(await widgets.getByLabel('Öffentlicher Schlüssel').inputValue()).toBe(DEMO_PUBLIC_KEY);
      const snippet = await widgets.locator('pre.snippet').textContent();
      expect(snippet).toContain(`<script type="module" src="${server.url}/widgets/lotse-booking.js"></script>`);
      expect(snippet).toContain(`<lotse-booking org="${DEMO_PUBLIC_KEY}"></lotse-booking>`);
      await widgets.getByRole('button', { name: 'Code kopieren' }).click();
      await expect
        .poll(() => widgets.getByRole('status').nth(1).textContent())
        .toBe('Der Code ist in der Zwischenablage.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
      await expectAccessible(page, 'organisation after saving');

      // After a reload everything is as saved.
      await page.reload();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Einrichtung');
      await view.getByLabel('Ansprechperson').waitFor();
      expect(await contact.getByLabel('Ansprechperson').inputValue()).toBe('Petra Lang');
      expect(await contact.getByRole('group', { name: 'Rechnungsanschrift' }).getByLabel('Ort').inputValue()).toBe(
        'Potsdam',
      );
      expect(await region.getByLabel('Region für Feiertage').inputValue()).toBe('DE-BY');
      expect(await region.getByLabel('Datum').inputValue()).toBe('2026-12-24');
      expect(await region.getByLabel('Notiz').inputValue()).toBe('Heiligabend');
      expect(await mail.getByLabel('Antwortfrist in Stunden').inputValue()).toBe('36');
      expect(await mail.getByLabel(/^Sehr offen/).isChecked()).toBe(true);
      expect(await mail.getByLabel('Fallback-Berater:in').locator('option:checked').textContent()).toBe('Jonas Keller');
      expect(await topics.getByRole('form', { name: 'Thema Trauer' }).count()).toBe(1);
      expect(await origins.inputValue()).toContain('https://beratung.example.org');
      expect(await quickExit.getByLabel(/Seite verlassen/).isChecked()).toBe(true);
      expect(await quickExit.getByLabel('Neutrale Seite').inputValue()).toBe('https://www.wetter.de/');
      expect(await timezone.inputValue()).toBe('Europe/Vienna');
      expect(await language.inputValue()).toBe('en');
      expect(await days.inputValue()).toBe('90');
      expect(await autoPrimary.isChecked()).toBe(!before.autoPrimaryCounsellor);
      expect(await video.getByLabel(/^Externer Dienst/).isChecked()).toBe(true);
      expect(await videoInChat.isChecked()).toBe(false);
      expect(await newLabel.inputValue()).toBe('Wohnort');
      expect(await newKey.inputValue()).toBe('wohnort');
      expect(await masterData.locator(`#f-masterDataFields-${n}-ask`).isChecked()).toBe(true);
      expect(await retention.getByLabel('Aufbewahrung des Zugriffsprotokolls in Tagen').inputValue()).toBe('1095');
      await expectAccessible(page, 'organisation after a reload');
      expect(staff.problems).toEqual([]);
      // Back to German and the platform's video for the tests after this one.
      await asAdminNow.ok(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
        input: { locale: 'de', timezone: 'Europe/Berlin', video: before.video },
      });
    } finally {
      await staff.close();
    }
  }, 120_000);
});

/** A 1×1 PNG, as an avatar upload. */
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('dashboard: a counsellor’s profile, and no administration', () => {
  it('hides the admin screens from a counsellor and keeps her profile changes', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/staff`);
      await logInThroughDashboard(page, 'anna.berger');
      // The admin entries are not in her navigation, and the routes say she may not.
      const links = await nav(page).getByRole('link').allTextContents();
      expect(links.map((l) => l.trim())).toContain('Mein Profil');
      expect(links.map((l) => l.trim())).not.toContain('Team');
      expect(links.map((l) => l.trim())).not.toContain('Einrichtung');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Team');
      const staffView = page.locator('lotse-staff-view');
      expect(await staffView.getByRole('alert').textContent()).toContain('Sie dürfen sie nicht öffnen');
      expect(await staffView.locator('table').count()).toBe(0);
      await expectAccessible(page, 'team, not allowed');
      await page.goto(`${server.url}/dashboard/organisation`);
      await expect.poll(() => screenHeading(page).textContent()).toBe('Einrichtung');
      expect(await page.locator('lotse-organisation-view').getByRole('alert').textContent()).toContain(
        'Sie dürfen sie nicht öffnen',
      );

      // Her profile.
      await nav(page).getByRole('link', { name: 'Mein Profil' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mein Profil');
      const view = page.locator('lotse-profile-view');
      await view.getByLabel('Anzeigename').waitFor();
      await expectAccessible(page, 'profile');

      const pub = view.locator('section#public');
      await pub.getByLabel('Anzeigename').fill('Anna B.');
      await pub.getByRole('checkbox', { name: 'Türkisch' }).check();
      await pub.getByLabel('Beschreibung auf Türkisch').fill('Anna yıllardır çevrimiçi danışmanlık yapıyor.');
      await pub.getByLabel('Beschreibung auf Deutsch').fill('Anna berät zu Schlaf und Stress.');
      await pub.getByRole('button', { name: 'Speichern – Öffentliches Profil' }).click();
      await expect.poll(() => pub.getByRole('status').last().textContent()).toBe('Gespeichert.');
      // The header follows the new display name.
      await expect.poll(() => page.locator('lotse-dashboard header .name').textContent()).toBe('Anna B.');

      // A picture, uploaded and shown.
      await pub
        .getByLabel(/^Neues Bild hochladen/)
        .setInputFiles({ name: 'anna.png', mimeType: 'image/png', buffer: PNG_1PX });
      await expect.poll(() => pub.locator('#avatar-status').textContent()).toBe('Das Profilbild wurde gespeichert.');
      const avatar = pub.getByRole('img', { name: 'Profilbild von Anna B.' });
      await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);

      // Up to three open requests; video in the chat off.
      const mail = view.locator('section#mail');
      await mail.getByLabel('Ja, bis zu einer Zahl offener Anfragen').check();
      await mail.getByLabel('Höchstens offene Anfragen').fill('3');
      await mail.getByRole('button', { name: 'Speichern – Neue Mailanfragen' }).click();
      await expect.poll(() => mail.getByRole('status').textContent()).toBe('Gespeichert.');
      const chat = view.locator('section#chat');
      const video = chat.getByLabel(/Videochat anbieten/);
      const videoBefore = await video.isChecked();
      await video.setChecked(!videoBefore);
      await chat.getByRole('button', { name: 'Speichern – Chat' }).click();
      await expect.poll(() => chat.getByRole('status').textContent()).toBe('Gespeichert.');
      await expectAccessible(page, 'profile after saving');
      await screenshot(page, 'dashboard-profile');

      // After a reload it is all still there.
      await page.reload();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mein Profil');
      await view.getByLabel('Anzeigename').waitFor();
      expect(await pub.getByLabel('Anzeigename').inputValue()).toBe('Anna B.');
      expect(await pub.getByRole('checkbox', { name: 'Türkisch' }).isChecked()).toBe(true);
      expect(await pub.getByLabel('Beschreibung auf Türkisch').inputValue()).toBe(
        'Anna yıllardır çevrimiçi danışmanlık yapıyor.',
      );
      expect(await pub.getByLabel('Beschreibung auf Deutsch').inputValue()).toBe('Anna berät zu Schlaf und Stress.');
      await avatar.waitFor();
      expect(await mail.getByLabel('Ja, bis zu einer Zahl offener Anfragen').isChecked()).toBe(true);
      expect(await mail.getByLabel('Höchstens offene Anfragen').inputValue()).toBe('3');
      expect(await video.isChecked()).toBe(!videoBefore);

      // The picture goes again.
      await pub.getByRole('button', { name: 'Profilbild entfernen' }).click();
      await expect.poll(() => pub.locator('#avatar-status').textContent()).toBe('Das Profilbild wurde entfernt.');
      expect(await avatar.count()).toBe(0);

      // Password: a wrong current one is said at its field; then the change works and she stays logged in.
      const password = view.locator('lotse-profile-password');
      const next = 'Nordlicht-Kompass-2026!x';
      await password.getByLabel('Aktuelles Passwort').fill('falsch-falsch-falsch');
      await password.getByLabel('Neues Passwort', { exact: true }).fill(next);
      await password.getByLabel('Neues Passwort wiederholen').fill(next);
      await password.getByRole('button', { name: 'Passwort ändern' }).click();
      await expect
        .poll(() => password.locator('#pw-currentPassword-error').textContent())
        .toBe('Das aktuelle Passwort stimmt nicht.');
      await expectAccessible(page, 'password with an error');
      await password.getByLabel('Aktuelles Passwort').fill(DEMO_PASSWORD);
      await password.getByRole('button', { name: 'Passwort ändern' }).click();
      await expect
        .poll(() => password.getByRole('status').textContent(), { timeout: 10_000 })
        .toBe('Ihr Passwort wurde geändert. Andere Geräte sind abgemeldet.');
      await page.reload();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mein Profil');
      await server.client().ok(LOGIN, { input: { login: 'anna.berger', password: next } });
      await expectAccessible(page, 'profile after the password change');
      // The reloads cancel reads still on their way (net::ERR_ABORTED), e.g. the notification centre's
      // catch-up after the password change renewed the live connection: not a problem of the page.
      expect(staff.problems.filter((p) => !p.endsWith('(net::ERR_ABORTED)'))).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 120_000);
});
