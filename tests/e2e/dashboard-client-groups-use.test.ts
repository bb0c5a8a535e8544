/**
 * Client groups used elsewhere, end to end in a real Chromium (Berlin, de-DE) against the real server
 * with the demo data, walking the seed FAQ's questions "Wie kann ich einen Gruppentermin erstellen?"
 * (steps 16–18: participants and existing groups), "Wie erstelle ich im assisto Chat eine neue Gruppe …"
 * and "Teilnehmer:innen hinzufügen/entfernen" (people or existing groups): an admin creates a group
 * appointment for a client group with the keyboard alone (first with too few seats: GroupFull names
 * the group and the numbers at the picker), adds another group in the appointment's details, creates
 * a group chat from a group and adds a group to it; on a client's profile the groups are listed,
 * linked to the groups screen, joined and left. Every state passes axe; the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildClient } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { ClientGroup, ClientGroupMember } from '../../api/src/modules/client-groups/client-groups.entities.js';
import { Appointment, GroupParticipant } from '../../api/src/modules/appointments/appointment.entity.js';
import type { Client } from '../../api/src/modules/client/client.entity.js';

let server: TestServer;
let browser: Browser;
const clients: Record<string, Client> = {};

/** A client group of the demo organisation with these members, created by the demo admin. */
async function group(em: EntityManager, org: Organisation, name: string, members: Client[]): Promise<void> {
  const admin = org.fallbackCounsellor!;
  const g = em.create(ClientGroup, { organisation: org.id, name, description: null, createdBy: admin.id });
  for (const client of members)
    em.create(ClientGroupMember, { organisation: org.id, group: g, client, addedBy: admin.id });
  await em.flush();
}

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  const em = server.orm.em.fork() as EntityManager;
  const org = await em.findOneOrFail(
    Organisation,
    { publicKey: 'pk_demo_beratungsstelle' },
    { populate: ['fallbackCounsellor'] },
  );
  for (const name of ['ahorn', 'birke', 'eiche', 'linde', 'pappel', 'ulme', 'weide', 'erle', 'esche']) {
    clients[name] = await buildClient(server, org, { pseudonym: name, loginName: name });
  }
  const c = (...names: string[]) => names.map((n) => clients[n]!);
  // Three members; five more in the other; one shared with the first (she takes one seat).
  await group(em, org, 'Elterntreff', c('ahorn', 'birke', 'eiche'));
  await group(em, org, 'Waldgruppe', c('eiche', 'linde', 'pappel', 'ulme', 'weide', 'erle'));
  await group(em, org, 'Kleingruppe', c('birke', 'esche'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** `YYYY-MM-DD` in Berlin, `days` from now. */
const berlinDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));

/** Whether the element has the focus inside its shadow root. */
const focused = (locator: Locator) => locator.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);

/** Focuses a field and types into it (replacing its value), as with the keyboard. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Chooses a group in a picker with the keyboard: type in its search, Tab to the checkbox, Space. */
async function pickGroup(page: Page, picker: Locator, search: string, label: RegExp): Promise<void> {
  const field = picker.getByLabel('Gruppe suchen');
  await typeInto(page, field, search);
  const box = picker.getByRole('checkbox', { name: label });
  await box.waitFor();
  await expect
    .poll(() => picker.getByRole('checkbox').count())
    .toBe((await picker.locator('.check.chosen').count()) + 1);
  await page.keyboard.press('Tab');
  // Chosen groups the search does not find come first: Tab past them to the found one.
  for (let i = 0; i < 10 && !(await focused(box)); i++) await page.keyboard.press('Tab');
  expect(await focused(box)).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(() => box.isChecked()).toBe(true);
}

const participantsOf = async (title: string) => {
  const em = server.orm.em.fork();
  const a = await em.findOne(Appointment, { title });
  if (!a) return null;
  const seated = await em.find(GroupParticipant, { appointment: a.id }, { populate: ['client'] });
  return seated.map((p) => (p.client as Client).pseudonym).sort();
};

