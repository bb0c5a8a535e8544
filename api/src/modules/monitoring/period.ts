/**
 * Calendar days in the organisation's timezone. Monitorings carry a day, not an instant, so a period
 * is a pair of days; only figures from other tables (timestamps) turn it into instants, in SQL with
 * `(day::timestamp at time zone tz)`, which PostgreSQL resolves across DST changes.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in `timeZone`. */
export function localDate(at: Date, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f.format(at);
}

export interface Period {
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

/** The last day of the month `YYYY-MM`. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * The statistics' default period: 1 January of the current year to the last day of the current month,
 * both as the organisation's clock reads them at `now` (so on 1 January 00:30 in Berlin, still
 * 31 December in UTC, it is already the new year).
 */
export function defaultPeriod(now: Date, timeZone: string): Period {
  const today = localDate(now, timeZone);
  return { from: `${today.slice(0, 4)}-01-01`, to: lastDayOfMonth(today.slice(0, 7)) };
}

/** Every month `YYYY-MM` from the period's first to its last day. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}
