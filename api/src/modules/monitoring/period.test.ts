import { describe, expect, it } from 'vitest';
import { defaultPeriod, lastDayOfMonth, localDate, monthsOf } from './period.js';

const BERLIN = 'Europe/Berlin';

describe('defaultPeriod', () => {
  it('is 1 January to the end of the current month in the organisation’s time zone', () => {
    expect(defaultPeriod(new Date('2026-06-15T10:00:00Z'), BERLIN)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(defaultPeriod(new Date('2028-02-10T10:00:00Z'), BERLIN)).toEqual({ from: '2028-01-01', to: '2028-02-29' });
  });

  it('turns the year by the organisation’s clock, not by UTC', () => {
    // 31 December 23:30 UTC is already 1 January 00:30 in Berlin…
    expect(defaultPeriod(new Date('2026-12-31T23:30:00Z'), BERLIN)).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    // …and a second before midnight in Berlin is still the old year.
    expect(defaultPeriod(new Date('2026-12-31T22:59:59Z'), BERLIN)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    // West of UTC the other way round: 1 January 07:00 UTC is still 31 December in Los Angeles.
    expect(defaultPeriod(new Date('2027-01-01T07:00:00Z'), 'America/Los_Angeles')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('turns the month at local midnight on both sides of a DST change', () => {
    // Summer time (UTC+2): 31 March 22:30 UTC is 1 April 00:30; at UTC+1 it would still be March.
    expect(defaultPeriod(new Date('2026-03-31T22:30:00Z'), BERLIN).to).toBe('2026-04-30');
    expect(defaultPeriod(new Date('2026-03-31T21:59:59Z'), BERLIN).to).toBe('2026-03-31');
    // Winter time again (UTC+1) since 25 October: 31 October 23:30 UTC is 1 November 00:30.
    expect(defaultPeriod(new Date('2026-10-31T23:30:00Z'), BERLIN).to).toBe('2026-11-30');
    expect(defaultPeriod(new Date('2026-10-31T22:30:00Z'), BERLIN).to).toBe('2026-10-31');
    // The night of the change itself: 29 March 01:30 UTC is 03:30 summer time.
    expect(localDate(new Date('2026-03-29T01:30:00Z'), BERLIN)).toBe('2026-03-29');
  });
});

describe('monthsOf and lastDayOfMonth', () => {
  it('lists every month of a period across a year boundary', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2026-03-01', to: '2026-03-31' })).toEqual(['2026-03']);
    expect(['2026-02', '2024-02', '2026-12'].map(lastDayOfMonth)).toEqual(['2026-02-28', '2024-02-29', '2026-12-31']);
  });
});
