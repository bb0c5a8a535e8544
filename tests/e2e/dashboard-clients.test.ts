/**
 * The dashboard's client screens, end to end in a real Chromium (Berlin, de-DE) against the real server
 * with the demo data. An admin adds a client (a taken pseudonym is said at its field), fills in the
 * profile, sets the primary counsellor, writes a note, keeps a document, sends a direct message (by
 * mail, as the screen said before), blocks, deletes and restores the client, and finds them again in
 * the list. A counsellor sees no contact data and no admin sections, writes a note of her own, cannot
 * change the admin's, and keeps a watchlist. The list's views and filters (my regular clients, without
 * primary counsellor, status, counselling field) are used with the keyboard and kept in the URL; the
 * seed FAQ's "Ich finde eine/n bestimmte/n Ratsuchende:n nicht" is walked (an active filter hides the
 * person; "Alle" and the search again find them); unblocking lets the client log in again. Every state
 * passes axe; the pages log no errors (but the HTTP 400 of the upload refused on purpose).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildClient, TEST_PASSWORD } from '../support/builders.js';
import { AccountStatus } from '../../api/src/modules/identity/account.entity.js';
import { Organisation, Topic } from '../../api/src/modules/organisation/organisation.entity.js';
import { Counsellor } from '../../api/src/modules/staff/counsellor.entity.js';
import { ClientTopic } from '../../api/src/modules/client/client-links.entity.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';

let server: TestServer;
let browser: Browser;
let organisationKey: string;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  // Two more clients for the filters: the admin's regular client in "Sucht", and a blocked one
  // without primary counsellor (both with a password, so they can log in).
  const em = server.orm.em.fork() as EntityManager;
  const org = await em.findOneOrFail(Organisation, { publicKey: 'pk_demo_beratungsstelle' });
  organisationKey = org.publicKey;
  const admin = await em.findOneOrFail(Counsellor, { loginName: 'demo.admin' });
  const addiction = await em.findOneOrFail(Topic, { organisation: org.id, name: 'Sucht' });
  const regular = await buildClient(server, org, {
    pseudonym: 'morgentau',
    loginName: 'morgentau',
    primaryCounsellor: admin.id,
  } as never);
  em.create(ClientTopic, { organisation: org.id, client: regular.id, topic: addiction.id } as never);
  await em.flush();
  await buildClient(server, org, { pseudonym: 'nebelhorn', loginName: 'nebelhorn', status: AccountStatus.BLOCKED });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const nav = (page: Page) => page.locator('lotse-dashboard nav');
const notice = (page: Page, host: string) => page.locator(`${host} .notice`).first();
const names = async (page: Page) =>
  (await page.locator('lotse-client-list tbody tr th').allTextContents()).map((x) => x.trim()).sort();
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { me { id } } }`;

/**
 * The problems of a page that refused one upload on purpose: the API answers a file type it does not
 * accept with HTTP 400, which Chromium logs as a failed resource. Exactly that pair is expected (once);
 * anything else is a problem.
 */
function besidesRefusedUpload(problems: string[]): string[] {
  const expected = [
    /^HTTP 400: \S+\/api\/clients\/[0-9a-f-]+\/documents$/,
    /^console: Failed to load resource: the server responded with a status of 400 \(Bad Request\)$/,
  ];
  const rest = [...problems];
  for (const pattern of expected) {
    const i = rest.findIndex((p) => pattern.test(p));
    expect(i, `expected problem ${pattern}`).toBeGreaterThanOrEqual(0);
    rest.splice(i, 1);
  }
  return rest;
}

