/**
 * Validation rules for organisation settings: pure functions and zod schemas, no database.
 * The service adds what needs the database (the fallback counsellor).
 */
import Holidays from 'date-holidays';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import { ContentLanguagesSchema, localizedTextLists, localizedTexts } from './content-languages.js';
import { MasterDataFieldType, OpennessLevel, VideoProvider } from './organisation.entity.js';

export const LIMITS = {
  masterDataFields: 30,
  masterDataOptions: 50,
  closingDays: 366,
  allowedOrigins: 50,
  topics: 200,
  mailOverdueHours: { min: 1, max: 720 },
  retentionDays: { min: 1, max: 3650 },
  /** The access audit log: at least half a year, at most ten years (migration 1005 checks the same). */
  accessLogRetentionDays: { min: 180, max: 3650 },
};

export const LOCALES = ['de', 'en'] as const;

/**
 * Normalises a website origin for the CORS allow-list: `scheme://host[:port]`, http(s) only, no
 * credentials, path, query or fragment. Returns the origin as browsers send it in the `Origin`
 * header (lower-case, default port dropped, IDN hosts in punycode), or null when it is not one.
 * A single trailing slash is tolerated because people paste `https://example.org/`.
 */
export function normaliseOrigin(value: string): string | null {
  const raw = value.trim();
  if (!/^https?:\/\/[^/?#\s]+\/?$/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
  // The WHATWG parser lets "*" and other odd characters through in host names; origins have none.
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)$/.test(url.hostname)) return null;
  return url.origin.toLowerCase();
}

/**
 * The IANA timezone as given, with its case corrected ("europe/berlin" → "Europe/Berlin"), or null
 * when unknown. ICU's own canonical name is not used: it maps current names to legacy ones
 * (Asia/Kolkata → Asia/Calcutta).
 */
export function canonicalTimezone(value: string): string | null {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(value)) return null;
  try {
    const resolved = new Intl.DateTimeFormat(undefined, { timeZone: value }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
  } catch {
    return null;
  }
}

let holidays: Holidays | undefined;

/**
 * Normalises a public-holiday region `COUNTRY[-STATE]` (e.g. "de-be" → "DE-BE") and checks that
 * date-holidays knows the country and, when given, the state. Null when either is unknown.
 */
export function normaliseHolidayRegion(value: string): string | null {
  const match = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,10}))?$/.exec(value.trim());
  if (!match) return null;
  const country = match[1]!.toUpperCase();
  const state = match[2]?.toUpperCase();
  holidays ??= new Holidays();
  if (!holidays.getCountries()[country]) return null;
  if (state && !holidays.getStates(country)?.[state]) return null;
  return state ? `${country}-${state}` : country;
}

/** Whether `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An absolute http(s) URL without spaces, quotes or angle brackets (it ends up in links on websites). */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/[^\s"'<>`]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

const optionalText = rules.optionalText;

const AddressSchema = z.object({
  name: optionalText(200),
  street: optionalText(200),
  postcode: optionalText(16),
  city: optionalText(100),
  country: optionalText(100),
});

const websiteUrl = z
  .string()
  .trim()
  .max(300, 'At most 300 characters')
  .transform((v) => (v === '' ? null : v))
  .refine((v) => v === null || isWebAddress(v), 'Must be an http(s) address such as https://www.example.org')
  .nullish();

const ContactSchema = z.object({
  contactPerson: optionalText(200),
  email: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(rules.email.nullable())
    .nullish(),
  phone: rules.phone.transform((v) => (v === '' ? null : v)).nullish(),
  website: websiteUrl,
  address: AddressSchema.nullish(),
});

const MasterDataFieldSchema = z
  .object({
    key: z
      .string()
      .regex(
        /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/,
        'Must start with a letter and contain only letters, digits and underscore (at most 40)',
      ),
    label: rules.name(100),
    type: z.enum(MasterDataFieldType),
    options: z
      .array(rules.name(100))
      .max(LIMITS.masterDataOptions, `At most ${LIMITS.masterDataOptions} options`)
      .nullish()
      .transform((v) => v ?? []),
    askInMailForm: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    labels: localizedTexts(100),
    optionLabels: localizedTextLists(100, LIMITS.masterDataOptions),
  })
  .superRefine((field, ctx) => {
    field.optionLabels.forEach((list, i) => {
      if (list.texts.length !== field.options.length)
        ctx.addIssue({ code: 'custom', path: ['optionLabels', i, 'texts'], message: 'One text per option' });
    });
    if (field.type === MasterDataFieldType.SELECT && field.options.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'A SELECT field needs at least one option' });
    }
    if (field.type !== MasterDataFieldType.SELECT && field.options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only SELECT fields have options' });
    }
    const seen = new Set<string>();
    field.options.forEach((option, i) => {
      if (seen.has(option)) ctx.addIssue({ code: 'custom', path: ['options', i], message: 'Duplicate option' });
      seen.add(option);
    });
  });

