/**
 * The client-groups screen, end to end in a real Chromium (Berlin, de-DE) against the real server with
 * the demo data: an admin opens it from the client list, creates a group with the keyboard, adds two
 * clients found by the client search, renames the group and deletes it after the confirmation. A
 * counsellor (seed FAQ "Wie kann ich eine Gruppe löschen?": "Als Berater:in kann man ausschließlich die
 * selbst angelegten Gruppen löschen") finds a group by the search line, may manage its members but not
 * delete it, and deletes one of her own. Every state passes axe; the page logs no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildClient } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { ClientGroup } from '../../api/src/modules/client-groups/client-groups.entities.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  // The demo has one client (sonnenblume); a second one to add.
  const em = server.orm.em.fork() as EntityManager;
  const org = await em.findOneOrFail(Organisation, { publicKey: 'pk_demo_beratungsstelle' });
  await buildClient(server, org, { pseudonym: 'regenbogen', loginName: 'regenbogen' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dashboard: client groups (admin)', () => {
  it('creates a group, adds two clients, renames it and deletes it', async () => {
    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Klient*innen' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('Klient*innen');
    await page.locator('lotse-client-list').getByRole('link', { name: 'Gruppen' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('Klient*innen-Gruppen');
    const screen = page.locator('lotse-client-groups');
    await expect.poll(() => screen.getByText('Noch keine Gruppen für diese Auswahl.').isVisible()).toBe(true);
    await expectAccessible(page, 'empty group list');

    // Created with the keyboard alone: the button, the dialog's fields, saving.
    await screen.getByRole('button', { name: 'Gruppe anlegen' }).focus();
    await page.keyboard.press('Enter');
    const dialog = screen.getByRole('dialog', { name: 'Neue Gruppe anlegen' });
    await expect
      .poll(() => dialog.getByLabel('Name').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.locator('#new-name-error').textContent()).toBe('Bitte ausfüllen.');
    await expectAccessible(page, 'create dialog with an error');
    await page.keyboard.type('Elterntreff');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Austausch für Eltern, dienstags um 18 Uhr.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const group = screen.locator('section.group');
    await expect.poll(() => group.getByRole('heading', { level: 2 }).textContent()).toBe('Elterntreff');
    await expect.poll(() => screen.locator('.notice').textContent()).toBe('Gruppe Elterntreff angelegt.');
    expect(await group.getByLabel('Beschreibung (optional)').inputValue()).toBe(
      'Austausch für Eltern, dienstags um 18 Uhr.',
    );
    await expectAccessible(page, 'new group');

    // Two clients found by the client search.
    for (const [search, pseudonym] of [
      ['sonnen', 'sonnenblume'],
      ['REGEN', 'regenbogen'],
    ]) {
      await group.getByLabel('Klient*in suchen (Pseudonym oder Klient*innen-Nr.)').fill(search!);
      await group.getByRole('button', { name: `${pseudonym} hinzufügen` }).click();
      await group.locator('table.members tr', { hasText: pseudonym! }).waitFor();
    }
    await expect
      .poll(() => screen.locator('table.groups tr', { hasText: 'Elterntreff' }).textContent())
      .toContain('2 Mitglieder');
    // One already in the group is marked, not offered again.
    await group.getByLabel('Klient*in suchen (Pseudonym oder Klient*innen-Nr.)').fill('sonnen');
    await group.getByText('schon Mitglied').waitFor();
    await expectAccessible(page, 'group with two members');
    await screenshot(page, 'dashboard-client-groups');

    // Renamed; the list follows.
    await group.getByLabel('Name', { exact: true }).fill('Elterntreff Mittwoch');
    await group.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => screen.locator('.notice').textContent()).toBe('Gespeichert.');
    await expect.poll(() => group.getByRole('heading', { level: 2 }).textContent()).toBe('Elterntreff Mittwoch');
    await screen.getByRole('link', { name: 'Gruppe Elterntreff Mittwoch öffnen' }).waitFor();

    // Removing a member, then deleting the group after the confirmation.
    await group.getByRole('button', { name: 'regenbogen entfernen' }).click();
    await expect.poll(() => screen.locator('.notice').textContent()).toBe('regenbogen wurde aus der Gruppe entfernt.');
    await group.getByRole('button', { name: 'Gruppe löschen' }).click();
    const confirm = screen.getByRole('dialog', { name: 'Gruppe löschen?' });
    await confirm.waitFor();
    await expectAccessible(page, 'delete confirmation');
    await confirm.getByRole('button', { name: 'Ja, löschen' }).click();
    await expect.poll(() => screen.locator('.notice').textContent()).toBe('Gruppe Elterntreff Mittwoch gelöscht.');
    await expect.poll(() => screen.getByText('Noch keine Gruppen für diese Auswahl.').isVisible()).toBe(true);
    expect(await group.count()).toBe(0);
    await expectAccessible(page, 'after deleting');
    expect(problems).toEqual([]);
  });
});

describe('dashboard: client groups (counsellor)', () => {
  it('finds a group by the search line, manages its members, deletes only her own group', async () => {
    // A group the admin created.
    const em = server.orm.em.fork() as EntityManager;
    const org = await em.findOneOrFail(
      Organisation,
      { publicKey: 'pk_demo_beratungsstelle' },
      { populate: ['fallbackCounsellor'] },
    );
    em.create(ClientGroup, { organisation: org.id, name: 'Trauercafé', createdBy: org.fallbackCounsellor!.id });
    em.create(ClientGroup, { organisation: org.id, name: 'Sportgruppe', createdBy: org.fallbackCounsellor!.id });
    await em.flush();

    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard/clients/groups`);
    await logInThroughDashboard(page, 'anna.berger');
    await expect.poll(() => screenHeading(page).textContent()).toBe('Klient*innen-Gruppen');
    const screen = page.locator('lotse-client-groups');
    await screen.getByRole('link', { name: 'Gruppe Sportgruppe öffnen' }).waitFor();

    // The search line: part of the name, accents and case ignored.
    await screen.getByRole('searchbox', { name: 'Gruppe suchen' }).fill('TRAUERCAFE');
    await expect.poll(() => screen.locator('table.groups tbody tr').count()).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('TRAUERCAFE');
    await screen.getByRole('link', { name: 'Gruppe Trauercafé öffnen' }).click();
    const group = screen.locator('section.group');
    await expect.poll(() => group.getByRole('heading', { level: 2 }).textContent()).toBe('Trauercafé');

    // Members: she adds and removes one; deleting is the creator's or an admin's.
    await group.getByLabel('Klient*in suchen (Pseudonym oder Klient*innen-Nr.)').fill('sonnen');
    await group.getByRole('button', { name: 'sonnenblume hinzufügen' }).click();
    await group.locator('table.members tr', { hasText: 'sonnenblume' }).waitFor();
    expect(await group.getByRole('button', { name: 'Gruppe löschen' }).count()).toBe(0);
    expect(
      await group.getByText('Löschen dürfen nur die Person, die die Gruppe angelegt hat, und Admins.').count(),
    ).toBe(1);
    await expectAccessible(page, 'a colleague’s group, as a counsellor');
    await screenshot(page, 'dashboard-client-groups-counsellor');
    await group.getByRole('button', { name: 'sonnenblume entfernen' }).click();
    await expect.poll(() => screen.locator('.notice').textContent()).toBe('sonnenblume wurde aus der Gruppe entfernt.');

    // Her own group: the delete button is there.
    await screen.getByRole('searchbox', { name: 'Gruppe suchen' }).fill('');
    await screen.getByRole('button', { name: 'Gruppe anlegen' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Neue Gruppe anlegen' });
    await dialog.getByLabel('Name').fill('Annas Runde');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => group.getByRole('heading', { level: 2 }).textContent()).toBe('Annas Runde');
    await group.getByRole('button', { name: 'Gruppe löschen' }).click();
    const confirm = screen.getByRole('dialog', { name: 'Gruppe löschen?' });
    await confirm.getByRole('button', { name: 'Ja, löschen' }).click();
    await expect.poll(() => screen.locator('.notice').textContent()).toBe('Gruppe Annas Runde gelöscht.');
    await expect.poll(() => screen.getByRole('link', { name: 'Gruppe Annas Runde öffnen' }).count()).toBe(0);
    await expectAccessible(page, 'after deleting her own group');
    expect(problems).toEqual([]);
  });
});
