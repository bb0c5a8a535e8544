/**
 * The client's account in the widgets (issue 15), in a real Chromium with a real SMTP server:
 * - the "you have an answer" mail's link opens the login for that request and then the request;
 * - in the mail form's account settings the client changes the password (the old one stops working)
 *   and the notification email: the confirmation link mailed to the new address comes back to the
 *   widget, and the next answer's notice goes there;
 * - in the chat the same settings, reached and used with the keyboard only: the password changes and
 *   the address is removed.
 * axe on every new state; screenshots in .lotse-test-data/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import type { ParsedMail } from 'mailparser';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import type { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { buildClient, loginAs, TEST_PASSWORD, uniq } from '../support/builders.js';
import type { GraphQLClient } from '../support/gql.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
import { screenshot } from '../browser/dashboard.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const SEND = `mutation($input: SendMailRequestInput!) { sendMailRequest(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerMailRequestInput!) { answerMailRequest(input: $input) { status } }`;
const NEW_PASSWORD = 'Wanderdüne-Sternwarte-917';
const NEXT_PASSWORD = 'Glockenspiel+Nordlicht-58';

let server: TestServer;
let smtp: TestSmtp;
let browser: Browser;
let org: Organisation;
let anna: GraphQLClient;
let annaId: string;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  smtp = await startSmtp();
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true, smtpUrl: smtp.url }), launchChromium()]);
  const admin = await loginAs(server, { loginName: 'demo.admin' }, DEMO_PASSWORD);
  // The demo page's origin is the organisation's website here: mail links may lead back to it.
  const updated = await admin.ok<{ updateOrganisation: { id: string; publicKey: string } }>(
    `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id publicKey } }`,
    { input: { allowedOrigins: [server.url] } },
  );
  org = { id: updated.updateOrganisation.id, publicKey: updated.updateOrganisation.publicKey } as Organisation;
  anna = await loginAs(server, { loginName: 'anna.berger' }, DEMO_PASSWORD);
  annaId = (await anna.ok<{ me: { id: string } }>(`{ me { id } }`)).me.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const seen = new Set<ParsedMail>();
/** The link in the next mail to `to` whose subject is `subject`. */
async function linkMailedTo(to: string, subject: string): Promise<string> {
  const mail = await smtp.waitFor(to, (m) => !seen.has(m) && m.subject === subject, 15_000);
  seen.add(mail);
  return /https?:\/\/\S+/.exec(mail.text ?? '')![0];
}

/** The client writes (to Anna), Anna answers: a notice goes to the client's address. */
async function answeredRequest(client: GraphQLClient, subject: string): Promise<string> {
  const sent = await client.ok<{ sendMailRequest: { id: string } }>(SEND, {
    input: { subject, message: 'Wie geht es weiter?', counsellorId: annaId },
  });
  const id = sent.sendMailRequest.id;
  await anna.ok(ANSWER, { input: { requestId: id, message: 'Eine Antwort von Anna.' } });
  return id;
}

const logIn = (login: string, password: string) =>
  server.client().request(LOGIN, { input: { login, password, organisationKey: org.publicKey } });
const notices = (page: Page) => page.locator('lotse-account [role="status"]');

