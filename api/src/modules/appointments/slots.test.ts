import { describe, expect, it } from 'vitest';
import {
  generateSlotGroups,
  mergeBusy,
  overlapsAny,
  type SlotGroup,
  type SlotQuery,
  type WindowRule,
} from './slots.js';
import { DayClock, isoWeekday, localDate, offsetMinutes, parseClock, zonedToUtc } from './local-time.js';
import { closedDates, publicHolidays } from './holidays.js';

const MINUTE = 60_000;

/** One free slot: the flat view the assertions below read best (the API answers with groups). */
interface Slot {
  counsellorId: string;
  serviceId: string;
  /** Epoch ms. */
  start: number;
  /** start + duration (the follow-up is not part of the appointment). */
  end: number;
}

/** Free slots, sorted by start, then counsellor, then service; duplicates of overlapping windows removed. */
function generateSlots(q: SlotQuery): Slot[] {
  const slots: { slot: Slot; rank: number }[] = [];
  generateSlotGroups(q).forEach((g, rank) => {
    const duration = g.durationMinutes * MINUTE;
    for (const start of g.starts) {
      slots.push({
        slot: { counsellorId: g.counsellorId, serviceId: g.serviceId, start, end: start + duration },
        rank,
      });
    }
  });
  return slots.sort((a, b) => a.slot.start - b.slot.start || a.rank - b.rank).map((x) => x.slot);
}

/** Groups flat slots again by counsellor and service, in order of first appearance. */
function groupSlots(slots: readonly Slot[]): SlotGroup[] {
  const groups: SlotGroup[] = [];
  const byCounsellor = new Map<string, Map<string, SlotGroup>>();
  for (const s of slots) {
    let byService = byCounsellor.get(s.counsellorId);
    if (!byService) byCounsellor.set(s.counsellorId, (byService = new Map()));
    let g = byService.get(s.serviceId);
    if (!g) {
      g = {
        counsellorId: s.counsellorId,
        serviceId: s.serviceId,
        durationMinutes: Math.round((s.end - s.start) / MINUTE),
        starts: [],
      };
      byService.set(s.serviceId, g);
      groups.push(g);
    }
    g.starts.push(s.start);
  }
  return groups;
}

const TZ = 'Europe/Berlin';
const iso = (ms: number) => new Date(ms).toISOString();
const window = (over: Partial<WindowRule> = {}): WindowRule => ({
  counsellorId: 'c1',
  weekday: 7,
  startMinute: 9 * 60,
  endMinute: 12 * 60,
  serviceId: 's1',
  durationMinutes: 50,
  followUpMinutes: 10,
  minimumNoticeMinutes: 0,
  horizonWeeks: 8,
  ...over,
});
/** A query for one local day, with "now" well before it. */
const day = (date: string, windows: WindowRule[], extra: Partial<Parameters<typeof generateSlots>[0]> = {}) =>
  generateSlots({
    timeZone: TZ,
    from: zonedToUtc(TZ, date, 0),
    to: zonedToUtc(TZ, date, 1440),
    now: zonedToUtc(TZ, date, 0) - 7 * 86_400_000,
    closedDates: new Set(),
    windows,
    busy: [],
    ...extra,
  });

