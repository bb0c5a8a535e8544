/**
 * Forgotten and changed passwords in `<lotse-mail-form>` on the demo page, in a real Chromium with a
 * real SMTP server: a client asks for a link in the widget, the mail arrives, its link opens the
 * widget's set-password view on the same page, the new password logs them in; logged in, they change
 * it again. Keyboard only where a new control is used; axe on every new state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import type { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { buildClient, uniq } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const NEW_PASSWORD = 'Wanderdüne-Sternwarte-917';
const NEXT_PASSWORD = 'Glockenspiel+Nordlicht-58';

let server: TestServer;
let smtp: TestSmtp;
let browser: Browser;
let org: Organisation;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  smtp = await startSmtp();
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true, smtpUrl: smtp.url }), launchChromium()]);
  const admin = await server.client().ok<{ login: { accessToken: string } }>(LOGIN, {
    input: { login: 'demo.admin', password: DEMO_PASSWORD },
  });
  // The demo page is the organisation's website here: reset links may lead back to it.
  const updated = await server
    .client(admin.login.accessToken)
    .ok<{ updateOrganisation: { id: string } }>(
      `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
      { input: { allowedOrigins: [server.url] } },
    );
  org = { id: updated.updateOrganisation.id, publicKey: DEMO_PUBLIC_KEY } as Organisation;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const widget = (page: Page): Locator => page.locator('lotse-mail-form');
const heading = (page: Page) => widget(page).locator('#heading');
const passwordHeading = (page: Page) => widget(page).locator('lotse-password h3');

describe('passwords in the mail form', () => {
  it('resets a forgotten password through the mail’s link back to the widget, then changes it', async () => {
    const email = `${uniq('client')}@example.org`;
    const client = await buildClient(server, org, { email });
    const visitor = await watchedPage(browser);
    let { page } = visitor;
    try {
      page.setDefaultTimeout(10_000);
      await page.goto(`${server.url}/`);
      let mail = widget(page);
      await mail.getByRole('button', { name: 'Anmelden und Antworten lesen' }).press('Enter');
      await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toBe('Anmelden');
      await mail.getByRole('button', { name: 'Passwort vergessen?' }).press('Enter');
      await expect.poll(() => passwordHeading(page).textContent(), { timeout: 10_000 }).toBe('Passwort vergessen');
      expect(await axeViolations(page, 'lotse-mail-form'), 'forgot').toEqual([]);

      // Keyboard only: type, Tab to the next field, Enter sends.
      await mail.getByLabel('Pseudonym').focus();
      await page.keyboard.type(client.loginName);
      await page.keyboard.press('Tab');
      await page.keyboard.type(email);
      await page.keyboard.press('Enter');
      await mail.getByText('ist ein Link unterwegs').waitFor();
      expect(await axeViolations(page, 'lotse-mail-form'), 'link sent').toEqual([]);

      const arrived = await smtp.waitFor(email);
      const link = /https?:\/\/\S+/.exec(arrived.text ?? '')![0];
      expect(link.startsWith(`${server.url}/#lotse-set-password=`)).toBe(true);

      // The link (opened in a new tab, as from a mail program) shows the set-password view of the widget
      // on that page, and leaves the address clean.
      await page.close();
      page = await visitor.context.newPage();
      page.setDefaultTimeout(10_000);
      mail = widget(page);
      await page.goto(link);
      await expect
        .poll(() => passwordHeading(page).textContent(), { timeout: 10_000 })
        .toBe('Neues Passwort festlegen');
      expect(new URL(page.url()).hash).toBe('');
      expect(await axeViolations(page, 'lotse-mail-form'), 'set password').toEqual([]);
      await mail.getByLabel('Neues Passwort', { exact: true }).focus();
      await page.keyboard.type(NEW_PASSWORD);
      await page.keyboard.press('Tab');
      await page.keyboard.type(NEW_PASSWORD);
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toBe('Ihre Anfragen');
      await mail.getByText('Ihr neues Passwort ist gespeichert.').waitFor();
      await server
        .client()
        .ok(LOGIN, { input: { login: client.loginName, password: NEW_PASSWORD, organisationKey: org.publicKey } });

      // Logged in: change it in the account settings. A wrong current password is said so, next to the field.
      await mail.getByRole('button', { name: 'Mein Zugang' }).press('Enter');
      await mail.getByRole('button', { name: 'Passwort ändern' }).press('Enter');
      await expect.poll(() => passwordHeading(page).textContent(), { timeout: 10_000 }).toBe('Passwort ändern');
      expect(await axeViolations(page, 'lotse-mail-form'), 'change').toEqual([]);
      await mail.getByLabel('Bisheriges Passwort').fill('not-my-password');
      await mail.getByLabel('Neues Passwort', { exact: true }).fill(NEXT_PASSWORD);
      await mail.getByLabel('Neues Passwort wiederholen').fill(NEXT_PASSWORD);
      await mail.getByRole('button', { name: 'Passwort speichern' }).press('Enter');
      await mail.getByText('Das bisherige Passwort stimmt nicht.').waitFor();
      expect(await axeViolations(page, 'lotse-mail-form'), 'wrong current password').toEqual([]);
      await mail.getByLabel('Bisheriges Passwort').fill(NEW_PASSWORD);
      await mail.getByRole('button', { name: 'Passwort speichern' }).press('Enter');
      await mail.getByText('Ihr neues Passwort gilt ab jetzt. Andere Anmeldungen sind beendet.').waitFor();
      await server
        .client()
        .ok(LOGIN, { input: { login: client.loginName, password: NEXT_PASSWORD, organisationKey: org.publicKey } });
      expect(visitor.problems.filter((p) => !p.includes('HTTP 400'))).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('in the chat: asks for a link, whose page opens the chat at its set-password view, and logs in', async () => {
    const email = `${uniq('client')}@example.org`;
    const client = await buildClient(server, org, { email });
    const visitor = await watchedPage(browser);
    let { page } = visitor;
    try {
      page.setDefaultTimeout(10_000);
      await page.goto(`${server.url}/`);
      let chat = page.locator('lotse-chat');
      await chat.locator('#bubble').press('Enter');
      // The chat's own link (the mail form it embeds has one of its own).
      await chat.getByRole('button', { name: 'Anmelden', exact: true }).press('Enter');
      await chat.getByRole('button', { name: 'Passwort vergessen?' }).press('Enter');
      await expect
        .poll(() => chat.locator('lotse-password h3').textContent(), { timeout: 10_000 })
        .toBe('Passwort vergessen');
      await chat.getByLabel('Pseudonym', { exact: true }).fill(client.loginName);
      await chat.getByLabel('E-Mail-Adresse').fill(email);
      await chat.getByRole('button', { name: 'Link schicken' }).press('Enter');
      await chat.getByText('ist ein Link unterwegs').waitFor();
      expect(await axeViolations(page, 'lotse-chat'), 'chat: link sent').toEqual([]);

      const link = /https?:\/\/\S+/.exec((await smtp.waitFor(email)).text ?? '')![0];
      expect(link).toMatch(/#lotse-set-password=[\w-]{43}&widget=lotse-chat$/);
      await page.close();
      page = await visitor.context.newPage();
      page.setDefaultTimeout(10_000);
      chat = page.locator('lotse-chat');
      await page.goto(link);
      // The chat opened itself at the view; the mail form on the same page left the link to it.
      await expect
        .poll(() => chat.locator('lotse-password h3').textContent(), { timeout: 10_000 })
        .toBe('Neues Passwort festlegen');
      expect(await page.locator('lotse-mail-form').locator('lotse-password').count()).toBe(0);
      expect(await axeViolations(page, 'lotse-chat'), 'chat: set password').toEqual([]);
      await chat.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
      await chat.getByLabel('Neues Passwort wiederholen').fill(NEW_PASSWORD);
      await chat.getByRole('button', { name: 'Passwort speichern' }).press('Enter');
      await expect
        .poll(() => chat.locator('#panel > [part="account"]').textContent(), { timeout: 10_000 })
        .toContain(client.loginName);
      await server
        .client()
        .ok(LOGIN, { input: { login: client.loginName, password: NEW_PASSWORD, organisationKey: org.publicKey } });
    } finally {
      await visitor.close();
    }
  });

  it('says so when the link was used already', async () => {
    const email = `${uniq('client')}@example.org`;
    const client = await buildClient(server, org, { email });
    await server.client().ok(`mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, {
      input: {
        loginName: client.loginName,
        email,
        returnUrl: `${server.url}/#lotse-mail-form`,
        organisationKey: org.publicKey,
      },
    });
    const link = /https?:\/\/\S+/.exec((await smtp.waitFor(email)).text ?? '')![0];
    const token = /#lotse-set-password=([\w-]+)&widget=lotse-mail-form$/.exec(link)![1]!;
    await server
      .client()
      .ok(`mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) { accessToken } }`, {
        input: { token, password: NEW_PASSWORD },
      });
    const visitor = await watchedPage(browser);
    const { page } = visitor;
    try {
      page.setDefaultTimeout(10_000);
      await page.goto(link);
      const mail = widget(page);
      await expect
        .poll(() => passwordHeading(page).textContent(), { timeout: 10_000 })
        .toBe('Neues Passwort festlegen');
      await mail.getByLabel('Neues Passwort', { exact: true }).fill(NEXT_PASSWORD);
      await mail.getByLabel('Neues Passwort wiederholen').fill(NEXT_PASSWORD);
      await mail.getByRole('button', { name: 'Passwort speichern' }).press('Enter');
      await mail.getByText('Dieser Link ist abgelaufen oder wurde schon benutzt.').waitFor();
      expect(await axeViolations(page, 'lotse-mail-form')).toEqual([]);
    } finally {
      await visitor.close();
    }
  });
});
