/**
 * The staff dashboard's mail counselling, end to end in a real Chromium (Berlin, de-DE) against the real
 * server with the demo data: a counsellor follows the link of a notification mail, logs in and lands on
 * the request, answers it with a draft saved as she types, and the client reads the answer in
 * `<lotse-mail-form>`; a released request is taken over from the pool; the screens pass axe and the
 * pages log no errors. Screenshots of the main screens: see `screenshot` in tests/browser/dashboard.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { watchedPage } from '../browser/page.js';
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

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

async function tokenOf(login: string): Promise<string> {
  const { login: session } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(LOGIN, { input: { login, password: DEMO_PASSWORD } });
  return session.accessToken;
}

/** A new client writes to a counsellor through the public API (as the mail form does). */
async function newRequest(counsellorLogin: string, subject: string, message: string) {
  const pseudonym = `e2e_${Math.random().toString(36).slice(2, 9)}`;
  const password = `Nordlicht-${Math.random().toString(36).slice(2, 8)}-Kompass!4`;
  const { counsellors } = await server
    .client(await tokenOf('demo.admin'))
    .ok<{ counsellors: { edges: { node: { id: string; loginName: string } }[] } }>(
      `{ counsellors(page: { first: 50 }) { edges { node { id loginName } } } }`,
    );
  const counsellorId = counsellors.edges.find((e) => e.node.loginName === counsellorLogin)!.node.id;
  const { sendMailRequestAsNewClient } = await server.client().ok<{
    sendMailRequestAsNewClient: { request: { id: string } };
  }>(
    `mutation($input: SendMailRequestAsNewClientInput!) {
      sendMailRequestAsNewClient(input: $input) { request { id } }
    }`,
    {
      input: {
        organisationKey: DEMO_PUBLIC_KEY,
        pseudonym,
        password,
        subject,
        message,
        counsellorId,
        privacyNoticeAccepted: true,
        requestData: [{ key: 'ageGroup', value: '18–26' }],
      },
    },
  );
  return { id: sendMailRequestAsNewClient.request.id, pseudonym, password };
}

/** The dashboard link in the notification mail about `requestId` to `to` (from the outbox, as sent). */
async function notificationLink(to: string, requestId: string): Promise<string> {
  const admin = server.client(await tokenOf('demo.admin'));
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const { outboxMails } = await admin.ok<{ outboxMails: { edges: { node: { to: string; text: string } }[] } }>(
          `{ outboxMails(page: { first: 50 }) { edges { node { to text } } } }`,
        );
        const mail = outboxMails.edges.map((e) => e.node).find((m) => m.to === to && m.text.includes(requestId));
        found = mail?.text.match(/https?:\/\/\S+\/dashboard\/mail-requests\/[0-9a-f-]+/)?.[0];
        return found;
      },
      { timeout: 10_000 },
    )
    .toBeTruthy();
  return found!;
}

interface Focused {
  tag: string;
  text: string;
  /** The focus indicator is drawn (an outline or a ring), not suppressed. */
  visible: boolean;
}

