import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { assertPasswordPolicy, hashPassword, verifyPassword, type PersonalData } from './password.js';

const STRONG = 'Kaffeetasse-Leuchtturm-42';
const person: PersonalData = { loginName: 'm.berger', email: 'maria.berger@example.org', names: ['Maria', 'Berger'] };

/** Runs the policy and returns the error it throws (or fails the test when it throws none). */
function violation(password: string, personal: PersonalData = person, field?: string): DomainError {
  try {
    assertPasswordPolicy(password, personal, field);
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return err as DomainError;
  }
  throw new Error(`expected "${password}" to violate the policy`);
}

describe('assertPasswordPolicy', () => {
  it('accepts a long, unusual password', () => {
    expect(() => assertPasswordPolicy(STRONG, person)).not.toThrow();
    expect(() => assertPasswordPolicy('zK8#qv!2Lm', {})).not.toThrow();
  });

  it('requires at least 10 characters and says how many there are', () => {
    const err = violation('x7#Qp!2zL');
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.details.reason).toBe('PASSWORD_TOO_SHORT');
    expect(err.message).toBe('Use at least 10 characters (this one has 9).');
    expect(err.details.fields).toEqual([{ path: 'password', message: err.message }]);
  });

  it('allows at most 200 characters', () => {
    const err = violation(`${STRONG}-`.repeat(8) + 'x'.repeat(10));
    expect(err.details.reason).toBe('PASSWORD_TOO_LONG');
    expect(err.message).toBe('Use at most 200 characters.');
  });

  it('refuses the login name, alone or inside the password, ignoring case', () => {
    const alone = violation('m.berger', { loginName: 'm.berger' });
    // Too short wins first; a long login name used as the password is personal.
    expect(alone.details.reason).toBe('PASSWORD_TOO_SHORT');
    const long = violation('Sonnenblume-77', { loginName: 'sonnenblume-77' });
    expect(long.details.reason).toBe('PASSWORD_PERSONAL');
    expect(long.message).toBe('Do not use your login name in the password.');
    const inside = violation('xxM.BERGER-9876!', person);
    expect(inside.details.reason).toBe('PASSWORD_PERSONAL');
    expect(inside.message).toBe('Do not use your login name in the password.');
  });

  it('refuses the email address and its local part', () => {
    expect(violation('maria.berger@example.org').message).toBe('Do not use your email address in the password.');
    const local = violation('Maria.Berger#2024!x', { email: 'Maria.Berger@example.org' });
    expect(local.details.reason).toBe('PASSWORD_PERSONAL');
    expect(local.message).toBe('Do not use your email address in the password.');
  });

  it('refuses names of 4 or more characters inside the password, shorter names only as the whole password', () => {
    const name = violation('Zebra!Berger?71', { names: ['Berger'] });
    expect(name.details.reason).toBe('PASSWORD_PERSONAL');
    expect(name.message).toBe('Do not use your name in the password.');
    // "Ana" is contained but short: not a violation by itself.
    expect(() => assertPasswordPolicy('Banane-Kompass-Regen-9', { names: ['Ana'] })).not.toThrow();
  });

  it('refuses passwords that are easy to guess, with a hint what to change', () => {
    for (const weak of ['password1234', 'qwertzuiop', '1234567890', 'aaaaaaaaaaaa']) {
      const err = violation(weak, {});
      expect(err.details.reason, weak).toBe('PASSWORD_WEAK');
      expect(err.message).toMatch(/^This password is too easy to guess\..*Make it longer/);
    }
  });

  it('reports the problem on the field it is given', () => {
    const err = violation('short', {}, 'newPassword');
    expect(err.details.fields).toEqual([{ path: 'newPassword', message: err.message }]);
  });
});

describe('hashPassword', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword(STRONG);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, STRONG)).toBe(true);
    expect(await verifyPassword(hash, `${STRONG}x`)).toBe(false);
    expect(await verifyPassword('not-a-hash', STRONG)).toBe(false);
  });
});
