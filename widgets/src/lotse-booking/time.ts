/**
 * Calendar arithmetic in an IANA time zone with nothing but `Intl`: weeks start on Monday 00:00 local
 * time, days are local calendar dates. Instants are epoch milliseconds (UTC), as the API exchanges them.
 *
 * Weeks and days are stepped on the calendar date and converted back to an instant, never by adding
 * 24-hour multiples, so a week that contains a daylight-saving switch still starts at local midnight.
 */

/** A local calendar date. `month` is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** The visitor's own time zone (the browser's), e.g. `Europe/Berlin`. */
export function visitorTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Whether `timeZone` is an IANA zone this browser knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** Local wall-clock fields of an instant. */
export function zonedParts(
  instant: number,
  timeZone: string,
): LocalDate & { hour: number; minute: number; second: number } {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

/** Offset of local time from UTC at an instant, in ms (Berlin in winter: +3 600 000). */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which a local date begins (local midnight). Where midnight does not exist (zones that
 * switch to summer time at 00:00), the first instant of the day after the gap.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day);
  // Two passes: the offset at the first guess may differ from the offset at the answer near a switch.
  let t = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(t, timeZone);
  if (second !== t) t = Math.min(t, second);
  // In a gap the result lies on the previous local day: move forward to the day itself.
  const p = zonedParts(t, timeZone);
  if (p.day !== date.day) t = second > t ? second : t + 3_600_000;
  return t;
}

/** The local date of an instant. */
export function localDateOf(instant: number, timeZone: string): LocalDate {
  const { year, month, day } = zonedParts(instant, timeZone);
  return { year, month, day };
}

/** `date` moved by `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  return ((new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7) + 1;
}

/** `YYYY-MM-DD`. */
export function dateKey(date: LocalDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** The Monday of the local week containing `instant`. */
export function mondayOf(instant: number, timeZone: string): LocalDate {
  const date = localDateOf(instant, timeZone);
  return addDays(date, 1 - isoWeekday(date));
}

/** One local week: its Monday, its seven days and the instants bounding it, `[start, end)`. */
export interface Week {
  monday: LocalDate;
  days: LocalDate[];
  start: number;
  end: number;
}

export function weekOf(monday: LocalDate, timeZone: string): Week {
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return {
    monday,
    days,
    start: startOfLocalDay(monday, timeZone),
    end: startOfLocalDay(addDays(monday, 7), timeZone),
  };
}

/** The week containing `instant`. */
export const weekContaining = (instant: number, timeZone: string): Week =>
  weekOf(mondayOf(instant, timeZone), timeZone);

/** The week `weeks` weeks after (or before, if negative) `week`. */
export const shiftWeek = (week: Week, weeks: number, timeZone: string): Week =>
  weekOf(addDays(week.monday, 7 * weeks), timeZone);

/** Groups ascending instants by their local date (`YYYY-MM-DD`). */
export function groupByDay(instants: readonly number[], timeZone: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const t of instants) {
    const key = dateKey(localDateOf(t, timeZone));
    const list = out.get(key);
    if (list) list.push(t);
    else out.set(key, [t]);
  }
  return out;
}

/** A local date as a `Date` at 00:00 UTC: format it with `timeZone: 'UTC'` to show that very date. */
export const utcDate = (date: LocalDate): Date => new Date(Date.UTC(date.year, date.month - 1, date.day));
