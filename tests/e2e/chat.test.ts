/**
 * End to end in a real Chromium against the real server with the demo data (api/src/seed): a visitor
 * on the demo page starts a chat through `<lotse-chat>` with the demo counsellor Anna, whose side is a
 * session through the API (logged in, presence ONLINE, a graphql-ws socket like the dashboard's). They
 * write both ways; then the visitor's network goes away while Anna keeps writing, comes back, and the
 * widget shows every message exactly once and in order.
 *
 * The page reaches the server through a TCP proxy (tests/browser/network-proxy.ts), so "the network goes
 * away" is real for the open WebSocket too: the proxy drops every connection and refuses new ones
 * (Chromium's offline emulation alone leaves open WebSockets running), and the browser context is set
 * offline meanwhile.
 * Builds `widgets/dist` first when it is missing or stale (tests/browser/build.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { connectWs, type TestWs } from '../../api/src/modules/chat/chat.test-support.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
import { NetworkProxy } from '../browser/network-proxy.js';

let server: TestServer;
let browser: Browser;
const proxy = new NetworkProxy();
const sockets: TestWs[] = [];

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  await proxy.start(new URL(server.url));
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await proxy.close();
  await browser?.close();
  await server?.close();
});

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken me { id } } }`;
const SET_PRESENCE = `mutation($input: SetPresenceStatusInput!) { setPresenceStatus(input: $input) { state } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { seq } }`;
const INBOX = `subscription { chatInboxUpdated { streamId lastSeq } }`;
const MESSAGES = `subscription($streamId: ID!) { chatMessageAdded(streamId: $streamId, afterSeq: 0) { seq body sender { displayName } } }`;

/** Playwright's CSS locators pierce open shadow roots, so these find the widget's inner elements. */
const chat = (page: Page): Locator => page.locator('lotse-chat');
const bubble = (page: Page) => chat(page).locator('#bubble');

/** The conversation as shown: `seq author: text` per confirmed message. */
function shown(page: Page): Promise<string[]> {
  return chat(page)
    .locator('[part="message"][data-seq]')
    .evaluateAll((items) =>
      items.map((m) => {
        const text = (sel: string) => m.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();
        return `${(m as HTMLElement).dataset.seq} ${text('.author')}: ${text('.body')}`;
      }),
    );
}

/** Anna, logged in through the API with a live socket (so she is shown online), watching her inbox. */
async function annaOnline() {
  const { login } = await server.client().ok<{ login: { accessToken: string; me: { id: string } } }>(LOGIN, {
    input: { login: 'anna.berger', password: DEMO_PASSWORD },
  });
  const api = server.client(login.accessToken);
  await api.ok(SET_PRESENCE, { input: { status: 'ONLINE' } });
  const ws = connectWs(server, login.accessToken);
  sockets.push(ws);
  const inbox = ws.subscribe<{ streamId: string; lastSeq: number }>(INBOX);
  return {
    ws,
    inbox,
    say: async (streamId: string, body: string) =>
      (await api.ok<{ sendChatMessage: { seq: number } }>(SEND, { input: { streamId, body } })).sendChatMessage.seq,
  };
}

