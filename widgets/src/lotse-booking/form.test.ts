import { describe, expect, it } from 'vitest';
import type { ApiError } from '../shared/api.js';
import { checkDetails, problemsFromApi } from './form.js';

const ok = { pseudonym: 'sonnenblume', email: '', consent: true };

describe('checkDetails', () => {
  it('accepts a pseudonym of letters, digits, dot, underscore and hyphen, no email, and consent', () => {
    expect(checkDetails(ok, true)).toEqual({});
    expect(checkDetails({ ...ok, pseudonym: '  Ülkü_2.a-b  ', email: 'x@example.org' }, true)).toEqual({});
  });

  it('requires a valid pseudonym unless the visitor is a logged-in client', () => {
    expect(checkDetails({ ...ok, pseudonym: ' ' }, true)).toEqual({ pseudonym: 'pseudonymRequired' });
    expect(checkDetails({ ...ok, pseudonym: 'ab' }, true)).toEqual({ pseudonym: 'pseudonymTooShort' });
    expect(checkDetails({ ...ok, pseudonym: 'a'.repeat(65) }, true)).toEqual({ pseudonym: 'pseudonymTooLong' });
    expect(checkDetails({ ...ok, pseudonym: 'an na' }, true)).toEqual({ pseudonym: 'pseudonymCharacters' });
    expect(checkDetails({ ...ok, pseudonym: '' }, false)).toEqual({});
  });

  it('requires consent and a plausible email when one is given', () => {
    expect(checkDetails({ ...ok, consent: false }, true)).toEqual({ consent: 'consentRequired' });
    expect(checkDetails({ ...ok, email: 'nobody@' }, true)).toEqual({ email: 'emailInvalid' });
    expect(checkDetails({ ...ok, email: `${'a'.repeat(250)}@x.de` }, true)).toEqual({ email: 'emailInvalid' });
  });
});

describe('problemsFromApi', () => {
  const error = (fields: { path: string; message: string }[], reason?: string): ApiError => ({
    code: 'BAD_USER_INPUT',
    message: 'Invalid input',
    reason,
    fields,
    extensions: {},
  });

  it('maps the API’s field problems to the form’s messages', () => {
    expect(problemsFromApi(error([{ path: 'pseudonym', message: 'Already taken' }], 'PSEUDONYM_TAKEN'))).toEqual({
      pseudonym: 'pseudonymTaken',
    });
    expect(
      problemsFromApi(
        error([
          { path: 'email', message: 'Must be a valid email address' },
          { path: 'consent', message: 'Consent is required' },
        ]),
      ),
    ).toEqual({ email: 'emailInvalid', consent: 'consentRequired' });
    expect(problemsFromApi({ ...error([{ path: 'email', message: 'x' }]), code: 'CONFLICT' })).toEqual({});
  });
});
