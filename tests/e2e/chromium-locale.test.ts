/**
 * The e2e tests' Chromium shows native date and time fields as a German user's browser does (day, month,
 * year; 24 hours), not in the US format of a process without a locale: the screens are tested and
 * photographed as German staff see them (tests/browser/chromium.ts, E2E_PROCESS_LOCALE).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { launchChromium } from '../browser/chromium.js';
import { STAFF_CONTEXT } from '../browser/dashboard.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The names of a field's parts (spinbuttons in the browser's own shadow tree, each named twice), in their order on screen. */
async function partsOf(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  return nodes.filter((n) => n.role?.value === 'spinbutton').map((n) => String(n.name?.value ?? ''));
}

describe('the e2e tests’ Chromium', () => {
  it('shows a date field as day, month, year and a time field without AM/PM', async () => {
    const context = await browser.newContext(STAFF_CONTEXT);
    try {
      const page = await context.newPage();
      await page.setContent('<label>Datum <input type="date" value="2026-12-24"></label>');
      expect(await partsOf(page)).toEqual(['Day Day', 'Month Month', 'Year Year']);
      await page.setContent('<label>Uhrzeit <input type="time" value="14:30"></label>');
      expect(await partsOf(page)).toEqual(['Hours Hours', 'Minutes Minutes']);
    } finally {
      await context.close();
    }
  });
});
