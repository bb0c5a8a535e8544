/**
 * One-time tokens delivered by mail (password reset, invitation): issuing, and consuming exactly once.
 *
 * Only the SHA-256 of a token is stored. A token is usable while it is unused, unexpired, younger than
 * the account's last password change, and its account may log in. Every way a token can be unusable
 * gives the same answer (TOKEN_INVALID), so a link reveals nothing about the account behind it.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashSecret, newSecret } from '../../shared/auth/tokens.js';
import { badInput, type DomainError } from '../../shared/errors.js';
import type { Account } from './account.entity.js';
import { OneTimeToken, OneTimeTokenPurpose } from './token.entity.js';

/** Lifetime of a token in seconds, by purpose. */
export const TOKEN_TTL_SECONDS: Record<OneTimeTokenPurpose, number> = {
  [OneTimeTokenPurpose.PASSWORD_RESET]: 60 * 60,
  [OneTimeTokenPurpose.INVITATION]: 7 * 24 * 60 * 60,
  [OneTimeTokenPurpose.TWO_FACTOR_LOGIN]: 5 * 60,
  [OneTimeTokenPurpose.EMAIL_CONFIRMATION]: 24 * 60 * 60,
};

export const tokenInvalid = (): DomainError => {
  const message = 'This link is invalid or has expired. Please request a new one.';
  return badInput(message, [{ path: 'token', message }], 'TOKEN_INVALID');
};

export interface IssuedToken {
  /** The secret for the link; never stored. */
  secret: string;
  expiresAt: Date;
}

/** Creates a token for the account (not flushed: the caller flushes with its other changes). */
export function issueOneTimeToken(
  em: EntityManager,
  account: Account,
  purpose: OneTimeTokenPurpose,
  email: string | null = null,
): IssuedToken {
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + TOKEN_TTL_SECONDS[purpose] * 1000);
  em.create(OneTimeToken, {
    organisation: account.organisation,
    account,
    purpose,
    tokenHash: hashSecret(secret),
    expiresAt,
    email,
  });
  return { secret, expiresAt };
}

/**
 * Finds the token and locks its row (SELECT … FOR UPDATE) for the rest of the transaction `tx`, so
 * that of two concurrent uses the second waits and then sees the token used. Throws TOKEN_INVALID
 * when the token cannot be used, also when it was issued for another purpose (a two-factor challenge
 * or an email confirmation must never set a password). The caller marks it used (see
 * `markTokensUsed`) before committing.
 */
export async function lockUsableToken(
  tx: EntityManager,
  secret: string,
  purposes: readonly OneTimeTokenPurpose[],
): Promise<OneTimeToken> {
  const token = await tx.findOne(
    OneTimeToken,
    { tokenHash: hashSecret(secret), purpose: { $in: [...purposes] } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['account'] },
  );
  if (!token || token.usedAt || token.expiresAt.getTime() <= Date.now()) throw tokenInvalid();
  const account = token.account;
  // A password change makes every older link useless, even one that was somehow not marked used.
  if (account.passwordChangedAt && token.createdAt.getTime() < account.passwordChangedAt.getTime()) {
    throw tokenInvalid();
  }
  if (!account.canLogIn()) throw tokenInvalid();
  return token;
}

/** Marks every unused token of the account used (after a password change). Executes at once. */
export async function markTokensUsed(em: EntityManager, accountId: string, at = new Date()): Promise<void> {
  await em.nativeUpdate(OneTimeToken, { account: accountId, usedAt: null }, { usedAt: at });
}

/** How many tokens of a purpose the account was sent since `since` (throttles mails to one account). */
export function countRecentTokens(
  em: EntityManager,
  accountId: string,
  purpose: OneTimeTokenPurpose,
  since: Date,
): Promise<number> {
  return em.count(OneTimeToken, { account: accountId, purpose, createdAt: { $gte: since } });
}
