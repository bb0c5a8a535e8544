/**
 * The forms of `<lotse-mail-form>` and their checks: the API's own rules, run in the browser before
 * anything is sent, and the mapping of the API's field errors back to the inputs they belong to.
 * Problems are keyed by the id of the input they belong to, so the element can put each message
 * next to its input (`aria-invalid`, `aria-describedby`) and move focus to the first one.
 */
import type { ApiError, FieldProblem } from '../shared/api.js';
import type { FormField } from './lotse-mail-form.documents.js';
import type { MailFormMessages } from './lotse-mail-form.messages.js';

/** A problem's text, picked when rendering so that it follows a language switch. */
export type Problem = (t: MailFormMessages) => string;
/** Problems by input id (`subject`, `password`, `data-ageGroup`, …). */
export type Problems = Record<string, Problem>;

/** Limits of the API (mail.inputs.ts, password.ts, validate.ts `rules`). */
export const LIMITS = {
  subject: 200,
  message: 20_000,
  pseudonymMin: 3,
  pseudonymMax: 64,
  passwordMin: 10,
  passwordMax: 200,
  email: 254,
  dataValue: 200,
} as const;

export interface ComposeForm {
  /** '' = no preference. */
  counsellorId: string;
  /** '' = none. */
  topicId: string;
  subject: string;
  message: string;
  /** Request data by field key; '' = not given. */
  data: Record<string, string>;
  pseudonym: string;
  password: string;
  passwordRepeat: string;
  email: string;
  consent: boolean;
}

export interface LoginForm {
  login: string;
  password: string;
}

export const emptyCompose = (): ComposeForm => ({
  counsellorId: '',
  topicId: '',
  subject: '',
  message: '',
  data: {},
  pseudonym: '',
  password: '',
  passwordRepeat: '',
  email: '',
  consent: false,
});

export const emptyLogin = (): LoginForm => ({ login: '', password: '' });

/** The input id of a request-data field (keys are letters, digits and underscores, so safe in ids). */
export const dataFieldId = (key: string): string => `data-${key}`;

/** The API's `rules.loginName`. */
const PSEUDONYM = /^[\p{L}\p{N}._-]+$/u;
/** Deliberately loose: the API has the final word; this only catches typos before a round trip. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The API's NUMBER request-data rule (request-data.ts). */
const NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * Whether the password contains the pseudonym or the email address (or its local part), as the API's
 * policy rule PASSWORD_PERSONAL decides: parts shorter than 4 characters count only as the whole password.
 */
export function passwordIsPersonal(password: string, pseudonym: string, email: string): boolean {
  const lower = password.toLowerCase();
  const mail = email.trim().toLowerCase();
  const words = [pseudonym, mail, mail.split('@')[0] ?? ''].map((w) => w.trim().toLowerCase());
  return words.some((w) => w.length >= 3 && (lower === w || (w.length >= 4 && lower.includes(w))));
}

/** The new-client part of the form: pseudonym, password (twice), optional email, consent. */
function checkAccess(form: ComposeForm, problems: Problems): void {
  const pseudonym = form.pseudonym.trim();
  if (!pseudonym) problems.pseudonym = (t) => t.pseudonymRequired;
  else if (pseudonym.length < LIMITS.pseudonymMin) problems.pseudonym = (t) => t.pseudonymTooShort;
  else if (pseudonym.length > LIMITS.pseudonymMax) problems.pseudonym = (t) => t.pseudonymTooLong;
  else if (!PSEUDONYM.test(pseudonym)) problems.pseudonym = (t) => t.pseudonymCharacters;

  const email = form.email.trim();
  if (email && (email.length > LIMITS.email || !EMAIL.test(email))) problems.email = (t) => t.emailInvalid;

  const { password } = form;
  const length = password.length;
  if (!password) problems.password = (t) => t.passwordRequired;
  else if (length < LIMITS.passwordMin) problems.password = (t) => t.passwordTooShort(length);
  else if (length > LIMITS.passwordMax) problems.password = (t) => t.passwordTooLong;
  else if (passwordIsPersonal(password, pseudonym, email)) problems.password = (t) => t.passwordPersonal;

  if (!form.passwordRepeat) problems.passwordRepeat = (t) => t.passwordRepeatRequired;
  else if (form.passwordRepeat !== password) problems.passwordRepeat = (t) => t.passwordMismatch;

  if (!form.consent) problems.consent = (t) => t.consentRequired;
}

