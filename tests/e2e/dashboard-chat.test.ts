/**
 * The staff dashboard's chat, end to end in real Chromium (Berlin, de-DE) against the real server with
 * the demo data: the counsellor Anna has the chat open in the dashboard while a visitor on the demo page
 * starts a chat through `<lotse-chat>` in another browser context. The message appears live in Anna's
 * list with an unread badge (also in the navigation), she opens it, sees the visitor typing, answers,
 * and the visitor sees her typing and her answer live. Every state passes axe; neither page logs an
 * error. Screenshots: `dashboard-chat` (the conversation) and `dashboard-chat-tablet` (768 px).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
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

const chatView = (page: Page): Locator => page.locator('lotse-chat-view');
const widget = (page: Page): Locator => page.locator('lotse-chat');

/** The conversation as the dashboard shows it: `author: text` per confirmed message. */
function shownInDashboard(page: Page): Promise<string[]> {
  return chatView(page)
    .locator('.messages li[data-seq]')
    .evaluateAll((items) =>
      items.map((m) => {
        const text = (sel: string) => m.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();
        return `${text('.author')}: ${text('.body')}`;
      }),
    );
}

/** The unread count the navigation's "Chat" entry shows (0: no badge). */
async function navUnread(page: Page): Promise<number> {
  const badge = page
    .locator('lotse-dashboard nav')
    .getByRole('link', { name: /^Chat/ })
    .locator('.badge .visually-hidden');
  if (!(await badge.count())) return 0;
  return Number((await badge.textContent())?.match(/\d+/)?.[0] ?? NaN);
}

