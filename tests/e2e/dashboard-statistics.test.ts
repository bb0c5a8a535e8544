/**
 * The dashboard's statistics screen, end to end in a real Chromium (Berlin, de-DE) against the real
 * server with the demo data (which documents about three monitorings a month of the last fourteen).
 * It walks the seed FAQ: "Wie kann ich den Zeitraum der Statistik anpassen?" (the default period is
 * 1 January to this month; presets and two days change it, and the URL keeps it) and "Wie kann ich
 * die Monitorings für die gesamte Einrichtung exportieren?" (admins: the organisation or one
 * counsellor; counsellors: their own), as an admin and as a counsellor. Every number on the screen is
 * checked against what the API answers for the same period; the downloads go through the page and are
 * parsed back (BOM, `;`, German header). Every state passes axe; the pages log no errors.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { loginAs } from '../support/builders.js';
import type { GraphQLClient } from '../support/gql.js';
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

const STATS = `query($period: StatisticsPeriodInput, $counsellorId: ID, $language: String) {
  monitoringStatistics(period: $period, counsellorId: $counsellorId, language: $language) {
    period { from to } counsellorId
    figures { key label value unit definition }
    tables { grouping title definition rows { key label count minutes } } } }`;

interface Row {
  label: string;
  count: number;
  minutes: number;
}
interface Stats {
  period: { from: string; to: string };
  figures: { key: string; label: string; value: number | null; definition: string }[];
  tables: { grouping: string; title: string; definition: string; rows: (Row & { key: string | null })[] }[];
}

async function apiStats(
  api: GraphQLClient,
  period: { from: string; to: string } | null,
  counsellorId: string | null = null,
  language = 'de',
): Promise<Stats> {
  return (await api.ok<{ monitoringStatistics: Stats }>(STATS, { period, counsellorId, language }))
    .monitoringStatistics;
}

/** A number as the screen writes it in either language: "1.234,5" (German) or "1,234.5" (English). */
const parseNumber = (text: string) => {
  const t = text.trim();
  return Number(
    /,\d$/.test(t) || /\.\d{3}(\D|$)/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''),
  );
};

const view = (page: Page) => page.locator('lotse-statistics-view');

/** The rows of a table on the screen, read as a person reads them. */
async function shownRows(page: Page, grouping: string): Promise<Row[]> {
  const rows = await view(page).locator(`section[data-grouping="${grouping}"] table tbody tr`).all();
  return Promise.all(
    rows.map(async (r) => ({
      label: (await r.locator('th').textContent())!.trim(),
      count: parseNumber((await r.locator('td').nth(0).textContent())!),
      minutes: parseNumber((await r.locator('td').nth(1).textContent())!),
    })),
  );
}

/** A figure's number as shown ("45" or "1.234 Min."). */
async function shownFigure(page: Page, key: string): Promise<number> {
  const text = await view(page).locator(`dl.figures > div[data-key="${key}"] dd.value`).textContent();
  return parseNumber(text!.replace(/Min\.|min/, ''));
}

/** Every table and every countable figure on the screen equals the API's answer. */
async function expectScreenMatches(page: Page, stats: Stats, tables = ['CHANNEL', 'TOPIC', 'COUNSELLOR', 'MONTH']) {
  for (const f of stats.figures) {
    if (f.value === null) continue;
    expect(await shownFigure(page, f.key), f.key).toBe(f.value);
  }
  for (const table of stats.tables) {
    if (!tables.includes(table.grouping)) {
      expect(await view(page).locator(`section[data-grouping="${table.grouping}"]`).count()).toBe(0);
      continue;
    }
    expect(await shownRows(page, table.grouping), table.grouping).toEqual(
      table.rows.map(({ label, count, minutes }) => ({ label, count, minutes })),
    );
  }
}

/** Waits until the screen shows figures for this period (the status line names it). */
async function shownPeriod(page: Page, text: string): Promise<void> {
  await expect.poll(() => view(page).locator('p.shown').textContent()).toContain(text);
}

/** RFC 4180 with `;`, as the export writes it. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('Unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ';' && text[i] !== '\r') field += text[i++];
    }
    record.push(field);
    if (text[i] === ';') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      out.push(record);
      record = [];
    }
  }
  if (record.length) out.push(record);
  return out;
}

/** Clicks a download button and returns the file's name and its records (the BOM checked and removed). */
async function download(page: Page, button: Locator): Promise<{ name: string; records: string[][] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { name: file.suggestedFilename(), records: parseCsv(bytes.subarray(3).toString('utf8')) };
}

