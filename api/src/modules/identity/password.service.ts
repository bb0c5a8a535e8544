/**
 * Setting passwords: the one place a password is stored (`applyNewPassword`), the viewer changing
 * their own password, and staff setting a client's password. Knows nothing of GraphQL.
 */
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { assertPasswordPolicy, hashPassword, verifyPassword, type PersonalData } from '../../shared/auth/password.js';
import { badInput, notFound } from '../../shared/errors.js';
import { Client } from '../client/client.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Account } from './account.entity.js';
import { markTokensUsed } from './one-time-token.service.js';
import { accountLimitKey, SessionService, type IssuedSession } from './session.service.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

/** What the password policy must not find in this account's password. */
export function personalData(account: Account): PersonalData {
  if (account instanceof Counsellor) {
    return {
      loginName: account.loginName,
      email: account.email,
      names: [account.firstName, account.lastName, account.displayName],
    };
  }
  return {
    loginName: account.loginName,
    email: account.email,
    names: account instanceof Client ? [account.pseudonym] : [],
  };
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface SetClientPasswordInput {
  clientId: string;
  password: string;
}

export class PasswordService {
  private readonly sessions: SessionService;
  constructor(private readonly app: AppServices) {
    this.sessions = new SessionService(app);
  }

  /**
   * Stores a new password (already checked against the policy) and makes everything issued under
   * the old one useless: every unused one-time token of the account is marked used and every session
   * ends. Call inside a transaction; the account changes are flushed with it.
   */
  async applyNewPassword(tx: EntityManager, account: Account, password: string): Promise<void> {
    const now = new Date();
    account.passwordHash = await hashPassword(password);
    account.passwordChangedAt = now;
    await markTokensUsed(tx, account.id, now);
    await this.sessions.endAllSessions(tx, account);
  }

  /**
   * The viewer changes their own password. A wrong current password counts as a failed login of the
   * account (same throttle as `login`). Every other session ends; the returned one is fresh.
   */
  async changePassword(em: EntityManager, viewer: Viewer, input: ChangePasswordInput): Promise<IssuedSession> {
    const account = await em.findOne(Account, { id: viewer.accountId, organisation: viewer.organisationId });
    if (!account) throw notFound('Account');
    const key = accountLimitKey(account.id);
    await this.app.limits.loginAccount.check(key);
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      await this.app.limits.loginAccount.consume(key);
      const message = 'The current password is not correct.';
      throw badInput(message, [{ path: 'currentPassword', message }], 'WRONG_PASSWORD');
    }
    await this.app.limits.loginAccount.reset(key);
    if (input.newPassword === input.currentPassword) {
      const message = 'Choose a password different from the current one.';
      throw badInput(message, [{ path: 'newPassword', message }], 'PASSWORD_UNCHANGED');
    }
    assertPasswordPolicy(input.newPassword, personalData(account), 'newPassword');
    return em.transactional(async (tx) => {
      // Row lock: a concurrent password change or token use waits instead of interleaving.
      const locked = await tx.findOneOrFail(Account, account.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await this.applyNewPassword(tx, locked, input.newPassword);
      return this.sessions.issue(tx, locked, randomUUID());
    });
  }

  /** Staff set a client's password directly; the client's sessions end. In the access log as UPDATE PROFILE. */
  async setClientPassword(em: EntityManager, viewer: Viewer, input: SetClientPasswordInput): Promise<Client> {
    const client = await em.findOne(Client, { id: input.clientId, organisation: viewer.organisationId });
    if (!client) throw notFound('Client');
    assertPasswordPolicy(input.password, personalData(client));
    await em.transactional(async (tx) => {
      const locked = await tx.findOneOrFail(Client, client.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await this.applyNewPassword(tx, locked, input.password);
    });
    recordAccess(em, viewer, AccessAction.UPDATE, AccessRecordKind.PROFILE, {
      clientId: client.id,
      recordId: client.id,
    });
    this.app.log.info({ clientId: client.id, by: viewer.accountId }, 'client password set by staff');
    return client;
  }
}
