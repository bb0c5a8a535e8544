/**
 * Group chats and direct messages in `<lotse-chat>` (issue 15), in a real Chromium against the real
 * server with the demo data:
 * - a client whom the counsellor Anna added to a group chat logs in, by keyboard only: the list "Meine
 *   Chats" shows the group with its unread message; the client opens it, reads the history, writes, and
 *   Anna's next message arrives live; the admin's direct message waits in the inbox (unread on the
 *   bubble and the account line) and counts as read once opened;
 * - a client without a group chat keeps the behaviour from before (nobody online: the mail form), sees
 *   the inbox in the chat's account line, and the mail form in the panel has no second account line.
 * axe on every state; screenshots in .lotse-test-data/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import type { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildClient, loginAs, TEST_PASSWORD } from '../support/builders.js';
import type { GraphQLClient } from '../support/gql.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
import { screenshot } from '../browser/dashboard.js';

const CREATE_GROUP = `mutation($input: CreateGroupChatInput!) { createGroupChat(input: $input) { id } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { seq } }`;
const HISTORY = `query($id: ID!) { chatHistory(streamId: $id) { messages { body sender { id } } } }`;
const DIRECT = `mutation($input: SendDirectMessageInput!) { sendDirectMessage(input: $input) { id } }`;

let server: TestServer;
let browser: Browser;
let org: Organisation;
let admin: GraphQLClient;
let anna: GraphQLClient;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  admin = await loginAs(server, { loginName: 'demo.admin' }, DEMO_PASSWORD);
  org = (await admin.ok<{ organisation: Organisation }>(`{ organisation { id publicKey } }`)).organisation;
  anna = await loginAs(server, { loginName: 'anna.berger' }, DEMO_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sendDirect = (clientId: string, subject: string, body: string) =>
  admin.ok(DIRECT, { input: { clientId, subject, body } });

/** Whether `locator`'s element has the focus inside its shadow root. */
const focused = (locator: Locator) =>
  locator.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement).catch(() => false);

/** The conversation as shown: `author: text` per confirmed message. */
function shown(chat: Locator): Promise<string[]> {
  return chat.locator('[part="message"][data-seq]').evaluateAll((items) =>
    items.map((m) => {
      const text = (sel: string) => m.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();
      return `${text('.author')}: ${text('.body')}`;
    }),
  );
}

/** Opens the panel and logs in through the chat's own login, by keyboard. */
async function logIn(page: Page, loginName: string): Promise<Locator> {
  const chat = page.locator('lotse-chat');
  const key = (k: string) => page.keyboard.press(k);
  await page.goto(`${server.url}/`);
  await chat.locator('#bubble').focus();
  await key('Enter');
  // The chat's own login (the mail form in the panel has one of its own).
  await chat.getByRole('button', { name: 'Anmelden', exact: true }).focus();
  await key('Enter');
  await expect.poll(() => focused(chat.locator('#login'))).toBe(true);
  await page.keyboard.type(loginName);
  await key('Tab');
  await page.keyboard.type(TEST_PASSWORD);
  await key('Enter');
  await chat.locator('#login').waitFor({ state: 'detached' });
  return chat;
}

