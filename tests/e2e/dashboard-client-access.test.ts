/**
 * The client panel's access actions, end to end in a real Chromium (Berlin, de-DE) against the real
 * server with the demo data and a real SMTP server. An admin sets a password for the demo client by
 * keyboard (the policy's answer shown at the field first), and the client logs into the mail form with
 * it; the admin sends an invitation to a client with an email (the screen says beforehand that one
 * without email cannot get one), the mail arrives, and its link sets the password in the mail form. A
 * counsellor has the same two actions but none of the admin-only ones. Every state passes axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { buildClient } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';
import { watchedPage } from '../browser/page.js';
import { DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';

const NEW_PASSWORD = 'Wanderdüne-Sternwarte-917';
const INVITED_PASSWORD = 'Glockenspiel+Nordlicht-58';

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

const panel = (page: Page) => page.locator('lotse-client-panel');
const notice = (page: Page) => panel(page).locator('.notice').first();
/** Problems a page may have on purpose: refused input answers HTTP 400. */
const unexpected = (problems: string[]) => problems.filter((p) => !p.includes('HTTP 400'));

/** Opens a client's panel from the list, as staff do. */
async function openClient(page: Page, pseudonym: string): Promise<void> {
  await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Klient*innen' }).click();
  await expect.poll(() => screenHeading(page).textContent()).toBe('Klient*innen');
  const list = page.locator('lotse-client-list');
  await list.getByRole('searchbox').fill(pseudonym);
  await list.getByRole('link', { name: pseudonym, exact: true }).click();
  await expect.poll(() => screenHeading(page).textContent()).toBe(pseudonym);
}

/** The mail form on the API's page for the demo organisation (what invitation links open). */
const mailForm = (page: Page): Locator => page.locator('lotse-mail-form');
const formHeading = (page: Page) => mailForm(page).locator('#heading');

describe('dashboard: client access', () => {
  it('an admin sets a password by keyboard, and the client logs into the mail form with it', async () => {
    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await openClient(page, 'sonnenblume');

    // No email: the screen says before anyone tries that no invitation can go out.
    const invite = panel(page).getByRole('button', { name: 'Einladung versenden' });
    expect(await invite.isDisabled()).toBe(true);
    expect(await panel(page).locator('#invite-hint').textContent()).toContain('Keine E-Mail-Adresse hinterlegt');
    await expectAccessible(page, 'client access: no email');

    await panel(page).getByRole('button', { name: 'Passwort vergeben' }).focus();
    await page.keyboard.press('Enter');
    const dialog = panel(page).getByRole('dialog', { name: 'Passwort für sonnenblume vergeben' });
    await dialog.waitFor();
    // The focus starts in the first field; a guessable password is refused at its field.
    await page.keyboard.type('passwort1234');
    await page.keyboard.press('Tab');
    await page.keyboard.type('passwort1234');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.locator('#cp-password-error').textContent())
      .toBe('Dieses Passwort ist zu leicht zu erraten.');
    expect(await dialog.getByLabel('Neues Passwort').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'set password: refused');
    await screenshot(page, 'dashboard-client-set-password');

    await dialog.getByLabel('Neues Passwort').fill(NEW_PASSWORD);
    await dialog.getByLabel('Passwort wiederholen').fill(NEW_PASSWORD);
    await dialog.getByLabel('Passwort wiederholen').press('Enter');
    await expect.poll(() => notice(page).textContent()).toContain('Neues Passwort für sonnenblume gespeichert');
    expect(await dialog.isVisible()).toBe(false);
    await expectAccessible(page, 'set password: done');
    expect(unexpected(problems)).toEqual([]);

    // The client logs into the organisation's mail form with the new password.
    const visitor = await watchedPage(browser, { locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    try {
      const p = visitor.page;
      p.setDefaultTimeout(10_000);
      await p.goto(`${server.url}/mail?org=${DEMO_PUBLIC_KEY}&lang=de`);
      await mailForm(p).getByRole('button', { name: 'Anmelden und Antworten lesen' }).click();
      await mailForm(p).getByLabel('Pseudonym oder E-Mail-Adresse').fill('sonnenblume');
      await mailForm(p).getByLabel('Passwort', { exact: true }).fill(NEW_PASSWORD);
      await mailForm(p).getByRole('button', { name: 'Anmelden', exact: true }).click();
      await expect.poll(() => formHeading(p).textContent()).toBe('Ihre Anfragen');
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('an admin sends an invitation; the mail arrives and its link sets the password in the mail form', async () => {
    const em = server.orm.em.fork();
    const demo = await em.findOneOrFail(Organisation, { publicKey: DEMO_PUBLIC_KEY });
    const email = `leuchtturm.${Date.now()}@example.org`;
    const client = await buildClient(server, demo, { pseudonym: `leuchtturm${Date.now()}`, email });

    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await openClient(page, client.pseudonym!);
    await panel(page).getByRole('button', { name: 'Einladung versenden' }).click();
    const dialog = panel(page).getByRole('dialog', { name: `Einladung an ${client.pseudonym} versenden?` });
    await dialog.waitFor();
    await expectAccessible(page, 'invitation: confirm');
    await screenshot(page, 'dashboard-client-invite');
    await dialog.getByRole('button', { name: 'Einladung senden' }).press('Enter');
    await expect.poll(() => notice(page).textContent()).toContain(`Einladung an ${client.pseudonym} verschickt`);
    expect(await dialog.isVisible()).toBe(false);
    await expectAccessible(page, 'invitation: sent');
    expect(unexpected(problems)).toEqual([]);

    const mail = await smtp.waitFor(email);
    expect(mail.subject).toBe(`Einladung – ${demo.name}`);
    expect(mail.text).toContain(`Ihr Pseudonym (zum Anmelden): ${client.pseudonym}`);
    const link = new URL(/https?:\/\/\S+/.exec(mail.text ?? '')![0]);
    expect(link.pathname).toBe('/mail');
    expect(link.searchParams.get('org')).toBe(DEMO_PUBLIC_KEY);

    // The link opens the mail form at its set-password view, and the client is logged in after it.
    const visitor = await watchedPage(browser, { locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    try {
      const p = visitor.page;
      p.setDefaultTimeout(10_000);
      await p.goto(`${server.url}${link.pathname}${link.search}${link.hash}`);
      await expect.poll(() => mailForm(p).locator('lotse-password h3').textContent()).toBe('Neues Passwort festlegen');
      await mailForm(p).getByLabel('Neues Passwort', { exact: true }).fill(INVITED_PASSWORD);
      await mailForm(p).getByLabel('Neues Passwort wiederholen').fill(INVITED_PASSWORD);
      await mailForm(p).getByRole('button', { name: 'Passwort speichern' }).press('Enter');
      await expect.poll(() => formHeading(p).textContent()).toBe('Ihre Anfragen');
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('a counsellor has both actions, but none of the admin-only ones', async () => {
    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'anna.berger');
    await openClient(page, 'sonnenblume');
    const account = panel(page).getByRole('region', { name: 'Konto' });
    await account.getByRole('button', { name: 'Passwort vergeben' }).waitFor();
    await account.getByRole('button', { name: 'Einladung versenden' }).waitFor();
    for (const name of ['Sperren', 'Entsperren', 'Löschen', 'Wiederherstellen']) {
      expect(await panel(page).getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await panel(page).getByRole('tab', { name: 'Nachrichten' }).count()).toBe(0);
    await expectAccessible(page, 'client access: counsellor');
    expect(unexpected(problems)).toEqual([]);
  });
});
