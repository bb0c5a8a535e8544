/**
 * Two-factor login in the staff dashboard, end to end in a real Chromium (Berlin, de-DE) against the
 * real server with the demo data: a counsellor sets it up in her profile (QR code and key, first code,
 * recovery codes downloaded as text), logs out, logs in with a code from the app (after a wrong one), and
 * with a recovery code. An admin then requires it for the organisation, and a colleague who has not set
 * it up gets only the setup screen until he has. The codes are computed here in Node from the key the
 * page shows, as an authenticator app would. Every state passes axe and the pages log no errors.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, staffPage } from '../browser/dashboard.js';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { codeOf } from '../../api/src/modules/identity/two-factor.test-support.js';

/**
 * The 30-second step now. The setup types the code of the current step; a login then types the next
 * step's, which the API accepts (one step of drift either way) and which is later than any used before.
 */
const nowStep = () => Math.floor(Date.now() / 30_000);

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

const nav = (page: Page) => page.locator('lotse-dashboard nav');
const loginForm = (page: Page) => page.locator('lotse-login-form');

/** Fills login name and password; the form then asks for the second factor. */
async function passwordStep(page: Page, login: string) {
  await loginForm(page).getByLabel('Login-Name oder E-Mail-Adresse').fill(login);
  await loginForm(page).getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await loginForm(page).getByRole('button', { name: 'Anmelden' }).click();
  await loginForm(page).getByRole('heading', { name: 'Bestätigungscode' }).waitFor();
}

async function logOut(page: Page) {
  await page.locator('lotse-dashboard header').getByRole('button', { name: 'Abmelden' }).click();
  await loginForm(page).getByLabel('Login-Name oder E-Mail-Adresse').waitFor();
}

/** Sets two-factor up in the given element (profile or setup screen); returns the key and the recovery codes. */
async function setUp(page: Page, where: string): Promise<{ secret: string; codes: string[] }> {
  const tfa = page.locator('lotse-profile-two-factor');
  await tfa.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await tfa.getByRole('button', { name: 'Weiter' }).click();
  await tfa.getByRole('img', { name: 'QR-Code zum Einrichten der Authenticator-App' }).waitFor();
  await expectAccessible(page, `${where}: QR code`);
  const secret = (await tfa.locator('code.secret').textContent())!.replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const code = tfa.getByLabel('Code aus der App');
  expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
  expect(await code.getAttribute('inputmode')).toBe('numeric');
  await code.fill(await codeOf(secret, nowStep()));
  await tfa.getByRole('button', { name: 'Einschalten' }).click();
  await tfa.getByRole('heading', { name: 'Ihre Wiederherstellungscodes' }).waitFor();
  const codes = (await tfa.locator('ol.codes code').allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await expectAccessible(page, `${where}: recovery codes`);
  return { secret, codes };
}

describe('dashboard: two-factor login', () => {
  it('is set up in the profile, then asks for a code or a recovery code at login', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/profile`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mein Profil');
      const tfa = page.locator('lotse-profile-two-factor');
      await tfa.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' }).click();
      await expectAccessible(page, 'profile: password for the setup');

      const { secret, codes } = await setUp(page, 'profile');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        tfa.getByRole('link', { name: 'Als Textdatei herunterladen' }).click(),
      ]);
      const file = await readFile((await download.path())!, 'utf8');
      for (const c of codes) expect(file).toContain(c);
      await tfa.getByRole('button', { name: 'Ich habe die Codes gesichert' }).click();
      await expect
        .poll(() => tfa.locator('section').textContent())
        .toContain('Die Zwei-Faktor-Anmeldung ist eingeschaltet.');
      expect(await tfa.locator('section').textContent()).toContain('Eingeschaltet seit');
      expect(await tfa.locator('section').textContent()).toContain('Noch 10 Wiederherstellungscodes.');
      await expectAccessible(page, 'profile: two-factor on');

      // Log in again: a wrong code first, then the app's next one.
      await logOut(page);
      await passwordStep(page, 'anna.berger');
      await expectAccessible(page, 'login: code');
      await loginForm(page).getByLabel('Code aus der App').fill('000000');
      await loginForm(page).getByRole('button', { name: 'Bestätigen' }).click();
      await loginForm(page).getByText('Dieser Code stimmt nicht oder wurde schon verwendet.').waitFor();
      await expectAccessible(page, 'login: wrong code');
      await loginForm(page)
        .getByLabel('Code aus der App')
        .fill(await codeOf(secret, nowStep() + 1));
      await loginForm(page).getByRole('button', { name: 'Bestätigen' }).click();
      await nav(page).waitFor();

      // And with a recovery code.
      await logOut(page);
      await passwordStep(page, 'anna.berger');
      await loginForm(page).getByRole('button', { name: 'Wiederherstellungscode verwenden' }).click();
      await expectAccessible(page, 'login: recovery code');
      await loginForm(page).getByLabel('Wiederherstellungscode').fill(codes[0]!);
      await loginForm(page).getByRole('button', { name: 'Bestätigen' }).click();
      await nav(page).waitFor();
      await nav(page).getByRole('link', { name: 'Mein Profil' }).click();
      await expect.poll(() => tfa.locator('section').textContent()).toContain('Noch 9 Wiederherstellungscodes.');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('when the organisation requires it, shows staff without it only the setup', async () => {
    const adminPage = await staffPage(browser);
    const jonasPage = await staffPage(browser);
    try {
      // The admin requires it; having no two-factor herself, she is asked to set it up at once.
      const { page } = adminPage;
      await page.goto(`${server.url}/dashboard/organisation`);
      await logInThroughDashboard(page, 'demo.admin');
      const security = page.locator('lotse-organisation-view section#security');
      await security.getByRole('checkbox', { name: 'Zwei-Faktor-Anmeldung für alle Mitarbeitenden verlangen' }).check();
      await expectAccessible(page, 'organisation: security');
      await security.getByRole('button', { name: 'Speichern – Sicherheit' }).click();
      await page.locator('lotse-profile-two-factor').getByRole('heading', { name: 'Zwei-Faktor-Anmeldung' }).waitFor();

      // A colleague logs in: only the setup, and after it the dashboard.
      const jonas = jonasPage.page;
      await jonas.goto(`${server.url}/dashboard`);
      await loginForm(jonas).getByLabel('Login-Name oder E-Mail-Adresse').fill('jonas.keller');
      await loginForm(jonas).getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
      await loginForm(jonas).getByRole('button', { name: 'Anmelden' }).click();
      const setup = jonas.locator('lotse-profile-two-factor');
      await setup.getByText('Ihre Einrichtung verlangt die Zwei-Faktor-Anmeldung.').waitFor();
      expect(await jonas.locator('lotse-dashboard nav').count()).toBe(0);
      await expectAccessible(jonas, 'forced setup');
      await setUp(jonas, 'forced setup');
      await setup.getByRole('button', { name: 'Ich habe die Codes gesichert' }).click();
      await nav(jonas).waitFor();
      expect(adminPage.problems).toEqual([]);
      expect(jonasPage.problems).toEqual([]);
    } finally {
      await adminPage.close();
      await jonasPage.close();
    }
  });
});
