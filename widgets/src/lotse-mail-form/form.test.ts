/** The form rules of `<lotse-mail-form>` as pure functions: the browser's checks and the mapping of the API's errors. */
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../shared/api.js';
import {
  checkCompose,
  checkReply,
  composeInputOf,
  emptyCompose,
  LIMITS,
  passwordIsPersonal,
  problemsFromApi,
  replyInputOf,
  requestDataOf,
  type Problems,
} from './form.js';
import type { FormField } from './lotse-mail-form.documents.js';
import { messages } from './lotse-mail-form.messages.js';

const de = messages.de;
const en = messages.en;
const texts = (problems: Problems, t = de) => Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, p(t)]));

const FIELDS: FormField[] = [
  {
    key: 'ageGroup',
    label: 'Altersgruppe',
    type: 'SELECT',
    options: ['unter 18', '18+'],
    optionLabels: ['unter 18', '18+'],
  },
  { key: 'children', label: 'Kinder', type: 'NUMBER', options: [], optionLabels: [] },
  { key: 'town', label: 'Ort', type: 'TEXT', options: [], optionLabels: [] },
];

const apiError = (e: Partial<ApiError>): ApiError => ({
  code: 'BAD_USER_INPUT',
  message: 'Invalid input',
  fields: [],
  extensions: {},
  ...e,
});

const valid = () => ({
  ...emptyCompose(),
  subject: 'Betreff',
  message: 'Nachricht',
  pseudonym: 'wolke7',
  password: 'Leuchtturm-Nebelhorn-42',
  passwordRepeat: 'Leuchtturm-Nebelhorn-42',
  consent: true,
});

describe('checkCompose', () => {
  it('accepts a complete new client’s request and a logged-in client’s request without access fields', () => {
    expect(checkCompose(valid(), FIELDS, true)).toEqual({});
    expect(checkCompose({ ...emptyCompose(), subject: 'Betreff', message: 'Text' }, FIELDS, false)).toEqual({});
  });

  it('applies the API’s limits: subject one line of 200, message 20,000 after trimming', () => {
    const long = checkCompose(
      { ...valid(), subject: 'x'.repeat(LIMITS.subject + 1), message: 'y'.repeat(LIMITS.message + 1) },
      [],
      true,
    );
    expect(texts(long)).toEqual({ subject: de.subjectTooLong, message: de.messageTooLong });
    expect(
      texts(checkCompose({ ...valid(), subject: 'a\nb', message: `  ${'y'.repeat(LIMITS.message)}  ` }, [], true)),
    ).toEqual({
      subject: de.subjectInvalid,
    });
  });

  it('checks request data by type and leaves empty values alone', () => {
    const form = { ...valid(), data: { ageGroup: 'alt', children: 'zwei', town: 't'.repeat(201) } };
    expect(texts(checkCompose(form, FIELDS, true))).toEqual({
      'data-ageGroup': de.dataInvalid,
      'data-children': de.dataNumber,
      'data-town': de.dataTooLong,
    });
    const fine = { ...valid(), data: { ageGroup: '', children: '-2,5', town: '' } };
    expect(checkCompose(fine, FIELDS, true)).toEqual({});
  });

  it('asks a new client for a pseudonym of 3–64 allowed characters, a policy password twice and consent', () => {
    const form = {
      ...valid(),
      pseudonym: 'ä'.repeat(65),
      password: 'x'.repeat(201),
      passwordRepeat: 'x',
      consent: false,
    };
    expect(texts(checkCompose(form, [], true))).toEqual({
      pseudonym: de.pseudonymTooLong,
      password: de.passwordTooLong,
      passwordRepeat: de.passwordMismatch,
      consent: de.consentRequired,
    });
    expect(texts(checkCompose({ ...valid(), pseudonym: 'zwei worte' }, [], true))).toEqual({
      pseudonym: de.pseudonymCharacters,
    });
  });
});

describe('passwordIsPersonal', () => {
  it('follows the API: contains the pseudonym or email (4+ characters), or equals a 3-character one', () => {
    expect(passwordIsPersonal('meine-wolke7-ist-toll', 'wolke7', '')).toBe(true);
    expect(passwordIsPersonal('Passwort-von-Anna-123', 'x', 'anna@example.org')).toBe(true);
    expect(passwordIsPersonal('annaberger-2024-lang', '', 'anna.berger@example.org')).toBe(false);
    expect(passwordIsPersonal('bob', 'bob', '')).toBe(true);
    expect(passwordIsPersonal('bobby-tables-2024', 'bob', '')).toBe(false);
  });
});

describe('requestDataOf', () => {
  it('sends given values only, trimmed, in the organisation’s order', () => {
    expect(requestDataOf({ ...valid(), data: { town: ' Köln ', ageGroup: '18+', children: ' ' } }, FIELDS)).toEqual([
      { key: 'ageGroup', value: '18+' },
      { key: 'town', value: 'Köln' },
    ]);
  });
});

describe('problemsFromApi', () => {
  it('puts BAD_USER_INPUT fields on their inputs, request data by the index it was sent at', () => {
    const error = apiError({
      fields: [
        { path: 'subject', message: 'Must be a single line' },
        { path: 'requestData.1.value', message: 'Must be one of: a, b' },
        { path: 'counsellorId', message: 'Unknown counsellor' },
        { path: 'privacyNoticeAccepted', message: 'Please accept the privacy notice' },
        { path: 'organisationKey', message: 'Missing organisation key' },
      ],
    });
    const { problems, unmatched } = problemsFromApi(error, composeInputOf(['children', 'town']));
    expect(texts(problems)).toEqual({
      subject: de.subjectInvalid,
      'data-town': de.dataInvalid,
      counsellor: de.counsellorUnavailable,
      consent: de.consentRequired,
    });
    expect(unmatched).toEqual([{ path: 'organisationKey', message: 'Missing organisation key' }]);
  });

  it('explains the password policy by its reason, with the API’s English hint in English', () => {
    const weak = apiError({
      reason: 'PASSWORD_WEAK',
      fields: [{ path: 'password', message: 'This password is too easy to guess. Add another word or two.' }],
    });
    const { problems } = problemsFromApi(weak, composeInputOf([]));
    expect(problems.password!(de)).toBe(de.passwordWeak());
    expect(problems.password!(en)).toBe('This password is too easy to guess. Add another word or two.');
    const personal = apiError({ reason: 'PASSWORD_PERSONAL', fields: [{ path: 'password', message: 'x' }] });
    expect(problemsFromApi(personal, composeInputOf([])).problems.password!(de)).toBe(de.passwordPersonal);
  });

  it('puts the conflicts a person can fix on the pseudonym and email, and leaves other errors to the notice', () => {
    const taken = apiError({ code: 'CONFLICT', reason: 'PSEUDONYM_TAKEN' });
    expect(texts(problemsFromApi(taken, composeInputOf([])).problems)).toEqual({ pseudonym: de.pseudonymTaken });
    expect(texts(problemsFromApi(taken, replyInputOf).problems)).toEqual({});
    expect(problemsFromApi(apiError({ code: 'RATE_LIMITED' }), composeInputOf([]))).toEqual({
      problems: {},
      unmatched: [],
    });
  });

  it('maps the reply’s message to the reply input', () => {
    const error = apiError({ fields: [{ path: 'message', message: 'Must not be empty' }] });
    expect(texts(problemsFromApi(error, replyInputOf).problems)).toEqual({ reply: de.messageInvalid });
    expect(texts(checkReply('   '))).toEqual({ reply: de.replyRequired });
    expect(checkReply('Danke')).toEqual({});
  });
});
