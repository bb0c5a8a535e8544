/**
 * The second step of a staff login with two-factor on: a right password gives a challenge (single use,
 * 5 minutes, stored hashed like every one-time token) instead of tokens; the challenge with a code from
 * the app or a recovery code gives the session. Wrong codes count towards the same per-account lock as
 * wrong passwords, and the lock is only lifted by a complete login, so knowing the password does not
 * buy fresh guesses at the code.
 */
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { hashSecret } from '../../shared/auth/tokens.js';
import { DomainError, ErrorCode } from '../../shared/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Account } from './account.entity.js';
import { issueOneTimeToken } from './one-time-token.service.js';
import { organisationSuspended, SessionService, type IssuedSession } from './session.service.js';
import { OneTimeToken, OneTimeTokenPurpose } from './token.entity.js';
import { TwoFactorService, type SecondFactor } from './two-factor.service.js';

export interface LoginChallenge {
  /** The secret the client sends back with the code; never stored. */
  challenge: string;
  expiresAt: Date;
  account: Account;
}

const challengeInvalid = () =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'This login step has expired. Please log in again.', {
    reason: 'CHALLENGE_INVALID',
  });

/** Issues the challenge for an account whose password was right (flushes). */
export async function issueLoginChallenge(em: EntityManager, account: Account): Promise<LoginChallenge> {
  const org = await em.findOne(Organisation, account.organisation.id, { fields: ['suspendedAt'] });
  if (!org || org.suspendedAt) throw organisationSuspended();
  const { secret, expiresAt } = issueOneTimeToken(em, account, OneTimeTokenPurpose.TWO_FACTOR_LOGIN);
  await em.flush();
  return { challenge: secret, expiresAt, account };
}

/**
 * Completes a login: the challenge must be unused, unexpired and of an account that may still log in
 * with two-factor on; the factor must be right (see TwoFactorService.assertSecondFactor). A wrong code
 * leaves the challenge usable (typos), until the lock or the 5 minutes end it.
 */
export async function completeTwoFactorLogin(
  app: AppServices,
  em: EntityManager,
  challenge: string,
  factor: SecondFactor,
): Promise<IssuedSession> {
  const twoFactor = new TwoFactorService(app);
  return em.transactional(async (tx) => {
    const token = await tx.findOne(
      OneTimeToken,
      { tokenHash: hashSecret(challenge), purpose: OneTimeTokenPurpose.TWO_FACTOR_LOGIN },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!token || token.usedAt || token.expiresAt.getTime() <= Date.now()) throw challengeInvalid();
    const account = await tx.findOne(Account, token.account.id, {
      populate: ['totpSecret'],
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    if (!account || !account.canLogIn() || !account.totpEnabledAt) throw challengeInvalid();
    await twoFactor.assertSecondFactor(tx, account, factor);
    token.usedAt = new Date();
    account.lastLoginAt = new Date();
    return new SessionService(app).issue(tx, account, randomUUID());
  });
}
