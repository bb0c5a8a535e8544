/**
 * Content languages: the texts clients read (service names and descriptions, topics, master-data field
 * labels and options, group appointment titles) are stored per language as `LocalizedText` lists, like a
 * counsellor's `descriptions`. The scalar column beside each list (`publicName`, `name`, `label`,
 * `title`) keeps the organisation's default-language text, so every reader that knows nothing of
 * languages (staff lists, mails, exports) goes on working.
 *
 * Which languages an organisation writes in is data (`Organisation.contentLanguages`, the default
 * `locale` first): a third language needs no code, only an entry there and the translated texts.
 * Public queries take the visitor's language and answer with one resolved text per field.
 */
import { z } from 'zod';
import { badInput } from '../../shared/errors.js';
import { rules } from '../../shared/validate.js';
import type { LocalizedText } from '../staff/counsellor.entity.js';

/** A list of texts in one language, e.g. a SELECT field's options (parallel to `options`). */
export interface LocalizedTextList {
  lang: string;
  texts: string[];
}

/** At most this many content languages per organisation (and so entries per text list). */
export const MAX_CONTENT_LANGUAGES = 20;

/** Reports entries whose language was already seen, at `i.lang`. */
function oncePerLanguage(list: { lang: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.lang))
      ctx.addIssue({ code: 'custom', path: [i, 'lang'], message: 'Only one text per language' });
    seen.add(entry.lang);
  });
}

/**
 * A `[LocalizedTextInput!]` of texts up to `max` characters each. An emptied text is no text: such
 * entries are dropped (the widget then falls back to the default language). Null or left out: unchanged.
 */
export const localizedTexts = (max: number) =>
  z
    .array(z.object({ lang: rules.lang, text: z.string().trim().max(max, `At most ${max} characters`) }))
    .max(MAX_CONTENT_LANGUAGES, `At most ${MAX_CONTENT_LANGUAGES} languages`)
    .superRefine(oncePerLanguage)
    .transform((list) => list.filter((t) => t.text !== ''))
    .nullish()
    .transform((v) => v ?? undefined);

/** A `[LocalizedTextListInput!]`; every list must have as many texts as `options` (checked by the caller). */
export const localizedTextLists = (max: number, maxTexts: number) =>
  z
    .array(
      z.object({
        lang: rules.lang,
        texts: z.array(z.string().trim().max(max, `At most ${max} characters`)).max(maxTexts, `At most ${maxTexts}`),
      }),
    )
    .max(MAX_CONTENT_LANGUAGES, `At most ${MAX_CONTENT_LANGUAGES} languages`)
    .superRefine(oncePerLanguage)
    .transform((list) => list.filter((t) => t.texts.some((x) => x !== '')))
    .nullish()
    .transform((v) => v ?? []);

/** The organisation's content languages as given by an admin: language codes, each once. */
export const ContentLanguagesSchema = z
  .array(rules.lang)
  .min(1, 'At least one language')
  .max(MAX_CONTENT_LANGUAGES, `At most ${MAX_CONTENT_LANGUAGES} languages`)
  .superRefine((list, ctx) =>
    oncePerLanguage(
      list.map((lang) => ({ lang })),
      ctx,
    ),
  );

/**
 * The visitor's language as a widget sends it (`de`, `en-GB`, `pt_BR`; any case). Longer or odd
 * values are refused (BAD_USER_INPUT) rather than guessed at; a well-formed language nobody wrote
 * texts in simply falls back to the default.
 */
export const VisitorLangSchema = z
  .string()
  .trim()
  .max(35, 'At most 35 characters')
  .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, 'Must be a language code such as "de" or "en-GB"')
  .nullish()
  .transform((v) => v ?? null);

/** The default language first, then the others in the admin's order, each once. */
export function normaliseContentLanguages(defaultLang: string, list: readonly string[]): string[] {
  return [...new Set([defaultLang, ...list])];
}

/** What a public answer is resolved for: the visitor's language within the organisation's languages. */
export interface ContentLanguage {
  /** Candidates in order: the exact tag (`en-GB`), then its primary subtag (`en`); only content languages. */
  readonly candidates: readonly string[];
}

