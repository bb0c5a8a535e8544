/**
 * Text templates ("Textbausteine") in the staff dashboard, end to end in real Chromium (Berlin, de-DE)
 * against the real server with the demo data: the admin creates an organisation-wide template in the
 * organisation settings (errors at their fields first); the counsellor Anna manages her own in her
 * profile and sees the organisation's without controls; she inserts a template into a mail answer by
 * keyboard only (it replaces the selection, the focus is back in the field after it, the draft is saved
 * as typing saves it) and one into a chat message. Every state passes axe; the pages log no errors.
 * Screenshots: `dashboard-text-templates-*`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { demoActors } from '../browser/demo-actors.js';
import {
  expectAccessible,
  focused,
  logInThroughDashboard,
  screenHeading,
  screenshot,
  staffPage,
  tabTo,
} from '../browser/dashboard.js';

let server: TestServer;
let browser: Browser;
const actors = demoActors(() => server);

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

async function apiAs(login: string) {
  const { login: session } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(LOGIN, { input: { login, password: DEMO_PASSWORD } });
  return server.client(session.accessToken);
}

interface Template {
  title: string;
  scope: string;
  body: string;
  mayEdit: boolean;
}
async function templatesOf(login: string): Promise<Template[]> {
  const { textTemplates } = await (
    await apiAs(login)
  ).ok<{ textTemplates: Template[] }>(`{ textTemplates { title scope body mayEdit } }`);
  return textTemplates;
}

const titles = (section: Locator) => section.locator('.templates h3').allTextContents();

/** The focused element's value and caret, through the shadow roots (for text fields). */
const caret = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const field = el as HTMLTextAreaElement | null;
    return { id: field?.id, value: field?.value, start: field?.selectionStart, end: field?.selectionEnd };
  });