/** Problems of the request form; `newClient` adds the access fields and the consent. */
export function checkCompose(form: ComposeForm, fields: readonly FormField[], newClient: boolean): Problems {
  const problems: Problems = {};
  const subject = form.subject.trim();
  if (!subject) problems.subject = (t) => t.subjectRequired;
  else if (subject.length > LIMITS.subject) problems.subject = (t) => t.subjectTooLong;
  else if (/[\r\n]/.test(subject)) problems.subject = (t) => t.subjectInvalid;

  const message = form.message.trim();
  if (!message) problems.message = (t) => t.messageRequired;
  else if (message.length > LIMITS.message) problems.message = (t) => t.messageTooLong;

  for (const field of fields) {
    const value = (form.data[field.key] ?? '').trim();
    if (!value) continue;
    const id = dataFieldId(field.key);
    if (value.length > LIMITS.dataValue) problems[id] = (t) => t.dataTooLong;
    else if (field.type === 'NUMBER' && !NUMBER.test(value)) problems[id] = (t) => t.dataNumber;
    else if (field.type === 'SELECT' && !field.options.includes(value)) problems[id] = (t) => t.dataInvalid;
  }

  if (newClient) checkAccess(form, problems);
  return problems;
}

export function checkLogin(form: LoginForm): Problems {
  const problems: Problems = {};
  if (!form.login.trim()) problems.login = (t) => t.loginRequired;
  if (!form.password) problems['login-password'] = (t) => t.loginPasswordRequired;
  return problems;
}

export function checkReply(text: string): Problems {
  const message = text.trim();
  if (!message) return { reply: (t) => t.replyRequired };
  if (message.length > LIMITS.message) return { reply: (t) => t.messageTooLong };
  return {};
}

/** The request data as sent: only given values, in the order of the organisation's fields. */
export function requestDataOf(form: ComposeForm, fields: readonly FormField[]): { key: string; value: string }[] {
  return fields
    .map((f) => ({ key: f.key, value: (form.data[f.key] ?? '').trim() }))
    .filter((entry) => entry.value !== '');
}

export interface ApiProblems {
  /** Problems that belong to an input of the form. */
  problems: Problems;
  /** Field problems that belong to no input (shown in the summary). */
  unmatched: FieldProblem[];
}

/** Which input a path of the API's `extensions.fields` belongs to (null: none of this form's). */
export type PathToInput = (path: string) => string | null;

/**
 * The input of an API field path in the request form. `sentKeys` are the request-data keys in the
 * order they were sent (the API names an entry by its index: `requestData.2.value`).
 */
export const composeInputOf =
  (sentKeys: readonly string[]): PathToInput =>
  (path) => {
    const data = /^requestData\.(\d+)\./.exec(path);
    if (data) {
      const key = sentKeys[Number(data[1])];
      return key ? dataFieldId(key) : null;
    }
    const byPath: Record<string, string> = {
      subject: 'subject',
      message: 'message',
      counsellorId: 'counsellor',
      topicId: 'topic',
      pseudonym: 'pseudonym',
      password: 'password',
      email: 'email',
      privacyNoticeAccepted: 'consent',
    };
    return byPath[path] ?? null;
  };

/** The reply form has one input. */
export const replyInputOf: PathToInput = (path) => (path === 'message' ? 'reply' : null);

/** Our own text for a problem the API found with an input; the API's messages are English only. */
function problemText(input: string, error: ApiError, serverMessage: string): Problem {
  if (input.startsWith('data-')) return (t) => t.dataInvalid;
  switch (input) {
    case 'subject':
      return (t) => t.subjectInvalid;
    case 'message':
      return (t) => t.messageInvalid;
    case 'reply':
      return (t) => t.messageInvalid;
    case 'counsellor':
      return (t) => t.counsellorUnavailable;
    case 'topic':
      return (t) => t.topicUnavailable;
    case 'pseudonym':
      return (t) => t.pseudonymInvalid;
    case 'email':
      return (t) => t.emailInvalid;
    case 'consent':
      return (t) => t.consentRequired;
    case 'password':
      switch (error.reason) {
        case 'PASSWORD_TOO_SHORT':
          return (t) => t.passwordTooShortPlain;
        case 'PASSWORD_TOO_LONG':
          return (t) => t.passwordTooLong;
        case 'PASSWORD_PERSONAL':
          return (t) => t.passwordPersonal;
        case 'PASSWORD_WEAK':
          return (t) => t.passwordWeak(serverMessage);
        default:
          return (t) => t.passwordInvalid;
      }
    default:
      return (t) => t.invalidValue;
  }
}

/**
 * Problems from the API's answer: BAD_USER_INPUT field errors on their inputs, and the conflicts
 * a person can fix in the form (PSEUDONYM_TAKEN on the pseudonym, EMAIL_TAKEN on the email).
 */
export function problemsFromApi(error: ApiError, inputOf: PathToInput): ApiProblems {
  const problems: Problems = {};
  const unmatched: FieldProblem[] = [];
  if (error.code === 'CONFLICT') {
    if (error.reason === 'PSEUDONYM_TAKEN' && inputOf('pseudonym')) problems.pseudonym = (t) => t.pseudonymTaken;
    if (error.reason === 'EMAIL_TAKEN' && inputOf('email')) problems.email = (t) => t.emailTaken;
    return { problems, unmatched };
  }
  if (error.code !== 'BAD_USER_INPUT') return { problems, unmatched };
  for (const field of error.fields) {
    const input = inputOf(field.path);
    if (!input) unmatched.push(field);
    else problems[input] ??= problemText(input, error, field.message);
  }
  return { problems, unmatched };
}