/** The organisation's side of the resolution (any row with these two fields). */
export interface LanguageSettings {
  locale: string;
  contentLanguages?: string[] | null;
}

export function contentLanguage(org: LanguageSettings, requested: string | null | undefined): ContentLanguage {
  if (!requested) return { candidates: [] };
  const exact = requested.replace('_', '-');
  const [primary, region] = exact.split('-');
  const tags = [region ? `${primary!.toLowerCase()}-${region.toUpperCase()}` : '', primary!.toLowerCase()];
  const languages = new Set(org.contentLanguages?.length ? org.contentLanguages : [org.locale]);
  return { candidates: tags.filter((t) => t && languages.has(t)) };
}

/**
 * The content language to remember for a visitor (e.g. with a booking, for its mails): the first of
 * the organisation's languages the request matches (`en-GB` → `en`), else null (the default language).
 */
export function storedLanguage(org: LanguageSettings, requested: string | null | undefined): string | null {
  return contentLanguage(org, requested).candidates[0] ?? null;
}

/** The text in the visitor's language, else `fallback` (the default-language text in the scalar column). */
export function localize(
  list: readonly LocalizedText[] | null | undefined,
  language: ContentLanguage,
  fallback: string,
): string {
  for (const lang of language.candidates) {
    const text = list?.find((t) => t.lang === lang)?.text;
    if (text) return text;
  }
  return fallback;
}

/** `options` in the visitor's language: a complete translated list, else the options themselves. */
export function localizeList(
  lists: readonly LocalizedTextList[] | null | undefined,
  language: ContentLanguage,
  options: readonly string[],
): string[] {
  for (const lang of language.candidates) {
    const texts = lists?.find((t) => t.lang === lang)?.texts;
    if (texts?.length === options.length) return options.map((o, i) => texts[i] || o);
  }
  return [...options];
}

/**
 * Refuses languages the organisation does not write in (BAD_USER_INPUT at `path.i.lang`), so a typo
 * ("eng") cannot store texts nobody will ever see. Call before changing anything.
 */
export function checkLanguages(
  org: LanguageSettings,
  lists: Record<string, readonly { lang: string }[] | null | undefined>,
): void {
  const allowed = new Set(org.contentLanguages?.length ? org.contentLanguages : [org.locale]);
  const problems = Object.entries(lists).flatMap(([path, list]) =>
    (list ?? []).flatMap((t, i) =>
      allowed.has(t.lang)
        ? []
        : [
            {
              path: `${path}.${i}.lang`,
              message: `Not one of the organisation's languages (${[...allowed].join(', ')})`,
            },
          ],
    ),
  );
  if (problems.length) {
    throw badInput(`Invalid input: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems);
  }
}

/**
 * The stored list after a change, and the default-language text for the scalar column.
 *
 * - `list` (when given) replaces the texts of every language;
 * - `defaultText` (when given) sets the default language's text and wins over the list's entry for it;
 *   null clears it (optional texts only: names are required by their schemas);
 * - otherwise the default text is the list's entry for the default language, else the current one.
 */
export function applyTexts(
  current: { texts: readonly LocalizedText[] | null | undefined; defaultText: string | null | undefined },
  defaultLang: string,
  change: { list?: readonly LocalizedText[]; defaultText?: string | null },
): { texts: LocalizedText[]; defaultText: string | null } {
  const base = change.list ?? current.texts ?? [];
  const fromList = change.list?.find((t) => t.lang === defaultLang)?.text;
  const defaultText = change.defaultText !== undefined ? change.defaultText : (fromList ?? current.defaultText ?? null);
  const others = base.filter((t) => t.lang !== defaultLang).map((t) => ({ lang: t.lang, text: t.text }));
  return { texts: defaultText ? [{ lang: defaultLang, text: defaultText }, ...others] : others, defaultText };
}

/** Description of the `lang` argument of public queries. */
export const LANG_ARG_DOC =
  'The visitor’s language (e.g. "en" or "en-GB"): texts the organisation entered in it are answered in it, the others in its default language.';