const MONITORING_HEADER = [
  'Datum',
  'Berater:in',
  'Ratsuchende:r',
  'Klientennummer',
  'Kanal',
  'Dauer (Minuten)',
  'Betreff',
  'Beratungsfelder',
  'Quelle',
  'Notizen',
  'Anonymisiert',
];

const figure = (stats: Stats, key: string) => stats.figures.find((f) => f.key === key)!.value;

describe('dashboard: statistics (admin)', () => {
  it('changes the period and the counsellor, shows figures with definitions, charts with tables, and downloads both CSVs', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    const api = await loginAs(server, { loginName: 'demo.admin' }, DEMO_PASSWORD);
    const scripts: string[] = [];
    page.on('response', (res) => {
      if (res.url().includes('/dashboard/assets/') && res.url().endsWith('.js')) scripts.push(res.url());
    });
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'demo.admin');
      // The charts' code comes with this screen only, not with the overview.
      await screenHeading(page).waitFor();
      expect(scripts.filter((u) => u.includes('statistics-view'))).toEqual([]);
      await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Statistik' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Statistik');
      expect(await page.title()).toBe('Statistik – Lotse');
      expect(scripts.filter((u) => u.includes('statistics-view'))).toHaveLength(1);

      // The default period: 1 January to the end of this month, for the whole organisation.
      const byDefault = await apiStats(api, null);
      expect(byDefault.period.from).toMatch(/-01-01$/);
      await shownPeriod(page, 'Ganze Einrichtung');
      expect(await view(page).getByLabel('Von', { exact: true }).inputValue()).toBe(byDefault.period.from);
      expect(await view(page).getByLabel('Bis', { exact: true }).inputValue()).toBe(byDefault.period.to);
      expect(await view(page).getByRole('button', { name: 'Dieses Jahr' }).getAttribute('aria-pressed')).toBe('true');
      expect(figure(byDefault, 'MONITORINGS')).toBeGreaterThan(0);
      await expectScreenMatches(page, byDefault);
      // Each chart is an image with a summary, and its numbers are a table with a caption.
      const channel = view(page).locator('section[data-grouping="CHANNEL"]');
      const channels = byDefault.tables.find((t) => t.grouping === 'CHANNEL')!.rows;
      expect(await channel.getByRole('img').getAttribute('aria-label')).toBe(
        `Balkendiagramm Nach Kanal, Anzahl. ${channels.map((r) => `${r.label} ${r.count}`).join(', ')}. ` +
          'Die Zahlen stehen in der Tabelle darunter.',
      );
      await channel.getByRole('table', { name: 'Nach Kanal: Anzahl und Minuten' }).waitFor();
      await expectAccessible(page, 'statistics, default period');
      await screenshot(page, 'dashboard-statistics');

      // A figure's definition, opened with the keyboard.
      const summary = view(page).locator('dl.figures > div[data-key="MONITORINGS"] summary');
      expect(await summary.getAttribute('aria-label')).toBe('So wird gezählt: Monitorings');
      await summary.focus();
      await page.keyboard.press('Enter');
      const definition = view(page).locator('dl.figures > div[data-key="MONITORINGS"] details p');
      await expect.poll(() => definition.isVisible()).toBe(true);
      expect(await definition.textContent()).toBe(byDefault.figures.find((f) => f.key === 'MONITORINGS')!.definition);
      await expectAccessible(page, 'a definition open');

      // A preset, by keyboard: the figures change, the URL keeps the period, the focus stays.
      const lastYear = view(page).getByRole('button', { name: 'Letztes Jahr' });
      await lastYear.focus();
      await page.keyboard.press('Enter');
      const year = Number(byDefault.period.from.slice(0, 4)) - 1;
      const previous = { from: `${year}-01-01`, to: `${year}-12-31` };
      await expect.poll(() => new URL(page.url()).search).toBe(`?from=${previous.from}&to=${previous.to}`);
      const ofLastYear = await apiStats(api, previous);
      await shownPeriod(page, `31. Dez. ${year}`);
      await expect.poll(() => lastYear.getAttribute('aria-pressed')).toBe('true');
      expect(await view(page).locator(':focus').textContent()).toContain('Letztes Jahr');
      await page.keyboard.press('Tab');
      expect(await view(page).locator(':focus').textContent()).toContain('Letzte 12 Monate');
      expect(figure(ofLastYear, 'MONITORINGS')).not.toBe(figure(byDefault, 'MONITORINGS'));
      await expectScreenMatches(page, ofLastYear);
      await expectAccessible(page, 'statistics, last year');

      // Two days of one's own choosing; a reversed period is refused at its fields.
      const from = view(page).getByLabel('Von', { exact: true });
      const to = view(page).getByLabel('Bis', { exact: true });
      const thisYear = year + 1;
      await from.fill(`${thisYear}-06-01`);
      await to.fill(`${thisYear}-03-01`);
      await view(page).getByRole('button', { name: 'Zeitraum anzeigen' }).click();
      await expect
        .poll(() => view(page).locator('#period-error').textContent())
        .toBe('„Von“ muss vor oder auf „Bis“ liegen.');
      expect(await to.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'a reversed period');
      await to.fill(`${thisYear}-08-31`);
      await to.press('Enter');
      const summer = { from: `${thisYear}-06-01`, to: `${thisYear}-08-31` };
      await expect.poll(() => new URL(page.url()).search).toBe(`?from=${summer.from}&to=${summer.to}`);
      await shownPeriod(page, `31. Aug. ${thisYear}`);
      expect(await to.getAttribute('aria-invalid')).toBe('false');
      const ofSummer = await apiStats(api, summer);
      expect(figure(ofSummer, 'MONITORINGS')).toBeGreaterThan(0);
      await expectScreenMatches(page, ofSummer);
      expect(await shownRows(page, 'MONTH')).toHaveLength(3);

      // One counsellor: the table by counsellor goes (it would have one row).
      await view(page).getByLabel('Berater:in', { exact: true }).selectOption({ label: 'Anna Berger' });
      await shownPeriod(page, 'Anna Berger');
      const annaId = new URL(page.url()).searchParams.get('counsellor')!;
      const ofAnna = await apiStats(api, summer, annaId);
      expect(figure(ofAnna, 'MONITORINGS')).toBeGreaterThan(0);
      expect(figure(ofAnna, 'MONITORINGS')).toBeLessThan(figure(ofSummer, 'MONITORINGS')!);
      await expectScreenMatches(page, ofAnna, ['CHANNEL', 'TOPIC', 'MONTH']);
      // The charts in minutes.
      await view(page).getByLabel('Minuten', { exact: true }).check();
      await expect
        .poll(() => view(page).locator('section[data-grouping="MONTH"]').getByRole('img').getAttribute('aria-label'))
        .toContain('Nach Monat, Minuten.');
      expect(new URL(page.url()).searchParams.get('metric')).toBe('minutes');
      await expectAccessible(page, 'one counsellor, charts in minutes');

      // Downloads for exactly what is shown: Anna's monitorings of the summer, and the tables.
      const monitorings = await download(
        page,
        view(page).getByRole('button', { name: 'Monitorings exportieren (CSV)' }),
      );
      expect(monitorings.name).toBe(`monitorings-${summer.from}-${summer.to}.csv`);
      expect(monitorings.records[0]).toEqual(MONITORING_HEADER);
      expect(monitorings.records.length - 1).toBe(figure(ofAnna, 'MONITORINGS'));
      expect(new Set(monitorings.records.slice(1).map((r) => r[1]))).toEqual(new Set(['Anna Berger']));
      expect(monitorings.records.slice(1).every((r) => r[0]! >= summer.from && r[0]! <= summer.to)).toBe(true);
      await expect
        .poll(() => view(page).locator('.downloads .notice').textContent())
        .toBe(`${monitorings.name} wurde heruntergeladen.`);
      const tables = await download(page, view(page).getByRole('button', { name: /Statistik-Tabellen/ }));
      expect(tables.name).toBe(`statistik-${summer.from}-${summer.to}.csv`);
      expect(tables.records[0]).toEqual(['Tabelle', 'Zeile', 'Anzahl', 'Minuten', 'Definition']);
      const channelTable = ofAnna.tables.find((t) => t.grouping === 'CHANNEL')!;
      const csvChannels = tables.records.filter((r) => r[0] === channelTable.title);
      expect(csvChannels.map((r) => ({ label: r[1], count: Number(r[2]), minutes: Number(r[3]) }))).toEqual(
        await shownRows(page, 'CHANNEL'),
      );
      await expectAccessible(page, 'after the downloads');

      // The whole organisation's monitorings of the period (the FAQ's export).
      await view(page).getByLabel('Berater:in', { exact: true }).selectOption({ label: 'Ganze Einrichtung' });
      await shownPeriod(page, 'Ganze Einrichtung');
      const all = await download(page, view(page).getByRole('button', { name: 'Monitorings exportieren (CSV)' }));
      expect(all.records.length - 1).toBe(figure(ofSummer, 'MONITORINGS'));
      expect(new Set(all.records.slice(1).map((r) => r[1])).size).toBeGreaterThan(1);

      // The URL is the view: opened again, the same period, person and metric.
      await page.goto(`${server.url}/dashboard/statistics?from=${summer.from}&to=${summer.to}&counsellor=${annaId}`);
      await shownPeriod(page, 'Anna Berger');
      expect(await view(page).getByLabel('Von', { exact: true }).inputValue()).toBe(summer.from);
      await expectScreenMatches(page, ofAnna, ['CHANNEL', 'TOPIC', 'MONTH']);

      // English: labels, definitions and numbers in the UI language.
      await page.locator('lotse-dashboard').getByRole('button', { name: 'English' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Statistics');
      const inEnglish = await apiStats(api, summer, annaId, 'en');
      await shownPeriod(page, `31 Aug ${thisYear}`);
      await expect
        .poll(() => view(page).locator('section[data-grouping="CHANNEL"] h2').textContent())
        .toBe('By channel');
      await expectScreenMatches(page, inEnglish, ['CHANNEL', 'TOPIC', 'MONTH']);
      await view(page).getByRole('button', { name: 'Export monitorings (CSV)' }).waitFor();
      await expectAccessible(page, 'statistics in English');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 120_000);
});

