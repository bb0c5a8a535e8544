/**
 * Case documentation in the dashboard, end to end in a real Chromium (Berlin, de-DE) against the real
 * server with the demo data, along the seed FAQ's monitoring questions:
 * - a counsellor creates, views, edits and deletes a monitoring in the client's Monitoring tab (the
 *   required fields and the API's bounds said at their fields; reached and used with the keyboard);
 * - "Dokumentieren" on a mail request, a chat and an appointment opens the form prefilled from it;
 *   cancelling saves nothing, saving links to the client's monitorings;
 * - an admin sees every counsellor's monitorings of the client (and pages through them), a colleague
 *   sees none of Anna's.
 * Every state passes axe; the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import type { GraphQLClient } from '../support/gql.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { expectAccessible, logInThroughDashboard, screenHeading, screenshot, staffPage } from '../browser/dashboard.js';

let server: TestServer;
let browser: Browser;
let clientId: string;

async function api(login: string): Promise<GraphQLClient> {
  const res = await server
    .client()
    .ok<{ login: { accessToken: string } }>(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { login, password: DEMO_PASSWORD },
    });
  return server.client(res.login.accessToken);
}

/** Subjects of the client's monitorings `login` may see, newest first (what the API says). */
async function subjectsSeenBy(login: string): Promise<string[]> {
  const res = await (
    await api(login)
  ).ok<{ monitorings: { edges: { node: { subject: string } }[] } }>(
    `query($filter: MonitoringFilter) { monitorings(filter: $filter, first: 100) { edges { node { subject } } } }`,
    { filter: { clientId } },
  );
  return res.monitorings.edges.map((e) => e.node.subject);
}

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  const res = await (
    await api('demo.admin')
  ).ok<{ clients: { edges: { node: { id: string; pseudonym: string } }[] } }>(
    `query { clients(filter: { search: "sonnenblume" }) { edges { node { id pseudonym } } } }`,
  );
  clientId = res.clients.edges[0]!.node.id;
  // The demo data documents sonnenblume over the last months (for the statistics screen); these tests
  // start from a client without case documentation, so the admin deletes those first.
  const admin = await api('demo.admin');
  const seeded = await admin.ok<{ monitorings: { edges: { node: { id: string } }[] } }>(
    `query($filter: MonitoringFilter) { monitorings(filter: $filter, first: 100) { edges { node { id } } } }`,
    { filter: { clientId } },
  );
  for (const { node } of seeded.monitorings.edges) {
    await admin.ok(`mutation($input: DeleteMonitoringInput!) { deleteMonitoring(input: $input) }`, {
      input: { id: node.id },
    });
  }
  expect(await subjectsSeenBy('demo.admin')).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The name of the element that has the focus (its label or text, else `#id`), through the shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text || `#${el.id}`;
  });

const monitoringList = (page: Page) => page.locator('lotse-monitoring-list');
const entry = (page: Page, subject: string): Locator =>
  monitoringList(page)
    .locator('ol.records > li')
    .filter({ has: page.locator('.record-title', { hasText: subject }) });
const entrySubjects = (page: Page) => monitoringList(page).locator('.record-title').allInnerTexts();

/** Logs in on the client's panel (no page load after it, which would abort its requests) and opens the tab. */
async function openMonitoringTab(page: Page, login: string): Promise<void> {
  await page.goto(`${server.url}/dashboard/clients/${clientId}`);
  await logInThroughDashboard(page, login);
  const panel = page.locator('lotse-client-panel');
  await panel.getByRole('tab', { name: 'Profil' }).waitFor();
  // With the keyboard: the tabs follow the arrow keys.
  await panel.getByRole('tab', { name: 'Dokumente' }).click();
  await expect.poll(() => panel.getByRole('tab', { name: 'Dokumente' }).getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => panel.getByRole('tab', { name: 'Monitoring' }).getAttribute('aria-selected')).toBe('true');
  expect(new URL(page.url()).searchParams.get('tab')).toBe('monitoring');
  await monitoringList(page).locator('.list-head .badge').waitFor();
}

