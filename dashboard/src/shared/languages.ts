/**
 * Names of content languages (the organisation's languages for clients' texts, any BCP 47 code) in the
 * dashboard's language: "en" → "Englisch". The browser knows them all, so a new language needs no code.
 */
import { intlLocale, type Locale } from '../../../widgets/src/shared/i18n.js';

const names = new Map<Locale, Intl.DisplayNames>();

export function languageName(locale: Locale, code: string): string {
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames(intlLocale(locale), { type: 'language' });
    names.set(locale, display);
  }
  try {
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The texts of a `[LocalizedText]` list by language. */
export const textsByLanguage = (list: readonly { lang: string; text: string }[] | null | undefined) =>
  new Map((list ?? []).map((t) => [t.lang, t.text]));
