/**
 * Helpers for the staff dashboard's browser tests: a staff member's page (Berlin time, German locale, a
 * desktop window), logging in through the dashboard's own form, and a check that a screen is settled
 * and has no axe violations.
 */
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { axeViolations, watchedPage, type WatchedPage } from './page.js';

export const STAFF_CONTEXT = {
  timezoneId: 'Europe/Berlin',
  locale: 'de-DE',
  viewport: { width: 1280, height: 900 },
} as const;

/** A fresh browser context for one staff member, recording every problem its pages have. */
export async function staffPage(browser: Browser): Promise<WatchedPage> {
  const watched = await watchedPage(browser, STAFF_CONTEXT);
  // Fail on a missing element within seconds, not at the test's timeout.
  watched.page.setDefaultTimeout(10_000);
  return watched;
}

/** The `<h1>` of the screen shown now (inside the routed view's shadow root). */
export const screenHeading = (page: Page) => page.locator('lotse-dashboard main h1').first();

/** Logs in through the dashboard's login form (the page must show it). */
export async function logInThroughDashboard(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  const form = page.locator('lotse-login-form');
  await form.getByLabel('Login-Name oder E-Mail-Adresse').fill(login);
  await form.getByLabel('Passwort', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Anmelden' }).click();
  // The shell's navigation comes first; a screen may have a navigation of its own (sections, views).
  await page.locator('lotse-dashboard nav').first().waitFor();
}

/** axe on the whole page (shadow roots included) must find nothing. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
}

/**
 * Where screenshots of the screens go: `.lotse-test-data/screenshots/` on every run (to look at), and
 * `docs/screenshots/` (committed, shown in the README) when `UPDATE_SCREENSHOTS=1`.
 */
export const SCREENSHOT_DIR = new URL(
  process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots/' : '../../.lotse-test-data/screenshots/',
  import.meta.url,
);

/** A full-page screenshot of the screen now shown. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOT_DIR).pathname, fullPage: true });
}

/** The element with the focus, through the shadow roots, and whether its focus indicator is drawn. */
export interface Focused {
  tag: string;
  text: string;
  /** Its accessible label as far as the DOM tells it (`aria-label`, or the `<label>` of a form field). */
  label: string;
  /** The focus indicator is drawn (an outline or a ring), not suppressed. */
  visible: boolean;
  /** Inside an open `<dialog>` (through shadow roots). */
  inDialog: boolean;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelled = el.id ? root.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    let inDialog = false;
    for (let n: Node | null = el; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
      if (n instanceof HTMLDialogElement && n.open) inDialog = true;
    }
    return {
      tag: el.tagName,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      label: (el.getAttribute('aria-label') ?? labelled ?? '').replace(/\s+/g, ' ').trim(),
      visible: outline || style.boxShadow !== 'none',
      inDialog,
    };
  });
}

/** Presses Tab until `wanted` has the focus (at most 60 times); every stop on the way shows its focus. */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean): Promise<Focused> {
  const path: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    path.push(`${f.tag} ${f.label || f.text.slice(0, 40)}`);
    expect(f.visible, `focus visible on ${f.tag} "${f.label || f.text.slice(0, 40)}"`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error(`not reached by Tab; the focus went through:\n${path.join('\n')}`);
}
