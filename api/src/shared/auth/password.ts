/**
 * Password hashing (argon2id) and the password policy.
 */
import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { badInput } from '../errors.js';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
// algorithm 2 = Argon2id (a const enum in the typings, which isolatedModules cannot read).
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified against when an account is unknown so that "unknown user"
 * and "wrong password" take the same time.
 */
let dummyHash: Promise<string> | undefined;
export const timingDummyHash = (): Promise<string> =>
  (dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`));

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn score (0–4) a password must reach. */
export const PASSWORD_MIN_SCORE = 3;

/**
 * Checks the password policy and throws BAD_USER_INPUT on the `password` field with a message
 * that says what to change.
 */
export function assertPasswordPolicy(
  password: string,
  personal: { loginName?: string | null; email?: string | null; names?: (string | null | undefined)[] },
  field = 'password',
): void {
  const fail = (message: string, reason: string) => {
    throw badInput(message, [{ path: field, message }], reason);
  };
  if (password.length < PASSWORD_MIN_LENGTH) {
    fail(`Use at least ${PASSWORD_MIN_LENGTH} characters.`, 'PASSWORD_TOO_SHORT');
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    fail(`Use at most ${PASSWORD_MAX_LENGTH} characters.`, 'PASSWORD_TOO_LONG');
  }
  const lower = password.toLowerCase();
  const personalWords = [personal.loginName, personal.email, personal.email?.split('@')[0], ...(personal.names ?? [])]
    .filter((w): w is string => !!w && w.length >= 3)
    .map((w) => w.toLowerCase());
  if (personalWords.some((w) => lower === w || (w.length >= 4 && lower.includes(w)))) {
    fail('Do not use your login name, email address or name in the password.', 'PASSWORD_PERSONAL');
  }
  const result = zxcvbn.check(password, personalWords);
  if (result.score < PASSWORD_MIN_SCORE) {
    const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
    fail(
      `This password is too easy to guess.${hint ? ` ${hint}` : ''} Add more words or unusual characters.`,
      'PASSWORD_WEAK',
    );
  }
}
