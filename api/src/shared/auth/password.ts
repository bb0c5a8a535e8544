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

/** Personal data a password must not contain (rule 2 of the policy). */
export interface PersonalData {
  loginName?: string | null;
  email?: string | null;
  /** First/last/display name, pseudonym… */
  names?: (string | null | undefined)[];
}

/**
 * Checks the password policy and throws BAD_USER_INPUT on `field` with a message that says what to
 * change, and a `reason` a UI can translate:
 * - PASSWORD_TOO_SHORT / PASSWORD_TOO_LONG: 10 to 200 characters (the upper bound keeps hashing and
 *   the strength estimate cheap);
 * - PASSWORD_PERSONAL: equals or contains the login name, the email address (or its local part) or a
 *   name; parts shorter than 4 characters only count when they are the whole password, so that a short
 *   name like "Ana" does not forbid every password containing "ana";
 * - PASSWORD_WEAK: the zxcvbn estimate (which also knows the personal data) is below score 3
 *   ("safely unguessable": about 10^8 guesses and more).
 */
export function assertPasswordPolicy(password: string, personal: PersonalData, field = 'password'): void {
  const fail = (message: string, reason: string): never => {
    throw badInput(message, [{ path: field, message }], reason);
  };
  if (password.length < PASSWORD_MIN_LENGTH) {
    fail(`Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${password.length}).`, 'PASSWORD_TOO_SHORT');
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    fail(`Use at most ${PASSWORD_MAX_LENGTH} characters.`, 'PASSWORD_TOO_LONG');
  }
  const lower = password.toLowerCase();
  const email = personal.email?.trim().toLowerCase();
  const candidates: [string | null | undefined, string][] = [
    [personal.loginName, 'your login name'],
    [email, 'your email address'],
    [email?.split('@')[0], 'your email address'],
    ...(personal.names ?? []).map((n): [string | null | undefined, string] => [n, 'your name']),
  ];
  const personalWords: string[] = [];
  for (const [value, what] of candidates) {
    const word = value?.trim().toLowerCase();
    if (!word || word.length < 3) continue;
    personalWords.push(word);
    if (lower === word || (word.length >= 4 && lower.includes(word))) {
      fail(`Do not use ${what} in the password.`, 'PASSWORD_PERSONAL');
    }
  }
  const result = zxcvbn.check(password, personalWords);
  if (result.score < PASSWORD_MIN_SCORE) {
    const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
    fail(
      `This password is too easy to guess.${hint ? ` ${hint}` : ''} Make it longer with unusual words, or add digits and symbols in unexpected places.`,
      'PASSWORD_WEAK',
    );
  }
}
