/**
 * The access log screen ("Zugriffsprotokoll"), end to end in a real Chromium (Berlin, de-DE) against
 * the real server with the demo data: a counsellor without the data-protection permission has no
 * navigation entry and is told so on the URL; the admin finds the entries a counsellor's reads left,
 * filters them by client (found by pseudonym), staff member and action with the keyboard, loads more
 * and downloads the CSV (parsed back); then grants the counsellor the permission on the Team screen,
 * after which the counsellor's navigation has the screen. Every state passes axe; the pages log no
 * errors.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { loginAs } from '../support/builders.js';
import type { GraphQLClient } from '../support/gql.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';

let server: TestServer;
let browser: Browser;
let anna: GraphQLClient;
let sonnenblume: { id: string; clientNumber: string };

const LOG = `query($filter: AccessLogFilter) { accessLog(filter: $filter, page: { first: 100 }) {
  totalCount edges { node { id action recordKind clientId staffName } } } }`;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  anna = await loginAs(server, { loginName: 'anna.berger' }, DEMO_PASSWORD);
  const found = await anna.ok(
    `query { clients(filter: { search: "sonnenblume" }) { edges { node { id clientNumber } } } }`,
  );
  sonnenblume = found.clients.edges[0].node;
  // 60 requests, one entry each: more than a page (50) of the screen.
  for (let i = 0; i < 59; i++) await anna.ok(`query($id: ID!) { client(id: $id) { id } }`, { id: sonnenblume.id });
  await anna.ok(`query($id: ID!) { clientNotes(clientId: $id) { totalCount } }`, { id: sonnenblume.id });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dashboard: access log', () => {
  it('is not offered to a counsellor without the data-protection permission', async () => {
    const { page, problems } = await staffPage(browser);
    // The address typed in (a deep link survives the login): a second page load after the login would
    // abort the first screen's requests in flight.
    await page.goto(`${server.url}/dashboard/access-log`);
    await logInThroughDashboard(page, 'anna.berger');
    await expect.poll(() => screenHeading(page).textContent()).toBe('Zugriffsprotokoll');
    expect(await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Zugriffsprotokoll' }).count()).toBe(0);
    await page.locator('lotse-access-log-view').getByRole('alert').getByText('nur Admins').waitFor();
    await expectAccessible(page, 'access log refused');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lets the admin filter, page and download the log, and grant the permission', async () => {
    const { page, problems } = await staffPage(browser);
    const admin = await loginAs(server, { loginName: 'demo.admin' }, DEMO_PASSWORD);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Zugriffsprotokoll' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('Zugriffsprotokoll');
    expect(await page.title()).toBe('Zugriffsprotokoll – Lotse');
    const screen = page.locator('lotse-access-log-view');
    const rows = screen.locator('table tbody tr');
    const all = (await admin.ok(LOG)).accessLog;
    await expect.poll(() => screen.locator('p.shown').textContent()).toContain(`${all.totalCount} Einträge`);
    expect(await rows.count()).toBe(50);
    // Newest first: anna's notes read is the first row.
    expect(await rows.first().locator('td').nth(0).textContent()).toContain('Anna');
    expect(await rows.first().locator('td').nth(2).textContent()).toBe('Notizen');
    await expectAccessible(page, 'access log, first page');

    // Load more, by keyboard: the rest is appended and the first new row has the focus.
    await screen.getByRole('button', { name: 'Weitere laden' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(all.totalCount);
    expect(await screen.locator(':focus').evaluate((el) => el.closest('tr')?.dataset.id)).toBe(all.edges[50].node.id);

    // The client found by pseudonym, with the keyboard: typed, Enter finds and chooses it.
    await screen.getByLabel('Klient:in suchen (Nummer oder Pseudonym)').focus();
    await page.keyboard.type('sonnen');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('client')).toBe(sonnenblume.id);
    await expect.poll(() => screen.locator('#found').textContent()).toContain('1 Klient:in gefunden');
    // Staff member and action by keyboard (select, arrow keys).
    const staff = screen.getByLabel('Mitarbeiter:in', { exact: true });
    await expect.poll(async () => (await staff.locator('option').allTextContents()).join('|')).toContain('Anna');
    const annaId = (await staff.locator('option', { hasText: 'Anna' }).getAttribute('value'))!;
    await staff.selectOption(annaId);
    await screen.getByLabel('Aktion').selectOption({ label: 'gelesen' });
    await expect.poll(() => new URL(page.url()).search).toBe(`?client=${sonnenblume.id}&staff=${annaId}&action=READ`);
    const filtered = (await admin.ok(LOG, { filter: { clientId: sonnenblume.id, staffId: annaId, action: 'READ' } }))
      .accessLog;
    await expect.poll(() => screen.locator('p.shown').textContent()).toContain(`${filtered.totalCount} Einträge`);
    expect(filtered.totalCount).toBe(60);
    for (const cell of await rows.locator('td:nth-child(5)').allTextContents()) {
      expect(cell).toContain(sonnenblume.clientNumber);
    }
    await expectAccessible(page, 'access log, filtered');
    await screenshot(page, 'dashboard-access-log');

    // The CSV of the filters shown.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      screen.getByRole('button', { name: 'Als CSV herunterladen' }).click(),
    ]);
    const bytes = await readFile((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      '"Zeitpunkt";"Mitarbeiter:in";"Aktion";"Bereich";"Klientennummer";"Ratsuchende:r";"Datensatz"',
    );
    expect(lines).toHaveLength(61);
    expect(lines[1]).toContain('"gelesen";"Notizen"');
    await screen.getByText(/heruntergeladen\./).waitFor();

    // The period: an end before the start is said, nothing is asked for.
    await screen.getByLabel('Von').fill('2026-05-10');
    await screen.getByLabel('Von').dispatchEvent('change');
    await screen.getByLabel('Bis').fill('2026-05-01');
    await screen.getByLabel('Bis').dispatchEvent('change');
    await screen.getByText('Das Ende des Zeitraums liegt vor seinem Anfang.').waitFor();
    await screen.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');

    // The permission, granted on the Team screen.
    await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Team' }).click();
    const team = page.locator('lotse-staff-view');
    await team.getByRole('button', { name: /Datenschutz-Recht geben.*Anna/ }).click();
    await team.getByText('darf jetzt das Zugriffsprotokoll lesen').waitFor();
    await expectAccessible(page, 'team with the data-protection permission');
    expect(problems).toEqual([]);
    await page.context().close();

    const officer = await staffPage(browser);
    await officer.page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(officer.page, 'anna.berger');
    await officer.page.locator('lotse-dashboard nav').getByRole('link', { name: 'Zugriffsprotokoll' }).click();
    await expect
      .poll(() => officer.page.locator('lotse-access-log-view p.shown').textContent())
      .toMatch(/\d+ Einträge/);
    expect(officer.problems).toEqual([]);
    await officer.page.context().close();
  });
});
