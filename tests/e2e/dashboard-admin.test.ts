/**
 * The staff dashboard's administration and profile screens, end to end in a real Chromium (Berlin,
 * de-DE) against the real server with the demo data: the admin changes a counsellor's role and adds a
 * counsellor (whose invitation lands in the outbox), and changes organisation settings that are still
 * there after a reload; a counsellor sees no admin entries, is told she may not open them, and changes
 * her own profile. Every screen and state passes axe and the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
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
      expect(await jonas.locator('td').nth(2).textContent()).toBe('Admin');
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
        .poll(async () => {
          const { outboxMails } = await asAdmin.ok<{
            outboxMails: { edges: { node: { to: string; subject: string } }[] };
          }>(`{ outboxMails(page: { first: 50 }) { edges { node { to subject } } } }`);
          return outboxMails.edges.map((e) => e.node).find((m) => m.to === 'lena.vogt@demo.lotse.local')?.subject;
        })
        .toBe('Einladung – Beratungsstelle Lotse (Demo)');
      await expectAccessible(page, 'team after adding a person');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });
});
