/**
 * The dashboard's language: the staff member's choice (kept in this browser), else the browser's
 * preferred language, else German. It is written to `<html lang>`, so screen readers and the shared
 * widget code (which reads the page's language) follow it.
 */
import { matchLocale, DEFAULT_LOCALE, type Locale } from '../../../widgets/src/shared/i18n.js';

const KEY = 'lotse:dashboard:lang';

class LocaleStore extends EventTarget {
  get current(): Locale {
    return matchLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
  }

  /** Applies the stored or the browser's language; called once at start. */
  init(): void {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(KEY);
    } catch {
      // Storage blocked: the browser's language decides.
    }
    const browser = [...(navigator.languages ?? []), navigator.language].map(matchLocale).find(Boolean);
    document.documentElement.lang = matchLocale(stored) ?? browser ?? DEFAULT_LOCALE;
  }

  set(locale: Locale): void {
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // Not remembered, but applied.
    }
    document.documentElement.lang = locale;
    this.dispatchEvent(new Event('change'));
  }
}

export const locale = new LocaleStore();