describe('chat on the demo page', () => {
  // First, while no counsellor has a dashboard open (a closed one still counts for the grace period).
  it('offers the mail form while nobody is online; the demo client finds her conversation after logging in', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      page.setDefaultTimeout(10_000);
      expect((await page.goto(`${proxy.url}/`))?.status()).toBe(200);
      await expect
        .poll(() => bubble(page).getAttribute('aria-label'), { timeout: 15_000 })
        .toBe('Chat – gerade niemand erreichbar');
      await bubble(page).click();
      const mail = chat(page).locator('lotse-mail-form');
      await expect.poll(() => mail.locator('#heading').textContent(), { timeout: 10_000 }).toBe('Anfrage schreiben');
      expect(await chat(page).locator('[part="presence"]').textContent()).toContain(
        'Gerade ist niemand im Chat erreichbar.',
      );
      expect(await axeViolations(page, 'lotse-chat'), 'mail form in the chat panel').toEqual([]);

      // The chat's own login (the mail form in the panel has one for mail answers).
      await chat(page).getByRole('button', { name: 'Anmelden', exact: true }).click();
      await chat(page).getByLabel('Pseudonym oder E-Mail-Adresse').fill('sonnenblume');
      await chat(page).getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
      await chat(page).getByRole('button', { name: 'Anmelden', exact: true }).click();
      // Login, the stream and its history: more than expect.poll's default second on a busy machine.
      await expect.poll(() => shown(page), { timeout: 10_000 }).toHaveLength(4);
      expect((await shown(page))[1]).toMatch(/^2 Anna: Hallo sonnenblume, gern!/);
      expect(await chat(page).locator('[part="note"]').textContent()).toContain('Anna ist gerade nicht online.');
      expect(await axeViolations(page, 'lotse-chat'), 'demo conversation').toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('chats with a counsellor through the API, and loses nothing and repeats nothing across a dropped connection', async () => {
    const anna = await annaOnline();
    const { page, context, problems, close } = await watchedPage(browser);
    try {
      page.setDefaultTimeout(10_000);
      expect((await page.goto(`${proxy.url}/`))?.status()).toBe(200);
      await expect
        .poll(() => bubble(page).getAttribute('aria-label'), { timeout: 15_000 })
        .toBe('Chat – jetzt erreichbar');
      expect(await axeViolations(page, 'lotse-chat'), 'bubble').toEqual([]);

      // The visitor opens the bubble and starts a chat under a pseudonym.
      await bubble(page).click();
      expect(await bubble(page).getAttribute('aria-expanded')).toBe('true');
      const pseudonym = `e2e_${Math.random().toString(36).slice(2, 9)}`;
      await chat(page).getByLabel('Ihr Pseudonym').fill(pseudonym);
      await chat(page).getByRole('button', { name: 'Chat starten' }).click();
      const composer = chat(page).getByLabel('Ihre Nachricht');
      await composer.waitFor();
      expect(await chat(page).locator('[part="presence"]').textContent()).toContain('Anna ist online.');

      await anna.inbox.waitFor(1);
      const streamId = anna.inbox.items[0]!.streamId;
      const seen = anna.ws.subscribe<{ seq: number; body: string; sender: { displayName: string } }>(MESSAGES, {
        streamId,
      });

      // Both ways.
      await composer.fill('Hallo, ich brauche Rat wegen meiner Schulden.');
      await composer.press('Enter');
      await seen.waitFor(1);
      expect(seen.items[0]).toMatchObject({
        seq: 1,
        body: 'Hallo, ich brauche Rat wegen meiner Schulden.',
        sender: { displayName: pseudonym },
      });
      await anna.say(streamId, 'Hallo! Gut, dass Sie sich melden. Um welche Beträge geht es ungefähr?');
      await expect
        .poll(() => shown(page))
        .toEqual([
          '1 Sie: Hallo, ich brauche Rat wegen meiner Schulden.',
          '2 Anna: Hallo! Gut, dass Sie sich melden. Um welche Beträge geht es ungefähr?',
        ]);
      expect(await axeViolations(page, 'lotse-chat'), 'open conversation').toEqual([]);
      expect(problems).toEqual([]);

      // The network goes away. Anna keeps writing; the visitor writes too.
      proxy.down();
      await context.setOffline(true);
      await expect
        .poll(() => chat(page).locator('[part="connection"]').textContent(), { timeout: 30_000 })
        .toBe('Verbindung unterbrochen – neuer Versuch läuft …');
      for (const body of ['Sind Sie noch da?', 'Ich schicke Ihnen gleich eine Checkliste.', 'Hier ist sie: …']) {
        await anna.say(streamId, body);
      }
      await composer.fill('Etwa 4.000 Euro.');
      await composer.press('Enter');
      await expect.poll(() => chat(page).locator('[part~="pending"] .state').textContent()).toBe('Nicht gesendet.');
      expect(await axeViolations(page, 'lotse-chat'), 'connection lost').toEqual([]);
      await new Promise((r) => setTimeout(r, 2_000));
      expect(await shown(page)).toHaveLength(2);

      // Back: the missed messages arrive once and in order, the visitor's message goes out.
      proxy.up();
      await context.setOffline(false);
      await expect
        .poll(() => shown(page), { timeout: 30_000 })
        .toEqual([
          '1 Sie: Hallo, ich brauche Rat wegen meiner Schulden.',
          '2 Anna: Hallo! Gut, dass Sie sich melden. Um welche Beträge geht es ungefähr?',
          '3 Anna: Sind Sie noch da?',
          '4 Anna: Ich schicke Ihnen gleich eine Checkliste.',
          '5 Anna: Hier ist sie: …',
          '6 Sie: Etwa 4.000 Euro.',
        ]);
      expect(await chat(page).locator('[part~="pending"]').count()).toBe(0);
      await expect.poll(() => chat(page).locator('[part="connection"]').count()).toBe(0);
      await seen.waitFor(6);
      expect(seen.items.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6]);

      // Live again, and nothing shows twice when more arrives.
      await anna.say(streamId, 'Danke. Dann schauen wir uns das zusammen an.');
      await expect.poll(() => shown(page)).toHaveLength(7);
      expect((await shown(page)).map((m) => m.split(' ')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);

      // A reload keeps the session: the same conversation, each message once.
      await page.reload();
      await expect
        .poll(() => bubble(page).getAttribute('aria-label'), { timeout: 15_000 })
        .toMatch(/^Chat – jetzt erreichbar/);
      await bubble(page).click();
      await expect.poll(() => shown(page)).toHaveLength(7);
      expect(await chat(page).locator('[part="account"]').textContent()).toContain(pseudonym);
      expect(await axeViolations(page, 'lotse-chat'), 'after reload').toEqual([]);

      // Whatever went wrong in the page happened while the network was gone.
      const unexpected = problems.filter(
        (p) =>
          !/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|ERR_NETWORK|WebSocket connection to|Failed to fetch|net::/.test(p),
      );
      expect(unexpected).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
