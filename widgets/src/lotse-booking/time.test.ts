import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateKey,
  groupByDay,
  isoWeekday,
  isTimeZone,
  mondayOf,
  shiftWeek,
  startOfLocalDay,
  weekContaining,
  zonedParts,
} from './time.js';
import { replaceRange, startsOf } from './slots.js';
import { countdown, pickText } from './format.js';

const iso = (t: number) => new Date(t).toISOString();
const at = (s: string) => Date.parse(s);

describe('startOfLocalDay', () => {
  it('is local midnight, also on the days Berlin switches to and from summer time', () => {
    expect(iso(startOfLocalDay({ year: 2026, month: 3, day: 29 }, 'Europe/Berlin'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(startOfLocalDay({ year: 2026, month: 3, day: 30 }, 'Europe/Berlin'))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(startOfLocalDay({ year: 2026, month: 10, day: 25 }, 'Europe/Berlin'))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(startOfLocalDay({ year: 2026, month: 10, day: 26 }, 'Europe/Berlin'))).toBe('2026-10-25T23:00:00.000Z');
    expect(iso(startOfLocalDay({ year: 2026, month: 7, day: 1 }, 'America/New_York'))).toBe('2026-07-01T04:00:00.000Z');
    expect(iso(startOfLocalDay({ year: 2026, month: 7, day: 1 }, 'Asia/Kolkata'))).toBe('2026-06-30T18:30:00.000Z');
  });

  it('is the first instant of the day where midnight does not exist', () => {
    // Santiago de Chile moved its clocks from 00:00 to 01:00 on 7 September 2025.
    const t = startOfLocalDay({ year: 2025, month: 9, day: 7 }, 'America/Santiago');
    expect(zonedParts(t, 'America/Santiago')).toMatchObject({ year: 2025, month: 9, day: 7, hour: 1, minute: 0 });
    expect(zonedParts(t - 1, 'America/Santiago')).toMatchObject({ day: 6 });
  });
});

describe('weeks', () => {
  it('start on Monday 00:00 local time and end at the next Monday, whatever the daylight-saving switches', () => {
    const march = weekContaining(at('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    expect(dateKey(march.monday)).toBe('2026-03-23');
    expect(iso(march.start)).toBe('2026-03-22T23:00:00.000Z');
    expect(iso(march.end)).toBe('2026-03-29T22:00:00.000Z');
    expect((march.end - march.start) / 3_600_000).toBe(167);
    const october = shiftWeek(march, 30, 'Europe/Berlin');
    expect(dateKey(october.monday)).toBe('2026-10-19');
    expect((october.end - october.start) / 3_600_000).toBe(169);
    expect(october.days.map(dateKey)).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
  });

  it('follow the visitor’s zone: a Monday 05:00 in Berlin is still Sunday in New York', () => {
    const t = at('2026-12-07T04:00:00Z');
    expect(dateKey(mondayOf(t, 'Europe/Berlin'))).toBe('2026-12-07');
    expect(dateKey(mondayOf(t, 'America/New_York'))).toBe('2026-11-30');
    expect(isoWeekday({ year: 2026, month: 12, day: 6 })).toBe(7);
    expect(dateKey(addDays({ year: 2026, month: 12, day: 31 }, 1))).toBe('2027-01-01');
  });

  it('groups instants by the local day they fall on', () => {
    const starts = ['2026-12-07T22:30:00Z', '2026-12-07T23:30:00Z', '2026-12-08T08:00:00Z'].map(at);
    expect([...groupByDay(starts, 'Europe/Berlin').keys()]).toEqual(['2026-12-07', '2026-12-08']);
    expect(groupByDay(starts, 'Europe/Berlin').get('2026-12-08')).toEqual([starts[1], starts[2]]);
    expect([...groupByDay(starts, 'UTC').keys()]).toEqual(['2026-12-07', '2026-12-08']);
    expect(groupByDay(starts, 'UTC').get('2026-12-07')).toEqual([starts[0], starts[1]]);
  });

  it('knows which zones exist', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('slots', () => {
  it('takes the starts of one counsellor and service, sorted and without duplicates', () => {
    const result = [
      { counsellorId: 'a', serviceId: 's', starts: ['2026-12-07T10:00:00Z', '2026-12-07T09:00:00Z'] },
      { counsellorId: 'b', serviceId: 's', starts: ['2026-12-07T08:00:00Z'] },
      { counsellorId: 'a', serviceId: 's', starts: ['2026-12-07T09:00:00.000Z'] },
    ];
    expect(startsOf(result, 's', 'a').map(iso)).toEqual(['2026-12-07T09:00:00.000Z', '2026-12-07T10:00:00.000Z']);
  });

  it('replaces exactly the refetched range', () => {
    expect(replaceRange([1, 5, 6, 9], 5, 9, [7, 8, 12])).toEqual([1, 7, 8, 9]);
  });
});

describe('format helpers', () => {
  it('counts down minutes and seconds, never below zero', () => {
    expect(countdown(600_000)).toBe('10:00');
    expect(countdown(61_500)).toBe('1:02');
    expect(countdown(-5)).toBe('0:00');
  });

  it('picks the text in the widget’s language, else German, else the first', () => {
    const texts = [
      { lang: 'tr', text: 'Merhaba' },
      { lang: 'de', text: 'Hallo' },
      { lang: 'en-GB', text: 'Hello' },
    ];
    expect(pickText(texts, 'en')?.text).toBe('Hello');
    expect(pickText(texts.slice(0, 2), 'en')?.text).toBe('Hallo');
    expect(pickText(texts.slice(0, 1), 'de')?.text).toBe('Merhaba');
    expect(pickText([], 'de')).toBeUndefined();
  });
});
