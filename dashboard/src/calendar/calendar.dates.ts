/**
 * Local-calendar arithmetic for the calendar views, in the browser's zone: days as `YYYY-MM-DD`, weeks
 * from Monday, and the range [from, to) each view asks the API for. Days are built from local dates (not
 * by adding 24 h), so weeks across a DST switch still have seven days starting at midnight.
 */
export type CalendarView = 'list' | 'day' | 'week' | 'month';
export const VIEWS: CalendarView[] = ['week', 'day', 'month', 'list'];

/** How many days the list view shows from the start of the chosen week. */
export const LIST_DAYS = 28;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a date in the browser's zone. */
export const isoDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Local midnight of a `YYYY-MM-DD` (null for anything else). */
export function parseDay(day: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d;
}

export const addDays = (d: Date, n: number): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

/** The Monday of the week of `d`, at local midnight. */
export const startOfWeek = (d: Date): Date => addDays(d, -((d.getDay() + 6) % 7));

/** The local days [from, to) a view shows around `anchor`. */
export function viewRange(view: CalendarView, anchor: Date): { from: Date; to: Date } {
  switch (view) {
    case 'day':
      return { from: addDays(anchor, 0), to: addDays(anchor, 1) };
    case 'week':
      return { from: startOfWeek(anchor), to: addDays(startOfWeek(anchor), 7) };
    case 'list':
      return { from: startOfWeek(anchor), to: addDays(startOfWeek(anchor), LIST_DAYS) };
    case 'month': {
      // Whole weeks around the month, so the grid has no holes.
      const first = new Date(anchor.getFullYear(), anchor.getMonth(), 1);
      const last = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0);
      return { from: startOfWeek(first), to: addDays(startOfWeek(last), 7) };
    }
  }
}

/** The anchor one step back (-1) or ahead (1) in a view. */
export function step(view: CalendarView, anchor: Date, direction: 1 | -1): Date {
  switch (view) {
    case 'day':
      return addDays(anchor, direction);
    case 'week':
      return addDays(anchor, 7 * direction);
    case 'list':
      return addDays(anchor, LIST_DAYS * direction);
    case 'month':
      return new Date(anchor.getFullYear(), anchor.getMonth() + direction, 1);
  }
}

/** Every local day in [from, to). */
export function daysIn(from: Date, to: Date): Date[] {
  const days: Date[] = [];
  for (let d = from; d < to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** `HH:MM` of an instant in the browser's zone. */
export const clockOf = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** The instant of a local day and `HH:MM` (null when either is malformed). */
export function atClock(day: string, hhmm: string): Date | null {
  const date = parseDay(day);
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!date || !m) return null;
  date.setHours(Number(m[1]), Number(m[2]), 0, 0);
  return date;
}

/** Whether [start, end) touches the local day `day`. */
export function touchesDay(start: Date, end: Date, day: Date): boolean {
  return start < addDays(day, 1) && end > day;
}
