/**
 * Days without slots: the organisation's closing days and the public holidays of its region
 * (date-holidays; region as "country[-state]", e.g. "DE-BE"). Holiday lists are cached per region
 * and year for the life of the process (they never change).
 */
import Holidays from 'date-holidays';

const byRegionYear = new Map<string, ReadonlySet<string>>();
const calendars = new Map<string, Holidays | null>();

function calendar(region: string): Holidays | null {
  let cal = calendars.get(region);
  if (cal === undefined) {
    const [country, state] = region.split('-');
    try {
      cal = country ? new Holidays(country, state ?? '', { types: ['public'] }) : null;
      // An unknown country leaves the instance without a country.
      if (cal && !cal.getCountries()[country!.toUpperCase()]) cal = null;
    } catch {
      cal = null;
    }
    calendars.set(region, cal);
  }
  return cal;
}

/** Public holidays (local dates YYYY-MM-DD) of a region in a year; empty for an unknown region. */
export function publicHolidays(region: string, year: number): ReadonlySet<string> {
  const key = `${region}|${year}`;
  let set = byRegionYear.get(key);
  if (!set) {
    const cal = calendar(region);
    set = new Set((cal?.getHolidays(year) ?? []).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    byRegionYear.set(key, set);
  }
  return set;
}

/** Closed local dates between two dates (inclusive): closing days plus public holidays. */
export function closedDates(
  region: string,
  closingDays: readonly { date: string }[],
  firstDate: string,
  lastDate: string,
): Set<string> {
  const closed = new Set<string>();
  for (const c of closingDays) if (c.date >= firstDate && c.date <= lastDate) closed.add(c.date);
  const firstYear = Number(firstDate.slice(0, 4));
  const lastYear = Number(lastDate.slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) {
    for (const d of publicHolidays(region, y)) if (d >= firstDate && d <= lastDate) closed.add(d);
  }
  return closed;
}