describe('dashboard: statistics (counsellor)', () => {
  it('shows and exports only her own figures', async () => {
    const staff = await staffPage(browser);
    const { page } = staff;
    const api = await loginAs(server, { loginName: 'anna.berger' }, DEMO_PASSWORD);
    try {
      await page.goto(`${server.url}/dashboard/statistics`);
      await logInThroughDashboard(page, 'anna.berger');
      await expect.poll(() => screenHeading(page).textContent()).toBe('Statistik');
      await shownPeriod(page, 'Ihre eigenen');
      expect(await view(page).getByLabel('Berater:in', { exact: true }).count()).toBe(0);
      expect(await view(page).locator('.intro').textContent()).toContain('Sie sehen Ihre eigenen Monitorings');
      const own = await apiStats(api, null);
      expect(figure(own, 'MONITORINGS')).toBeGreaterThan(0);
      await expectScreenMatches(page, own, ['CHANNEL', 'TOPIC', 'MONTH']);
      await expectAccessible(page, 'counsellor statistics');

      // Last month, then her monitorings of it.
      await view(page).getByRole('button', { name: 'Letzter Monat' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/-01$/);
      const url = new URL(page.url());
      const period = { from: url.searchParams.get('from')!, to: url.searchParams.get('to')! };
      const lastMonth = await apiStats(api, period);
      await expect.poll(() => view(page).getByLabel('Von', { exact: true }).inputValue()).toBe(period.from);
      await expect.poll(() => shownFigure(page, 'MONITORINGS')).toBe(figure(lastMonth, 'MONITORINGS'));
      await expectScreenMatches(page, lastMonth, ['CHANNEL', 'TOPIC', 'MONTH']);
      const file = await download(page, view(page).getByRole('button', { name: 'Monitorings exportieren (CSV)' }));
      expect(file.records[0]).toEqual(MONITORING_HEADER);
      expect(file.records.length - 1).toBe(figure(lastMonth, 'MONITORINGS'));
      expect(file.records.slice(1).every((r) => r[1] === 'Anna Berger')).toBe(true);
      await expectAccessible(page, 'counsellor, last month');

      // A period typed into the URL by hand is checked in the UI's language, not sent.
      await page.goto(`${server.url}/dashboard/statistics?from=2026-05-01&to=2026-01-31`);
      await expect
        .poll(() => view(page).locator('#period-error').textContent())
        .toBe('„Von“ muss vor oder auf „Bis“ liegen.');
      expect(await view(page).locator('dl.figures').count()).toBe(0);
      await expectAccessible(page, 'a reversed period in the URL');
      await view(page).getByRole('button', { name: 'Dieses Jahr' }).click();
      await shownPeriod(page, 'Ihre eigenen');
      expect(await view(page).locator('#period-error').textContent()).toBe('');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);
});