describe('dashboard: monitoring in the client panel (counsellor)', () => {
  it('creates, views, edits and deletes a monitoring; required fields and the API’s bounds at their fields', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await openMonitoringTab(page, 'anna.berger');
      const list = monitoringList(page);
      expect(await list.locator('.empty').innerText()).toBe('Noch keine Monitorings zu dieser Person.');
      expect(await list.locator('section').innerText()).toContain(
        'Sie sehen nur die Monitorings, die Sie selbst angelegt haben.',
      );
      await expectAccessible(page, 'empty monitoring tab');

      // "Monitoring anlegen" by keyboard; the date has the focus.
      await list.getByRole('button', { name: 'Monitoring anlegen' }).focus();
      await page.keyboard.press('Enter');
      const dialog = list.getByRole('dialog', { name: 'Neues Monitoring anlegen' });
      await dialog.waitFor();
      await expect
        .poll(() => dialog.getByLabel('Datum').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement))
        .toBe(true);
      expect(await dialog.innerText()).toContain('Klient*in: sonnenblume');
      // Nothing filled in: both required fields say so, nothing is sent.
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => dialog.locator('#m-durationMinutes-error').textContent()).toBe('Bitte ausfüllen.');
      expect(await dialog.locator('#m-subject-error').textContent()).toBe('Bitte ausfüllen.');
      expect(await focused(page)).toBe('#m-duration');
      expect(await dialog.getByLabel('Beratungsdauer (Min.)').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'monitoring form with required fields missing');
      await screenshot(page, 'dashboard-monitoring-form-errors');
      // 2000 minutes: the API refuses, said at the field in German.
      await dialog.getByLabel('Beratungsdauer (Min.)').fill('2000');
      await dialog.getByLabel('Betreff').fill('Erstgespräch Familie');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect
        .poll(() => dialog.locator('#m-durationMinutes-error').textContent())
        .toBe('Bitte eine Dauer von 1 bis 1440 Minuten angeben.');
      expect(await dialog.locator('#m-subject-error').textContent()).toBe('');
      expect(await subjectsSeenBy('anna.berger')).toEqual([]);
      // Completed: typed with the keyboard from the duration on.
      await dialog.getByLabel('Beratungsdauer (Min.)').fill('45');
      await dialog.getByLabel('Kanal (optional)').selectOption({ label: 'Telefon' });
      await dialog.getByLabel('Familie').check();
      await dialog.getByLabel('Notizen (optional)').fill('Konflikt mit der Schwester besprochen.');
      await dialog.getByLabel('Notizen (optional)').focus();
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Speichern');
      await page.keyboard.press('Enter');
      await expect.poll(() => list.locator('.notice').textContent()).toBe('Monitoring gespeichert.');
      expect(await dialog.isVisible()).toBe(false);
      expect(await focused(page)).toBe('Monitoring anlegen');
      const first = entry(page, 'Erstgespräch Familie');
      const facts = await first.innerText();
      for (const part of ['45 Min.', 'Telefon', 'Familie', 'von Ihnen']) expect(facts).toContain(part);

      // A second one: newest first.
      await list.getByRole('button', { name: 'Monitoring anlegen' }).click();
      await dialog.getByLabel('Beratungsdauer (Min.)').fill('20');
      await dialog.getByLabel('Betreff').fill('Kurze Nachfrage');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => entrySubjects(page)).toEqual(['Kurze Nachfrage', 'Erstgespräch Familie']);
      expect(await list.locator('.list-head .badge').innerText()).toBe('2');
      await expectAccessible(page, 'monitoring list');
      await screenshot(page, 'dashboard-monitoring-list');

      // View: everything, notes included; Escape goes back to the button.
      await first.getByRole('button', { name: 'Anzeigen' }).click();
      const view = list.getByRole('dialog', { name: 'Erstgespräch Familie' });
      await view.waitFor();
      expect(await view.innerText()).toContain('Konflikt mit der Schwester besprochen.');
      expect(await view.innerText()).toContain('Anna');
      await expectAccessible(page, 'monitoring view');
      await screenshot(page, 'dashboard-monitoring-view');
      await page.keyboard.press('Escape');
      await expect.poll(() => view.isVisible()).toBe(false);
      expect(await focused(page)).toBe('Anzeigen');

      // Edit: the form with its values; the change shows in the list.
      await first.getByRole('button', { name: 'Bearbeiten' }).click();
      const edit = list.getByRole('dialog', { name: 'Monitoring bearbeiten' });
      expect(await edit.getByLabel('Beratungsdauer (Min.)').inputValue()).toBe('45');
      expect(await edit.getByLabel('Familie').isChecked()).toBe(true);
      await edit.getByLabel('Beratungsdauer (Min.)').fill('60');
      await edit.getByLabel('Kanal (optional)').selectOption({ label: 'Video' });
      await expectAccessible(page, 'monitoring edit form');
      await edit.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => list.locator('.notice').textContent()).toBe('Änderungen gespeichert.');
      await expect.poll(() => first.innerText()).toContain('60 Min.');
      expect(await first.innerText()).toContain('Video');

      // Delete: cancelled first (still there), then confirmed.
      const second = entry(page, 'Kurze Nachfrage');
      await second.getByRole('button', { name: 'Löschen' }).click();
      const confirm = list.getByRole('dialog', { name: 'Monitoring löschen?' });
      await confirm.waitFor();
      expect(await focused(page)).toBe('Endgültig löschen');
      await expectAccessible(page, 'delete confirmation');
      await confirm.getByRole('button', { name: 'Abbrechen' }).click();
      expect(await entrySubjects(page)).toEqual(['Kurze Nachfrage', 'Erstgespräch Familie']);
      await second.getByRole('button', { name: 'Löschen' }).click();
      await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
      await expect.poll(() => list.locator('.notice').textContent()).toBe('Monitoring „Kurze Nachfrage“ gelöscht.');
      expect(await entrySubjects(page)).toEqual(['Erstgespräch Familie']);
      expect(await focused(page)).toBe('Monitoring anlegen');
      expect(await subjectsSeenBy('anna.berger')).toEqual(['Erstgespräch Familie']);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 120_000);
});

