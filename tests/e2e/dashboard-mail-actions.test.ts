/**
 * The mail request's actions in the staff dashboard, end to end in a real Chromium (Berlin, de-DE)
 * against the real server with the demo data, each used by keyboard and its effect checked on the page
 * and through the API: a counsellor copies the request's data into the client's profile (which then
 * shows it), releases a request with her draft (it is in the pool), and closes one after confirming (it
 * leaves the open lists); an admin assigns a request to a colleague (who has it in her list) and closes
 * it. Every new state passes axe; the pages log no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
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

async function apiAs(login: string) {
  const { login: session } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(LOGIN, { input: { login, password: DEMO_PASSWORD } });
  return server.client(session.accessToken);
}

const tag = () => Math.random().toString(36).slice(2, 6);

/** A new client writes to a counsellor through the public API (as the mail form does), with an age group. */
async function newRequest(counsellorLogin: string, subject: string, message: string) {
  const { counsellors } = await (
    await apiAs('demo.admin')
  ).ok<{ counsellors: { edges: { node: { id: string; loginName: string } }[] } }>(
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
        pseudonym: `e2e_${tag()}${tag()}`,
        password: `Nordlicht-${tag()}-Kompass!4`,
        subject,
        message,
        counsellorId,
        privacyNoticeAccepted: true,
        requestData: [{ key: 'ageGroup', value: '18–26' }],
      },
    },
  );
  return sendMailRequestAsNewClient.request.id;
}

interface RequestState {
  status: string;
  counsellor: { loginName: string } | null;
  client: { id: string; pseudonym: string };
}

async function requestState(login: string, id: string): Promise<RequestState> {
  const { mailRequest } = await (
    await apiAs(login)
  ).ok<{ mailRequest: RequestState }>(
    `query($id: ID!) { mailRequest(id: $id) { status counsellor { loginName } client { id pseudonym } } }`,
    { id },
  );
  return mailRequest;
}

/** The subjects of `login`'s open requests ("Meine Anfragen" or the pool), as the inbox asks for them. */
async function openSubjects(login: string, filter: Record<string, unknown>): Promise<string[]> {
  const { mailRequests } = await (
    await apiAs(login)
  ).ok<{ mailRequests: { edges: { node: { subject: string } }[] } }>(
    `query($filter: MailRequestFilter) { mailRequests(filter: $filter, page: { first: 100 }) { edges { node { subject } } } }`,
    { filter: { status: ['NEW', 'ASSIGNED', 'OPEN'], ...filter } },
  );
  return mailRequests.edges.map((e) => e.node.subject);
}

/** Whether the element with the focus (through the shadow roots) has this text. */
const hasFocus = (page: Page, text: string) =>
  page
    .evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el?.textContent ?? '').trim();
    })
    .then((t) => t === text);

/** Focuses a button of the thread and presses a key on it, as a keyboard user does. */
async function pressButton(page: Page, name: string, key: 'Enter' | 'Space' = 'Enter') {
  const button = page.locator('lotse-mail-thread').getByRole('button', { name, exact: true });
  await button.focus();
  await page.keyboard.press(key);
}

const thread = (page: Page) => page.locator('lotse-mail-thread');
const notice = (page: Page) => thread(page).locator('.notice-line');

