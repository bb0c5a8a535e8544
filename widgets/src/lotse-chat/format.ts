/** Formatting for `<lotse-chat>`: message times and file sizes in the visitor's locale and zone. */
import { intlLocale, type Locale } from '../shared/i18n.js';

/** Formatters of one locale (Intl formatters are costly to create: make them once per render). */
export class ChatFormats {
  private readonly time: Intl.DateTimeFormat;
  private readonly dateTime: Intl.DateTimeFormat;
  private readonly day: Intl.DateTimeFormat;
  private readonly number: Intl.NumberFormat;

  constructor(readonly locale: Locale) {
    const tag = intlLocale(locale);
    this.time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
    this.dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' });
    this.day = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' });
    this.number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  }

  /** `14:05` today, else with the date: `03.05.26, 14:05`. */
  when(iso: string, now: Date = new Date()): string {
    const at = new Date(iso);
    return this.day.format(at) === this.day.format(now) ? this.time.format(at) : this.dateTime.format(at);
  }

  /** `512 B`, `12,5 KB`, `3 MB` (1 KB = 1024 B). */
  size(bytes: number): string {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${this.number.format(bytes / 1024)} KB`;
    return `${this.number.format(bytes / 1024 / 1024)} MB`;
  }
}

/** A short, readable name for a content type: `PDF`, `PNG`, `DOCX` … */
export function typeLabel(contentType: string, filename: string): string {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1];
  if (ext) return ext.toUpperCase();
  const sub = contentType.split('/')[1] ?? contentType;
  return sub.split(/[.+-]/).at(-1)!.toUpperCase();
}
