/**
 * The deletion records ("Löschprotokoll"), end to end in a real Chromium (Berlin, de-DE) against the
 * real server with the demo data. A client is deleted through the API and purged by the real job,
 * sent with an instant past the retention period (the test's clock, as in client-purge.test.ts); the
 * admin opens the records from the client list with the keyboard, sees the client's number and what
 * went, newest first, and loads the older records. A counsellor gets no link, and the screen tells her
 * it is for admins (the API refuses her too). Every state passes axe; the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildClient, loginAs } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { PURGE_CLIENTS_JOB } from '../../api/src/modules/client/client-purge.js';
import type { Client } from '../../api/src/modules/client/client.entity.js';

let server: TestServer;
let browser: Browser;
let org: Organisation;
let purged: Client;
const DAY = 86_400_000;
/** Older records than the one the job writes: more than a page (25), so "Weitere laden" shows. */
const OLDER = 25;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  const em = server.orm.em.fork() as EntityManager;
  org = await em.findOneOrFail(Organisation, { publicKey: 'pk_demo_beratungsstelle' });
  await em.execute(
    `insert into client_purge (id, created_at, updated_at, organisation_id, client_number, deletion_requested_at, removed)
     select gen_random_uuid(), now() - make_interval(days => 40 + i), now(), ?, lpad((9000 + i)::text, 5, '0'),
            now() - make_interval(days => 80 + i), '[{"kind":"mailRequests","count":1},{"kind":"account","count":1}]'::jsonb
       from generate_series(1, ?) as i`,
    [org.id, OLDER],
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const nav = (page: Page) => page.locator('lotse-dashboard nav');
const isFocused = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);

describe('dashboard: deletion records', () => {
  it('an admin opens them from the client list by keyboard and sees the purged client, newest first', async () => {
    purged = await buildClient(server, org, { pseudonym: 'abendrot', loginName: 'abendrot' });
    const admin = await loginAs(server, { loginName: 'demo.admin' }, DEMO_PASSWORD);
    await admin.ok(`mutation($input: ClientIdInput!) { deleteClient(input: $input) { id status } }`, {
      input: { clientId: purged.id },
    });
    // Past the demo organisation's retention period (30 days), through the real job queue.
    await server.app.jobs.send(PURGE_CLIENTS_JOB, { now: new Date(Date.now() + 31 * DAY).toISOString() });
    await expect
      .poll(
        async () =>
          (await server.orm.em.fork().execute(`select count(*)::int as n from account where id = ?`, [purged.id]))[0]!
            .n as number,
        { timeout: 15_000, interval: 100 },
      )
      .toBe(0);

    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await nav(page).getByRole('link', { name: 'Klient*innen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => screenHeading(page).textContent()).toBe('Klient*innen');
    const list = page.locator('lotse-client-list');
    await list.getByRole('link', { name: 'Gruppen' }).focus();
    await page.keyboard.press('Tab');
    expect(await isFocused(page, 'lotse-client-list a[href="/dashboard/clients/purges"]')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => screenHeading(page).textContent()).toBe('Löschprotokoll');
    expect(page.url()).toBe(`${server.url}/dashboard/clients/purges`);

    const screen = page.locator('lotse-client-purges');
    await expect.poll(() => screen.locator('p.status').textContent()).toContain(`${OLDER + 1} Einträge`);
    const rows = screen.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(25);
    // Newest first: the client the job just purged, with what went.
    const first = rows.first();
    expect(await first.locator('td').first().textContent()).toBe(purged.clientNumber);
    const removed = (await first.locator('ul.removed li').allTextContents()).map((x) => x.trim());
    expect(removed).toContain('1 Konto');
    // Kinds with nothing removed are left out (the new client had no mail requests, notes, …).
    expect(removed.some((x) => x.startsWith('0 '))).toBe(false);
    const purgedAt = (await first.locator('th').textContent())!.trim();
    expect(purgedAt).toMatch(/^\d{2}\.\d{2}\.\d{4}/);
    expect(await rows.nth(1).locator('td').first().textContent()).toBe('09001');
    expect((await rows.nth(1).locator('ul.removed li').allTextContents()).map((x) => x.trim())).toEqual([
      '1 Mailanfrage',
      '1 Konto',
    ]);
    await expectAccessible(page, 'deletion records');
    await screenshot(page, 'dashboard-client-purges');

    // The older records, by keyboard; the focus moves to the first new row.
    await screen.getByRole('button', { name: 'Weitere laden' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(OLDER + 1);
    expect(await rows.last().locator('td').first().textContent()).toBe(String(9000 + OLDER).padStart(5, '0'));
    await expect.poll(() => isFocused(page, 'lotse-client-purges tbody tr:nth-child(26) th')).toBe(true);
    expect(await screen.getByRole('button', { name: 'Weitere laden' }).count()).toBe(0);
    await expectAccessible(page, 'deletion records, all loaded');

    // English is complete.
    await page.locator('lotse-dashboard').getByRole('button', { name: 'English' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('Deletion records');
    expect(await screen.locator('p.status').textContent()).toContain(`${OLDER + 1} records`);
    expect((await screen.locator('thead th').allTextContents()).map((x) => x.trim())).toEqual([
      'Removed for good',
      'Client no.',
      'Deletion requested',
      'Removed',
    ]);
    await expect
      .poll(async () => (await rows.nth(1).locator('ul.removed li').allTextContents()).map((x) => x.trim()))
      .toEqual(['1 mail request', '1 account']);
    await expectAccessible(page, 'deletion records in English');
    await page.locator('lotse-dashboard').getByRole('button', { name: 'Deutsch' }).click();

    // Back to the list by its link.
    await screen.getByRole('link', { name: 'Zur Liste' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => screenHeading(page).textContent()).toBe('Klient*innen');
    expect(problems).toEqual([]);
  });

  it('is not offered to counsellors, and refused if they open it anyway', async () => {
    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'anna.berger');
    await nav(page).getByRole('link', { name: 'Klient*innen' }).click();
    const list = page.locator('lotse-client-list');
    await list.locator('tr', { hasText: 'sonnenblume' }).waitFor();
    expect(await list.getByRole('link', { name: 'Gruppen' }).count()).toBe(1);
    expect(await list.getByRole('link', { name: 'Löschprotokoll' }).count()).toBe(0);

    await page.goto(`${server.url}/dashboard/clients/purges`);
    await expect.poll(() => screenHeading(page).textContent()).toBe('Löschprotokoll');
    const screen = page.locator('lotse-client-purges');
    expect(await screen.getByRole('alert').textContent()).toBe('Das Löschprotokoll sehen nur Admins.');
    expect(await screen.locator('table').count()).toBe(0);
    await expectAccessible(page, 'deletion records refused');
    expect(problems).toEqual([]);
    // The API says no as well.
    const anna = await loginAs(server, { loginName: 'anna.berger' }, DEMO_PASSWORD);
    await anna.fails('FORBIDDEN', `{ clientPurges { totalCount } }`);
  });
});