describe('dashboard: "Dokumentieren" from a source (counsellor)', () => {
  it('a mail request: prefilled form, a cancel saves nothing, saving links to the client’s monitorings', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    const subject = 'Wie kann ich mit meiner Schwester wieder ins Gespräch kommen?';
    try {
      const found = await (
        await api('anna.berger')
      ).ok<{ mailRequests: { edges: { node: { id: string } }[] } }>(
        `query($filter: MailRequestFilter) { mailRequests(filter: $filter) { edges { node { id } } } }`,
        { filter: { clientId, search: 'Schwester' } },
      );
      await page.goto(`${server.url}/dashboard/mail-requests/${found.mailRequests.edges[0]!.node.id}`);
      await logInThroughDashboard(page, 'anna.berger');
      const thread = page.locator('lotse-mail-thread');
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      const button = thread.getByRole('button', { name: 'Diese Mailanfrage als Monitoring dokumentieren' });
      await button.click();
      const dialog = thread.getByRole('dialog', { name: 'Monitoring dokumentieren' });
      await dialog.waitFor();
      expect(await dialog.getByLabel('Betreff').inputValue()).toBe(subject);
      expect(await dialog.getByLabel('Kanal (optional)').inputValue()).toBe('MAIL');
      // A mail request does not tell the duration: that field is empty and has the focus.
      expect(await dialog.getByLabel('Beratungsdauer (Min.)').inputValue()).toBe('');
      await expect.poll(() => focused(page)).toBe('#m-duration');
      expect(await dialog.innerText()).toContain('gespeichert wird erst mit „Speichern“');
      await expectAccessible(page, 'document a mail request');
      await screenshot(page, 'dashboard-monitoring-from-mail');
      await dialog.getByRole('button', { name: 'Abbrechen' }).click();
      expect(await dialog.isVisible()).toBe(false);
      expect(await focused(page)).toBe('Diese Mailanfrage als Monitoring dokumentieren');
      expect(await subjectsSeenBy('anna.berger')).not.toContain(subject);

      await button.click();
      await dialog.getByLabel('Beratungsdauer (Min.)').fill('25');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      const status = thread.locator('lotse-monitoring-document [role="status"]');
      await expect.poll(() => status.innerText()).toContain('Monitoring zu sonnenblume gespeichert.');
      await expectAccessible(page, 'mail request documented');
      await status.getByRole('link', { name: 'Monitorings von sonnenblume öffnen' }).click();
      await expect.poll(() => entrySubjects(page)).toContain(subject);
      const saved = await entry(page, subject).innerText();
      for (const part of ['25 Min.', 'Mail', 'von Ihnen']) expect(saved).toContain(part);
      await entry(page, subject).getByRole('button', { name: 'Anzeigen' }).click();
      expect(await monitoringList(page).getByRole('dialog', { name: subject }).innerText()).toContain(
        'aus einer Mailanfrage',
      );
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);

  it('a chat with a client: prefilled with channel and day, corrected and saved', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/chat`);
      await logInThroughDashboard(page, 'anna.berger');
      const view = page.locator('lotse-chat-view');
      await view
        .getByRole('region', { name: 'Unterhaltungen' })
        .getByRole('link', { name: /sonnenblume/ })
        .click();
      const button = view.getByRole('button', { name: 'Diesen Chat als Monitoring dokumentieren' });
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = view.getByRole('dialog', { name: 'Monitoring dokumentieren' });
      await dialog.waitFor();
      expect(await dialog.getByLabel('Kanal (optional)').inputValue()).toBe('CHAT');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
      expect(await dialog.getByLabel('Datum').inputValue()).toBe(today);
      expect(Number(await dialog.getByLabel('Beratungsdauer (Min.)').inputValue())).toBeGreaterThanOrEqual(1);
      await expectAccessible(page, 'document a chat');
      await screenshot(page, 'dashboard-monitoring-from-chat');
      await dialog.getByLabel('Beratungsdauer (Min.)').fill('15');
      await dialog.getByLabel('Betreff').fill('Nachfrage im Chat');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect
        .poll(() => view.locator('lotse-monitoring-document [role="status"]').innerText())
        .toContain('Monitoring zu sonnenblume gespeichert.');
      expect(await focused(page)).toBe('Diesen Chat als Monitoring dokumentieren');
      expect(await subjectsSeenBy('anna.berger')).toContain('Nachfrage im Chat');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);

  it('an appointment in the calendar: the form opens over the entry’s details', async () => {
    const anna = await api('anna.berger');
    const me = await anna.ok<{ me: { counsellor: { id: string } } }>(`query { me { counsellor { id } } }`);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
      new Date(Date.now() + 2 * 86_400_000),
    );
    const start = new Date(`${day}T08:00:00Z`).toISOString();
    await anna.ok(`mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { __typename } }`, {
      input: {
        clientId,
        counsellorId: me.me.counsellor.id,
        start,
        durationMinutes: 50,
        channel: 'PHONE',
        title: 'Telefonberatung Familie',
      },
    });
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/calendar?view=day&date=${day}`);
      await logInThroughDashboard(page, 'anna.berger');
      const cal = page.locator('lotse-calendar-view');
      await cal.locator('button.entry', { hasText: 'sonnenblume' }).first().click();
      const details = page.locator('lotse-calendar-details');
      const button = details.getByRole('button', { name: 'Diesen Termin als Monitoring dokumentieren' });
      await button.click();
      const dialog = details.getByRole('dialog', { name: 'Monitoring dokumentieren' });
      await dialog.waitFor();
      expect(await dialog.getByLabel('Betreff').inputValue()).toBe('Telefonberatung Familie');
      expect(await dialog.getByLabel('Beratungsdauer (Min.)').inputValue()).toBe('50');
      expect(await dialog.getByLabel('Datum').inputValue()).toBe(day);
      expect(await dialog.getByLabel('Kanal (optional)').inputValue()).toBe('PHONE');
      await expectAccessible(page, 'document an appointment');
      await screenshot(page, 'dashboard-monitoring-from-appointment');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect
        .poll(() => details.locator('lotse-monitoring-document [role="status"]').innerText())
        .toContain('Monitoring zu sonnenblume gespeichert.');
      expect(await focused(page)).toBe('Diesen Termin als Monitoring dokumentieren');
      await expectAccessible(page, 'appointment documented');
      expect(await subjectsSeenBy('anna.berger')).toContain('Telefonberatung Familie');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);
});

