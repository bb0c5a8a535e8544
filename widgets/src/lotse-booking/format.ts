/** Formatting for `<lotse-booking>`: dates and times in the visitor's zone, channels, languages. */
import { intlLocale, matchLocale, type Locale } from '../shared/i18n.js';
import type { AppointmentChannel } from '../gql/graphql.js';
import type { BookingMessages } from './lotse-booking.messages.js';
import { addDays, utcDate, zonedParts, type LocalDate, type Week } from './time.js';

/** Formatters for one locale and zone (Intl formatters are costly to create: make them once per render). */
export class Formats {
  private readonly tag: string;
  readonly time: Intl.DateTimeFormat;
  private readonly dayShort: Intl.DateTimeFormat;
  private readonly dayLong: Intl.DateTimeFormat;
  private readonly range: Intl.DateTimeFormat;
  private readonly zoneName: Intl.DateTimeFormat;

  constructor(
    readonly locale: Locale,
    readonly timeZone: string,
  ) {
    this.tag = intlLocale(locale);
    this.time = new Intl.DateTimeFormat(this.tag, { hour: '2-digit', minute: '2-digit', timeZone });
    // Local dates are formatted as UTC midnights (see time.ts `utcDate`).
    this.dayShort = new Intl.DateTimeFormat(this.tag, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    this.dayLong = new Intl.DateTimeFormat(this.tag, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    this.range = new Intl.DateTimeFormat(this.tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    this.zoneName = new Intl.DateTimeFormat(this.tag, { timeZone, timeZoneName: 'long' });
  }

  /** `09:00` */
  clock(instant: number): string {
    return this.time.format(instant);
  }

  /** `Mo., 7. Dez.` */
  day(date: LocalDate): string {
    return this.dayShort.format(utcDate(date));
  }

  /** `Montag, 7. Dezember 2026` */
  longDay(date: LocalDate): string {
    return this.dayLong.format(utcDate(date));
  }

  /** The local date of an instant in this zone. */
  dateOf(instant: number): LocalDate {
    const { year, month, day } = zonedParts(instant, this.timeZone);
    return { year, month, day };
  }

  /** `Montag, 7. Dezember 2026, 09:00–09:50` */
  span(start: number, end: number): string {
    return `${this.longDay(this.dateOf(start))}, ${this.clock(start)}–${this.clock(end)}`;
  }

  /** `7.–13. Dezember 2026` */
  week(week: Week): string {
    return this.range.formatRange(utcDate(week.monday), utcDate(addDays(week.monday, 6)));
  }

  /** `Europe/Berlin (Mitteleuropäische Normalzeit)` at an instant. */
  zone(instant: number): string {
    const name = this.zoneName.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
    return name && name !== this.timeZone ? `${this.timeZone} (${name})` : this.timeZone;
  }

  /** A language code in words, in this locale (`tr` → `Türkisch`). */
  language(code: string): string {
    try {
      return new Intl.DisplayNames([this.tag], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }
}

export function channelName(t: BookingMessages, channel: AppointmentChannel | null | undefined): string {
  switch (channel) {
    case 'VIDEO':
      return t.channelVIDEO;
    case 'PHONE':
      return t.channelPHONE;
    case 'CHAT':
      return t.channelCHAT;
    case 'ON_SITE':
      return t.channelON_SITE;
    default:
      return '';
  }
}

/** The description in the widget's language, else German, else the first; with its language tag. */
export function pickText(
  texts: readonly { lang: string; text: string }[],
  locale: Locale,
): { lang: string; text: string } | undefined {
  return (
    texts.find((d) => matchLocale(d.lang) === locale) ?? texts.find((d) => matchLocale(d.lang) === 'de') ?? texts[0]
  );
}

/** `9:05` for a remaining duration in ms (never negative). */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
