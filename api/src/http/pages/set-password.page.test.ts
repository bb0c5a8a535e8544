/**
 * The set-password page in a real browser (headless Chromium) against the real server: the page
 * script must run under the page CSP, talk to /graphql and show the server's answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright';
import { launchChromium } from '../../../../tests/browser/chromium.js';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildCounsellor,
  buildOrganisation,
  loginAs,
  loginAsOperator,
  TEST_PASSWORD,
  uniq,
} from '../../../../tests/support/builders.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OperatorAdminService } from '../../modules/platform-operator/operator-admin.service.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import type { Organisation } from '../../modules/organisation/organisation.entity.js';

const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const NEW_PASSWORD = 'Wanderdüne-Sternwarte-917';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: TestServer;
let smtp: TestSmtp;
let browser: Browser;
let org: Organisation;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url });
  org = await buildOrganisation(server);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

/** A reset link for a fresh counsellor, from the mail SMTP delivers (the outbox keeps it redacted). */
async function resetLink(): Promise<{ link: string; loginName: string }> {
  const c = await buildCounsellor(server, org, { email: `${uniq('p')}@example.org` });
  await server.client().ok(REQUEST_RESET, { input: { email: c.email, loginName: c.loginName } });
  const mail = await smtp.waitFor(c.email!);
  // Same link, but on this test server's address.
  const link = new URL(/https?:\/\/\S+/.exec(mail.text ?? '')![0]);
  return { link: `${server.url}${link.pathname}${link.search}`, loginName: c.loginName };
}

async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  await page.goto(url);
  return { page, problems };
}

describe('set-password page', () => {
  it('has no accessibility violations found by axe, in German and English, also when showing errors', async () => {
    const { link } = await resetLink();
    for (const url of [link, link.replace('lang=de', 'lang=en'), `${server.url}/set-password`]) {
      const { page, problems } = await open(url);
      if (url.includes('token=')) {
        await page.locator('#password').fill('x');
        await page.locator('button[type=submit]').click();
        expect(await page.locator('#password').getAttribute('aria-invalid')).toBe('true');
      }
      // evaluate() runs through the debugging protocol, so the page's CSP does not block axe.
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }
        ).axe.run();
        return result.violations.map((v) => v.id);
      });
      expect(violations, url).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('sets the password with the link from the mail', async () => {
    const { link, loginName } = await resetLink();
    const { page, problems } = await open(link);
    await page.getByLabel('Neues Passwort').fill(NEW_PASSWORD);
    await page.getByLabel('Passwort wiederholen').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Ihr Passwort ist gespeichert');
    expect(await page.locator('#set-password-form').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await loginAs(server, { loginName }, NEW_PASSWORD);
    await page.close();
  });

  it('sets a platform operator’s password with the link of `operator create`', async () => {
    const created = await new OperatorAdminService({ ...server.app, smtp: false }).create(
      server.orm.em.fork() as EntityManager,
      { login: uniq('op.'), email: `${uniq('op')}@platform.example` },
    );
    const link = new URL(created.link!);
    expect(link.pathname).toBe('/operator/set-password');
    const { page, problems } = await open(`${server.url}${link.pathname}${link.search}`);
    await page.getByLabel('Neues Passwort').fill(NEW_PASSWORD);
    await page.getByLabel('Passwort wiederholen').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Ihr Passwort ist gespeichert');
    expect(problems).toEqual([]);
    await loginAsOperator(server, created.operator, NEW_PASSWORD);
    await page.close();
  });

  it('checks the repetition locally and shows the server’s policy answer next to the field', async () => {
    const { link, loginName } = await resetLink();
    const { page, problems } = await open(link);
    const password = page.getByLabel('Neues Passwort');
    await password.fill('Zaunkönig-Regen-3341');
    await page.getByLabel('Passwort wiederholen').fill('something else');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    expect(await page.locator('#password-repeat-error').textContent()).toBe(
      'Die beiden Passwörter stimmen nicht überein.',
    );
    expect(await page.getByLabel('Passwort wiederholen').getAttribute('aria-invalid')).toBe('true');

    await password.fill('passwort1234');
    await page.getByLabel('Passwort wiederholen').fill('passwort1234');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect
      .poll(() => page.locator('#password-error').textContent())
      .toContain('Dieses Passwort ist zu leicht zu erraten');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#password-repeat-error').textContent()).toBe('');
    expect(problems).toEqual([]);
    // Refused: the old password still works.
    await loginAs(server, { loginName }, TEST_PASSWORD);
    await page.close();
  });

  it('says when a link is used up or incomplete, in the chosen language', async () => {
    const { link } = await resetLink();
    const first = await open(link);
    await first.page.getByLabel('Neues Passwort').fill(NEW_PASSWORD);
    await first.page.getByLabel('Passwort wiederholen').fill(NEW_PASSWORD);
    await first.page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect.poll(() => first.page.getByRole('status').textContent()).toContain('gespeichert');
    await first.page.close();

    const again = await open(link.replace('lang=de', 'lang=en'));
    await again.page.getByLabel('New password').fill(NEW_PASSWORD);
    await again.page.getByLabel('Repeat password').fill(NEW_PASSWORD);
    await again.page.getByRole('button', { name: 'Save password' }).click();
    await expect
      .poll(() => again.page.getByRole('alert').textContent())
      .toBe('This link is invalid or has expired. Please request a new one.');
    expect(await again.page.getByRole('button', { name: 'Save password' }).isDisabled()).toBe(true);
    // The language switch keeps the token.
    expect(await again.page.getByRole('link', { name: 'Deutsch' }).getAttribute('href')).toContain('token=');
    await again.page.close();

    const incomplete = await open(`${server.url}/set-password`);
    expect(await incomplete.page.getByRole('alert').textContent()).toContain('Dieser Link ist unvollständig');
    expect(await incomplete.page.getByLabel('Neues Passwort').isDisabled()).toBe(true);
    expect(incomplete.problems).toEqual([]);
    await incomplete.page.close();
  });
});
