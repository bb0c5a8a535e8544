/**
 * The client data export in a real Chromium against the real server with the demo data:
 * - the client (sonnenblume) logs in to the mail form, opens "Mein Zugang" and, by keyboard, downloads
 *   "Meine Daten": the ZIP arrives as a download, and its readable page opens without a single request
 *   and passes axe;
 * - an admin downloads the same archive ("Datenauskunft (ZIP)") from the client's panel in the
 *   dashboard; a counsellor's panel has no such action;
 * - a counsellor an admin gave the data-protection permission has the action, and by keyboard chooses to
 *   include the staff's notes and documents: the archive has them.
 * axe on every new state; screenshots in .lotse-test-data/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { readZip } from '../../api/src/modules/organisation/org-data.test-support.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { loginAs } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';

let server: TestServer;
let browser: Browser;
let clientId: string;
let clientNumber: string;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  const admin = await loginAs(server, { loginName: 'demo.admin' }, DEMO_PASSWORD);
  const { clients } = await admin.ok<{ clients: { edges: { node: { id: string; clientNumber: string } }[] } }>(
    `{ clients(filter: { search: "sonnenblume" }) { edges { node { id clientNumber } } } }`,
  );
  ({ id: clientId, clientNumber } = clients.edges[0]!.node);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * What went wrong in a page, without the download itself: Chromium ends the navigation to an
 * attachment with ERR_ABORTED once the download has taken over.
 */
const problemsBesidesDownload = (problems: string[]) =>
  problems.filter((p) => !/^request failed: \S+\/export\.zip\?token=\S+ \(net::ERR_ABORTED\)$/.test(p));

/** The downloaded archive's entries, and its manifest. */
async function opened(download: Download) {
  const entries = readZip(readFileSync((await download.path())!));
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
  return { entries, manifest };
}

/** The export's readable page shown on its own: it must load nothing and pass axe. */
async function checkReadablePage(page: Page, html: string, name: string) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setContent(html);
  await page.locator('h1').waitFor();
  expect(requests, 'the page loads nothing').toEqual([]);
  expect(await axeViolations(page), 'the readable page').toEqual([]);
  await screenshot(page, name);
}

