/**
 * End to end in a real Chromium against the real server with the demo data (api/src/seed): on the demo
 * page a new client sends a request through `<lotse-mail-form>`, the counsellor they chose answers
 * through the GraphQL API, and the client comes back in a fresh browser, logs in through the widget and
 * reads the answer. Builds `widgets/dist` first when it is missing or stale (tests/browser/build.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REQUEST = `query($id: ID!) {
  mailRequest(id: $id) { subject status counsellor { displayName } client { pseudonym } requestData { key value } messages { body } }
}`;
const ANSWER = `mutation($input: AnswerMailRequestInput!) { answerMailRequest(input: $input) { status } }`;

/** Playwright's CSS locators pierce open shadow roots, so these find the widget's inner elements. */
const widget = (page: Page): Locator => page.locator('lotse-mail-form');
const heading = (page: Page) => widget(page).locator('#heading');

/** Opens the demo page and waits until the mail form shows its first view. */
async function openDemo(page: Page): Promise<void> {
  // Fail on a missing element within seconds, not at the test's timeout.
  page.setDefaultTimeout(10_000);
  const response = await page.goto(`${server.url}/`);
  expect(response?.status()).toBe(200);
  await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toMatch(/Anfrage schreiben|Ihre Anfragen/);
}

/** Logs in through the widget and waits for the list of requests. */
async function logInThroughWidget(page: Page, login: string, password: string): Promise<void> {
  const mail = widget(page);
  await mail.getByRole('button', { name: 'Anmelden und Antworten lesen' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Anmelden');
  await mail.getByLabel('Pseudonym oder E-Mail-Adresse').fill(login);
  await mail.getByLabel('Passwort', { exact: true }).fill(password);
  await mail.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toBe('Ihre Anfragen');
  await mail.locator('[part="request"]').first().waitFor();
}

describe('mail form on the demo page', () => {
  it('sends a request as a new client; the counsellor answers through the API; the client logs in and reads it', async () => {
    const pseudonym = `e2e_${Math.random().toString(36).slice(2, 9)}`;
    const password = `Nordlicht-${Math.random().toString(36).slice(2, 8)}-Kompass!4`;
    const subject = 'Ich komme mit meinen Schulden nicht mehr klar';
    const message = 'Seit dem Umzug wachsen mir die Rechnungen über den Kopf.\nWo fange ich an?';

    // ── a new client writes ──
    const first = await watchedPage(browser);
    let requestId: string;
    try {
      const { page } = first;
      await openDemo(page);
      const mail = widget(page);
      // The demo counsellors who take requests; the admin (fallback, availability NONE) is not offered.
      const offered = await mail.locator('[part="option"] .name').allTextContents();
      expect(offered).toEqual(['Egal – die nächste freie Person', 'Anna', 'Jonas']);
      await page.evaluate(() => {
        const el = document.querySelector('lotse-mail-form')!;
        (window as unknown as { sent: Promise<unknown> }).sent = new Promise((resolve) =>
          el.addEventListener('lotse-mail-form-sent', (e) => resolve((e as CustomEvent).detail), { once: true }),
        );
      });

      await mail.getByRole('radio', { name: /^Anna/ }).check();
      await mail.getByLabel('Thema (freiwillig)').selectOption({ label: 'Schulden' });
      await mail.getByLabel('Betreff').fill(subject);
      await mail.getByLabel('Ihre Nachricht').fill(message);
      await mail.getByLabel('Altersgruppe').selectOption('27–40');
      await mail.getByLabel('Pseudonym (Pflichtangabe)', { exact: true }).fill(pseudonym);
      await mail.getByLabel('Passwort (Pflichtangabe)', { exact: true }).fill(password);
      await mail.getByLabel('Passwort wiederholen').fill(password);
      await mail.getByRole('checkbox').check();
      expect(await axeViolations(page, 'lotse-mail-form'), 'filled form').toEqual([]);
      await mail.getByRole('button', { name: 'Anfrage senden' }).click();

      await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe('Ihre Anfrage ist angekommen');
      const sent = (await page.evaluate(() => (window as unknown as { sent: Promise<unknown> }).sent)) as {
        requestId: string;
        counsellorName: string;
        newClient: boolean;
      };
      expect(sent).toMatchObject({ counsellorName: 'Anna', newClient: true });
      requestId = sent.requestId;
      const comeBack = (await mail.locator('[part="come-back"]').innerText()).replace(/\s+/g, ' ');
      expect(comeBack).toContain(pseudonym);
      expect(comeBack).toContain(`${server.url}/`);
      expect(await axeViolations(page, 'lotse-mail-form'), 'confirmation').toEqual([]);
      expect(first.problems).toEqual([]);
    } finally {
      await first.close();
    }

    // ── the chosen counsellor answers through the API ──
    const anna = server.client();
    const { login } = await anna.ok<{ login: { accessToken: string } }>(LOGIN, {
      input: { login: 'anna.berger', password: DEMO_PASSWORD },
    });
    const asAnna = server.client(login.accessToken);
    const { mailRequest } = await asAnna.ok(REQUEST, { id: requestId });
    expect(mailRequest).toMatchObject({
      subject,
      status: 'ASSIGNED',
      counsellor: { displayName: 'Anna' },
      client: { pseudonym },
      requestData: [{ key: 'ageGroup', value: '27–40' }],
      messages: [{ body: message }],
    });
    const answer =
      'Guten Tag,\n\nfangen Sie mit einer Liste aller offenen Rechnungen an. Wir gehen sie dann zusammen durch.\n\nAnna';
    expect((await asAnna.ok(ANSWER, { input: { requestId, message: answer } })).answerMailRequest.status).toBe(
      'ANSWERED',
    );

    // ── the client comes back in a fresh browser (no stored session) and reads the answer ──
    const second = await watchedPage(browser);
    try {
      const { page } = second;
      await openDemo(page);
      expect(await heading(page).textContent()).toBe('Anfrage schreiben');
      await logInThroughWidget(page, pseudonym, password);
      const mail = widget(page);
      const item = mail.locator('[part="request"]').first();
      expect(await item.locator('.subject').textContent()).toBe(subject);
      expect(await item.locator('.status').textContent()).toBe('Beantwortet');
      expect(await axeViolations(page, 'lotse-mail-form'), 'requests').toEqual([]);

      await item.click();
      await expect.poll(() => heading(page).textContent()).toBe(subject);
      const messages = mail.locator('[part="message"]');
      await expect.poll(() => messages.count()).toBe(2);
      expect(await messages.nth(0).locator('.author').textContent()).toBe('Sie');
      expect(await messages.nth(0).locator('.body').textContent()).toBe(message);
      expect(await messages.nth(1).locator('.author').textContent()).toBe('Anna');
      expect(await messages.nth(1).locator('.body').textContent()).toBe(answer);
      expect(await axeViolations(page, 'lotse-mail-form'), 'thread').toEqual([]);

      // A reply reaches the counsellor.
      await mail.getByLabel('Ihre Antwort').fill('Danke, die Liste schicke ich morgen.');
      await mail.getByRole('button', { name: 'Antwort senden' }).click();
      await expect.poll(() => messages.count()).toBe(3);
      const after = await asAnna.ok(REQUEST, { id: requestId });
      expect(after.mailRequest.messages.map((m: { body: string }) => m.body)).toEqual([
        message,
        answer,
        'Danke, die Liste schicke ich morgen.',
      ]);
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
  }, 90_000);

  it('shows the demo client the answered example request', async () => {
    const { page, problems, close } = await watchedPage(browser);
    try {
      await openDemo(page);
      await logInThroughWidget(page, 'sonnenblume', DEMO_PASSWORD);
      const item = widget(page).locator('[part="request"]').first();
      expect(await item.locator('.status').textContent()).toBe('Beantwortet');
      await item.click();
      const messages = widget(page).locator('[part="message"]');
      await expect.poll(() => messages.count()).toBe(2);
      expect(await messages.nth(1).locator('.author').textContent()).toBe('Anna');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a client without an email address the organisation’s direct messages in the inbox', async () => {
    const { login: admin } = await server.client().ok<{ login: { accessToken: string } }>(LOGIN, {
      input: { login: 'demo.admin', password: DEMO_PASSWORD },
    });
    const api = server.client(admin.accessToken);
    const { clients } = await api.ok<{ clients: { edges: { node: { id: string } }[] } }>(
      `{ clients(filter: { search: "sonnenblume" }) { edges { node { id } } } }`,
    );
    const { directMessageDelivery } = await api.ok<{ directMessageDelivery: string }>(
      `query($id: ID!) { directMessageDelivery(clientId: $id) }`,
      { id: clients.edges[0]!.node.id },
    );
    expect(directMessageDelivery).toBe('INBOX');
    await api.ok(`mutation($input: SendDirectMessageInput!) { sendDirectMessage(input: $input) { id } }`, {
      input: {
        clientId: clients.edges[0]!.node.id,
        subject: 'Geänderte Öffnungszeiten',
        body: 'Zwischen den Jahren sind wir nur per Mail erreichbar.',
      },
    });

    const { page, problems, close } = await watchedPage(browser);
    try {
      await openDemo(page);
      await logInThroughWidget(page, 'sonnenblume', DEMO_PASSWORD);
      const mail = widget(page);
      await mail.getByRole('button', { name: 'Nachrichten der Beratungsstelle (1 neu)' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Nachrichten der Beratungsstelle');
      const message = mail.locator('[part="inbox-message"]').first();
      await message.locator('summary').click();
      await expect.poll(() => message.locator('.body').isVisible()).toBe(true);
      expect(await message.locator('.body').textContent()).toBe(
        'Zwischen den Jahren sind wir nur per Mail erreichbar.',
      );
      expect(await axeViolations(page)).toEqual([]);
      // Read now: the account bar says so when the client goes back to the requests.
      await mail.getByRole('button', { name: 'Meine Anfragen' }).click();
      await mail.getByRole('button', { name: 'Nachrichten der Beratungsstelle', exact: true }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