const ClosingDaySchema = z.object({
  date: z.string().refine(isIsoDate, 'Must be a date as YYYY-MM-DD'),
  note: optionalText(200),
});

/** Reports list entries whose key was already seen, at `path.i.field`. */
function uniqueBy<T>(list: T[], key: (item: T) => string, field: string, message: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, field], message });
    seen.add(k);
  });
}

/** Every setting is optional: what is left out stays as it is. Lists and nested objects replace. */
export const UpdateOrganisationSchema = z.object({
  name: rules.name(200).optional(),
  contact: ContactSchema.optional(),
  billingAddress: AddressSchema.optional(),
  timezone: z
    .string()
    .max(64, 'At most 64 characters')
    .transform((v, ctx) => {
      const tz = canonicalTimezone(v);
      if (!tz) ctx.addIssue({ code: 'custom', message: 'Must be an IANA timezone such as Europe/Berlin' });
      return tz ?? v;
    })
    .optional(),
  locale: z.enum(LOCALES, { message: 'Must be "de" or "en"' }).optional(),
  contentLanguages: ContentLanguagesSchema.optional(),
  masterDataFields: z
    .array(MasterDataFieldSchema)
    .max(LIMITS.masterDataFields, `At most ${LIMITS.masterDataFields} fields`)
    .superRefine((fields, ctx) => uniqueBy(fields, (f) => f.key, 'key', 'Duplicate key', ctx))
    .optional(),
  autoPrimaryCounsellor: z.boolean().optional(),
  /** Null clears the fallback counsellor. */
  fallbackCounsellorId: rules.id.nullish(),
  mailOverdueHours: z
    .number()
    .int('Must be a whole number')
    .min(LIMITS.mailOverdueHours.min, `At least ${LIMITS.mailOverdueHours.min}`)
    .max(LIMITS.mailOverdueHours.max, `At most ${LIMITS.mailOverdueHours.max}`)
    .optional(),
  opennessLevel: z.enum(OpennessLevel).optional(),
  requireTwoFactor: z.boolean().optional(),
  retentionDays: z
    .number()
    .int('Must be a whole number')
    .min(LIMITS.retentionDays.min, `At least ${LIMITS.retentionDays.min}`)
    .max(LIMITS.retentionDays.max, `At most ${LIMITS.retentionDays.max}`)
    .optional(),
  accessLogRetentionDays: z
    .number()
    .int('Must be a whole number')
    .min(LIMITS.accessLogRetentionDays.min, `At least ${LIMITS.accessLogRetentionDays.min}`)
    .max(LIMITS.accessLogRetentionDays.max, `At most ${LIMITS.accessLogRetentionDays.max}`)
    .optional(),
  holidayRegion: z
    .string()
    .max(16, 'At most 16 characters')
    .transform((v, ctx) => {
      const region = normaliseHolidayRegion(v);
      if (!region)
        ctx.addIssue({ code: 'custom', message: 'Unknown holiday region; use COUNTRY or COUNTRY-STATE, e.g. DE-BE' });
      return region ?? v;
    })
    .optional(),
  closingDays: z
    .array(ClosingDaySchema)
    .max(LIMITS.closingDays, `At most ${LIMITS.closingDays} closing days`)
    .superRefine((days, ctx) => uniqueBy(days, (d) => d.date, 'date', 'Duplicate date', ctx))
    .transform((days) => [...days].sort((a, b) => a.date.localeCompare(b.date)))
    .optional(),
  video: z.object({ provider: z.enum(VideoProvider), allowVideoInChat: z.boolean() }).optional(),
  quickExit: z
    .object({ enabled: z.boolean(), url: websiteUrl.transform((v) => v ?? null) })
    .superRefine((q, ctx) => {
      if (q.enabled && !q.url) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: 'Enter the neutral page the quick exit goes to' });
      }
    })
    .optional(),
  allowedOrigins: z
    .array(
      z
        .string()
        .max(300, 'At most 300 characters')
        .transform((v, ctx) => {
          const origin = normaliseOrigin(v);
          if (!origin)
            ctx.addIssue({
              code: 'custom',
              message: 'Must be an origin like https://www.example.org (http or https, no path or query)',
            });
          return origin ?? v;
        }),
    )
    .max(LIMITS.allowedOrigins, `At most ${LIMITS.allowedOrigins} origins`)
    .transform((origins) => [...new Set(origins)])
    .optional(),
});

export type UpdateOrganisationData = z.output<typeof UpdateOrganisationSchema>;

export const TopicNameSchema = rules.name(100);
export const TopicCategorySchema = optionalText(50);

const TopicNamesSchema = localizedTexts(100);

export const CreateTopicSchema = z.object({
  name: TopicNameSchema,
  names: TopicNamesSchema,
  category: TopicCategorySchema,
});
export const UpdateTopicSchema = z.object({
  id: rules.id,
  name: TopicNameSchema.optional(),
  names: TopicNamesSchema,
  category: TopicCategorySchema,
});
export const DeleteTopicSchema = z.object({ id: rules.id });