describe('dashboard: clients (admin)', () => {
  it('adds a client and keeps their profile, notes, documents and messages; blocks, deletes and restores', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await nav(page).getByRole('link', { name: 'Klient*innen' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('Klient*innen');
    const list = page.locator('lotse-client-list');
    await list.locator('tr', { hasText: 'sonnenblume' }).waitFor();
    await expectAccessible(page, 'client list');
    await screenshot(page, 'dashboard-clients');

    // A taken pseudonym is said at its field; then the new client's panel opens.
    await list.getByRole('button', { name: 'Klient*in anlegen' }).click();
    const dialog = list.getByRole('dialog', { name: 'Neue*n Klient*in anlegen' });
    await dialog.getByLabel('Pseudonym').fill('sonnenblume');
    await dialog.getByLabel('E-Mail (optional)').fill('wolke7@example.org');
    await dialog.getByLabel('Sucht').check();
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect
      .poll(() => dialog.locator('#new-pseudonym-error').textContent())
      .toBe('Dieses Pseudonym ist schon vergeben.');
    await expectAccessible(page, 'create dialog with an error');
    await dialog.getByLabel('Pseudonym').fill('wolke7');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('wolke7');
    const panel = page.locator('lotse-client-panel');
    expect(await panel.getByLabel('E-Mail').inputValue()).toBe('wolke7@example.org');
    expect(await panel.getByLabel('Sucht').isChecked()).toBe(true);

    // Profile: master data and the primary counsellor.
    await panel.getByLabel('Altersgruppe').selectOption('18–26');
    await panel.getByLabel('Telefon').fill('+49 30 555');
    await panel.getByRole('button', { name: 'Speichern' }).first().click();
    await expect.poll(() => notice(page, 'lotse-client-panel').textContent()).toBe('Gespeichert.');
    await panel.getByLabel('Stammberater*in festlegen').selectOption({ label: 'Anna Berger' });
    await panel
      .locator('section', { hasText: 'Stammberater*in festlegen' })
      .getByRole('button', { name: 'Speichern' })
      .click();
    await expect.poll(() => notice(page, 'lotse-client-panel').textContent()).toBe('Stammberater*in: Anna Berger.');
    await page.reload();
    await expect.poll(() => panel.getByLabel('Altersgruppe').inputValue()).toBe('18–26');
    expect(await panel.getByLabel('Telefon').inputValue()).toBe('+49 30 555');
    await expectAccessible(page, 'client profile');
    await screenshot(page, 'dashboard-client-profile');

    // Notes, reached with the keyboard: the tabs move with the arrow keys.
    await panel.getByRole('tab', { name: 'Profil' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => panel.getByRole('tab', { name: 'Notizen' }).getAttribute('aria-selected')).toBe('true');
    expect(await panel.locator(':focus').getAttribute('id')).toBe('tab-notes');
    const notes = page.locator('lotse-client-notes');
    await notes.getByLabel('Neue Notiz').fill('Erstgespräch am Telefon: möchte Mailberatung.');
    await notes.getByRole('button', { name: 'Notiz speichern' }).click();
    await notes.locator('li', { hasText: 'Erstgespräch am Telefon' }).waitFor();
    await notes.getByRole('button', { name: 'Bearbeiten' }).click();
    await notes.getByLabel('Notiz bearbeiten').fill('Erstgespräch am Telefon: möchte Mailberatung, abends.');
    await notes.getByRole('button', { name: 'Speichern', exact: true }).click();
    await notes.locator('li', { hasText: 'abends.' }).waitFor();
    expect(await notes.locator('li .record-meta').first().textContent()).toContain('bearbeitet');
    await expectAccessible(page, 'client notes');

    // A document: uploaded, listed, and its download link works.
    await panel.getByRole('tab', { name: 'Dokumente' }).click();
    const docs = page.locator('lotse-client-documents');
    await docs
      .getByLabel('Datei hochladen')
      .setInputFiles({ name: 'Einverständnis.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect
      .poll(() => notice(page, 'lotse-client-documents').textContent())
      .toBe('Einverständnis.pdf wurde hochgeladen.');
    await docs.getByRole('button', { name: 'Einverständnis.pdf herunterladen' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      docs.getByRole('button', { name: 'Einverständnis.pdf herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Einverständnis.pdf');
    // A file of a type that is not accepted is refused with the reason, in German.
    await docs.getByLabel('Datei hochladen').setInputFiles({
      name: 'tool.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
    });
    await expect
      .poll(() => docs.locator('.status.error').textContent())
      .toContain('Diese Art von Datei wird nicht angenommen.');
    await expectAccessible(page, 'client documents');

    // A direct message: the screen says before sending that it goes by mail.
    await panel.getByRole('tab', { name: 'Nachrichten' }).click();
    const messages = page.locator('lotse-client-messages');
    await expect
      .poll(() => messages.locator('#delivery').textContent())
      .toBe('Diese Nachricht geht per E-Mail an die hinterlegte Adresse.');
    await messages.getByLabel('Betreff').fill('Ihr Termin');
    await messages
      .getByLabel('Nachricht', { exact: true })
      .fill('Wir haben Ihnen einen Rückruf am Donnerstag eingetragen.');
    await messages.getByRole('button', { name: 'Senden' }).click();
    await expect
      .poll(() => notice(page, 'lotse-client-messages').textContent())
      .toBe('Die Nachricht wurde per E-Mail verschickt.');
    await messages.locator('li', { hasText: 'Ihr Termin' }).waitFor();
    await expectAccessible(page, 'client messages');
    await screenshot(page, 'dashboard-client-messages');

    // Block, delete (after a confirmation), restore.
    await panel.getByRole('tab', { name: 'Profil' }).click();
    await panel.getByRole('button', { name: 'Sperren' }).click();
    await expect.poll(() => notice(page, 'lotse-client-panel').textContent()).toContain('Gesperrt');
    expect(await panel.locator(':focus').getAttribute('id')).toBe('unblock');
    await panel.getByRole('button', { name: 'Löschen' }).click();
    const confirm = panel.getByRole('dialog', { name: 'Klient*in löschen?' });
    await confirm.waitFor();
    await expectAccessible(page, 'delete confirmation');
    await confirm.getByRole('button', { name: 'Ja, löschen' }).click();
    await expect.poll(() => panel.locator('h1').getAttribute('class')).toBe('pending');
    await expect.poll(() => panel.locator('p.warning').textContent()).toContain('endgültig gelöscht');
    await expectAccessible(page, 'client pending deletion');
    await panel.getByRole('button', { name: 'Wiederherstellen' }).click();
    await expect.poll(() => notice(page, 'lotse-client-panel').textContent()).toBe('Wiederhergestellt.');
    // Blocked before the deletion, blocked after the restore.
    expect(await panel.getByRole('button', { name: 'Entsperren' }).isVisible()).toBe(true);

    // The list finds them by part of the pseudonym.
    await panel.getByRole('link', { name: 'Zur Liste' }).click();
    await list.getByLabel('Suche (Pseudonym oder Klient*innen-Nr.)').fill('WOLKE');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    expect(await list.locator('tbody tr').textContent()).toContain('Anna Berger');
    expect(page.url()).toContain('q=WOLKE');
    await expectAccessible(page, 'client list searched');
    expect(besidesRefusedUpload(staff.problems)).toEqual([]);
    await staff.close();
  }, 120_000);
});

describe('dashboard: client list filters (admin)', () => {
  it('filters by view, status and counselling field with the keyboard, kept in the URL', async () => {
    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await nav(page).getByRole('link', { name: 'Klient*innen' }).focus();
    await page.keyboard.press('Enter');
    const list = page.locator('lotse-client-list');
    await list.locator('tr', { hasText: 'nebelhorn' }).waitFor();
    expect(await names(page)).toEqual(expect.arrayContaining(['morgentau', 'nebelhorn', 'sonnenblume']));
    const views = list.getByRole('navigation', { name: 'Ansichten' });

    // My regular clients: only morgentau is the admin's.
    await views.getByRole('link', { name: 'Meine Stammklient*innen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => names(page)).toEqual(['morgentau']);
    expect(new URL(page.url()).searchParams.get('scope')).toBe('MINE');
    expect(await views.getByRole('link', { name: 'Meine Stammklient*innen' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expectAccessible(page, 'my regular clients');

    // Without primary counsellor: nebelhorn is, morgentau is not.
    await views.getByRole('link', { name: 'Ohne Stammberater*in' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => names(page)).toContain('nebelhorn');
    expect(await names(page)).not.toContain('morgentau');
    expect(new URL(page.url()).searchParams.get('scope')).toBe('UNASSIGNED');

    // Status, chosen with the arrow keys: blocked and without primary counsellor.
    await list.getByLabel('Status').focus();
    await page.keyboard.press('ArrowDown'); // Aktiv
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('ACTIVE');
    await expect.poll(() => names(page)).not.toContain('nebelhorn');
    await page.keyboard.press('ArrowDown'); // Gesperrt
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('BLOCKED');
    await expect.poll(() => names(page)).toEqual(['nebelhorn']);
    expect(await list.locator('tbody tr').textContent()).toContain('Gesperrt');
    expect(new URL(page.url()).searchParams.get('scope')).toBe('UNASSIGNED');
    await expectAccessible(page, 'blocked clients without primary counsellor');
    await screenshot(page, 'dashboard-clients-filtered');

    // Kept in the URL: a reload shows the same selection.
    await page.reload();
    await expect.poll(() => names(page)).toEqual(['nebelhorn']);
    expect(await list.getByLabel('Status').inputValue()).toBe('BLOCKED');

    // Counselling field, in all views and any status: only the client in "Sucht".
    await views.getByRole('link', { name: 'Alle' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('scope')).toBe(null);
    // Another view is a navigation: the focus goes to the screen's heading once it has rendered. Only
    // then use the form, or the arrow keys could land on the heading or on the view left behind.
    const focusedTag = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.tagName ?? '';
      });
    await expect.poll(focusedTag).toBe('H1');
    await list.getByLabel('Status').focus();
    await page.keyboard.press('ArrowUp'); // Aktiv
    await page.keyboard.press('ArrowUp'); // Jeder Status
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe(null);
    await expect.poll(() => names(page)).toEqual(expect.arrayContaining(['morgentau', 'nebelhorn', 'sonnenblume']));
    await list.getByLabel('Beratungsfeld').focus();
    await page.keyboard.type('Sucht');
    await expect.poll(() => new URL(page.url()).searchParams.get('topic')).not.toBe(null);
    // One poll for both: the list before the topic's answer arrives holds morgentau too.
    await expect
      .poll(async () => {
        const shown = await names(page);
        return shown.includes('morgentau') && !shown.includes('nebelhorn');
      })
      .toBe(true);
    expect(await list.getByLabel('Beratungsfeld').locator('option:checked').textContent()).toBe('Sucht');
    await expectAccessible(page, 'clients in a counselling field');
    expect(problems).toEqual([]);
  });

  it('walks the FAQ "Ich finde eine/n bestimmte/n Ratsuchende:n nicht", then unblocks the client found', async () => {
    const { page, problems } = await staffPage(browser);
    await page.goto(`${server.url}/dashboard/clients?scope=MINE`);
    await logInThroughDashboard(page, 'demo.admin');
    const list = page.locator('lotse-client-list');
    await expect.poll(() => names(page)).toEqual(['morgentau']);
    // "In der Suchzeile eine ratsuchende Person suchen": nebelhorn is not listed …
    await list.getByLabel('Suche (Pseudonym oder Klient*innen-Nr.)').focus();
    await page.keyboard.type('nebel');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('nebel');
    await expect.poll(() => list.locator('p.empty').textContent()).toBe('Keine Klient*innen für diese Auswahl.');
    await expectAccessible(page, 'search hidden by a view');
    // … "das kann an einem aktiven Filter liegen": she has no primary counsellor, so "Alle" is chosen,
    // and the search (kept) finds her.
    await list.getByRole('navigation', { name: 'Ansichten' }).getByRole('link', { name: 'Alle' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => names(page)).toEqual(['nebelhorn']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('nebel');
    expect(new URL(page.url()).searchParams.get('scope')).toBe(null);

    // Blocked: her login is refused. Unblocked with the keyboard: she logs in again.
    const login = { login: 'nebelhorn', password: TEST_PASSWORD, organisationKey };
    const refused = await server.client().fails('FORBIDDEN', LOGIN, { input: login });
    expect(refused.extensions?.reason).toBe('ACCOUNT_BLOCKED');
    await list.getByRole('link', { name: 'nebelhorn' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => screenHeading(page).textContent()).toBe('nebelhorn');
    const panel = page.locator('lotse-client-panel');
    await panel.getByRole('button', { name: 'Entsperren' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => notice(page, 'lotse-client-panel').textContent()).toBe('Entsperrt.');
    await expect.poll(() => panel.locator(':focus').getAttribute('id')).toBe('block');
    await expectAccessible(page, 'client unblocked');
    const { login: me } = await server.client().ok<{ login: { me: { id: string } } }>(LOGIN, { input: login });
    expect(me.me.id).toBeTruthy();
    expect(problems).toEqual([]);
  });
});

describe('dashboard: clients (counsellor)', () => {
  it('shows no contact data or admin sections, keeps own notes and a watchlist', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'anna.berger');
    await nav(page).getByRole('link', { name: 'Klient*innen' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('Klient*innen');
    const list = page.locator('lotse-client-list');
    const row = list.locator('tr', { hasText: 'sonnenblume' });
    await row.getByRole('button', { name: 'sonnenblume auf die Merkliste setzen' }).click();
    await row.getByRole('button', { name: 'sonnenblume von der Merkliste nehmen' }).waitFor();
    await list.getByRole('link', { name: 'Merkliste' }).click();
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    await expectAccessible(page, 'watchlist');

    await list.getByRole('link', { name: 'sonnenblume' }).click();
    const panel = page.locator('lotse-client-panel');
    await expect.poll(() => screenHeading(page).textContent()).toBe('sonnenblume');
    expect(await panel.locator('.field', { hasText: 'E-Mail' }).textContent()).toContain('Nur für Admins sichtbar');
    expect((await panel.getByRole('tab').allTextContents()).map((x) => x.trim())).toEqual([
      'Profil',
      'Notizen',
      'Dokumente',
      'Monitoring',
    ]);
    // The account section offers a counsellor the password and the invitation, none of the admins' actions.
    for (const name of ['Sperren', 'Entsperren', 'Löschen', 'Wiederherstellen']) {
      expect(await panel.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    await expectAccessible(page, 'client profile as a counsellor');

    await panel.getByRole('tab', { name: 'Notizen' }).click();
    const notes = page.locator('lotse-client-notes');
    await notes.getByLabel('Neue Notiz').fill('Rückmeldung folgt.');
    await notes.getByRole('button', { name: 'Notiz speichern' }).click();
    const mine = notes.locator('li', { hasText: 'Rückmeldung folgt.' });
    await mine.waitFor();
    expect(await mine.locator('.record-meta').textContent()).toContain('Sie');
    await mine.getByRole('button', { name: 'Notiz löschen' }).click();
    await expect.poll(() => notice(page, 'lotse-client-notes').textContent()).toBe('Notiz gelöscht.');
    await expectAccessible(page, 'notes as a counsellor');
    expect(staff.problems).toEqual([]);
    await staff.close();
  }, 120_000);
});
