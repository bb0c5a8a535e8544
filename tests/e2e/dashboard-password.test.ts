/**
 * A staff member's forgotten password, end to end in a real Chromium (Berlin, de-DE) against the real
 * server with the demo data and a real SMTP server: on the dashboard's login she asks for a link with her
 * email address and login name (by keyboard; empty fields are said at the fields), the mail arrives, its
 * link opens the set-password page, the new password is saved, the page leads on to the dashboard's
 * login, and she logs in with the new password (the old one no longer works). Every state passes axe;
 * the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const NEW_PASSWORD = 'Leuchtturm-Brandung-Möwe-73';
const EMAIL = 'jonas.keller@demo.lotse.local';

let server: TestServer;
let browser: Browser;
let smtp: TestSmtp;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  smtp = await startSmtp();
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true, smtpUrl: smtp.url }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

describe('dashboard: forgotten password (staff)', () => {
  it('asks for a link on the login, sets a new password through the mail’s link and logs in with it', async () => {
    const staff = await staffPage(browser);
    const { page, context } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await expect.poll(() => screenHeading(page).textContent()).toBe('Anmelden');
      const form = page.locator('lotse-login-form');
      await form.getByRole('button', { name: 'Passwort vergessen?' }).press('Enter');
      await expect.poll(() => form.locator('h1').textContent()).toBe('Passwort vergessen');
      // The focus is in the first field.
      const email = form.getByLabel('E-Mail-Adresse');
      await expect.poll(() => email.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      await expectAccessible(page, 'forgot password');

      // Sent empty: each field says so.
      await page.keyboard.press('Enter');
      await expect.poll(() => form.locator('#email-error').textContent()).toBe('Bitte ausfüllen.');
      expect(await form.locator('#loginName-error').textContent()).toBe('Bitte ausfüllen.');
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'forgot password, fields empty');

      // Email, Tab, login name, Enter.
      await email.focus();
      await page.keyboard.type(EMAIL);
      await page.keyboard.press('Tab');
      await page.keyboard.type('jonas.keller');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => form.getByRole('status').first().textContent())
        .toBe(
          'Wenn die Angaben zu einem Konto passen, ist der Link unterwegs. Bitte sehen Sie in Ihrem Postfach nach.',
        );
      await expectAccessible(page, 'forgot password, link sent');
      await screenshot(page, 'dashboard-forgot-password-sent');

      // The mail arrives with a link to the set-password page.
      const mail = await smtp.waitFor(EMAIL);
      const link = /https?:\/\/\S+\/set-password\?\S+/.exec(mail.text ?? '')?.[0];
      expect(link, mail.text).toBeDefined();
      expect(new URL(link!).origin).toBe(server.url);
      expect(new URL(link!).searchParams.get('token')).toMatch(/^[\w-]{20,}$/);

      // Opened in a new tab, as from a mail program.
      const tab = await context.newPage();
      tab.setDefaultTimeout(10_000);
      tab.on('console', (msg) => {
        if (msg.type() === 'error') staff.problems.push(`console (set-password): ${msg.text()}`);
      });
      tab.on('pageerror', (err) => staff.problems.push(`exception (set-password): ${err.message}`));
      tab.on('response', (res) => {
        if (res.status() >= 400) staff.problems.push(`HTTP ${res.status()} (set-password): ${res.url()}`);
      });
      await tab.goto(link!);
      expect(await tab.locator('h1').textContent()).toBe('Passwort festlegen');
      await expectAccessible(tab, 'set-password page');
      await tab.getByLabel('Neues Passwort').focus();
      await tab.keyboard.type(NEW_PASSWORD);
      await tab.keyboard.press('Tab');
      await tab.keyboard.type(NEW_PASSWORD);
      await tab.keyboard.press('Enter');
      await expect
        .poll(() => tab.locator('#status').textContent())
        .toBe('Ihr Passwort ist gespeichert. Sie können sich jetzt mit dem neuen Passwort anmelden.');
      await expectAccessible(tab, 'set-password page, saved');
      await screenshot(tab, 'dashboard-set-password-saved');

      // The old password is gone, the new one works.
      await server
        .client()
        .fails('UNAUTHENTICATED', LOGIN, { input: { login: 'jonas.keller', password: DEMO_PASSWORD } });

      // "On to the login" leads a staff member to the dashboard, where she logs in with the new password.
      await tab.getByRole('link', { name: 'Weiter zur Anmeldung' }).press('Enter');
      await tab.waitForURL(`${server.url}/dashboard`);
      await expect.poll(() => screenHeading(tab).textContent()).toBe('Anmelden');
      await logInThroughDashboard(tab, 'jonas.keller', NEW_PASSWORD);
      await expect.poll(() => screenHeading(tab).textContent()).toBe('Guten Tag, Jonas');
      await expectAccessible(tab, 'dashboard after logging in with the new password');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 120_000);
});