/** The element with the focus, through the shadow roots, and whether its focus is visible. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      visible: outline || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until `wanted` has the focus (at most 60 times); every stop on the way shows its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    path.push(`${f.tag} ${f.text.slice(0, 40)}`);
    expect(f.visible, `focus visible on ${f.tag} "${f.text.slice(0, 40)}"`).toBe(true);
    if (wanted(f)) return;
  }
  throw new Error(`not reached by Tab; the focus went through:\n${path.join('\n')}`);
}

describe('dashboard: mail counselling', () => {
  it('opens a notification link after login, answers with a saved draft, and the client reads the answer', async () => {
    const subject = 'Ich schlafe seit Wochen kaum noch';
    const request = await newRequest(
      'anna.berger',
      subject,
      'Seit der Trennung liege ich nachts wach.\nWas kann ich tun?',
    );

    const answer =
      'Guten Abend,\n\ndanke für Ihre Nachricht. Schlaf braucht Ruhe – lassen Sie uns schauen, was Sie abends entlastet.\n\nAnna';
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      // The link of Anna's notification mail, opened without a session: the login comes first…
      const link = await notificationLink('anna.berger@demo.lotse.local', request.id);
      expect(link).toBe(`${server.url}/dashboard/mail-requests/${request.id}`);
      await page.goto(link);
      await expect.poll(() => screenHeading(page).textContent()).toBe('Anmelden');
      await expectAccessible(page, 'login');
      await screenshot(page, 'dashboard-login');

      // …a wrong password says so and keeps the login name…
      const form = page.locator('lotse-login-form');
      await form.getByLabel('Login-Name oder E-Mail-Adresse').fill('anna.berger');
      await form.getByLabel('Passwort', { exact: true }).fill('falsch-falsch');
      await form.getByRole('button', { name: 'Anmelden' }).click();
      await expect.poll(() => form.getByRole('status').textContent()).toContain('stimmen nicht');
      await expectAccessible(page, 'login with error');

      // …and after logging in the requested request is on screen, the URL unchanged.
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      expect(new URL(page.url()).pathname).toBe(`/dashboard/mail-requests/${request.id}`);
      const thread = page.locator('lotse-mail-thread');
      expect(await thread.locator('.messages').innerText()).toContain('Seit der Trennung liege ich nachts wach.');
      expect(await thread.locator('.meta').innerText()).toMatch(/Antwort fällig bis/);
      await expectAccessible(page, 'thread');

      // The draft is saved to the server while typing.
      await thread.getByLabel('Ihre Antwort').fill(answer);
      await expect
        .poll(() => thread.locator('.reply .hint').textContent(), { timeout: 5_000 })
        .toMatch(/Entwurf gespeichert/);
      const asAnna = server.client(await tokenOf('anna.berger'));
      const { mailRequest } = await asAnna.ok<{ mailRequest: { draft: { body: string } | null } }>(
        `query($id: ID!) { mailRequest(id: $id) { draft { body } } }`,
        { id: request.id },
      );
      expect(mailRequest.draft?.body).toBe(answer);
      await screenshot(page, 'dashboard-mail-thread');

      await thread.getByRole('button', { name: 'Antwort senden' }).click();
      await expect.poll(() => thread.locator('.notice-line').textContent()).toBe('Die Antwort wurde gesendet.');
      expect(await thread.locator('.meta .badge').first().textContent()).toBe('Beantwortet');
      expect(await thread.locator('.messages li').count()).toBe(2);
      await expectAccessible(page, 'thread after answering');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }

    // The client logs in through the mail form on the demo page and reads the answer.
    const client = await watchedPage(browser);
    try {
      const { page } = client;
      await page.goto(`${server.url}/`);
      const mail = page.locator('lotse-mail-form');
      await mail.getByRole('button', { name: 'Anmelden und Antworten lesen' }).click();
      await mail.getByLabel('Pseudonym oder E-Mail-Adresse').fill(request.pseudonym);
      await mail.getByLabel('Passwort', { exact: true }).fill(request.password);
      await mail.getByRole('button', { name: 'Anmelden', exact: true }).click();
      const item = mail.locator('[part="request"]').first();
      expect(await item.locator('.status').textContent()).toBe('Beantwortet');
      await item.click();
      const messages = mail.locator('[part="message"]');
      await expect.poll(() => messages.count()).toBe(2);
      expect(await messages.nth(1).locator('.author').textContent()).toBe('Anna');
      expect(await messages.nth(1).locator('.body').textContent()).toBe(answer);
      expect(client.problems).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it('lists the pool, and a counsellor takes over a request a colleague released, with its draft', async () => {
    const subject = `Mietschulden ${Math.random().toString(36).slice(2, 6)}`;
    const request = await newRequest('jonas.keller', subject, 'Ich bin zwei Monate mit der Miete im Rückstand.');
    const asJonas = server.client(await tokenOf('jonas.keller'));
    await asJonas.ok(`mutation($input: SaveMailDraftInput!) { saveMailDraft(input: $input) { id } }`, {
      input: { requestId: request.id, body: 'Entwurf von Jonas: erst die Fristen prüfen.' },
    });
    await asJonas.ok(`mutation($input: ReleaseMailRequestInput!) { releaseMailRequest(input: $input) { id } }`, {
      input: { requestId: request.id },
    });

    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Guten Tag, Anna');
      await expectAccessible(page, 'home');
      await screenshot(page, 'dashboard-home');

      await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Mailberatung' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mailberatung');
      const inbox = page.locator('lotse-mail-inbox');
      await inbox.getByRole('link', { name: 'Offener Pool' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('pool');
      const row = inbox.locator('tr', { hasText: subject });
      await row.waitFor();
      expect(await row.innerText()).toContain('Freigegeben');
      await expectAccessible(page, 'inbox pool');
      await screenshot(page, 'dashboard-mail-inbox');

      // The search narrows the list (and lands in the URL).
      await inbox.getByLabel(/^Suche/).fill(subject);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(subject);
      await expect.poll(() => inbox.locator('tbody tr').count()).toBe(1);
      // The topic filter combines with it: the request has no topic, so "Schulden" leaves nothing.
      await inbox.getByLabel('Thema').selectOption({ label: 'Schulden' });
      await expect.poll(() => new URL(page.url()).searchParams.get('topic')).toBeTruthy();
      await expect.poll(() => inbox.locator('.empty').count()).toBe(1);
      await expectAccessible(page, 'inbox filtered to nothing');
      await inbox.getByLabel('Thema').selectOption({ label: 'Alle Themen' });
      await expect.poll(() => inbox.locator('tbody tr').count()).toBe(1);

      await row.getByRole('link', { name: subject }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      const thread = page.locator('lotse-mail-thread');
      expect(await thread.locator('aside, .thread').allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringContaining('Entwurf von Jonas')]),
      );
      await thread.getByRole('button', { name: 'Anfrage übernehmen' }).click();
      await expect.poll(() => thread.locator('.notice-line').textContent()).toBe('Sie haben die Anfrage übernommen.');
      // The draft came along and is now Anna's to edit.
      expect(await thread.getByLabel('Ihre Antwort').inputValue()).toBe('Entwurf von Jonas: erst die Fristen prüfen.');
      await expectAccessible(page, 'thread after take-over');
      // The client's name opens their profile.
      const client = thread.locator('aside dd a').first();
      const pseudonym = await client.innerText();
      await client.click();
      await expect.poll(() => screenHeading(page).textContent()).toBe(pseudonym);
      await page.locator('lotse-client-panel').getByRole('tab', { name: 'Profil' }).waitFor();
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('sorts the inbox newest first, oldest first or by the reply due soonest, and keeps the order in the URL', async () => {
    const tag = `Sortierung ${Math.random().toString(36).slice(2, 6)}`;
    // Sent one after the other: the first one is older and its client has waited longer.
    await newRequest('anna.berger', `${tag} zuerst`, 'Die erste Anfrage.');
    await newRequest('anna.berger', `${tag} danach`, 'Die zweite Anfrage.');

    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      // The overview's query finished (leaving earlier would abort it, which the page records as a problem).
      await page.waitForLoadState('networkidle');
      await page.goto(`${server.url}/dashboard/mail?tab=mine&q=${encodeURIComponent(tag)}`);
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mailberatung');
      const inbox = page.locator('lotse-mail-inbox');
      const subjects = () => inbox.locator('tbody tr td:first-child a').allInnerTexts();
      await expect.poll(subjects).toEqual([`${tag} danach`, `${tag} zuerst`]);
      const sort = inbox.getByLabel('Sortierung');
      expect(await sort.inputValue()).toBe('NEWEST');

      await sort.selectOption({ label: 'Älteste zuerst' });
      await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('OLDEST');
      await expect.poll(subjects).toEqual([`${tag} zuerst`, `${tag} danach`]);
      // The search stays: the sort combines with the other filters.
      expect(new URL(page.url()).searchParams.get('q')).toBe(tag);
      await expectAccessible(page, 'inbox sorted oldest first');

      await sort.selectOption({ label: 'Antwort zuerst fällig' });
      await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('DUE_SOONEST');
      await expect.poll(subjects).toEqual([`${tag} zuerst`, `${tag} danach`]);

      // A reload (or a shared link) shows the same order.
      await page.waitForLoadState('networkidle');
      await page.reload();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mailberatung');
      expect(await inbox.getByLabel('Sortierung').inputValue()).toBe('DUE_SOONEST');
      await expect.poll(subjects).toEqual([`${tag} zuerst`, `${tag} danach`]);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('shows at once, not on the next click, that a colleague took over the request on screen', async () => {
    const subject = `Kontaktabbruch ${Math.random().toString(36).slice(2, 6)}`;
    const request = await newRequest('jonas.keller', subject, 'Mein Sohn meldet sich nicht mehr.');
    const asJonas = server.client(await tokenOf('jonas.keller'));
    await asJonas.ok(`mutation($input: ReleaseMailRequestInput!) { releaseMailRequest(input: $input) { id } }`, {
      input: { requestId: request.id },
    });

    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/mail-requests/${request.id}`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      const thread = page.locator('lotse-mail-thread');
      await thread.getByRole('button', { name: 'Anfrage übernehmen' }).waitFor();
      // The live connection is up before the colleague acts.
      await expect.poll(() => page.locator('lotse-dashboard .live').getAttribute('data-state')).toBe('connected');

      await server
        .client(await tokenOf('demo.admin'))
        .ok(`mutation($input: TakeOverMailRequestInput!) { takeOverMailRequest(input: $input) { id } }`, {
          input: { requestId: request.id },
        });
      await expect
        .poll(() => thread.locator('.notice-line').textContent(), { timeout: 3_000 })
        .toBe('Maria S. hat diese Anfrage gerade übernommen. Sie ist damit nicht mehr in Ihrer Übersicht.');
      // In an OPEN organisation a counsellor sees only her own requests and the pool: nothing of it stays.
      expect(await thread.getByRole('button', { name: 'Anfrage übernehmen' }).count()).toBe(0);
      expect(await thread.locator('.messages').count()).toBe(0);
      await expectAccessible(page, 'thread after a colleague took it over');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('goes anywhere by keyboard: Ctrl+K finds a screen or a request and opens it', async () => {
    const subject = `Spielsucht ${Math.random().toString(36).slice(2, 6)}`;
    const request = await newRequest('anna.berger', subject, 'Ich verspiele jeden Monat mein Gehalt.');

    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Guten Tag, Anna');

      const palette = page.locator('lotse-command-palette');
      const input = palette.getByRole('combobox', { name: 'Wohin oder was tun?' });
      await page.keyboard.press('Control+K');
      await expect.poll(() => input.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      await expectAccessible(page, 'command palette');
      await screenshot(page, 'dashboard-command-palette');

      // A screen by name.
      await page.keyboard.type('mailb');
      await expect.poll(() => palette.getByRole('option').allInnerTexts()).toEqual(['Gehe zu: Mailberatung']);
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mailberatung');
      expect(await palette.locator('dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);

      // A request by its subject, chosen with the arrow keys.
      await page.keyboard.press('Control+K');
      await page.keyboard.type(subject);
      const option = palette.getByRole('option', { name: new RegExp(`^Anfrage: ${subject}`) });
      await option.waitFor();
      await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      expect(new URL(page.url()).pathname).toBe(`/dashboard/mail-requests/${request.id}`);

      // Escape closes and gives the focus back.
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Escape');
      expect(await palette.locator('dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('moves the focus to the new screen’s heading even when its script comes late and the shell renders meanwhile', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Guten Tag, Anna');
      // The inbox's chunk is held back until the shell has rendered for another reason (here: asked to;
      // in use e.g. when the live connection's status changes while a slow network loads the chunk).
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/dashboard\/assets\/mail-inbox[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const requested = page.waitForRequest(/\/dashboard\/assets\/mail-inbox[^/]*\.js$/);
      await page.keyboard.press('Control+K');
      await page.keyboard.type('mailb');
      await page.keyboard.press('Enter');
      await requested;
      await page.evaluate(() =>
        (document.querySelector('lotse-dashboard') as HTMLElement & { requestUpdate(): void }).requestUpdate(),
      );
      await page.waitForTimeout(100);
      release();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mailberatung');
      await expect.poll(() => focused(page), { timeout: 5_000 }).toMatchObject({ tag: 'H1', text: 'Mailberatung' });
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('answers a request from the pool by keyboard alone, with visible focus that lands on each new screen’s heading', async () => {
    const subject = `Schulden ${Math.random().toString(36).slice(2, 6)}`;
    const request = await newRequest('jonas.keller', subject, 'Die Mahnungen stapeln sich.');
    await server
      .client(await tokenOf('jonas.keller'))
      .ok(`mutation($input: ReleaseMailRequestInput!) { releaseMailRequest(input: $input) { id } }`, {
        input: { requestId: request.id },
      });

    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      // Even the login goes without the mouse: typed into the form's fields, sent with Enter.
      const form = page.locator('lotse-login-form');
      await form.getByLabel('Login-Name oder E-Mail-Adresse').pressSequentially('anna.berger');
      await form.getByLabel('Passwort', { exact: true }).pressSequentially(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Guten Tag, Anna');

      // Ctrl+K → the inbox; the focus lands on its heading.
      await page.keyboard.press('Control+K');
      await page.keyboard.type('mailb');
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mailberatung');
      await expect.poll(() => focused(page), { timeout: 5_000 }).toMatchObject({ tag: 'H1', text: 'Mailberatung' });

      // Tab to the pool's tab, then to the request.
      await tabTo(page, (f) => f.tag === 'A' && f.text === 'Offener Pool');
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('pool');
      await expect.poll(() => focused(page), { timeout: 5_000 }).toMatchObject({ tag: 'H1', text: 'Mailberatung' });
      await page.locator('lotse-mail-inbox tr', { hasText: subject }).waitFor();
      await tabTo(page, (f) => f.tag === 'A' && f.text === subject);
      await expectAccessible(page, 'inbox, a request focused by keyboard');
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      await expect.poll(() => focused(page), { timeout: 5_000 }).toMatchObject({ tag: 'H1', text: subject });

      // Take it over, write, send.
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Anfrage übernehmen');
      await page.keyboard.press('Enter');
      const thread = page.locator('lotse-mail-thread');
      await expect.poll(() => thread.locator('.notice-line').textContent()).toBe('Sie haben die Anfrage übernommen.');
      await tabTo(page, (f) => f.tag === 'TEXTAREA');
      const answer = 'Guten Tag,\n\nlassen Sie uns die Mahnungen gemeinsam sortieren.\n\nAnna';
      await page.keyboard.type(answer);
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Antwort senden');
      await expectAccessible(page, 'thread, send button focused by keyboard');
      await page.keyboard.press('Enter');
      await expect.poll(() => thread.locator('.notice-line').textContent()).toBe('Die Antwort wurde gesendet.');

      const { mailRequest } = await server
        .client(await tokenOf('anna.berger'))
        .ok<{ mailRequest: { status: string; messages: { body: string }[] } }>(
          `query($id: ID!) { mailRequest(id: $id) { status messages { body } } }`,
          { id: request.id },
        );
      expect(mailRequest.status).toBe('ANSWERED');
      expect(mailRequest.messages.at(-1)?.body).toBe(answer);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });

  it('collects what happened in the notification centre: a new request for me opens from there', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => page.locator('lotse-dashboard .live').getAttribute('data-state')).toBe('connected');

      const subject = `Wohnungssuche ${Math.random().toString(36).slice(2, 6)}`;
      const request = await newRequest('anna.berger', subject, 'Ich finde keine Wohnung für mich und mein Kind.');
      const centre = page.locator('lotse-notification-centre');
      const toggle = centre.getByRole('button', { name: /^Benachrichtigungen/ });
      await expect.poll(() => toggle.innerText(), { timeout: 5_000 }).toMatch(/Benachrichtigungen\s+1/);
      // The overview counted the new request too, live.
      await expect.poll(() => page.locator('lotse-home-view .mail').innerText()).toContain(subject);

      await toggle.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const link = centre.getByRole('link', { name: `Neue Mailanfrage für Sie: ${subject}` });
      await link.waitFor();
      await expectAccessible(page, 'notification centre open');
      await screenshot(page, 'dashboard-notifications');
      await link.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      expect(new URL(page.url()).pathname).toBe(`/dashboard/mail-requests/${request.id}`);
      expect(await toggle.innerText()).not.toMatch(/\d/);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  });
});