describe('dashboard: who sees which monitorings', () => {
  it('an admin sees every counsellor’s and pages through them; a colleague sees none of Anna’s', async () => {
    // 20 more of the admin's own, so the tab has a second page.
    const admin = await api('demo.admin');
    for (let i = 1; i <= 20; i++) {
      await admin.ok(`mutation($input: CreateMonitoringInput!) { createMonitoring(input: $input) { id } }`, {
        input: { clientId, durationMinutes: 10, subject: `Fallbesprechung ${i}`, date: '2026-01-15' },
      });
    }
    const annas = await subjectsSeenBy('anna.berger');
    expect(annas.length).toBeGreaterThanOrEqual(3);

    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await openMonitoringTab(page, 'demo.admin');
      const list = monitoringList(page);
      expect(await list.locator('section').innerText()).toContain(
        'Als Admin sehen Sie die Monitorings aller Berater*innen.',
      );
      const total = annas.length + 20;
      expect(await list.locator('.list-head .badge').innerText()).toBe(String(total));
      // Newest first: Anna's (this year's later days) before the admin's of 15 January.
      await expect.poll(() => list.locator('ol.records > li').count()).toBe(20);
      expect(await entry(page, 'Erstgespräch Familie').innerText()).toContain('von Anna');
      await expectAccessible(page, 'monitorings as admin');
      await screenshot(page, 'dashboard-monitoring-admin');
      await list.getByRole('button', { name: 'Weitere laden' }).click();
      await expect.poll(() => list.locator('ol.records > li').count()).toBe(total);
      expect(await list.getByRole('button', { name: 'Weitere laden' }).count()).toBe(0);
      // The focus is on the first entry that came with the new page.
      expect(await focused(page)).toBe('Anzeigen');

      // English, complete.
      await page.locator('lotse-dashboard').getByRole('button', { name: 'English' }).click();
      await expect.poll(() => list.locator('h2').first().innerText()).toContain('Monitorings');
      expect(await list.getByRole('button', { name: 'Create monitoring' }).count()).toBe(1);
      expect(await list.locator('section').innerText()).toContain(
        'As an admin you see the monitorings of all counsellors.',
      );
      await list.getByRole('button', { name: 'Create monitoring' }).click();
      const dialog = list.getByRole('dialog', { name: 'Create a monitoring' });
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => dialog.locator('#m-subject-error').textContent()).toBe('Please fill in.');
      expect(await dialog.getByLabel('Duration (min)').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'monitoring form in English');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('lotse-dashboard').getByRole('button', { name: 'Deutsch' }).click();
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }

    // Jonas, a colleague: none of Anna's or the admin's.
    const jonas = await staffPage(browser);
    try {
      await openMonitoringTab(jonas.page, 'jonas.keller');
      const list = monitoringList(jonas.page);
      expect(await list.locator('.list-head .badge').innerText()).toBe('0');
      expect(await list.locator('.empty').innerText()).toBe('Noch keine Monitorings zu dieser Person.');
      expect(await subjectsSeenBy('jonas.keller')).toEqual([]);
      await expectAccessible(jonas.page, 'monitorings as a colleague');
      expect(jonas.problems).toEqual([]);
    } finally {
      await jonas.close();
    }
  }, 150_000);
});