describe('dashboard: client groups in appointments, chats and the client profile (admin)', () => {
  it('creates a group appointment for a group by keyboard, with GroupFull at the picker, then adds a group', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'demo.admin');
      await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Kalender' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Kalender');
      const cal = page.locator('lotse-calendar-view');

      await cal.getByRole('button', { name: 'Neuer Eintrag' }).focus();
      await page.keyboard.press('Enter');
      const dialog = cal.getByRole('dialog', { name: 'Neuer Eintrag' });
      await dialog.waitFor();
      // The kind's radios: the arrow keys move to "Gruppentermin".
      await expect
        .poll(() => focused(dialog.getByRole('radio', { name: 'Termin mit Ratsuchender/Ratsuchendem' })))
        .toBe(true);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => dialog.getByRole('radio', { name: 'Gruppentermin' }).isChecked()).toBe(true);
      const day = berlinDay(5);
      // Date and time fields' segments follow the browser's own locale: set as a whole.
      await dialog.getByLabel('Datum').fill(day);
      await expect.poll(() => dialog.getByLabel('Datum').inputValue()).toBe(day);
      await dialog.getByLabel('Von', { exact: true }).fill('21:00');
      await dialog.getByLabel('Bis', { exact: true }).fill('22:00');
      await typeInto(page, dialog.getByLabel('Titel (für Teilnehmende sichtbar)'), 'Elternabend Herbst');
      await typeInto(page, dialog.getByLabel('Höchstzahl Teilnehmende'), '2');

      // The picker: the snapshot explained, groups with member counts, found by a part of the name.
      const picker = dialog.locator('lotse-client-group-picker');
      const fieldset = picker.getByRole('group', { name: 'Klient*innen-Gruppen' });
      expect(await fieldset.locator('.hint').first().textContent()).toContain(
        'Wer später in die Gruppe kommt, wird nicht automatisch hinzugefügt.',
      );
      await picker.getByRole('checkbox', { name: 'Waldgruppe (6 Mitglieder)' }).waitFor();
      await pickGroup(page, picker, 'elTern', /^Elterntreff \(3 Mitglieder\)$/);
      expect((await picker.locator('[id$="-summary"]').textContent())?.trim()).toBe('1 Gruppe gewählt, 3 Mitglieder.');
      await expectAccessible(page, 'group appointment with a group chosen');

      // Three members, two seats: GroupFull at the picker, nothing created.
      await dialog.getByRole('button', { name: 'Speichern' }).focus();
      await page.keyboard.press('Enter');
      const problem = 'Gruppe „Elterntreff“ hat 3 Mitglieder, es sind nur 2 Plätze frei.';
      await expect.poll(() => picker.locator('p.error').textContent()).toContain(problem);
      expect(await dialog.getByRole('alert').first().textContent()).toBe(
        'Nicht genug Plätze frei – siehe Klient*innen-Gruppen.',
      );
      expect(await picker.getByLabel('Gruppe suchen').getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => focused(picker.getByLabel('Gruppe suchen'))).toBe(true);
      expect(await participantsOf('Elternabend Herbst')).toBeNull();
      await expectAccessible(page, 'GroupFull at the picker');
      await screenshot(page, 'dashboard-group-appointment-group-full');

      // Six seats: created with the group's three members.
      await typeInto(page, dialog.getByLabel('Höchstzahl Teilnehmende'), '6');
      await dialog.getByRole('button', { name: 'Speichern' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await participantsOf('Elternabend Herbst')).toEqual(['ahorn', 'birke', 'eiche']);

      // In the day view's details: the Waldgruppe brings five (Eiche takes part already) for three seats
      // left; the Kleingruppe brings one (Birke takes part already).
      const dayLink = cal.getByRole('link', { name: 'Tag', exact: true });
      await dayLink.click();
      await expect.poll(() => dayLink.getAttribute('aria-current')).toBe('page');
      await cal.getByLabel('Gehe zu Datum').fill(day);
      const entry = cal.locator('button.entry', { hasText: 'Elternabend Herbst' });
      await entry.focus();
      await page.keyboard.press('Enter');
      const details = cal.locator('lotse-calendar-details dialog');
      await details.waitFor();
      await expect.poll(() => details.locator('ul.participants li').count()).toBe(3);
      const more = details.locator('lotse-client-group-picker');
      await pickGroup(page, more, 'wald', /^Waldgruppe/);
      await details.getByRole('button', { name: 'Gruppen hinzufügen' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => more.locator('p.error').textContent())
        .toContain('Gruppe „Waldgruppe“ bringt 5 neue Teilnehmende, es sind nur 3 Plätze frei.');
      await expect.poll(() => focused(more.getByLabel('Gruppe suchen'))).toBe(true);
      expect(await participantsOf('Elternabend Herbst')).toEqual(['ahorn', 'birke', 'eiche']);
      await expectAccessible(page, 'details with a group not fitting');
      await screenshot(page, 'dashboard-group-appointment-details-full');
      // The Kleingruppe chosen with the keyboard: Enter searches at once, Arrow down passes the chosen
      // Waldgruppe to the first group found that is not chosen; then the Waldgruppe unchosen. The found
      // keep their places (Kleingruppe, Waldgruppe): the focus stays on the checkbox ticked or unticked.
      await typeInto(page, more.getByLabel('Gruppe suchen'), 'gruppe');
      await page.keyboard.press('Enter');
      const klein = more.getByRole('checkbox', { name: /^Kleingruppe \(2 Mitglieder\)$/ });
      const wald = more.getByRole('checkbox', { name: /^Waldgruppe/ });
      const summaryText = async () => (await more.locator('[id$="-summary"]').textContent())?.trim();
      await klein.waitFor();
      expect(await more.getByRole('checkbox').count()).toBe(2);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focused(klein)).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => summaryText()).toBe('2 Gruppen gewählt, 8 Mitglieder.');
      expect(await klein.isChecked()).toBe(true);
      expect(await focused(klein)).toBe(true);
      await page.keyboard.press('Tab');
      await expect.poll(() => focused(wald)).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => summaryText()).toBe('1 Gruppe gewählt, 2 Mitglieder.');
      expect(await wald.isChecked()).toBe(false);
      expect(await focused(wald)).toBe(true);
      // A chosen group the new search does not find is listed first; unticked there, it stays (unticked,
      // with the focus) until the next search, and is ticked again.
      await typeInto(page, more.getByLabel('Gruppe suchen'), 'wald');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => more.locator('.check.found label').allTextContents())
        .toEqual(['Waldgruppe (6 Mitglieder)']);
      expect(await more.locator('.check label').allTextContents()).toEqual([
        'Kleingruppe (2 Mitglieder)',
        'Waldgruppe (6 Mitglieder)',
      ]);
      await page.keyboard.press('Tab');
      await expect.poll(() => focused(klein)).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => summaryText()).toBe('Keine Gruppe gewählt.');
      expect(await klein.isChecked()).toBe(false);
      expect(await focused(klein)).toBe(true);
      await expectAccessible(page, 'group picker with a group unticked');
      await screenshot(page, 'dashboard-group-picker-unticked-focus');
      await page.keyboard.press('Space');
      await expect.poll(() => summaryText()).toBe('1 Gruppe gewählt, 2 Mitglieder.');
      expect(await focused(klein)).toBe(true);
      await details.getByRole('button', { name: 'Gruppen hinzufügen' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => details.getByRole('status').textContent())
        .toBe('1 Teilnehmende:r aus den Gruppen hinzugefügt.');
      await expect.poll(() => details.locator('ul.participants li').count()).toBe(4);
      expect(await participantsOf('Elternabend Herbst')).toEqual(['ahorn', 'birke', 'eiche', 'esche']);
      expect(await more.locator('.check.chosen').count()).toBe(0);
      await expectAccessible(page, 'details after adding a group');
      await screenshot(page, 'dashboard-group-appointment-details-groups');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 120_000);

  it('creates a group chat from a client group by keyboard and adds another group to it', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/chat`);
      await logInThroughDashboard(page, 'demo.admin');
      const view = page.locator('lotse-chat-view');
      await view.getByRole('button', { name: 'Neue Unterhaltung' }).focus();
      await page.keyboard.press('Enter');
      const dialog = view.getByRole('dialog', { name: 'Neue Unterhaltung' });
      await expect.poll(() => focused(dialog.getByRole('radio', { name: 'Kolleg:in' }))).toBe(true);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => dialog.getByRole('radio', { name: 'Neue Gruppe' }).isChecked()).toBe(true);
      await typeInto(page, dialog.getByLabel('Name der Gruppe (für alle Mitglieder sichtbar)'), 'Eltern im Austausch');
      const picker = dialog.locator('lotse-client-group-picker');
      expect(await picker.locator('.hint').first().textContent()).toContain('kommen jetzt in den Chat');
      await pickGroup(page, picker, 'eltern', /^Elterntreff \(3 Mitglieder\)$/);
      await expectAccessible(page, 'new group chat with a client group');
      await screenshot(page, 'dashboard-chat-new-from-group');
      await dialog.getByRole('button', { name: 'Gruppe anlegen' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => view.getByRole('heading', { level: 2, name: 'Eltern im Austausch' }).count()).toBe(1);
      // The admin and the group's three.
      await expect
        .poll(async () => (await view.locator('.conversation-head .meta').textContent())?.replace(/\s+/g, ' '))
        .toMatch(/Gruppe · 4 Mitglieder/);

      // Managing it: the Kleingruppe adds Esche (Birke is in already).
      await view.getByRole('button', { name: 'Gruppe verwalten' }).focus();
      await page.keyboard.press('Enter');
      const manage = view.getByRole('dialog', { name: 'Gruppe verwalten' });
      await expect.poll(() => manage.getByRole('heading', { name: '4 Mitglieder' }).count()).toBe(1);
      const more = manage.locator('lotse-client-group-picker');
      await pickGroup(page, more, 'klein', /^Kleingruppe/);
      await manage.getByRole('button', { name: 'Ausgewählte hinzufügen' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => manage.getByRole('status').textContent()).toBe('1 Mitglied hinzugefügt.');
      await expect.poll(() => manage.getByRole('heading', { name: '5 Mitglieder' }).count()).toBe(1);
      expect(await manage.locator('.member-list').textContent()).toContain('esche');
      await expectAccessible(page, 'group chat after adding a client group');
      await screenshot(page, 'dashboard-chat-manage-add-group');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 120_000);

  it('lists a client’s groups on the profile, linked to the groups screen, and joins and leaves one', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/clients/${clients.birke!.id}`);
      await logInThroughDashboard(page, 'demo.admin');
      await expect.poll(() => screenHeading(page).textContent()).toBe('birke');
      const panel = page.locator('lotse-client-panel');
      const card = panel.locator('lotse-client-memberships');
      const list = card.getByRole('list', { name: 'Gruppen dieser Person' });
      await expect.poll(() => list.getByRole('link').allTextContents()).toEqual(['Elterntreff', 'Kleingruppe']);
      await expectAccessible(page, 'profile with groups');

      // Joins the Waldgruppe with the keyboard (her own groups are not offered).
      const picker = card.locator('lotse-client-group-picker');
      await picker.getByRole('checkbox', { name: /^Waldgruppe/ }).waitFor();
      expect(await picker.getByRole('checkbox', { name: /^Elterntreff/ }).count()).toBe(0);
      await pickGroup(page, picker, 'wald', /^Waldgruppe \(6 Mitglieder\)$/);
      await card.getByRole('button', { name: 'Zu Gruppen hinzufügen' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => card.getByRole('status').textContent())
        .toBe('birke ist jetzt Mitglied in der Gruppe Waldgruppe.');
      await expect
        .poll(() => list.getByRole('link').allTextContents())
        .toEqual(['Elterntreff', 'Kleingruppe', 'Waldgruppe']);
      await screenshot(page, 'dashboard-client-profile-groups');

      // Leaves the Kleingruppe; the focus goes to the card's heading.
      await card.getByRole('button', { name: 'Aus Gruppe Kleingruppe entfernen' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => card.getByRole('status').textContent())
        .toBe('birke wurde aus der Gruppe Kleingruppe entfernt.');
      await expect.poll(() => list.getByRole('link').allTextContents()).toEqual(['Elterntreff', 'Waldgruppe']);
      await expect.poll(() => focused(card.getByRole('heading', { name: 'Klient*innen-Gruppen' }))).toBe(true);
      await expectAccessible(page, 'profile after leaving a group');

      // The link opens the group on the groups screen, with her among the members.
      await list.getByRole('link', { name: 'Waldgruppe' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Klient*innen-Gruppen');
      const group = page.locator('lotse-client-groups section.group');
      await expect.poll(() => group.getByRole('heading', { level: 2 }).textContent()).toBe('Waldgruppe');
      await group.locator('table.members tr', { hasText: 'birke' }).waitFor();
      await expectAccessible(page, 'group opened from the profile');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 120_000);
});
