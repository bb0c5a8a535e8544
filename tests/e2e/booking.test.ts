/**
 * End to end in a real Chromium against the real server with the demo data (api/src/seed): the demo
 * page's `<lotse-booking>` books a slot by keyboard alone, while a second visitor (another browser
 * context, in New York) watches the same week and sees the slot disappear within a second.
 * Builds `widgets/dist` first when it is missing or stale (tests/browser/build.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { startTestServer, type TestServer } from '../support/server.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt({ widgets: true });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Focused {
  /** Inside the booking widget's shadow root. */
  inWidget: boolean;
  tag: string;
  id: string;
  classes: string;
  part: string;
  text: string;
  start: string | null;
  checked: boolean | null;
}

/** What has the keyboard focus, looking into shadow roots. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inWidget = false;
    while (el?.shadowRoot?.activeElement) {
      inWidget ||= el.tagName === 'LOTSE-BOOKING';
      el = el.shadowRoot.activeElement;
    }
    const h = el as HTMLElement | null;
    return {
      inWidget,
      tag: h?.tagName.toLowerCase() ?? '',
      id: h?.id ?? '',
      classes: h?.className ?? '',
      part: h?.getAttribute('part') ?? '',
      text: h?.textContent?.trim().replace(/\s+/g, ' ') ?? '',
      start: h?.dataset.start ?? null,
      checked: h instanceof HTMLInputElement && h.type === 'checkbox' ? h.checked : null,
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 40): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (wanted(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

const heading = (page: Page) => page.locator('lotse-booking #heading').innerText();

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('booking on the demo page', () => {
  it('books a slot by keyboard alone; a second visitor sees it disappear within a second; no axe violations', async () => {
    const visitor = await watchedPage(browser);
    // The second visitor is in New York: same instants, other wall-clock times.
    const otherContext = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
    const other = await otherContext.newPage();
    const otherProblems: string[] = [];
    other.on('pageerror', (err) => otherProblems.push(`exception: ${err.message}`));
    other.on('console', (msg) => {
      if (msg.type() === 'error') otherProblems.push(`console: ${msg.text()}`);
    });
    const { page } = visitor;
    try {
      await Promise.all([page.goto(`${server.url}/`), other.goto(`${server.url}/`)]);

      // The second visitor picks by mouse and waits on the week of free slots, listening live.
      await other.locator('lotse-booking button.option', { hasText: 'Erstgespräch (Video)' }).click();
      await other.locator('lotse-booking button.option', { hasText: 'Anna' }).click();
      await other.locator('lotse-booking .slots[data-live="connected"] button.slot').first().waitFor();
      expect(await other.locator('lotse-booking [part="time-zone"]').innerText()).toContain('America/New_York');
      const nyStart = await other.locator('lotse-booking button.slot').first().getAttribute('data-start');
      const nyClock = new Intl.DateTimeFormat('de-DE', {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'America/New_York',
      }).format(new Date(nyStart!));
      expect((await other.locator('lotse-booking button.slot').first().innerText()).trim()).toBe(nyClock);
      expect(await axeViolations(other, 'lotse-booking')).toEqual([]);

      // The visitor: keyboard only, from the top of the page.
      await page.locator('lotse-booking button.option').first().waitFor();
      const service = await tabTo(page, (f) => f.inWidget && f.text.startsWith('Erstgespräch (Video)'), 'the service');
      expect(service.tag).toBe('button');
      await page.keyboard.press('Enter');
      await until(async () => (await heading(page)) === 'Beraterin oder Berater wählen', 5_000, 'counsellor step');
      expect((await focused(page)).id).toBe('heading');
      await tabTo(page, (f) => f.inWidget && f.classes.includes('option') && /\bAnna\b/.test(f.text), 'Anna');
      await page.keyboard.press(' ');
      await until(async () => (await heading(page)) === 'Termin wählen', 5_000, 'slots step');
      expect((await focused(page)).id).toBe('heading');
      await page.locator('lotse-booking button.slot').first().waitFor();
      const slot = await tabTo(page, (f) => f.inWidget && f.start !== null, 'the first slot');
      expect(slot.start).toBe(nyStart);
      // Shown in the visitor's own zone.
      const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      const ownClock = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(
        new Date(slot.start!),
      );
      expect(slot.text).toBe(ownClock);
      // The server registers the other page's subscription a moment after its socket says connected.
      await new Promise((r) => setTimeout(r, 300));

      const t0 = Date.now();
      await page.keyboard.press('Enter');
      const otherHas = () => other.locator(`lotse-booking button.slot[data-start="${slot.start}"]`).count();
      await until(async () => (await otherHas()) === 0, 1_000, 'slot gone in the second visitor’s widget');
      expect(Date.now() - t0).toBeLessThan(1_000);

      await until(async () => (await heading(page)) === 'Ihre Angaben', 5_000, 'details step');
      expect(await page.locator('lotse-booking [part="hold"]').innerText()).toMatch(/reserviert bis/);
      const name = `tastatur_${Date.now().toString(36)}`;
      await tabTo(page, (f) => f.id === 'pseudonym', 'the pseudonym field');
      await page.keyboard.type(name);
      await tabTo(page, (f) => f.id === 'consent', 'the consent checkbox');
      await page.keyboard.press(' ');
      expect((await focused(page)).checked).toBe(true);
      await tabTo(page, (f) => f.inWidget && f.tag === 'button' && f.text === 'Termin verbindlich buchen', 'submit');
      await page.keyboard.press('Enter');
      await until(async () => (await heading(page)) === 'Ihr Termin ist gebucht', 10_000, 'confirmation');
      expect((await focused(page)).id).toBe('heading');

      const widget = page.locator('lotse-booking .booking');
      expect(await widget.innerText()).toContain(`Vielen Dank, ${name}!`);
      expect(await widget.innerText()).toContain('Anna');
      const cancelUrl = await page.locator('lotse-booking a[part="cancel-link"]').getAttribute('href');
      expect(cancelUrl).toMatch(new RegExp(`^${server.url}/appointments/cancel\\?token=`));
      const calendar = await page.locator('lotse-booking a[part="calendar"]').getAttribute('href');
      expect(decodeURIComponent(calendar!)).toContain('BEGIN:VCALENDAR');
      // The calendar file is reachable by keyboard right after the heading.
      expect((await tabTo(page, (f) => f.inWidget, 'the calendar link', 1)).part).toBe('calendar');
      expect((await tabTo(page, (f) => f.inWidget, 'the cancel link', 1)).part).toBe('cancel-link');

      // Still gone for the other visitor after the booking, and nowhere in the API's free slots.
      expect(await otherHas()).toBe(0);
      const { bookableCounsellors } = await server
        .client()
        .ok<{ bookableCounsellors: { id: string; displayName: string }[] }>(
          `{ bookableCounsellors(organisationKey: "pk_demo_beratungsstelle") { id displayName } }`,
        );
      const free = await server.client().ok<{ freeSlots: { starts: string[] }[] }>(
        `query($from: DateTimeISO!, $to: DateTimeISO!, $anna: ID!) {
          freeSlots(organisationKey: "pk_demo_beratungsstelle", from: $from, to: $to, counsellorId: $anna) { starts }
        }`,
        {
          anna: bookableCounsellors.find((c) => c.displayName === 'Anna')!.id,
          from: new Date(Date.parse(slot.start!) - 3_600_000).toISOString(),
          to: new Date(Date.parse(slot.start!) + 3_600_000).toISOString(),
        },
      );
      expect(free.freeSlots.flatMap((g) => g.starts).map((s) => new Date(s).toISOString())).not.toContain(slot.start);

      expect(await axeViolations(page, 'lotse-booking')).toEqual([]);
      expect(visitor.problems).toEqual([]);
      expect(otherProblems).toEqual([]);

      // The cancel link opens the cancel page.
      const cancelPage = await page.request.get(cancelUrl!);
      expect(cancelPage.status()).toBe(200);
    } finally {
      await visitor.close();
      await otherContext.close();
    }
  });
});
