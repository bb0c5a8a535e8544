import { z } from 'zod';
import { badInput, type FieldProblem } from './errors.js';

/**
 * Validates a mutation input with a zod schema and returns the parsed value.
 * Fails with BAD_USER_INPUT listing every field problem, before anything is changed.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldProblem[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const summary = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  throw badInput(`Invalid input: ${summary}`, fields);
}

/** A UUID in its text form: ids from outside (paths, cursors) are checked before they reach SQL. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How far back a `since` (what happened since then) may reach, so such a list stays small. */
export const MAX_SINCE_DAYS = 31;

/** Common field rules, so every mutation says the same thing about the same kind of value. */
export const rules = {
  /** An instant at most {@link MAX_SINCE_DAYS} ago (or later). */
  recentInstant: z
    .date({ message: 'Must be a date-time' })
    .refine((d) => d.getTime() >= Date.now() - MAX_SINCE_DAYS * 86_400_000, 'At most 31 days ago'),
  id: z.string().uuid({ message: 'Must be a valid id' }),
  name: (max = 100) => z.string().trim().min(1, 'Must not be empty').max(max, `At most ${max} characters`),
  optionalText: (max: number) =>
    z
      .string()
      .trim()
      .max(max, `At most ${max} characters`)
      .transform((v) => (v === '' ? null : v))
      .nullish(),
  email: z.string().trim().toLowerCase().max(254, 'At most 254 characters').email('Must be a valid email address'),
  loginName: z
    .string()
    .trim()
    .min(3, 'At least 3 characters')
    .max(64, 'At most 64 characters')
    .regex(/^[\p{L}\p{N}._-]+$/u, 'Only letters, digits, dot, underscore and hyphen'),
  phone: z
    .string()
    .trim()
    .max(40, 'At most 40 characters')
    .regex(/^[+\d ()/-]*$/, 'Only digits, spaces and + ( ) / -'),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Must be a language code such as "de" or "en"'),
};
