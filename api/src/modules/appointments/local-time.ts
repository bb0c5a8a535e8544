/**
 * Wall-clock arithmetic in an IANA timezone with `Intl` only (no tz database of our own).
 *
 * Dates are ISO strings `YYYY-MM-DD` (a calendar day in the zone), times are minutes after local
 * midnight, instants are epoch milliseconds (UTC). Local times that do not exist (the spring-forward
 * gap) or exist twice (the fall-back hour) are resolved like Temporal's `disambiguation: 'compatible'`:
 * a gap time moves forward by the gap (02:30 → 03:30 CEST), a doubled time takes the earlier instant.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Small memo for the pure conversions below: slot generation asks for the same days and minutes
 * many times per query, and `formatToParts` and date parsing dominated its profile. Bounded; cleared
 * whole when full (the working set of one query is far smaller).
 */
function memo<V>(limit: number): { get(key: string): V | undefined; set(key: string, value: V): V } {
  const map = new Map<string, V>();
  return {
    get: (key) => map.get(key),
    set: (key, value) => {
      if (map.size >= limit) map.clear();
      map.set(key, value);
      return value;
    },
  };
}

const partsMemo = memo<Parts>(20_000);

function partsAt(timeZone: string, epochMs: number): Parts {
  // Keyed by the second: `offsetMinutes` reads seconds too.
  const key = `${timeZone}|${Math.floor(epochMs / 1000)}`;
  const hit = partsMemo.get(key);
  if (hit) return hit;
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(epochMs)) {
    if (type !== 'literal') p[type] = Number(value);
  }
  return partsMemo.set(key, p as unknown as Parts);
}

/** The zone's offset from UTC at an instant, in minutes (Berlin: 60 in winter, 120 in summer). */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  const p = partsAt(timeZone, epochMs);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / MINUTE);
}

/** The local calendar date of an instant. */
export function localDate(timeZone: string, epochMs: number): string {
  const p = partsAt(timeZone, epochMs);
  return isoDate(p.year, p.month, p.day);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const dateMemo = memo<number>(10_000);

/** `YYYY-MM-DD` → epoch ms of that date's midnight *as if it were UTC* (pure calendar arithmetic). */
export function dateAsUtc(date: string): number {
  const hit = dateMemo.get(date);
  if (hit !== undefined) return hit;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateMemo.set(date, Date.UTC(y, m - 1, d));
}

export function addDays(date: string, days: number): string {
  const t = new Date(dateAsUtc(date) + days * DAY);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const dow = new Date(dateAsUtc(date)).getUTCDay();
  return dow === 0 ? 7 : dow;
}

/**
 * The instant at which the wall clock in `timeZone` shows `minuteOfDay` on `date`.
 * `minuteOfDay` may be 1440 (midnight at the end of the day).
 */
export function zonedToUtc(timeZone: string, date: string, minuteOfDay: number): number {
  const local = dateAsUtc(date) + minuteOfDay * MINUTE;
  // Offsets a day before and after bracket any transition near this local time (zones change at most
  // once within such a span).
  const before = offsetMinutes(timeZone, local - DAY);
  const after = offsetMinutes(timeZone, local + DAY);
  const t1 = local - before * MINUTE;
  if (before === after) return t1;
  const t2 = local - after * MINUTE;
  const ok1 = offsetMinutes(timeZone, t1) === before;
  const ok2 = offsetMinutes(timeZone, t2) === after;
  if (ok1 && ok2) return Math.min(t1, t2); // repeated hour: the earlier instant
  if (ok1) return t1;
  if (ok2) return t2;
  // Gap: the local time does not exist; reading it with the offset before the change moves it forward.
  return t1;
}

/**
 * A converter for one zone that resolves whole days at once: on days without a transition nearby one
 * offset serves every minute (the common case, two Intl calls per day); only transition days take the
 * full path. Cache it for one computation (it grows with the number of distinct days).
 */
export class DayClock {
  /** Per date: the UTC instant of local midnight when the day has one offset throughout, else null. */
  private readonly midnights = new Map<string, number | null>();
  constructor(readonly timeZone: string) {}

  toUtc(date: string, minuteOfDay: number): number {
    let midnightUtc = this.midnights.get(date);
    if (midnightUtc === undefined) {
      const midnight = dateAsUtc(date);
      const before = offsetMinutes(this.timeZone, midnight - DAY);
      const after = offsetMinutes(this.timeZone, midnight + 2 * DAY);
      midnightUtc = before === after ? midnight - before * MINUTE : null;
      this.midnights.set(date, midnightUtc);
    }
    if (midnightUtc !== null) return midnightUtc + minuteOfDay * MINUTE;
    return zonedToUtc(this.timeZone, date, minuteOfDay);
  }
}

/** Parses `HH:MM` (00:00–24:00) into minutes after midnight, or null. */
export function parseClock(value: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > 1440 ? null : minutes;
}

/** The local wall-clock minute of the day of an instant (0–1439). */
export function localMinute(timeZone: string, epochMs: number): number {
  const p = partsAt(timeZone, epochMs);
  return p.hour * 60 + p.minute;
}