describe('group chats and direct messages in the chat widget', () => {
  it('a group member logs in, reads and writes in the group, gets a message live and reads the inbox, by keyboard', async () => {
    const client = await buildClient(server, org);
    const { createGroupChat: group } = await anna.ok<{ createGroupChat: { id: string } }>(CREATE_GROUP, {
      input: { name: 'Elterngruppe', description: 'Nur intern', memberIds: [client.id] },
    });
    await anna.ok(SEND, { input: { streamId: group.id, body: 'Willkommen in der Elterngruppe!' } });
    await sendDirect(client.id, 'Neue Gruppe', 'Ab Januar trifft sich die Elterngruppe auch im Chat.');

    const visitor = await watchedPage(browser);
    const { page } = visitor;
    const key = (k: string) => page.keyboard.press(k);
    try {
      page.setDefaultTimeout(10_000);
      const chat = await logIn(page, client.loginName);

      // A client with a group chat sees the list of their chats.
      const heading = chat.locator('#view-heading');
      await expect.poll(() => heading.textContent()).toBe('Meine Chats');
      await expect.poll(() => focused(heading)).toBe(true);
      const groupButton = chat.locator(`#stream-${group.id}`);
      await groupButton.waitFor();
      const label = (await groupButton.textContent())!.replace(/\s+/g, ' ');
      expect(label).toContain('Elterngruppe');
      expect(label).toContain('Gruppe · 2 Mitglieder');
      expect(label).toContain('Willkommen in der Elterngruppe!');
      expect(label).toContain('1 ungelesene Nachricht');
      // One unread chat message and one direct message: on the bubble and the account line.
      await expect.poll(() => chat.locator('#bubble').getAttribute('aria-label')).toMatch(/2 ungelesene Nachrichten$/);
      const inboxButton = chat.locator('#panel > [part="account"] #inbox');
      await expect.poll(() => inboxButton.textContent()).toContain('Nachrichten der Beratungsstelle (1 neu)');
      expect(await axeViolations(page, 'lotse-chat'), 'list of chats').toEqual([]);
      await screenshot(page, 'chat-groups-list');

      // Tab from the heading reaches the group; Enter opens it with its history.
      await key('Tab');
      await expect.poll(() => focused(groupButton)).toBe(true);
      await key('Enter');
      await expect.poll(() => shown(chat)).toEqual(['Anna: Willkommen in der Elterngruppe!']);
      // The header names the group.
      expect((await chat.locator('[part="presence"]').textContent())?.trim()).toBe('Elterngruppe');
      await expect.poll(() => focused(chat.locator('#message'))).toBe(true);
      await page.keyboard.type('Hallo zusammen!');
      await key('Enter');
      await expect.poll(() => shown(chat)).toEqual(['Anna: Willkommen in der Elterngruppe!', 'Sie: Hallo zusammen!']);
      const history = await anna.ok<{ chatHistory: { messages: { body: string; sender: { id: string } }[] } }>(
        HISTORY,
        { id: group.id },
      );
      expect(history.chatHistory.messages.map((m) => m.body)).toEqual([
        'Willkommen in der Elterngruppe!',
        'Hallo zusammen!',
      ]);
      expect(history.chatHistory.messages[1]!.sender.id).toBe(client.id);

      // Anna writes: it arrives live, read at once (the group is open).
      await anna.ok(SEND, { input: { streamId: group.id, body: 'Schön, dass Sie dabei sind.' } });
      await expect.poll(() => shown(chat)).toHaveLength(3);
      expect((await shown(chat))[2]).toBe('Anna: Schön, dass Sie dabei sind.');
      await expect.poll(() => chat.locator('#bubble').getAttribute('aria-label')).toMatch(/– 1 ungelesene Nachricht$/);
      expect(await axeViolations(page, 'lotse-chat'), 'group conversation').toEqual([]);
      await screenshot(page, 'chat-groups-conversation');

      // The inbox, from the account line; a message opens with Enter on its summary.
      await inboxButton.focus();
      await key('Enter');
      await expect.poll(() => heading.textContent()).toBe('Nachrichten der Beratungsstelle');
      await expect.poll(() => focused(heading)).toBe(true);
      const message = chat.locator('lotse-inbox [part="inbox-message"]').first();
      await message.waitFor();
      expect(await message.locator('summary').textContent()).toContain('neu');
      expect(await axeViolations(page, 'lotse-chat'), 'inbox').toEqual([]);
      await message.locator('summary').focus();
      await key('Enter');
      await expect.poll(() => message.locator('.body').isVisible()).toBe(true);
      expect(await message.locator('.body').textContent()).toBe('Ab Januar trifft sich die Elterngruppe auch im Chat.');
      // Read: the badge goes, on the bubble as on the server.
      await expect.poll(() => message.locator('summary').textContent()).not.toContain('neu');
      await expect.poll(() => chat.locator('#bubble').getAttribute('aria-label')).not.toMatch(/ungelesen/);
      const asClient = await loginAs(server, client);
      expect((await asClient.ok<{ myInboxUnread: number }>(`{ myInboxUnread }`)).myInboxUnread).toBe(0);
      expect(await axeViolations(page, 'lotse-chat'), 'inbox, message read').toEqual([]);
      await screenshot(page, 'chat-groups-inbox');

      // Back to the group, then to the list: the inbox button has no count any more.
      await chat.locator('#inbox-back').focus();
      await key('Enter');
      await expect.poll(() => focused(chat.locator('#message'))).toBe(true);
      expect((await inboxButton.textContent())!.trim()).toBe('Nachrichten der Beratungsstelle');
      await chat.locator('#my-chats').focus();
      await key('Enter');
      await expect.poll(() => heading.textContent()).toBe('Meine Chats');
      await expect.poll(() => groupButton.textContent()).not.toContain('ungelesen');
      expect(await groupButton.textContent()).toContain('Schön, dass Sie dabei sind.');
      expect(await axeViolations(page, 'lotse-chat'), 'list of chats, all read').toEqual([]);

      // In English.
      await chat.evaluate((el) => el.setAttribute('lang', 'en'));
      await expect.poll(() => heading.textContent()).toBe('My chats');
      expect((await groupButton.textContent())!.replace(/\s+/g, ' ')).toContain('Group · 2 members');
      expect((await inboxButton.textContent())!.trim()).toBe('Messages from the organisation');
      expect(await axeViolations(page, 'lotse-chat'), 'list of chats in English').toEqual([]);
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 120_000);

  it('a client without a group chat keeps the mail form, with the inbox and a single account line', async () => {
    const client = await buildClient(server, org);
    await sendDirect(client.id, 'Hinweis', 'Unsere Beratung ist zwischen den Jahren geschlossen.');
    const visitor = await watchedPage(browser);
    const { page } = visitor;
    try {
      page.setDefaultTimeout(10_000);
      const chat = await logIn(page, client.loginName);
      // Nobody online: the mail form, as before; the client's requests are its first view.
      const mail = chat.locator('lotse-mail-form');
      await expect.poll(() => mail.locator('#heading').textContent()).toBe('Ihre Anfragen');
      const inboxButton = chat.locator('#panel > [part="account"] #inbox');
      await expect.poll(() => inboxButton.textContent()).toContain('(1 neu)');
      // One account line: the chat's; the mail form in the panel adds none of its own.
      expect(await chat.getByText('Angemeldet als', { exact: false }).count()).toBe(1);
      expect(await mail.locator('[part="account"]').count()).toBe(0);
      expect(await chat.locator('#my-chats').count()).toBe(0);
      expect(await axeViolations(page, 'lotse-chat'), 'mail form with the inbox button').toEqual([]);
      await screenshot(page, 'chat-groups-mail');

      await inboxButton.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => chat.locator('#view-heading').textContent()).toBe('Nachrichten der Beratungsstelle');
      await chat.locator('lotse-inbox [part="inbox-message"]').first().waitFor();
      await chat.locator('#inbox-back').focus();
      await page.keyboard.press('Enter');
      // Back where a client without a chat is: the mail form (nobody online).
      await expect.poll(() => mail.locator('#heading').textContent()).toBe('Ihre Anfragen');
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 120_000);
});
