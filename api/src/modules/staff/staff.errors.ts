import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../shared/errors.js';
import { Account, AccountKind } from '../identity/account.entity.js';
import { STAFF_LOGIN_INDEX, staffLoginNameTaken } from '../identity/login-names.js';

export const loginNameTaken = () => conflict('This login name is already taken.', 'LOGIN_NAME_TAKEN');
export const emailTaken = () => conflict('This email address is already used by another staff account.', 'EMAIL_TAKEN');

/**
 * Maps a violation of the account unique indexes (migrations 0001, 0985) to the CONFLICT the user can act on.
 * The services check first for a friendly answer; the indexes decide races between two requests.
 */
export function mapUniqueViolation(err: unknown): unknown {
  if (err instanceof UniqueConstraintViolationException) {
    const constraint = (err as { constraint?: string }).constraint;
    if (constraint === STAFF_LOGIN_INDEX) return loginNameTaken();
    if (constraint === 'account_staff_email_lower_unique') return emailTaken();
  }
  return err;
}

/** Whether a staff account other than `exceptId` uses this email (case-insensitive, platform-wide). */
export async function staffEmailTaken(em: EntityManager, email: string, exceptId?: string): Promise<boolean> {
  const where = {
    kind: AccountKind.STAFF,
    [raw('lower(email)')]: email.toLowerCase(),
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
  };
  return (await em.count(Account, where as never)) > 0;
}

/**
 * Whether a staff account (any organisation) uses this login name, case-insensitively. Clients' names
 * do not count: they are another namespace (identity/login-names.ts), and an admin must not learn
 * which pseudonyms clients anywhere use.
 */
export const loginNameTakenBy = staffLoginNameTaken;
