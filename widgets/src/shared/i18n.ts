/**
 * A tiny typed message catalogue: German first (it defines the keys and message signatures), English
 * second (the compiler insists it has the same keys and signatures).
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   de: { title: 'Termin buchen', slots: (n: number) => `${n} freie Termine` },
 *   en: { title: 'Book an appointment', slots: (n: number) => `${n} free slots` },
 * });
 * const t = messages.for(this.locale);
 * html`<h2>${t.title}</h2><p>${t.slots(3)}</p>`;
 * ```
 */

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** The language of the platform's users; used when nothing else decides. */
export const DEFAULT_LOCALE: Locale = 'de';

/** The supported locale for a BCP 47 tag (`de-AT` → `de`, `en-GB` → `en`), or null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : null;
}

/**
 * The locale for a widget: its own `lang` attribute, else the page's `<html lang>`, else the browser's
 * preferred languages, else German. An unsupported value falls through to the next source.
 */
export function resolveLocale(
  element?: Element | null,
  env: { document?: Document; navigator?: Pick<Navigator, 'language' | 'languages'> } = globalThis,
): Locale {
  const browser = env.navigator ? [...(env.navigator.languages ?? []), env.navigator.language] : [];
  // The `lang` property first: a Lit element reflects it to the attribute only after rendering.
  const own = (element as { lang?: string } | null | undefined)?.lang || element?.getAttribute('lang');
  for (const tag of [own, env.document?.documentElement.lang, ...browser]) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

export type Message = string | ((...args: never) => string);

/** Literal string types widened to `string`, so the English text need not equal the German one. */
export type Widen<M> = { [K in keyof M]: M[K] extends string ? string : M[K] };

export interface Messages<M extends Record<string, Message>> {
  /** The catalogue for a locale. */
  for(locale: Locale): Widen<M>;
  readonly de: Widen<M>;
  readonly en: Widen<M>;
}

export function defineMessages<M extends Record<string, Message>>(catalogue: {
  de: M;
  en: NoInfer<Widen<M>>;
}): Messages<M> {
  // German literals are strings too: widening changes types only.
  const de = catalogue.de as Widen<M>;
  return { de, en: catalogue.en, for: (locale) => (locale === 'en' ? catalogue.en : de) };
}

/** The tag Intl formatters use for a locale (German and British English date conventions). */
export const intlLocale = (locale: Locale): string => (locale === 'en' ? 'en-GB' : 'de-DE');

/** Picks the plural form, e.g. `plural('de', n, { one: 'Termin', other: 'Termine' })`. */
export function plural(locale: Locale, count: number, forms: { one: string; other: string; zero?: string }): string {
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  return new Intl.PluralRules(intlLocale(locale)).select(count) === 'one' ? forms.one : forms.other;
}

/** Formats a date/time in the locale, by default in the visitor's own time zone. */
export function formatDateTime(
  locale: Locale,
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(new Date(value));
}