describe('zonedToUtc', () => {
  it('uses the winter and summer offsets of Europe/Berlin', () => {
    expect(iso(zonedToUtc(TZ, '2026-01-15', 9 * 60))).toBe('2026-01-15T08:00:00.000Z');
    expect(iso(zonedToUtc(TZ, '2026-07-15', 9 * 60))).toBe('2026-07-15T07:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward and takes the earlier of a doubled time', () => {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist → 03:30 CEST.
    expect(iso(zonedToUtc(TZ, '2026-03-29', 150))).toBe('2026-03-29T01:30:00.000Z');
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 exists twice → the first (CEST).
    expect(iso(zonedToUtc(TZ, '2026-10-25', 150))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('agrees with the day-level fast path on and around switch days', () => {
    const clock = new DayClock(TZ);
    for (const date of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26']) {
      for (let m = 0; m <= 1440; m += 30) expect(clock.toUtc(date, m)).toBe(zonedToUtc(TZ, date, m));
    }
  });

  it('reports offsets, local dates and weekdays', () => {
    expect(offsetMinutes(TZ, Date.parse('2026-03-29T00:59:00Z'))).toBe(60);
    expect(offsetMinutes(TZ, Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
    expect(localDate(TZ, Date.parse('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('24:30')).toBeNull();
    expect(parseClock('9:30')).toBeNull();
  });
});

describe('generateSlots', () => {
  it('yields back-to-back slots of duration + follow-up inside the window', () => {
    const slots = day('2026-01-18', [window()]);
    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-01-18T08:00:00.000Z',
      '2026-01-18T09:00:00.000Z',
      '2026-01-18T10:00:00.000Z',
    ]);
    expect(slots[0]!.end - slots[0]!.start).toBe(50 * 60_000);
  });

  it('does not start a slot whose follow-up would leave the window', () => {
    const slots = day('2026-01-18', [window({ endMinute: 11 * 60 + 55 })]);
    expect(slots).toHaveLength(2);
  });

  it('starts at 09:00 local on the March switch day (2026-03-29, UTC+2 after 02:00)', () => {
    const slots = day('2026-03-29', [window()]);
    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-03-29T07:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-03-29T09:00:00.000Z',
    ]);
    // The day before still runs on UTC+1.
    expect(iso(day('2026-03-28', [window({ weekday: 6 })])[0]!.start)).toBe('2026-03-28T08:00:00.000Z');
  });

  it('starts at 09:00 local on the October switch day (2026-10-25, UTC+1 after 03:00)', () => {
    const slots = day('2026-10-25', [window()]);
    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-10-25T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
      '2026-10-25T10:00:00.000Z',
    ]);
    expect(iso(day('2026-10-24', [window({ weekday: 6 })])[0]!.start)).toBe('2026-10-24T07:00:00.000Z');
  });

  it('measures a window across the spring-forward switch in real time (01:00–04:00 is two hours)', () => {
    const slots = day('2026-03-29', [
      window({ startMinute: 60, endMinute: 240, durationMinutes: 60, followUpMinutes: 0 }),
    ]);
    // 01:00 CET and 03:00 CEST; the non-existent 02:00 is never offered.
    expect(slots.map((s) => iso(s.start))).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z']);
  });

  it('measures a window across the fall-back switch in real time (01:00–04:00 is four hours)', () => {
    const slots = day('2026-10-25', [
      window({ startMinute: 60, endMinute: 240, durationMinutes: 60, followUpMinutes: 0 }),
    ]);
    // 01:00 CEST, 02:00 CEST, 02:00 CET, 03:00 CET: distinct instants, none lost or doubled.
    expect(slots.map((s) => iso(s.start))).toEqual([
      '2026-10-24T23:00:00.000Z',
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
    ]);
  });

  it('removes slots overlapping busy time, including the busy row’s and the slot’s own follow-up', () => {
    const base = zonedToUtc(TZ, '2026-01-18', 9 * 60);
    // Busy 10:00–10:05 (e.g. an appointment's follow-up running into the second slot).
    const busy = [{ counsellorId: 'c1', start: base + 60 * 60_000, end: base + 65 * 60_000 }];
    expect(day('2026-01-18', [window()], { busy }).map((s) => s.start)).toEqual([base, base + 120 * 60_000]);
    // Busy 09:55–10:00 touches only the first slot's follow-up.
    const busy2 = [{ counsellorId: 'c1', start: base + 55 * 60_000, end: base + 60 * 60_000 }];
    expect(day('2026-01-18', [window()], { busy: busy2 }).map((s) => s.start)).toEqual([
      base + 60 * 60_000,
      base + 120 * 60_000,
    ]);
    // Another counsellor's busy time changes nothing.
    expect(day('2026-01-18', [window()], { busy: [{ ...busy[0]!, counsellorId: 'c2' }] })).toHaveLength(3);
  });

  it('offers parallel slots of overlapping windows and hides both once one is busy', () => {
    const windows = [window({ serviceId: 'chat' }), window({ serviceId: 'onsite' })];
    expect(day('2026-01-18', windows)).toHaveLength(6);
    const base = zonedToUtc(TZ, '2026-01-18', 9 * 60);
    const busy = [{ counsellorId: 'c1', start: base, end: base + 60 * 60_000 }];
    const left = day('2026-01-18', windows, { busy });
    expect(left).toHaveLength(4);
    expect(left.every((s) => s.start !== base)).toBe(true);
  });

  it('removes duplicate slots of overlapping windows of the same service', () => {
    expect(day('2026-01-18', [window(), window({ startMinute: 10 * 60 })])).toHaveLength(3);
  });

  it('drops closed days, slots inside the minimum notice and slots beyond the horizon', () => {
    expect(day('2026-01-18', [window()], { closedDates: new Set(['2026-01-18']) })).toEqual([]);
    const nine = zonedToUtc(TZ, '2026-01-18', 9 * 60);
    const notice = day('2026-01-18', [window({ minimumNoticeMinutes: 120 })], { now: nine - 30 * 60_000 });
    expect(notice.map((s) => s.start)).toEqual([nine + 120 * 60_000]);
    const horizon = day('2026-01-18', [window({ horizonWeeks: 1 })], { now: nine - 7 * 86_400_000 + 30 * 60_000 });
    expect(horizon.map((s) => s.start)).toEqual([nine]);
  });

  it('returns only slots starting inside [from, to)', () => {
    const nine = zonedToUtc(TZ, '2026-01-18', 9 * 60);
    const slots = day('2026-01-18', [window()], { from: nine + 1, to: nine + 120 * 60_000 + 1 });
    expect(slots.map((s) => s.start)).toEqual([nine + 60 * 60_000, nine + 120 * 60_000]);
  });

  it('computes 50 counsellors × 8 weeks × 3 windows a day, grouped as the API answers', () => {
    const windows: WindowRule[] = [];
    for (let c = 0; c < 50; c++)
      for (let wd = 1; wd <= 7; wd++)
        for (const [s, e] of [
          [8 * 60, 10 * 60],
          [11 * 60, 13 * 60],
          [14 * 60, 17 * 60],
        ] as const)
          windows.push(window({ counsellorId: `c${c}`, weekday: wd, startMinute: s, endMinute: e }));
    const from = zonedToUtc(TZ, '2026-03-02', 0);
    const q: SlotQuery = {
      timeZone: TZ,
      from,
      to: from + 56 * 86_400_000,
      now: from - 1,
      closedDates: new Set<string>(),
      windows,
      busy: [],
    };
    const slots = generateSlots(q);
    expect(slots.length).toBe(50 * 56 * 7);
    // The grouped answer (what the API sends) is the same slots, per counsellor and ascending.
    const groups = generateSlotGroups(q);
    expect(groups).toEqual(groupSlots(slots).sort((a, b) => (a.counsellorId < b.counsellorId ? -1 : 1)));
    for (const g of groups) expect(g.starts).toEqual([...g.starts].sort((a, b) => a - b));
  });
});

describe('mergeBusy / overlapsAny', () => {
  it('merges overlapping intervals and finds overlaps with half-open semantics', () => {
    const merged = mergeBusy([
      { counsellorId: 'a', start: 10, end: 20 },
      { counsellorId: 'a', start: 15, end: 30 },
      { counsellorId: 'a', start: 40, end: 50 },
    ]).get('a');
    expect(merged).toEqual({ starts: [10, 40], ends: [30, 50] });
    expect(overlapsAny(merged, 0, 10)).toBe(false);
    expect(overlapsAny(merged, 30, 40)).toBe(false);
    expect(overlapsAny(merged, 29, 31)).toBe(true);
    expect(overlapsAny(merged, 45, 46)).toBe(true);
    expect(overlapsAny(undefined, 0, 100)).toBe(false);
  });
});

describe('closedDates', () => {
  it('includes closing days and the public holidays of the region', () => {
    expect(publicHolidays('DE-BE', 2026).has('2026-03-08')).toBe(true); // Frauentag: Berlin only
    expect(publicHolidays('DE-BY', 2026).has('2026-03-08')).toBe(false);
    expect(publicHolidays('XX', 2026).size).toBe(0);
    const closed = closedDates('DE-BE', [{ date: '2026-12-24' }, { date: '2027-06-01' }], '2026-12-20', '2027-01-02');
    expect([...closed].sort()).toEqual(['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01']);
  });
});
