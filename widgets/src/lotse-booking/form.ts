/** The details form of `<lotse-booking>`: checked in the browser with the API's own rules, before anything is sent. */
import type { ApiError } from '../shared/api.js';
import type { BookingMessages } from './lotse-booking.messages.js';

export interface DetailsForm {
  pseudonym: string;
  email: string;
  consent: boolean;
}

export type FieldName = keyof DetailsForm;

/** Problems per field, as message keys (so they follow a language switch). */
export type FieldProblems = Partial<Record<FieldName, keyof BookingMessages>>;

/** The API's `rules.loginName`: 3–64 letters, digits, dot, underscore, hyphen. */
const PSEUDONYM = /^[\p{L}\p{N}._-]+$/u;
/** Deliberately loose: the API has the final word; this only catches typos before a round trip. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Field problems of the form; `needsPseudonym` is false for a logged-in client. */
export function checkDetails(form: DetailsForm, needsPseudonym: boolean): FieldProblems {
  const problems: FieldProblems = {};
  const pseudonym = form.pseudonym.trim();
  if (needsPseudonym) {
    if (!pseudonym) problems.pseudonym = 'pseudonymRequired';
    else if ([...pseudonym].length < 3) problems.pseudonym = 'pseudonymTooShort';
    else if ([...pseudonym].length > 64) problems.pseudonym = 'pseudonymTooLong';
    else if (!PSEUDONYM.test(pseudonym)) problems.pseudonym = 'pseudonymCharacters';
  }
  const email = form.email.trim();
  if (email && (email.length > 254 || !EMAIL.test(email))) problems.email = 'emailInvalid';
  if (!form.consent) problems.consent = 'consentRequired';
  return problems;
}

/** Field problems from the API's BAD_USER_INPUT answer to `confirmBooking` (empty when none apply). */
export function problemsFromApi(error: ApiError): FieldProblems {
  const problems: FieldProblems = {};
  if (error.code !== 'BAD_USER_INPUT') return problems;
  for (const { path } of error.fields) {
    if (path === 'pseudonym')
      problems.pseudonym ??= error.reason === 'PSEUDONYM_TAKEN' ? 'pseudonymTaken' : 'pseudonymCharacters';
    else if (path === 'email') problems.email ??= 'emailInvalid';
    else if (path === 'consent') problems.consent ??= 'consentRequired';
  }
  return problems;
}

/** The fields in the order they appear, for moving focus to the first problem. */
export const FIELD_ORDER: readonly FieldName[] = ['pseudonym', 'email', 'consent'];