describe('client data export', () => {
  it('the client downloads their data from the widget’s account settings, by keyboard', async () => {
    const visitor = await watchedPage(browser, { timezoneId: 'Europe/Berlin', locale: 'de-DE' });
    const { page } = visitor;
    const mail = page.locator('lotse-mail-form');
    const key = (k: string) => page.keyboard.press(k);
    try {
      page.setDefaultTimeout(10_000);
      await page.goto(`${server.url}/`);
      await mail.getByRole('button', { name: 'Anmelden und Antworten lesen' }).focus();
      await key('Enter');
      await mail.getByLabel('Pseudonym oder E-Mail-Adresse').focus();
      await page.keyboard.type('sonnenblume');
      await key('Tab');
      await page.keyboard.type(DEMO_PASSWORD);
      await key('Enter');
      await expect.poll(() => mail.locator('#heading').textContent(), { timeout: 15_000 }).toBe('Ihre Anfragen');
      await mail.getByRole('button', { name: 'Mein Zugang' }).focus();
      await key('Enter');
      const account = mail.locator('lotse-account');
      const button = account.getByRole('button', { name: 'Meine Daten herunterladen' });
      await button.waitFor({ timeout: 20_000 });
      expect(await axeViolations(page, 'lotse-mail-form'), 'account settings with the export').toEqual([]);

      await button.focus();
      const [download] = await Promise.all([page.waitForEvent('download'), key('Enter')]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^lotse-daten-${clientNumber}-\\d{4}-\\d{2}-\\d{2}\\.zip$`),
      );
      await account.locator('[role="status"]').getByText('Der Download hat begonnen.', { exact: false }).waitFor();
      expect(await axeViolations(page, 'lotse-mail-form'), 'download started').toEqual([]);
      await screenshot(page, 'widget-data-export');
      // The focus stays on the button.
      expect(await button.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);

      const { entries, manifest } = await opened(download);
      expect(manifest).toMatchObject({
        format: 'lotse-client-export',
        language: 'de',
        requestedBy: 'CLIENT',
        client: { id: clientId, pseudonym: 'sonnenblume', clientNumber },
      });
      for (const name of ['data/profile.json', 'data/mail-requests.json', 'data/chats.json', 'index.html']) {
        expect(entries.has(name), name).toBe(true);
      }
      const mailRequests = JSON.parse(entries.get('data/mail-requests.json')!.toString('utf8'));
      expect(manifest.counts.mailRequests).toBe(mailRequests.length);
      expect(problemsBesidesDownload(visitor.problems)).toEqual([]);

      const readable = await browser.newPage();
      try {
        await checkReadablePage(readable, entries.get('index.html')!.toString('utf8'), 'client-data-export-html');
      } finally {
        await readable.close();
      }
    } finally {
      await visitor.close();
    }
  }, 120_000);

  it('an admin downloads the same archive from the client panel; a counsellor has no such action', async () => {
    const { page, problems, close } = await staffPage(browser);
    try {
      await page.goto(`${server.url}/dashboard/clients/${clientId}`);
      await logInThroughDashboard(page, 'demo.admin');
      await expect.poll(() => screenHeading(page).textContent()).toBe('sonnenblume');
      const panel = page.locator('lotse-client-panel');
      const button = panel.getByRole('button', { name: 'Datenauskunft (ZIP)' });
      await button.focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^lotse-daten-${clientNumber}-`));
      await expect
        .poll(() => panel.locator('.notice').first().textContent())
        .toBe('Die Datenauskunft wird heruntergeladen. Geben Sie sie nur der Person selbst, auf einem sicheren Weg.');
      await expectAccessible(page, 'client panel after the data export');
      await screenshot(page, 'dashboard-client-data-export');
      const { manifest } = await opened(download);
      expect(manifest).toMatchObject({ requestedBy: 'STAFF', client: { id: clientId, pseudonym: 'sonnenblume' } });
      expect(problemsBesidesDownload(problems)).toEqual([]);
    } finally {
      await close();
    }

    const counsellor = await staffPage(browser);
    try {
      await counsellor.page.goto(`${server.url}/dashboard/clients/${clientId}`);
      await logInThroughDashboard(counsellor.page, 'anna.berger');
      await expect.poll(() => screenHeading(counsellor.page).textContent()).toBe('sonnenblume');
      const panel = counsellor.page.locator('lotse-client-panel');
      await panel.getByRole('tab', { name: 'Profil' }).waitFor();
      expect(await panel.getByRole('button', { name: 'Datenauskunft (ZIP)' }).count()).toBe(0);
      expect(counsellor.problems).toEqual([]);
    } finally {
      await counsellor.close();
    }
  }, 120_000);

  it('a counsellor with the data-protection permission produces it, with the staff’s notes when chosen', async () => {
    const admin = await loginAs(server, { loginName: 'demo.admin' }, DEMO_PASSWORD);
    const [jonas] = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(`select id from account where login_name = 'jonas.keller'`);
    await admin.ok(
      `mutation($input: SetCounsellorDataProtectionInput!) { setCounsellorDataProtection(input: $input) { id } }`,
      { input: { id: jonas!.id, dataProtection: true } },
    );
    await admin.ok(`mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { id } }`, {
      input: { clientId, body: 'Erstkontakt: <i>Mutter</i> hat angerufen.' },
    });

    const { page, problems, close } = await staffPage(browser);
    try {
      await page.goto(`${server.url}/dashboard/clients/${clientId}`);
      await logInThroughDashboard(page, 'jonas.keller');
      await expect.poll(() => screenHeading(page).textContent()).toBe('sonnenblume');
      const panel = page.locator('lotse-client-panel');
      const include = panel.getByRole('checkbox', { name: 'Notizen und Dokumente der Beratenden einschließen' });
      await include.waitFor();
      expect(await include.isChecked()).toBe(false);
      await expectAccessible(page, 'client panel with the export choice');
      // By keyboard: Space ticks the box, Tab reaches the button, Enter downloads.
      await include.focus();
      await page.keyboard.press('Space');
      expect(await include.isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      await expect
        .poll(() => panel.locator('.notice').first().textContent())
        .toBe('Die Datenauskunft wird heruntergeladen. Geben Sie sie nur der Person selbst, auf einem sicheren Weg.');
      await expectAccessible(page, 'staff records chosen, export started');
      await screenshot(page, 'dashboard-client-data-export-staff-records');
      const { entries, manifest } = await opened(download);
      expect(manifest).toMatchObject({ requestedBy: 'STAFF', staffRecords: true, client: { id: clientId } });
      const notes = JSON.parse(entries.get('data/notes.json')!.toString('utf8'));
      expect(notes.map((n: { body: string }) => n.body)).toContain('Erstkontakt: <i>Mutter</i> hat angerufen.');
      expect(entries.get('index.html')!.toString('utf8')).toContain('Erstkontakt: &lt;i&gt;Mutter&lt;/i&gt;');
      expect(problemsBesidesDownload(problems)).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