describe('dashboard: a mail request’s actions', () => {
  it('a counsellor copies the request data into the profile, releases one request and closes another', async () => {
    const released = `Prüfungsangst ${tag()}`;
    const closed = `Umzug ${tag()}`;
    const releasedId = await newRequest('anna.berger', released, 'Vor jeder Prüfung bekomme ich Panik.');
    const closedId = await newRequest('anna.berger', closed, 'Hat sich erledigt, danke.');
    const before = await requestState('anna.berger', releasedId);
    const asAnna = await apiAs('anna.berger');
    const masterData = async () =>
      (
        await asAnna.ok<{ client: { masterData: { key: string; value: string }[] } }>(
          `query($id: ID!) { client(id: $id) { masterData { key value } } }`,
          { id: before.client.id },
        )
      ).client.masterData;
    // The profile says something else by now (the request's data went into the new client's profile).
    await asAnna.ok(`mutation($input: UpdateClientInput!) { updateClient(input: $input) { id } }`, {
      input: { id: before.client.id, masterData: [{ key: 'ageGroup', value: '27–40' }] },
    });
    expect(await masterData()).toEqual([{ key: 'ageGroup', value: '27–40' }]);

    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard/mail-requests/${releasedId}`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe(released);
      expect(await thread(page).locator('aside').innerText()).toMatch(/Altersgruppe\s+18–26/);

      // Request data → client profile.
      await pressButton(page, 'Ins Profil übernehmen');
      await expect
        .poll(() => notice(page).textContent())
        .toBe('Die Angaben wurden ins Profil der ratsuchenden Person übernommen.');
      await expectAccessible(page, 'request data copied');
      expect(await masterData()).toEqual([{ key: 'ageGroup', value: '18–26' }]);
      // The profile, opened from the client's name, shows the request's value.
      const clientLink = thread(page).getByRole('link', { name: before.client.pseudonym });
      await clientLink.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe(before.client.pseudonym);
      const panel = page.locator('lotse-client-panel');
      await expect.poll(() => panel.getByLabel('Altersgruppe').inputValue()).toBe('18–26');
      await expectAccessible(page, 'client profile with the copied data');
      await page.goBack();
      await expect.poll(() => screenHeading(page).textContent()).toBe(released);

      // Released with a draft: the request is in the pool, with Anna's draft, no longer hers.
      const answer = thread(page).getByLabel('Ihre Antwort');
      await answer.focus();
      await page.keyboard.type('Entwurf: Atemübungen vor der Prüfung.');
      await pressButton(page, 'Freigeben');
      await expect
        .poll(() => notice(page).textContent())
        .toBe('Die Anfrage ist freigegeben: Kolleg:innen können sie mit Ihrem Entwurf übernehmen.');
      expect(await thread(page).getByLabel('Ihre Antwort').count()).toBe(0);
      expect(await thread(page).locator('section[aria-labelledby="actions-title"]').innerText()).toContain(
        'freigegeben von Anna',
      );
      await thread(page).getByRole('button', { name: 'Anfrage übernehmen' }).waitFor();
      await expectAccessible(page, 'request released');
      const afterRelease = await requestState('anna.berger', releasedId);
      expect(afterRelease.counsellor).toBeNull();
      const { mailRequest } = await asAnna.ok<{ mailRequest: { draft: { body: string } | null } }>(
        `query($id: ID!) { mailRequest(id: $id) { draft { body } } }`,
        { id: releasedId },
      );
      expect(mailRequest.draft?.body).toBe('Entwurf: Atemübungen vor der Prüfung.');
      expect(await openSubjects('jonas.keller', { search: released })).toEqual([released]);
      expect(await openSubjects('anna.berger', { assignedToMe: true, search: released })).toEqual([]);
      // The inbox's pool lists it.
      await thread(page).getByRole('link', { name: 'Zurück zur Übersicht der Anfragen' }).press('Enter');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mailberatung');
      const inbox = page.locator('lotse-mail-inbox');
      await inbox.getByRole('link', { name: 'Offener Pool' }).press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('pool');
      const row = inbox.locator('tr', { hasText: released });
      await row.waitFor();
      expect(await row.innerText()).toContain('Freigegeben');
      await expectAccessible(page, 'pool with the released request');

      // Closed after confirming: gone from the open lists.
      await page.goto(`${server.url}/dashboard/mail-requests/${closedId}`);
      await expect.poll(() => screenHeading(page).textContent()).toBe(closed);
      await pressButton(page, 'Anfrage schließen');
      const confirm = thread(page).getByRole('group', { name: 'Schließen bestätigen' });
      await confirm.waitFor();
      expect(await confirm.innerText()).toContain('Die Anfrage endgültig schließen?');
      // The focus went to "yes".
      await expect.poll(() => hasFocus(page, 'Ja, schließen')).toBe(true);
      await expectAccessible(page, 'close confirmation');
      // "Cancel" keeps it open…
      await confirm.getByRole('button', { name: 'Abbrechen' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => confirm.count()).toBe(0);
      expect((await requestState('anna.berger', closedId)).status).toBe('ASSIGNED');
      // …"yes" closes it.
      await pressButton(page, 'Anfrage schließen');
      await expect.poll(() => hasFocus(page, 'Ja, schließen')).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => notice(page).textContent()).toBe('Die Anfrage ist geschlossen.');
      expect(await thread(page).locator('.meta .badge').first().textContent()).toBe('Geschlossen');
      expect(await thread(page).getByLabel('Ihre Antwort').count()).toBe(0);
      expect(await thread(page).getByRole('button', { name: 'Freigeben' }).count()).toBe(0);
      await expectAccessible(page, 'request closed');
      await screenshot(page, 'dashboard-mail-closed');
      expect((await requestState('anna.berger', closedId)).status).toBe('CLOSED');
      expect(await openSubjects('anna.berger', { assignedToMe: true, search: closed })).toEqual([]);
      expect(await openSubjects('anna.berger', { search: closed })).toEqual([]);
      // Her inbox (open requests by default) does not list it any more.
      await page.goto(`${server.url}/dashboard/mail?tab=mine&q=${encodeURIComponent(closed)}`);
      await expect.poll(() => screenHeading(page).textContent()).toBe('Mailberatung');
      await inbox.locator('.empty').waitFor();
      expect(await inbox.locator('tbody tr').count()).toBe(0);
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 120_000);

  it('an admin assigns a request to a colleague, who has it in her list, and closes it', async () => {
    const subject = `Jobverlust ${tag()}`;
    const id = await newRequest('anna.berger', subject, 'Mir wurde gekündigt, wie geht es weiter?');

    const admin = await staffPage(browser);
    const { page } = admin;
    try {
      await page.goto(`${server.url}/dashboard/mail-requests/${id}`);
      await logInThroughDashboard(page, 'demo.admin');
      await expect.poll(() => screenHeading(page).textContent()).toBe(subject);
      const assign = thread(page).locator('section[aria-labelledby="assign-title"]');
      const assignee = assign.getByLabel('Beraterin oder Berater');
      // The select shows who has it now; the colleague is chosen with the arrow keys.
      await expect.poll(() => assignee.locator('option:checked').textContent()).toBe('Anna Berger');
      const labels = await assignee.locator('option').allTextContents();
      await assignee.focus();
      const steps = labels.indexOf('Jonas Keller') - labels.indexOf('Anna Berger');
      expect(steps, labels.join(', ')).not.toBe(0);
      for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
      expect(await assignee.locator('option:checked').textContent()).toBe('Jonas Keller');
      await page.keyboard.press('Tab');
      await expect.poll(() => hasFocus(page, 'Zuweisen')).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => notice(page).textContent()).toBe('Die Anfrage wurde zugewiesen.');
      expect(await thread(page).locator('section[aria-labelledby="actions-title"]').innerText()).toContain(
        'Zuständig: Jonas',
      );
      await expectAccessible(page, 'request assigned to a colleague');
      expect((await requestState('demo.admin', id)).counsellor?.loginName).toBe('jonas.keller');
      expect(await openSubjects('jonas.keller', { assignedToMe: true, search: subject })).toEqual([subject]);
      expect(await openSubjects('anna.berger', { assignedToMe: true, search: subject })).toEqual([]);

      // Jonas has it in his inbox.
      const jonas = await staffPage(browser);
      try {
        await jonas.page.goto(`${server.url}/dashboard/mail?tab=mine`);
        await logInThroughDashboard(jonas.page, 'jonas.keller');
        await expect.poll(() => screenHeading(jonas.page).textContent()).toBe('Mailberatung');
        await jonas.page.locator('lotse-mail-inbox tr', { hasText: subject }).waitFor();
        await expectAccessible(jonas.page, 'colleague’s inbox with the assigned request');
        expect(jonas.problems).toEqual([]);
      } finally {
        await jonas.close();
      }

      // The admin closes it, after confirming.
      await pressButton(page, 'Anfrage schließen');
      const confirm = thread(page).getByRole('group', { name: 'Schließen bestätigen' });
      await confirm.waitFor();
      await expect.poll(() => hasFocus(page, 'Ja, schließen')).toBe(true);
      await expectAccessible(page, 'admin’s close confirmation');
      await page.keyboard.press('Enter');
      await expect.poll(() => notice(page).textContent()).toBe('Die Anfrage ist geschlossen.');
      // Closed, there is nothing left to assign or close.
      expect(await thread(page).locator('section[aria-labelledby="assign-title"]').count()).toBe(0);
      expect(await thread(page).getByRole('button', { name: 'Anfrage schließen' }).count()).toBe(0);
      await expectAccessible(page, 'request closed by the admin');
      expect((await requestState('demo.admin', id)).status).toBe('CLOSED');
      expect(await openSubjects('jonas.keller', { assignedToMe: true, search: subject })).toEqual([]);
      expect(admin.problems).toEqual([]);
    } finally {
      await admin.close();
    }
  }, 120_000);
});
