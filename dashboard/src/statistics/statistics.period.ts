/**
 * Periods of the statistics screen: whole days (YYYY-MM-DD) in the organisation's time zone, as the
 * API counts them (both ends included). The screen's URL holds `from`, `to` and, for admins,
 * `counsellor` and the charts' `metric`; without `from`/`to` the API's default period applies
 * (1 January to the end of this month).
 */

export type Metric = 'count' | 'minutes';
export type Preset = 'thisMonth' | 'lastMonth' | 'thisYear' | 'lastYear' | 'last12Months';
export const PRESETS: Preset[] = ['thisMonth', 'lastMonth', 'thisYear', 'lastYear', 'last12Months'];

export interface StatisticsQuery {
  /** Empty: the API's default. */
  from: string;
  to: string;
  /** Admins: one counsellor's figures; empty for the organisation. */
  counsellor: string;
  metric: Metric;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f-]{36}$/i;

export function parseQuery(search: string): StatisticsQuery {
  const p = new URLSearchParams(search);
  const day = (v: string | null) => (v && DAY.test(v) ? v : '');
  const counsellor = p.get('counsellor') ?? '';
  return {
    from: day(p.get('from')),
    to: day(p.get('to')),
    counsellor: ID.test(counsellor) ? counsellor : '',
    metric: p.get('metric') === 'minutes' ? 'minutes' : 'count',
  };
}

export function statisticsHref(q: StatisticsQuery): string {
  const p = new URLSearchParams();
  if (q.from) p.set('from', q.from);
  if (q.to) p.set('to', q.to);
  if (q.counsellor) p.set('counsellor', q.counsellor);
  if (q.metric !== 'count') p.set('metric', q.metric);
  const qs = p.toString();
  return `/dashboard/statistics${qs ? `?${qs}` : ''}`;
}

/** The API's bounds: days of 2000–2099, at most ten years (3660 days) from first to last. */
const MAX_PERIOD_DAYS = 3660;
export type PeriodProblem = 'missing' | 'outOfRange' | 'reversed' | 'tooLong';

/** What is wrong with a period before the API is asked (its own messages are not translated). */
export function periodProblem(from: string, to: string): PeriodProblem | null {
  if (!DAY.test(from) || !DAY.test(to)) return 'missing';
  if (from < '2000-01-01' || to > '2099-12-31') return 'outOfRange';
  if (from > to) return 'reversed';
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) return 'tooLong';
  return null;
}

/** Today (YYYY-MM-DD) as the organisation's clock reads it. */
export function today(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      now,
    );
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of month `m` (1–12) of year `y`; months outside 1–12 roll into the next/previous year. */
const lastDay = (y: number, m: number) => {
  const d = new Date(Date.UTC(y, m, 0));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const firstDay = (y: number, m: number) => {
  const d = new Date(Date.UTC(y, m - 1, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
};

/** The days of a preset, seen from `day` (today in the organisation). */
export function presetPeriod(preset: Preset, day: string): { from: string; to: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'thisMonth':
      return { from: firstDay(y, m), to: lastDay(y, m) };
    case 'lastMonth':
      return { from: firstDay(y, m - 1), to: lastDay(y, m - 1) };
    case 'thisYear':
      // As the API's default: to the end of this month, not into months that have not begun.
      return { from: `${y}-01-01`, to: lastDay(y, m) };
    case 'lastYear':
      return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` };
    case 'last12Months':
      return { from: firstDay(y, m - 11), to: lastDay(y, m) };
  }
}

/** A day as the UI shows it ("6. Dez. 2026" / "6 Dec 2026"), read as a calendar day (no time zone shift). */
export function formatDay(locale: string, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A month `YYYY-MM` for a chart's axis ("Mär. 26" / "Mar 26"). */
export function formatMonth(locale: string, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}
