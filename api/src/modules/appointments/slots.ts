/**
 * Slot generation: pure functions, no I/O. Everything is computed in the organisation's timezone and
 * returned as UTC instants (epoch ms).
 *
 * Pipeline per counsellor and local day: weekly windows of that weekday → back-to-back slots of
 * duration + follow-up that fit inside the window (measured in real time, so a window across a DST
 * switch yields the slots of its real length) → minus closed days (closing days, public holidays) →
 * minus busy time (held/booked appointments with their follow-up, absences, blockers) → minus slots
 * starting before now + minimum notice or after the counsellor's horizon.
 */
import { DayClock, addDays, isoWeekday, localDate } from './local-time.js';

const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;

export interface WindowRule {
  counsellorId: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
  serviceId: string;
  durationMinutes: number;
  followUpMinutes: number;
  /** Minimum notice for this service (the service's own, else the organisation's). */
  minimumNoticeMinutes: number;
  /** How far ahead this counsellor can be booked. */
  horizonWeeks: number;
}

/** Time in which a counsellor cannot take a new appointment, [start, end) in epoch ms. */
export interface BusyInterval {
  counsellorId: string;
  start: number;
  end: number;
}

export interface SlotQuery {
  timeZone: string;
  /** Slots starting in [from, to) are returned. */
  from: number;
  to: number;
  now: number;
  /** Local dates (YYYY-MM-DD) without any slots: closing days and public holidays. */
  closedDates: ReadonlySet<string>;
  windows: readonly WindowRule[];
  busy: readonly BusyInterval[];
}

/**
 * Merges intervals per counsellor into sorted, disjoint lists, so one binary search answers
 * "does [s, e) touch busy time?".
 */
export function mergeBusy(busy: readonly BusyInterval[]): Map<string, { starts: number[]; ends: number[] }> {
  const byCounsellor = new Map<string, BusyInterval[]>();
  for (const b of busy) {
    if (b.end <= b.start) continue;
    let list = byCounsellor.get(b.counsellorId);
    if (!list) byCounsellor.set(b.counsellorId, (list = []));
    list.push(b);
  }
  const merged = new Map<string, { starts: number[]; ends: number[] }>();
  for (const [id, list] of byCounsellor) {
    list.sort((a, b) => a.start - b.start);
    const starts: number[] = [];
    const ends: number[] = [];
    for (const { start, end } of list) {
      const last = ends.length - 1;
      if (last >= 0 && start <= ends[last]!) {
        if (end > ends[last]!) ends[last] = end;
      } else {
        starts.push(start);
        ends.push(end);
      }
    }
    merged.set(id, { starts, ends });
  }
  return merged;
}

/** Whether [start, end) overlaps one of the disjoint sorted intervals. */
export function overlapsAny(
  list: { starts: number[]; ends: number[] } | undefined,
  start: number,
  end: number,
): boolean {
  if (!list || list.starts.length === 0) return false;
  // First interval whose end is after `start`.
  let lo = 0;
  let hi = list.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list.ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.starts.length && list.starts[lo]! < end;
}

/**
 * Free slots grouped by counsellor and service (groups ordered by counsellor id, then service id;
 * starts ascending, duplicates of overlapping windows removed; groups without slots left out).
 * This is the shape the API answers with, built directly: no object per slot and no global sort
 * (a month of a team is about a thousand slots, 8 weeks of 50 counsellors about twenty thousand).
 */
export function generateSlotGroups(q: SlotQuery): SlotGroup[] {
  if (q.to <= q.from || q.windows.length === 0) return [];
  const clock = new DayClock(q.timeZone);
  const busy = mergeBusy(q.busy);

  // Rules per (counsellor, service) and weekday.
  const pairs = new Map<string, { group: SlotGroup; byWeekday: Map<number, WindowRule[]> }>();
  for (const w of q.windows) {
    const step = w.durationMinutes + w.followUpMinutes;
    if (w.endMinute <= w.startMinute || w.durationMinutes <= 0 || step <= 0) continue;
    const key = `${w.counsellorId}|${w.serviceId}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = {
        group: { counsellorId: w.counsellorId, serviceId: w.serviceId, durationMinutes: w.durationMinutes, starts: [] },
        byWeekday: new Map(),
      };
      pairs.set(key, pair);
    }
    let list = pair.byWeekday.get(w.weekday);
    if (!list) pair.byWeekday.set(w.weekday, (list = []));
    list.push(w);
  }

  // Local days that can hold a slot starting in [from, to); one day of margin on each side covers
  // any offset.
  const firstDay = addDays(localDate(q.timeZone, q.from), -1);
  const lastDay = addDays(localDate(q.timeZone, q.to), 1);
  const days: { day: string; weekday: number }[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
    if (!q.closedDates.has(day)) days.push({ day, weekday: isoWeekday(day) });
  }

  const groups: SlotGroup[] = [];
  const byIds = (a: SlotGroup, b: SlotGroup) =>
    a.counsellorId < b.counsellorId ? -1 : a.counsellorId > b.counsellorId ? 1 : a.serviceId < b.serviceId ? -1 : 1;
  for (const { group, byWeekday } of [...pairs.values()].sort((a, b) => byIds(a.group, b.group))) {
    const counsellorBusy = busy.get(group.counsellorId);
    const starts = group.starts;
    for (const { day, weekday } of days) {
      const rules = byWeekday.get(weekday);
      if (!rules) continue;
      const dayFrom = starts.length;
      for (const w of rules) {
        const windowStart = clock.toUtc(day, w.startMinute);
        const windowEnd = clock.toUtc(day, w.endMinute);
        const step = (w.durationMinutes + w.followUpMinutes) * MINUTE;
        const earliest = Math.max(q.from, q.now + w.minimumNoticeMinutes * MINUTE);
        const latest = Math.min(q.to, q.now + w.horizonWeeks * WEEK);
        for (let s = windowStart; s + step <= windowEnd; s += step) {
          if (s < earliest) continue;
          if (s >= latest) break;
          if (overlapsAny(counsellorBusy, s, s + step)) continue;
          starts.push(s);
        }
      }
      // Several windows of one service on a day may overlap or come in any order.
      if (rules.length > 1 && starts.length - dayFrom > 1) sortUniqueFrom(starts, dayFrom);
    }
    if (starts.length) groups.push(group);
  }
  return groups;
}

/** Sorts `xs[from..]` ascending and drops duplicates, in place (a no-op when it already is). */
function sortUniqueFrom(xs: number[], from: number): void {
  let ordered = true;
  for (let i = from + 1; i < xs.length && ordered; i++) ordered = xs[i]! > xs[i - 1]!;
  if (ordered) return;
  const tail = xs.splice(from).sort((a, b) => a - b);
  for (let i = 0; i < tail.length; i++) if (i === 0 || tail[i] !== tail[i - 1]) xs.push(tail[i]!);
}

export interface SlotGroup {
  counsellorId: string;
  serviceId: string;
  durationMinutes: number;
  /** Epoch ms, ascending. */
  starts: number[];
}
