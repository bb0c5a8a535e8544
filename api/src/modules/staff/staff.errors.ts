import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../shared/errors.js';
import { Account, AccountKind } from '../identity/account.entity.js';

export const loginNameTaken = () => conflict('This login name is already taken.', 'LOGIN_NAME_TAKEN');
export const emailTaken = () => conflict('This email address is already used by another staff account.', 'EMAIL_TAKEN');

/**
 * Maps a violation of the account unique indexes (migration 0001) to the CONFLICT the user can act on.
 * The services check first for a friendly answer; the indexes decide races between two requests.
 */
export function mapUniqueViolation(err: unknown): unknown {
  if (err instanceof UniqueConstraintViolationException) {
    const constraint = (err as { constraint?: string }).constraint;
    if (constraint === 'account_login_name_lower_unique') return loginNameTaken();
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

/** Whether any account (staff or client, any organisation) uses this login name, case-insensitively. */
export async function loginNameTakenBy(em: EntityManager, loginName: string): Promise<boolean> {
  return (await em.count(Account, { [raw('lower(login_name)')]: loginName.toLowerCase() } as never)) > 0;
}