describe('dashboard: text templates', () => {
  it('the admin creates an organisation-wide template in the organisation settings', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/organisation`);
      await logInThroughDashboard(page, 'demo.admin');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Einrichtung');
      const section = page.locator('lotse-organisation-view lotse-text-templates');
      await expect.poll(() => titles(section)).toEqual(['Ablauf eines Termins', 'Begrüßung', 'Hilfe in akuten Krisen']);
      // The section is listed in the screen's table of contents.
      await page
        .locator('lotse-organisation-view nav')
        .getByRole('link', { name: 'Textbausteine der Einrichtung' })
        .click();

      await section.getByRole('button', { name: 'Neuer Textbaustein' }).click();
      const dialog = section.getByRole('dialog', { name: 'Neuer Textbaustein' });
      await dialog.waitFor();
      expect((await focused(page))?.label).toBe('Titel');
      // Saved empty: the errors are at their fields, the focus on the first.
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => dialog.locator('#org-tt-field-title-error').textContent()).toBe('Darf nicht leer sein');
      expect(await dialog.locator('#org-tt-field-body-error').textContent()).toBe('Darf nicht leer sein');
      expect(await dialog.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'organisation template form with errors');

      await dialog.getByLabel('Titel').fill('Adresse Schuldnerberatung');
      await dialog
        .getByLabel('Text', { exact: true })
        .fill('Die Schuldnerberatung der Stadt finden Sie in der Marktstraße 5, geöffnet Mo–Do 9–12 Uhr.');
      await screenshot(page, 'dashboard-text-templates-org-form');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await expect
        .poll(() => section.getByRole('status').first().textContent())
        .toBe('„Adresse Schuldnerberatung“ angelegt.');
      await expect.poll(() => titles(section)).toContain('Adresse Schuldnerberatung');
      await expectAccessible(page, 'organisation templates');
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'dashboard-text-templates-org');

      // Every counsellor of the organisation has it now, without the right to change it.
      expect((await templatesOf('jonas.keller')).find((t) => t.title === 'Adresse Schuldnerberatung')).toMatchObject({
        scope: 'ORGANISATION',
        mayEdit: false,
      });
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('a counsellor manages her own templates in her profile and sees the organisation’s without controls', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/profile`);
      await logInThroughDashboard(page, 'jonas.keller');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mein Profil');
      const mine = page.locator('lotse-profile-view lotse-text-templates#text-templates');
      const org = page.locator('lotse-profile-view lotse-text-templates#org-text-templates');
      await expect.poll(() => mine.locator('.muted').last().textContent()).toBe('Noch keine Textbausteine.');
      await expect.poll(() => titles(org)).toContain('Begrüßung');
      // The organisation's: listed, but no control to create, change or delete them.
      expect(await org.getByRole('button').count()).toBe(0);
      expect(await org.locator('p.muted').first().textContent()).toContain('verwalten die Admins');

      // A new one, by keyboard.
      await mine.getByRole('button', { name: 'Neuer Textbaustein' }).focus();
      await page.keyboard.press('Enter');
      const dialog = mine.getByRole('dialog', { name: 'Neuer Textbaustein' });
      await dialog.waitFor();
      await page.keyboard.type('Rückruf');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Ich rufe Sie gern zurück. Nennen Sie mir bitte eine Zeit, die Ihnen passt.');
      await expectAccessible(page, 'own template form');
      await dialog.getByRole('button', { name: 'Speichern' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => titles(mine)).toEqual(['Rückruf']);
      await expect.poll(() => mine.getByRole('status').first().textContent()).toBe('„Rückruf“ angelegt.');
      await expectAccessible(page, 'own templates');
      await mine.scrollIntoViewIfNeeded();
      await screenshot(page, 'dashboard-text-templates-profile');

      // Changed…
      await mine.getByRole('button', { name: 'Bearbeiten: Rückruf' }).click();
      const edit = mine.getByRole('dialog', { name: 'Textbaustein bearbeiten' });
      await edit.getByLabel('Titel').fill('Rückruf anbieten');
      await edit.getByRole('button', { name: 'Speichern' }).click();
      await expect.poll(() => titles(mine)).toEqual(['Rückruf anbieten']);
      expect((await focused(page))?.label).toBe('Bearbeiten: Rückruf anbieten');

      // …and deleted after a confirmation; Escape first keeps it.
      await mine.getByRole('button', { name: 'Löschen: Rückruf anbieten' }).click();
      const confirm = mine.getByRole('dialog', { name: 'Textbaustein löschen?' });
      await confirm.waitFor();
      expect((await focused(page))?.text).toBe('Löschen');
      await expectAccessible(page, 'delete confirmation');
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await focused(page))?.label).toBe('Löschen: Rückruf anbieten');
      expect(await titles(mine)).toEqual(['Rückruf anbieten']);
      await mine.getByRole('button', { name: 'Löschen: Rückruf anbieten' }).click();
      await confirm.getByRole('button', { name: 'Löschen' }).click();
      await expect.poll(() => mine.getByRole('status').first().textContent()).toBe('„Rückruf anbieten“ gelöscht.');
      await expect.poll(() => titles(mine)).toEqual([]);
      expect((await focused(page))?.text).toBe('Neuer Textbaustein');
      expect((await templatesOf('jonas.keller')).filter((t) => t.scope === 'PERSONAL')).toEqual([]);

      // In English, too.
      await page.evaluate(() => localStorage.setItem('lotse:dashboard:lang', 'en'));
      await page.reload();
      await mine.getByRole('heading', { name: 'My templates' }).waitFor();
      await org.getByRole('heading', { name: 'Organisation templates' }).waitFor();
      expect(await org.locator('p.muted').first().textContent()).toContain('admins manage these templates');
      await mine.getByRole('button', { name: 'New template' }).click();
      await mine.getByRole('dialog', { name: 'New template' }).getByLabel('Title').waitFor();
      await expectAccessible(page, 'own template form in English');
      await page.keyboard.press('Escape');
      await page.evaluate(() => localStorage.setItem('lotse:dashboard:lang', 'de'));

      // The organisation settings are not his.
      await page.goto(`${server.url}/dashboard/organisation`);
      await expect.poll(() => page.locator('lotse-organisation-view [role=alert]').textContent()).toContain('Admins');
      expect(await page.locator('lotse-organisation-view lotse-text-templates').count()).toBe(0);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('inserts a template into a mail answer by keyboard only, at the cursor, and saves the draft', async () => {
    const request = await actors.newRequest('anna.berger', 'Wie läuft ein Termin ab?', 'Ich war noch nie bei Ihnen.');
    const { mailRequest } = await (
      await apiAs('anna.berger')
    ).ok<{ mailRequest: { client: { pseudonym: string } } }>(
      `query($id: ID!) { mailRequest(id: $id) { client { pseudonym } } }`,
      {
        id: request.id,
      },
    );
    const pseudonym = mailRequest.client.pseudonym;
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/mail-requests/${request.id}`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Wie läuft ein Termin ab?');
      const thread = page.locator('lotse-mail-thread');
      const answer = thread.getByLabel('Ihre Antwort');
      await answer.focus();
      // "XXX" is selected: the template replaces it.
      await page.keyboard.type('XXX\n\nAnna Berger');
      const draft = async () =>
        (
          await (
            await apiAs('anna.berger')
          ).ok<{ mailRequest: { draft: { body: string } | null } }>(
            `query($id: ID!) { mailRequest(id: $id) { draft { body } } }`,
            {
              id: request.id,
            },
          )
        ).mailRequest.draft?.body;
      // The typed text is saved first, so what follows shows that the insertion itself saves.
      await expect.poll(draft, { timeout: 5_000 }).toBe('XXX\n\nAnna Berger');
      await page.keyboard.press('Control+Home');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');

      // Tab reaches the button right after the field; Enter opens the dialog with the focus in its search.
      const button = await tabTo(page, (f) => f.text === 'Textbaustein einfügen');
      expect(button.tag).toBe('BUTTON');
      await page.keyboard.press('Enter');
      const dialog = thread.getByRole('dialog', { name: 'Textbaustein einfügen' });
      await dialog.waitFor();
      await expect.poll(async () => (await focused(page))?.label).toBe('Textbausteine durchsuchen');
      const options = dialog.getByRole('option');
      await expect.poll(() => options.count()).toBeGreaterThanOrEqual(4);
      expect(await options.first().getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
      await expectAccessible(page, 'insert dialog');
      await screenshot(page, 'dashboard-text-templates-insert');

      // Escape closes it and gives the focus back to the button; the field is unchanged.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect((await focused(page))?.text).toBe('Textbaustein einfügen');
      expect(await answer.inputValue()).toBe('XXX\n\nAnna Berger');

      // Again, searched (case and accents ignored) and chosen with Enter.
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.type('BEGRUSSUNG');
      await expect.poll(() => options.allTextContents()).toHaveLength(1);
      expect(await options.first().textContent()).toContain('Begrüßung');
      await expectAccessible(page, 'insert dialog searched');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.isVisible()).toBe(false);

      const inserted = `Guten Tag ${pseudonym},\n\nvielen Dank für Ihre Nachricht und Ihr Vertrauen.`;
      const expected = `${inserted}\n\nAnna Berger`;
      // The text replaced the selection, the placeholder filled in; the focus is after it in the field.
      await expect
        .poll(() => caret(page))
        .toEqual({
          id: 'answer',
          value: expected,
          start: inserted.length,
          end: inserted.length,
        });
      // The insertion alone saved the draft, before any typing.
      await expect.poll(draft, { timeout: 5_000 }).toBe(expected);
      await expect
        .poll(() => thread.locator('.reply .hint').textContent(), { timeout: 5_000 })
        .toMatch(/Entwurf gespeichert/);
      // Typing goes on where the text ends.
      await page.keyboard.type(' Gern erkläre ich Ihnen den Ablauf.');
      const final = `${inserted} Gern erkläre ich Ihnen den Ablauf.\n\nAnna Berger`;
      expect(await answer.inputValue()).toBe(final);

      // Typing saves the draft, too.
      await expect.poll(draft, { timeout: 5_000 }).toBe(final);
      await expect
        .poll(() => thread.locator('.reply .hint').textContent(), { timeout: 5_000 })
        .toMatch(/Entwurf gespeichert/);
      await expectAccessible(page, 'answer with a template');
      await screenshot(page, 'dashboard-text-templates-answer');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('inserts a template into a chat message', async () => {
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
      await expect.poll(() => view.getByRole('heading', { level: 2, name: 'sonnenblume' }).count()).toBe(1);
      const composer = view.getByLabel('Ihre Nachricht');
      const dialog = view.getByRole('dialog', { name: 'Textbaustein einfügen' });

      // Near the message limit (4000 characters) a template that does not fit is not inserted: the
      // dialog says why and keeps the focus in its search; the message stays as it was.
      const nearlyFull = 'x'.repeat(3_990);
      await composer.fill(nearlyFull);
      await composer.focus();
      await tabTo(page, (f) => f.text === 'Textbaustein einfügen');
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.type('abschied');
      await expect.poll(() => dialog.getByRole('option').count()).toBe(1);
      await page.keyboard.press('Enter');
      const refusal = dialog.getByRole('alert');
      await expect
        .poll(() => refusal.textContent())
        .toBe(
          '„Abschied“ passt nicht mehr in das Feld: Der Text hätte dann 4.051 Zeichen, erlaubt sind 4.000. ' +
            'Kürzen Sie den Text oder wählen Sie einen kürzeren Textbaustein.',
        );
      expect(await dialog.isVisible()).toBe(true);
      expect((await focused(page))?.label).toBe('Textbausteine durchsuchen');
      expect(await composer.inputValue()).toBe(nearlyFull);
      await expectAccessible(page, 'chat insert dialog, template too long');
      await screenshot(page, 'dashboard-text-templates-chat-too-long');
      // Searching again clears the message.
      await page.keyboard.press('Backspace');
      await expect.poll(() => refusal.count()).toBe(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await composer.inputValue()).toBe(nearlyFull);

      // In English, too.
      const shell = page.locator('lotse-dashboard');
      await shell.getByRole('button', { name: 'English' }).click();
      const dialogEn = view.getByRole('dialog', { name: 'Insert a template' });
      await view.getByRole('button', { name: 'Insert template' }).click();
      await dialogEn.waitFor();
      await expect.poll(async () => (await focused(page))?.label).toBe('Search templates');
      await page.keyboard.type('abschied');
      await expect.poll(() => dialogEn.getByRole('option').count()).toBe(1);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => dialogEn.getByRole('alert').textContent())
        .toBe(
          '“Abschied” does not fit into the field: the text would then have 4,051 characters, 4,000 are allowed. ' +
            'Shorten the text or choose a shorter template.',
        );
      await expectAccessible(page, 'chat insert dialog, template too long, in English');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialogEn.isVisible()).toBe(false);
      await shell.getByRole('button', { name: 'Deutsch' }).click();
      await expect.poll(() => composer.inputValue()).toBe(nearlyFull);

      await composer.fill('');
      await composer.focus();
      await page.keyboard.type('Danke, sonnenblume! ');
      await tabTo(page, (f) => f.text === 'Textbaustein einfügen');
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.type('abschied');
      await expect.poll(() => dialog.getByRole('option').count()).toBe(1);
      expect(await dialog.getByRole('option').textContent()).toContain('(eigener)');
      await expectAccessible(page, 'chat insert dialog');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.isVisible()).toBe(false);

      // Anna's own template, with her display name for {{counsellor}}; the caret after it.
      const text = 'Danke, sonnenblume! Ich wünsche Ihnen bis dahin alles Gute.\n\nHerzliche Grüße\nAnna';
      await expect
        .poll(() => caret(page))
        .toEqual({ id: 'composer', value: text, start: text.length, end: text.length });
      await expectAccessible(page, 'chat message with a template');
      await screenshot(page, 'dashboard-text-templates-chat');
      // Enter sends it, as typed.
      await page.keyboard.press('Enter');
      await expect.poll(() => view.locator('.messages li[data-seq] .body').last().textContent()).toBe(text);
      expect(await composer.inputValue()).toBe('');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });
});
