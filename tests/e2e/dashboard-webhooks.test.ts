/**
 * The Webhooks section of Einrichtung, end to end in a real Chromium (Berlin, de-DE) against the real
 * server with the demo data and a local receiver the test starts: an admin creates a webhook by
 * keyboard (errors first), sees and copies its secret once, sends a test event that the receiver
 * verifies with that secret, reads the delivery log, edits the events, deactivates the webhook,
 * rotates the secret and deletes the webhook after the confirmation. Every state passes axe; the page
 * logs no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import {
  expectAccessible,
  logInThroughDashboard,
  SCREENSHOT_DIR,
  screenHeading,
  screenshot,
  staffPage,
} from '../browser/dashboard.js';
import { startReceiver, verify, type Receiver } from '../../api/src/modules/webhooks/webhooks.test-support.js';

let server: TestServer;
let browser: Browser;
let receiver: Receiver;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  receiver = await startReceiver();
  [server, browser] = await Promise.all([
    startTestServer({ seedDemo: true, webhooks: { allowLocal: true, retryBaseSeconds: 1, timeoutMs: 3000 } }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
});

/** The element that has focus, inside the shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { id: el.id, text: el.textContent?.trim() ?? '' } : null;
  });

describe('dashboard: webhooks (admin)', () => {
  it('creates a webhook by keyboard, shows its secret once, sends a test event, edits, rotates and deletes', async () => {
    const { page, problems } = await staffPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(`${server.url}/dashboard`);
    await logInThroughDashboard(page, 'demo.admin');
    await page.locator('lotse-dashboard nav').first().getByRole('link', { name: 'Einrichtung' }).click();
    await expect.poll(() => screenHeading(page).textContent()).toBe('Einrichtung');
    const section = page.locator('lotse-org-webhooks');
    await section.getByText('Noch keine Webhooks eingerichtet.').waitFor();

    // Reached from the section list by keyboard: the link focuses the heading, Tab the first field.
    await page.locator('lotse-organisation-view').getByRole('link', { name: 'Webhooks' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.text).toBe('Webhooks');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focused(page))?.id).toBe('webhook-new-url');
    await expectAccessible(page, 'no webhooks');

    // Sent empty: both problems at their fields, focus on the first.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => section.locator('#webhook-new-url-error').textContent())
      .toBe('Bitte eine https-Adresse angeben, die öffentlich erreichbar ist.');
    expect(await section.locator('#webhook-new-events-error').textContent()).toBe(
      'Bitte mindestens ein Ereignis wählen.',
    );
    expect(await section.getByRole('alert').textContent()).toBe('Bitte prüfen Sie die markierten Felder.');
    await expectAccessible(page, 'create form with errors');

    await page.keyboard.type(`${receiver.url}/crm`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('CRM der Beratungsstelle');
    await page.keyboard.press('Tab'); // Termin gebucht
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // Termin abgesagt
    await page.keyboard.press('Space');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab'); // past four more events and "Aktiv"
    await expect.poll(async () => (await focused(page))?.text).toBe('Webhook anlegen');
    await page.keyboard.press('Enter');

    // The secret, once, focused, with a copy button.
    await expect.poll(async () => (await focused(page))?.id).toBe('webhook-secret');
    const secret = await section.getByLabel(`Secret für ${receiver.url}/crm`).inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(await section.locator('.notice').textContent()).toBe('Webhook angelegt.');
    const row = section.locator('li.webhook');
    await expect.poll(() => row.locator('p.events').textContent()).toContain('Termin gebucht, Termin abgesagt');
    await expectAccessible(page, 'secret shown');
    await screenshot(page, 'dashboard-webhooks-secret');
    await section.screenshot({ path: new URL('dashboard-webhooks-section-secret.png', SCREENSHOT_DIR).pathname });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => section.locator('.secret [role="status"]').textContent()).toBe('Kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Secret ausblenden
    await expect.poll(() => section.locator('#webhook-secret').count()).toBe(0);
    expect((await focused(page))?.id).toBe('webhook-new-url');

    // A test event: the receiver checks the signature with the secret; the log shows the attempt.
    await row.getByRole('button', { name: 'Testereignis senden' }).focus();
    await page.keyboard.press('Enter');
    const [got] = await receiver.waitFor('/crm');
    expect(verify(secret, got!)).toBe(true);
    expect(JSON.parse(got!.body).type).toBe('webhook.test');
    const log = row.getByRole('region', { name: `Zustellprotokoll ${receiver.url}/crm` });
    await expect.poll(() => log.locator('tbody tr').first().textContent(), { timeout: 10_000 }).toContain('200');
    expect(await log.locator('tbody tr').first().textContent()).toContain('webhook.test');
    expect(await log.locator('tbody tr').first().textContent()).toContain('zugestellt');
    await expectAccessible(page, 'delivery log');
    await screenshot(page, 'dashboard-webhooks-log');
    await section.screenshot({ path: new URL('dashboard-webhooks-section-log.png', SCREENSHOT_DIR).pathname });

    // Edit: one more event, by keyboard.
    await row.getByRole('button', { name: 'Bearbeiten' }).focus();
    await page.keyboard.press('Enter');
    const editForm = row.getByRole('form', { name: `Webhook ${receiver.url}/crm bearbeiten` });
    await editForm.waitFor();
    expect((await focused(page))?.id).toBe(`${(await row.getAttribute('id'))!}-url`);
    await editForm.getByLabel('Chat begonnen').focus();
    await page.keyboard.press('Space');
    await expectAccessible(page, 'editing');
    await editForm.getByRole('button', { name: 'Speichern' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => section.locator('.notice').textContent()).toBe('Gespeichert.');
    expect(await row.locator('p.events').textContent()).toContain('Chat begonnen');

    // Deactivate, rotate (a new secret, shown once), delete after the confirmation.
    await row.getByRole('button', { name: 'Deaktivieren' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('.badge').textContent()).toBe('inaktiv');
    await row.getByRole('button', { name: 'Secret erneuern' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.id).toBe('webhook-secret');
    const rotated = await section.locator('#webhook-secret').inputValue();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await expectAccessible(page, 'rotated secret');
    await row.getByRole('button', { name: 'Löschen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.text).toBe('Ja, löschen');
    await expectAccessible(page, 'delete confirmation');
    await page.keyboard.press('Enter');
    await expect.poll(() => section.locator('.notice').textContent()).toBe(`Webhook ${receiver.url}/crm gelöscht.`);
    await section.getByText('Noch keine Webhooks eingerichtet.').waitFor();
    await expectAccessible(page, 'after deleting');
    expect(problems).toEqual([]);
  }, 120_000);
});
