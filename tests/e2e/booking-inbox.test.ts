/**
 * The organisation's direct messages in `<lotse-booking>`'s "my appointments", in a real Chromium: an
 * admin sends a direct message (API) to a client without an email address (so it goes to the in-app
 * inbox), the client logs into "Meine Termine" by keyboard, sees the unread badge on the inbox button,
 * opens the inbox (`<lotse-inbox>`, a chunk of its own) and the message by keyboard, reads it and goes
 * back: the badge is gone. axe on every new state; screenshots in .lotse-test-data/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildClient, TEST_PASSWORD } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
import { screenshot } from '../browser/dashboard.js';

const KEY = 'pk_demo_beratungsstelle';
const CONTEXT = { timezoneId: 'Europe/Berlin', locale: 'de-DE', viewport: { width: 1000, height: 900 } } as const;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

let server: TestServer;
let browser: Browser;
const em = () => server.orm.em.fork() as EntityManager;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const widget = (page: Page): Locator => page.locator('lotse-booking');
const mine = (page: Page): Locator => page.locator('lotse-booking-appointments');

/** What has the keyboard focus, looking into shadow roots: its text and id. */
function focused(page: Page): Promise<{ tag: string; text: string; id: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const h = el as HTMLElement | null;
    return {
      tag: h?.tagName.toLowerCase() ?? '',
      text: h?.textContent?.trim().replace(/\s+/g, ' ') ?? '',
      id: h?.id ?? '',
    };
  });
}

/** Presses Tab until the focused element's text matches. */
async function tabTo(page: Page, text: string | RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = (await focused(page)).text;
    if (typeof text === 'string' ? now === text : text.test(now)) return;
  }
  throw new Error(`Tab never reached “${text}”`);
}

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page, 'lotse-booking'), what).toEqual([]);
}

describe('direct messages in the booking widget’s my appointments', () => {
  it('a client without email sees the unread badge, opens the inbox and reads the message by keyboard', async () => {
    const org = await em().findOneOrFail(Organisation, { publicKey: KEY });
    const client = await buildClient(server, org);
    const { login } = await server
      .client()
      .ok<{ login: { accessToken: string } }>(LOGIN, { input: { login: 'demo.admin', password: DEMO_PASSWORD } });
    const admin = server.client(login.accessToken);
    const { directMessageDelivery } = await admin.ok<{ directMessageDelivery: string }>(
      `query($id: ID!) { directMessageDelivery(clientId: $id) }`,
      { id: client.id },
    );
    expect(directMessageDelivery).toBe('INBOX');
    await admin.ok(`mutation($input: SendDirectMessageInput!) { sendDirectMessage(input: $input) { id } }`, {
      input: {
        clientId: client.id,
        subject: 'Gruppentermin verschoben',
        body: 'Der Gesprächskreis findet ab Februar <b>donnerstags</b> statt.',
      },
    });

    const visitor = await watchedPage(browser, CONTEXT);
    const { page } = visitor;
    page.setDefaultTimeout(10_000);
    try {
      await page.goto(`${server.url}/`);
      await widget(page).locator('button.option').first().waitFor();
      await tabTo(page, 'Meine Termine');
      await page.keyboard.press('Enter');
      await mine(page)
        .getByLabel(/Pseudonym oder E-Mail-Adresse/)
        .waitFor();
      for (let i = 0; i < 20 && (await focused(page)).id !== 'login'; i++) await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('login');
      await page.keyboard.type(client.loginName);
      await page.keyboard.press('Tab');
      await page.keyboard.type(TEST_PASSWORD);
      await page.keyboard.press('Enter');

      // The list with the inbox button and its badge.
      const open = mine(page).locator('#inbox-open');
      await open.waitFor();
      expect((await open.innerText()).replace(/\s+/g, ' ')).toBe('Nachrichten der Beratungsstelle 1 neu');
      expect(await open.locator('[part="badge"]').textContent()).toBe('1 neu');
      await expectAccessible(page, 'list with unread direct message');
      await screenshot(page, 'booking-inbox-badge');

      await tabTo(page, 'Nachrichten der Beratungsstelle 1 neu');
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.id)).toBe('inbox-heading');
      const inbox = mine(page).locator('lotse-inbox');
      const message = inbox.locator('[part="inbox-message"]').first();
      await message.waitFor();
      expect(await message.locator('summary').innerText()).toContain('Gruppentermin verschoben');
      await expectAccessible(page, 'inbox');
      // The message opens by keyboard (its summary), and counts as read.
      await tabTo(page, /^Gruppentermin verschoben/);
      await page.keyboard.press('Enter');
      await poll(() => message.locator('.body').isVisible()).toBe(true);
      // Typed markup stays text.
      expect(await message.locator('.body').textContent()).toBe(
        'Der Gesprächskreis findet ab Februar <b>donnerstags</b> statt.',
      );
      await expectAccessible(page, 'message open');
      await screenshot(page, 'booking-inbox-open');

      await tabTo(page, 'Zurück zu meinen Terminen');
      await page.keyboard.press('Enter');
      await poll(() => focused(page).then((f) => f.text)).toBe('Nachrichten der Beratungsstelle');
      expect(await open.locator('[part="badge"]').count()).toBe(0);
      await expectAccessible(page, 'list, all read');
      const { rows } = await em()
        .getConnection()
        .execute<{ read_at: Date | null }[]>(`select read_at from direct_message where client_id = ?`, [client.id])
        .then((r) => ({ rows: r }));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.read_at).not.toBeNull();
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 90_000);
});