describe('the client’s account in the widgets', () => {
  it('mail form: the answer mail opens the login, then the request; password and notification email change', async () => {
    const first = `${uniq('client')}@example.org`;
    const client = await buildClient(server, org, { email: first });
    const subject = `Frage ${uniq()}`;
    const requestId = await answeredRequest(await loginAs(server, client), subject);
    const answerLink = await linkMailedTo(first, 'Neue Antwort auf Ihre Anfrage');
    expect(answerLink).toContain(`request=${requestId}`);

    const visitor = await watchedPage(browser);
    const { page } = visitor;
    const mail: Locator = page.locator('lotse-mail-form');
    const heading = mail.locator('#heading');
    try {
      page.setDefaultTimeout(10_000);
      // ── the link opens the login for that request, then the request ──
      await page.goto(answerLink);
      await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Anmelden');
      await mail.getByText('Bitte melden Sie sich an, um die Antwort zu lesen.').waitFor();
      expect(await axeViolations(page, 'lotse-mail-form'), 'login from the mail').toEqual([]);
      await mail.getByLabel('Pseudonym oder E-Mail-Adresse').fill(client.loginName);
      await mail.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
      await mail.getByLabel('Passwort', { exact: true }).press('Enter');
      await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toBe(subject);
      await mail.getByText('Eine Antwort von Anna.').waitFor();

      // ── account settings: change the password ──
      await mail.getByRole('button', { name: 'Mein Zugang' }).press('Enter');
      const account = mail.locator('lotse-account');
      await account.getByText(`Benachrichtigungen gehen an: ${first}`).waitFor({ timeout: 20_000 });
      expect(await axeViolations(page, 'lotse-mail-form'), 'account settings').toEqual([]);
      await screenshot(page, 'widget-account-mail-form');
      await account.getByRole('button', { name: 'Passwort ändern' }).press('Enter');
      await account.getByLabel('Bisheriges Passwort').fill(TEST_PASSWORD);
      // A password the registration would refuse is refused here with the same words.
      await account.getByLabel('Neues Passwort', { exact: true }).fill('passwort123');
      await account.getByLabel('Neues Passwort wiederholen').fill('passwort123');
      await account.getByRole('button', { name: 'Passwort speichern' }).press('Enter');
      await account.getByText('Dieses Passwort ist zu leicht zu erraten.', { exact: false }).waitFor();
      expect(await axeViolations(page, 'lotse-mail-form'), 'weak new password').toEqual([]);
      await account.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
      await account.getByLabel('Neues Passwort wiederholen').fill(NEW_PASSWORD);
      await account.getByRole('button', { name: 'Passwort speichern' }).press('Enter');
      await notices(page).getByText('Ihr neues Passwort gilt ab jetzt.', { exact: false }).waitFor();
      expect((await logIn(client.loginName, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await logIn(client.loginName, NEW_PASSWORD)).errors).toBeUndefined();

      // ── the notification email: a link to the new address first ──
      const next = `${uniq('neu')}@example.org`;
      await account.getByLabel('Neue E-Mail-Adresse').fill(next);
      await account.getByLabel('Ihr Passwort').fill('nicht-mein-passwort');
      await account.getByRole('button', { name: 'Bestätigungslink schicken' }).press('Enter');
      await account.getByText('Das Passwort stimmt nicht.').waitFor();
      expect(await axeViolations(page, 'lotse-mail-form'), 'wrong password for the address').toEqual([]);
      await account.getByLabel('Ihr Passwort').fill(NEW_PASSWORD);
      await account.getByRole('button', { name: 'Bestätigungslink schicken' }).press('Enter');
      await notices(page).getByText(`Wir haben einen Link an ${next} geschickt.`, { exact: false }).waitFor();
      await account.getByText(`Noch nicht bestätigt: ${next}.`, { exact: false }).waitFor();
      await account.getByText(`Benachrichtigungen gehen an: ${first}`).waitFor();
      expect(await axeViolations(page, 'lotse-mail-form'), 'confirmation pending').toEqual([]);
      await screenshot(page, 'widget-account-mail-form-pending');

      const confirmLink = await linkMailedTo(next, 'Bitte bestätigen Sie Ihre E-Mail-Adresse');
      expect(confirmLink).toMatch(/#lotse-confirm-email=[\w-]{43}&widget=lotse-mail-form$/);
      // Opened from the mail: a new tab of the same browser.
      const tab = await visitor.context.newPage();
      tab.setDefaultTimeout(10_000);
      await tab.goto(confirmLink);
      await notices(tab).getByText('Ihre E-Mail-Adresse ist bestätigt.', { exact: false }).waitFor();
      await tab.locator('lotse-account').getByText(`Benachrichtigungen gehen an: ${next}`).waitFor();
      // The token left the address bar at once.
      expect(tab.url()).not.toContain('lotse-confirm-email');
      expect(await axeViolations(tab, 'lotse-mail-form'), 'confirmed').toEqual([]);
      await screenshot(tab, 'widget-account-mail-form-confirmed');

      // ── the next answer's notice goes to the new address ──
      await anna.ok(ANSWER, { input: { requestId, message: 'Noch eine Antwort.' } });
      expect(await linkMailedTo(next, 'Neue Antwort auf Ihre Anfrage')).toContain(`request=${requestId}`);
      expect(visitor.problems.filter((p) => !p.includes('HTTP 400'))).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 120_000);

  it('chat: the account settings with the keyboard only; the password changes and the address is removed', async () => {
    const email = `${uniq('client')}@example.org`;
    const client = await buildClient(server, org, { email });
    const visitor = await watchedPage(browser);
    const { page } = visitor;
    const chat = page.locator('lotse-chat');
    const key = (k: string) => page.keyboard.press(k);
    try {
      page.setDefaultTimeout(10_000);
      await page.goto(`${server.url}/`);
      await chat.locator('#bubble').focus();
      await key('Enter');
      // The chat's own login (the mail form in the panel has one of its own).
      await chat.getByRole('button', { name: 'Anmelden', exact: true }).focus();
      await key('Enter');
      await expect
        .poll(() => chat.locator('#login').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
        .toBe(true);
      await page.keyboard.type(client.loginName);
      await key('Tab');
      await page.keyboard.type(TEST_PASSWORD);
      await key('Enter');
      // Logged in: the login view gives way to the chat, or (nobody online) to the mail form.
      await chat.locator('#login').waitFor({ state: 'detached' });
      // The chat's account line (a mail form shown in the panel has one of its own).
      const settings = chat.locator('#panel > [part="account"] #account-settings');
      await settings.waitFor();
      await settings.focus();
      await key('Enter');
      const account = chat.locator('#panel > .content > lotse-account');
      await account.getByText(`Benachrichtigungen gehen an: ${email}`).waitFor({ timeout: 20_000 });
      expect(await axeViolations(page, 'lotse-chat'), 'chat: account settings').toEqual([]);
      await screenshot(page, 'widget-account-chat');

      // Change the password: the button, then the three fields and Enter.
      await account.getByRole('button', { name: 'Passwort ändern' }).focus();
      await key('Enter');
      await account.locator('lotse-password h3').waitFor();
      await expect
        .poll(() =>
          account.locator('lotse-password h3').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
        )
        .toBe(true);
      expect(await axeViolations(page, 'lotse-chat'), 'chat: change password').toEqual([]);
      await key('Tab');
      await page.keyboard.type(TEST_PASSWORD);
      await key('Tab');
      await page.keyboard.type(NEXT_PASSWORD);
      await key('Tab');
      await page.keyboard.type(NEXT_PASSWORD);
      await key('Enter');
      await notices(page).getByText('Ihr neues Passwort gilt ab jetzt.', { exact: false }).waitFor();
      expect(await axeViolations(page, 'lotse-chat'), 'chat: password changed').toEqual([]);
      expect((await logIn(client.loginName, NEXT_PASSWORD)).errors).toBeUndefined();
      // Still logged in with the renewed session: the account line is there.
      await chat.locator('#panel > [part="account"]').getByText(client.loginName, { exact: false }).waitFor();

      // Remove the address: the password field, then the remove button.
      await account.getByLabel('Ihr Passwort').focus();
      await page.keyboard.type(NEXT_PASSWORD);
      await key('Tab');
      await key('Tab');
      await expect
        .poll(() =>
          account.locator('#email-remove').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
        )
        .toBe(true);
      await key('Enter');
      await notices(page).getByText('Ihre E-Mail-Adresse ist entfernt.', { exact: false }).waitFor();
      await account.getByText('Es ist keine E-Mail-Adresse hinterlegt.', { exact: false }).waitFor();
      expect(await axeViolations(page, 'lotse-chat'), 'chat: address removed').toEqual([]);
      await screenshot(page, 'widget-account-chat-removed');
      const me = await (
        await loginAs(server, client, NEXT_PASSWORD)
      ).ok<{ me: { client: { email: string | null } } }>(`{ me { client { email } } }`);
      expect(me.me.client.email).toBeNull();

      // Back to where the client was.
      await account.getByRole('button', { name: 'Zurück' }).focus();
      await key('Enter');
      await expect.poll(() => account.count()).toBe(0);
      expect(visitor.problems.filter((p) => !p.includes('HTTP 400'))).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 120_000);
});