describe('dashboard: chat', () => {
  it('chats live with a visitor of the demo page: unread badge, typing both ways, answers', async () => {
    const staff = await staffPage(browser);
    const visitor = await watchedPage(browser);
    const { page } = staff;
    try {
      // Anna opens the chat in the dashboard (her open dashboard makes her reachable).
      await page.goto(`${server.url}/dashboard/chat`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Chat');
      const view = chatView(page);
      const streams = view.getByRole('region', { name: 'Unterhaltungen' });
      await expect.poll(() => streams.getByRole('link').count()).toBeGreaterThan(0);
      expect(await streams.getByRole('link', { name: /sonnenblume/ }).count()).toBe(1);
      await expectAccessible(page, 'chat list');
      const unreadBefore = await navUnread(page);

      // A visitor starts a chat on the demo page.
      const client = visitor.page;
      client.setDefaultTimeout(10_000);
      await client.goto(`${server.url}/`);
      const bubble = widget(client).locator('#bubble');
      await expect.poll(() => bubble.getAttribute('aria-label'), { timeout: 15_000 }).toBe('Chat – jetzt erreichbar');
      await bubble.click();
      const pseudonym = `e2e_${Math.random().toString(36).slice(2, 9)}`;
      await widget(client).getByLabel('Ihr Pseudonym').fill(pseudonym);
      await widget(client).getByRole('button', { name: 'Chat starten' }).click();
      const clientComposer = widget(client).getByLabel('Ihre Nachricht');
      await clientComposer.fill('Guten Abend, ich mache mir Sorgen um meinen Bruder.');
      await clientComposer.press('Enter');

      // It appears live in Anna's list, first, with an unread badge; the navigation counts it too.
      const row = streams.getByRole('link', { name: new RegExp(pseudonym) });
      await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
      await expect.poll(() => row.locator('.unread-count').textContent()).toContain('1 ungelesen');
      expect(await streams.getByRole('link').first().textContent()).toContain(pseudonym);
      expect(await row.textContent()).toContain('Guten Abend, ich mache mir Sorgen um meinen Bruder.');
      await expect.poll(() => navUnread(page)).toBe(unreadBefore + 1);
      await expectAccessible(page, 'chat list with an unread stream');

      // Anna opens it: the message is there, and reading it clears the badges.
      await row.click();
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/dashboard\/chat\/[0-9a-f-]+$/);
      await expect.poll(() => view.getByRole('heading', { level: 2, name: pseudonym }).count()).toBe(1);
      await expect
        .poll(() => shownInDashboard(page))
        .toEqual([`${pseudonym}: Guten Abend, ich mache mir Sorgen um meinen Bruder.`]);
      await expect.poll(() => row.locator('.unread-count').count()).toBe(0);
      await expect.poll(() => navUnread(page)).toBe(unreadBefore);
      await expectAccessible(page, 'conversation');

      // The visitor types: Anna sees it.
      await clientComposer.fill('Er trinkt seit Monaten');
      await expect.poll(() => view.locator('.typing').textContent()).toBe(`${pseudonym} schreibt …`);
      await expectAccessible(page, 'conversation with the visitor typing');
      await clientComposer.fill('Er trinkt seit Monaten sehr viel.');
      await clientComposer.press('Enter');
      await expect.poll(() => shownInDashboard(page)).toHaveLength(2);
      expect(await view.locator('.typing').textContent()).toBe('');

      // Anna types and answers: the visitor sees both live.
      const composer = view.getByLabel('Ihre Nachricht');
      await composer.fill('Danke, dass Sie schreiben.');
      await expect.poll(() => widget(client).locator('[part="typing"]').textContent()).toBe('Anna schreibt …');
      await composer.fill('Danke, dass Sie schreiben. Wie geht es Ihnen selbst damit?');
      await composer.press('Enter');
      await expect
        .poll(() => shownInDashboard(page))
        .toEqual([
          `${pseudonym}: Guten Abend, ich mache mir Sorgen um meinen Bruder.`,
          `${pseudonym}: Er trinkt seit Monaten sehr viel.`,
          'Sie: Danke, dass Sie schreiben. Wie geht es Ihnen selbst damit?',
        ]);
      expect(await composer.inputValue()).toBe('');
      const clientMessages = widget(client).locator('[part="message"][data-seq]');
      await expect.poll(() => clientMessages.count()).toBe(3);
      expect(await clientMessages.nth(2).locator('.body').textContent()).toBe(
        'Danke, dass Sie schreiben. Wie geht es Ihnen selbst damit?',
      );
      expect(await clientMessages.nth(2).locator('.author').textContent()).toBe('Anna');
      // The visitor has the conversation on screen, so her read marker moves: Anna sees it under her answer.
      await expect
        .poll(() => view.locator('.message.own .read').allInnerTexts(), { timeout: 5_000 })
        .toEqual(['Gelesen']);
      expect(await axeViolations(client, 'lotse-chat'), 'visitor conversation').toEqual([]);
      await expectAccessible(page, 'conversation after answering');
      await screenshot(page, 'dashboard-chat');

      // Tablet width: the conversation alone, with a way back to the list.
      await page.setViewportSize({ width: 768, height: 1024 });
      await view.getByRole('link', { name: 'Alle Unterhaltungen' }).waitFor();
      await expectAccessible(page, 'conversation at tablet width');
      await screenshot(page, 'dashboard-chat-tablet');
      await view.getByRole('link', { name: 'Alle Unterhaltungen' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/dashboard/chat');
      await expect.poll(() => streams.getByRole('link', { name: new RegExp(pseudonym) }).isVisible()).toBe(true);
      await expectAccessible(page, 'list at tablet width');
      await screenshot(page, 'dashboard-chat-list-tablet');

      expect(staff.problems).toEqual([]);
      expect(visitor.problems).toEqual([]);
    } finally {
      await staff.close();
      await visitor.close();
    }
  }, 90_000);
  it('shares, downloads and deletes a document, exports the chat as CSV and starts a video chat', async () => {
    // Anna allows video from her chats (off by default).
    const { login } = await server
      .client()
      .ok<{ login: { accessToken: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        {
          input: { login: 'anna.berger', password: DEMO_PASSWORD },
        },
      );
    await server
      .client(login.accessToken)
      .ok(`mutation { updateChatSettings(input: { allowVideoInChat: true }) { id } }`);

    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/chat`);
      await logInThroughDashboard(page, 'anna.berger');
      const view = chatView(page);
      await view
        .getByRole('region', { name: 'Unterhaltungen' })
        .getByRole('link', { name: /sonnenblume/ })
        .click();
      await expect.poll(() => view.getByRole('heading', { level: 2, name: 'sonnenblume' }).count()).toBe(1);
      await expect.poll(() => shownInDashboard(page).then((m) => m.length)).toBeGreaterThan(0);
      const before = (await shownInDashboard(page)).length;

      // A file, sent through the composer's button.
      const chooser = page.waitForEvent('filechooser');
      await view.getByRole('button', { name: 'Datei senden' }).click();
      await (
        await chooser
      ).setFiles({ name: 'Checkliste Schulden.txt', mimeType: 'text/plain', buffer: Buffer.from('1. Post öffnen\n') });
      await expect.poll(() => shownInDashboard(page)).toHaveLength(before + 1);
      expect((await shownInDashboard(page)).at(-1)).toBe('Sie: Dokument: Checkliste Schulden.txt');

      // The documents of the stream: download and delete.
      await view.getByRole('button', { name: 'Dokumente', exact: true }).click();
      const documents = view.locator('lotse-chat-documents');
      const row = documents.getByRole('row', { name: /Checkliste Schulden\.txt/ });
      await row.waitFor();
      await expectAccessible(page, 'documents panel');
      await screenshot(page, 'dashboard-chat-documents');
      const download = page.waitForEvent('download');
      await row.getByRole('button', { name: 'Checkliste Schulden.txt herunterladen' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('Checkliste Schulden.txt');
      expect(await readFile((await file.path())!, 'utf8')).toBe('1. Post öffnen\n');

      await row.getByRole('button', { name: 'Checkliste Schulden.txt löschen' }).click();
      await expectAccessible(page, 'deleting a document');
      await row.getByRole('button', { name: 'Ja, löschen' }).click();
      await expect
        .poll(async () => (await documents.getByRole('status').textContent())?.trim())
        .toBe('Checkliste Schulden.txt wurde gelöscht.');
      expect(await documents.getByRole('row', { name: /Checkliste Schulden\.txt/ }).count()).toBe(0);
      expect((await shownInDashboard(page)).at(-1)).toBe('Sie: Dokument gelöscht: Checkliste Schulden.txt');

      // CSV export of the conversation.
      const csvDownload = page.waitForEvent('download');
      await view.getByRole('button', { name: 'Als CSV exportieren' }).click();
      const csv = await csvDownload;
      expect(csv.suggestedFilename()).toMatch(/\.csv$/);
      const text = await readFile((await csv.path())!, 'utf8');
      expect(text).toContain('Hallo sonnenblume, gern!');

      // A video chat: its link goes into the conversation.
      await view.getByRole('button', { name: 'Videochat starten' }).click();
      await expect
        .poll(() => view.locator('.conversation-head + p, .notice-line').first().textContent())
        .toContain('Der Videochat-Link wurde in die Unterhaltung gesendet.');
      await expect.poll(() => shownInDashboard(page).then((m) => m.at(-1))).toBe('Sie: Videochat: Videochat öffnen');
      expect(
        await view.locator('.log').getByRole('link', { name: 'Videochat öffnen' }).last().getAttribute('href'),
      ).toMatch(/^https:\/\//);
      await expectAccessible(page, 'conversation with a video link');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);

  it('opens a chat with a colleague, creates a group, renames it and changes its members', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/chat`);
      await logInThroughDashboard(page, 'anna.berger');
      const view = chatView(page);
      const streams = view.getByRole('region', { name: 'Unterhaltungen' });

      // With a colleague.
      await view.getByRole('button', { name: 'Neue Unterhaltung' }).click();
      const dialog = view.getByRole('dialog', { name: 'Neue Unterhaltung' });
      await dialog.getByLabel('Kolleg:in', { exact: true }).first().waitFor();
      await expect.poll(() => dialog.getByRole('combobox', { name: 'Kolleg:in' }).count()).toBe(1);
      await expectAccessible(page, 'new conversation dialog');
      await dialog.getByRole('combobox', { name: 'Kolleg:in' }).selectOption({ label: 'Jonas Keller' });
      await dialog.getByRole('button', { name: 'Unterhaltung öffnen' }).click();
      await expect.poll(() => view.getByRole('heading', { level: 2, name: /Jonas/ }).count()).toBe(1);
      expect(await view.locator('.conversation-head .meta').textContent()).toContain('Kolleg:in');
      await view.getByLabel('Ihre Nachricht').fill('Hast du morgen kurz Zeit für eine Fallbesprechung?');
      await view.getByRole('button', { name: 'Senden', exact: true }).click();
      await expect
        .poll(() => shownInDashboard(page))
        .toEqual(['Sie: Hast du morgen kurz Zeit für eine Fallbesprechung?']);
      await expect.poll(() => streams.getByRole('link', { name: /Jonas/ }).count()).toBe(1);

      // A group with Jonas.
      await view.getByRole('button', { name: 'Neue Unterhaltung' }).click();
      await dialog.getByRole('radio', { name: 'Neue Gruppe' }).check();
      await dialog.getByLabel('Name der Gruppe (für alle Mitglieder sichtbar)').fill('Fallteam Nord');
      await dialog.getByLabel('Beschreibung').fill('Wöchentliche Abstimmung');
      await dialog.getByRole('checkbox', { name: /Jonas Keller/ }).check();
      await expectAccessible(page, 'new group dialog');
      await screenshot(page, 'dashboard-chat-new-group');
      await dialog.getByRole('button', { name: 'Gruppe anlegen' }).click();
      await expect.poll(() => view.getByRole('heading', { level: 2, name: 'Fallteam Nord' }).count()).toBe(1);
      expect((await view.locator('.conversation-head .meta').textContent())?.replace(/\s+/g, ' ')).toMatch(
        /Gruppe · 2 Mitglieder · Wöchentliche Abstimmung/,
      );
      await expect.poll(() => streams.getByRole('link', { name: /Fallteam Nord/ }).count()).toBe(1);

      // Rename it; remove Jonas and add him again.
      await view.getByRole('button', { name: 'Gruppe verwalten' }).click();
      const manage = view.getByRole('dialog', { name: 'Gruppe verwalten' });
      await manage.getByRole('button', { name: 'Jonas aus der Gruppe entfernen' }).waitFor();
      await expectAccessible(page, 'manage group dialog');
      await screenshot(page, 'dashboard-chat-manage-group');
      await manage.getByLabel('Name der Gruppe (für alle Mitglieder sichtbar)').fill('Fallteam Nord-Ost');
      await manage.getByRole('button', { name: 'Name und Beschreibung speichern' }).click();
      await expect.poll(() => manage.getByRole('status').textContent()).toBe('Gespeichert.');
      await manage.getByRole('button', { name: 'Jonas aus der Gruppe entfernen' }).click();
      await expect.poll(() => manage.getByRole('status').textContent()).toBe('Jonas wurde entfernt.');
      expect(await manage.getByRole('heading', { name: '1 Mitglied' }).count()).toBe(1);
      await manage.getByRole('checkbox', { name: /Jonas Keller/ }).check();
      await manage.getByRole('button', { name: 'Ausgewählte hinzufügen' }).click();
      await expect.poll(() => manage.getByRole('status').textContent()).toBe('Ein Mitglied wurde hinzugefügt.');
      expect(await manage.getByRole('heading', { name: '2 Mitglieder' }).count()).toBe(1);
      await manage.getByRole('button', { name: 'Schließen' }).click();
      await expect.poll(() => view.getByRole('heading', { level: 2, name: 'Fallteam Nord-Ost' }).count()).toBe(1);
      await expect.poll(() => streams.getByRole('link', { name: /Fallteam Nord-Ost/ }).count()).toBe(1);
      // The focus is back on the button that opened the dialog.
      expect(await view.getByRole('button', { name: 'Gruppe verwalten' }).evaluate((b) => b.matches(':focus'))).toBe(
        true,
      );
      await expectAccessible(page, 'renamed group');

      // The list's filters combine: kind, then a search.
      await view.getByLabel('Art').selectOption({ label: 'Gruppen' });
      await expect.poll(() => streams.getByRole('link').allTextContents()).toHaveLength(1);
      expect(await streams.getByRole('link').first().textContent()).toContain('Fallteam Nord-Ost');
      await view.getByLabel('Art').selectOption({ label: 'Alle' });
      await view.getByLabel('Suche (Name, Klient:innen-Nr., Gruppe)').fill('sonnen');
      await expect.poll(() => streams.getByRole('link').count()).toBe(1);
      expect(await streams.getByRole('link').first().textContent()).toContain('sonnenblume');
      expect((await streams.getByRole('status').first().textContent())?.trim()).toBe('1 Unterhaltung');
      await expectAccessible(page, 'filtered list');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);
});
