/**
 * Sessions: login, refresh-token rotation with reuse detection, logout, and ending every session of
 * an account. Knows nothing of GraphQL.
 */
import { randomUUID } from 'node:crypto';
import { LockMode, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { hashSecret, newSecret, type Viewer } from '../../shared/auth/tokens.js';
import { timingDummyHash, verifyPassword } from '../../shared/auth/password.js';
import { DomainError, ErrorCode, unauthenticated } from '../../shared/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Account, AccountKind, AccountStatus } from './account.entity.js';
import { clientLoginWhere, staffLoginWhere } from './login-names.js';
import { RefreshToken } from './token.entity.js';
import { issueLoginChallenge, type LoginChallenge } from './two-factor-login.service.js';

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  account: Account;
}

export interface LoginInput {
  /** Login name or email address. */
  login: string;
  password: string;
  /**
   * Organisation public key. Widgets pass it: the login then names a client of that organisation.
   * Without it the login names a staff member.
   */
  organisationKey?: string | null;
}

const INVALID_LOGIN = 'Invalid login or password';

/** Said only after the password was right, like the other reasons an account cannot log in. */
export const organisationSuspended = () =>
  new DomainError(ErrorCode.FORBIDDEN, 'This organisation is suspended. Please contact the platform operator.', {
    reason: 'ORGANISATION_SUSPENDED',
  });

export function viewerRole(account: Account): Viewer['role'] {
  return account instanceof Counsellor ? account.role : 'CLIENT';
}

/** The login-throttle key of an account (login and password change count together). */
export const accountLimitKey = (accountId: string) => `acct:${accountId}`;

export class SessionService {
  constructor(private readonly app: AppServices) {}

  /** A session, or for staff with two-factor login on, the challenge for the second step. */
  async login(em: EntityManager, input: LoginInput, ip: string): Promise<IssuedSession | LoginChallenge> {
    const login = input.login.trim().toLowerCase();
    // Per-IP attempts first (every attempt counts), then whether this account is locked after failures.
    await this.app.limits.loginIp.consume(ip);
    const account = await this.findByLogin(em, login, input.organisationKey ?? null);
    // Failures count per account, whether its login name or its email was typed (a count per typed
    // string gave an attacker two budgets); what matches no account counts per typed string.
    const accountKey = account ? accountLimitKey(account.id) : `login:${login}`;
    await this.app.limits.loginAccount.check(accountKey);
    // Verify against a dummy hash when the account is unknown: same error, same time.
    const ok = await verifyPassword(account?.passwordHash ?? (await timingDummyHash()), input.password);
    if (!account || !account.passwordHash || !ok) {
      await this.app.limits.loginAccount.consume(accountKey);
      throw unauthenticated(INVALID_LOGIN);
    }
    // With two-factor on, the lock is lifted only by the second step: otherwise the password alone
    // would buy fresh guesses at the code.
    const secondFactor = account.kind === AccountKind.STAFF && !!account.totpEnabledAt;
    if (!secondFactor) await this.app.limits.loginAccount.reset(accountKey);
    if (!account.canLogIn()) {
      const reason =
        account.status === AccountStatus.DELETION_PENDING
          ? 'ACCOUNT_DELETION_PENDING'
          : account.status === AccountStatus.BLOCKED
            ? 'ACCOUNT_BLOCKED'
            : 'ACCOUNT_INACTIVE';
      throw new DomainError(ErrorCode.FORBIDDEN, 'This account cannot log in. Please contact the organisation.', {
        reason,
      });
    }
    if (secondFactor) return issueLoginChallenge(em, account);
    account.lastLoginAt = new Date();
    return this.issue(em, account, randomUUID());
  }

  /**
   * The account a login names, in one of two namespaces (identity/login-names.ts). With an
   * organisation key (widgets): a client of that organisation, by login name (their pseudonym) or by
   * email (unique among its clients). Without one (dashboard): a staff member, by login name or email
   * (both unique among staff on the platform). Never across them: credentials of another
   * organisation's client, or of staff, typed into a widget find nothing and fail like a wrong
   * password, and a client cannot log in without naming their organisation.
   */
  private async findByLogin(em: EntityManager, login: string, organisationKey: string | null): Promise<Account | null> {
    if (organisationKey) {
      const orgId = await this.orgIdByKey(em, organisationKey);
      if (!orgId) return null;
      const byName = await em.findOne(Account, clientLoginWhere(orgId, login));
      if (byName || !login.includes('@')) return byName;
      const candidates = await em.find(Account, {
        organisation: orgId,
        kind: AccountKind.CLIENT,
        [raw('lower(email)')]: login,
      } as never);
      return candidates.length === 1 ? candidates[0]! : null;
    }
    const byName = await em.findOne(Account, staffLoginWhere(login));
    if (byName || !login.includes('@')) return byName;
    const candidates = await em.find(Account, { kind: AccountKind.STAFF, [raw('lower(email)')]: login } as never);
    return candidates.length === 1 ? candidates[0]! : null;
  }

  private async orgIdByKey(em: EntityManager, key: string): Promise<string | null> {
    const org = await em.findOne(Organisation, { publicKey: key }, { fields: ['id'] });
    return org?.id ?? null;
  }

  /**
   * Issues an access token and the next refresh token of a family. Flushes. Every way into a session
   * (login, refresh, set-password link, widget registration) passes here, so this is where a
   * suspended organisation is refused.
   */
  async issue(em: EntityManager, account: Account, familyId: string): Promise<IssuedSession> {
    const { config, tokens } = this.app;
    const org = await em.findOne(Organisation, account.organisation.id);
    if (!org || org.suspendedAt) throw organisationSuspended();
    const refreshToken = newSecret();
    const refreshTokenExpiresAt = new Date(Date.now() + config.refreshTokenTtl * 1000);
    em.create(RefreshToken, {
      organisation: account.organisation,
      account,
      familyId,
      tokenHash: hashSecret(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    });
    await em.flush();
    const accessToken = await tokens.signAccess({
      accountId: account.id,
      organisationId: account.organisation.id,
      kind: account.kind === AccountKind.STAFF ? 'STAFF' : 'CLIENT',
      role: viewerRole(account),
      sessionId: familyId,
      tokenVersion: account.tokenVersion,
    });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + config.accessTokenTtl * 1000),
      refreshToken,
      refreshTokenExpiresAt,
      account,
    };
  }

  /**
   * Rotates a refresh token. A token that was already rotated is being replayed (stolen, or a
   * client bug): the whole family is revoked so that neither party keeps a session.
   * @param organisationId when set (a widget names its organisation, or another website's request was
   * admitted by one), a token of an account of another organisation is refused like an unknown one and
   * stays unused.
   */
  async refresh(em: EntityManager, refreshToken: string, organisationId?: string | null): Promise<IssuedSession> {
    const invalid = (reason: string) =>
      new DomainError(ErrorCode.UNAUTHENTICATED, 'Invalid or expired refresh token; log in again', { reason });
    const outcome = await em.transactional(async (tx) => {
      const stored = await tx.findOne(
        RefreshToken,
        { tokenHash: hashSecret(refreshToken) },
        { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['account'] },
      );
      if (!stored) return { error: 'REFRESH_TOKEN_INVALID' } as const;
      if (organisationId !== undefined && stored.organisation.id !== organisationId) {
        return { error: 'REFRESH_TOKEN_INVALID' } as const;
      }
      if (stored.revokedAt) return { error: 'REFRESH_TOKEN_REVOKED' } as const;
      if (stored.usedAt) {
        await this.revokeFamily(tx, stored.account.id, stored.familyId);
        this.app.log.warn(
          { accountId: stored.account.id, familyId: stored.familyId },
          'refresh token reuse; family revoked',
        );
        return { error: 'REFRESH_TOKEN_REUSED' } as const;
      }
      if (stored.expiresAt.getTime() <= Date.now()) return { error: 'REFRESH_TOKEN_EXPIRED' } as const;
      if (!stored.account.canLogIn()) return { error: 'ACCOUNT_CANNOT_LOG_IN' } as const;
      stored.usedAt = new Date();
      return { session: await this.issue(tx, stored.account, stored.familyId) } as const;
    });
    if ('error' in outcome) throw invalid(outcome.error as string);
    return outcome.session;
  }

  /**
   * Ends the session (refresh-token family) the viewer is using: its refresh tokens, and at once its
   * access tokens too (recorded in `account.revoked_sessions`, read by every token check; the account
   * trigger makes every process drop its cached login state). The account's other sessions go on.
   */
  async logout(em: EntityManager, viewer: Viewer): Promise<void> {
    await this.revokeFamily(em, viewer.accountId, viewer.sessionId);
    const now = Math.floor(Date.now() / 1000);
    // Entries older than an access token's lifetime protect nothing any more: dropped here.
    await em.getConnection().execute(
      `update "account" set "revoked_sessions" = coalesce(
         (select jsonb_object_agg(key, value) from jsonb_each("revoked_sessions") where value::bigint > ?), '{}'::jsonb
       ) || jsonb_build_object(?::text, ?::bigint)
       where "id" = ?`,
      [now - this.app.config.accessTokenTtl, viewer.sessionId, now, viewer.accountId],
    );
  }

  /**
   * Ends every session of an account at once: raises its token version (access tokens stop working
   * on their next request) and revokes all refresh tokens. Used on password change, block, deletion
   * and deactivation.
   */
  async endAllSessions(em: EntityManager, account: Account): Promise<void> {
    account.tokenVersion += 1;
    await em.nativeUpdate(RefreshToken, { account: account.id, revokedAt: null }, { revokedAt: new Date() });
  }

  private async revokeFamily(em: EntityManager, accountId: string, familyId: string): Promise<void> {
    await em.nativeUpdate(RefreshToken, { account: accountId, familyId, revokedAt: null }, { revokedAt: new Date() });
  }
}

/**
 * Ends every session of every account of an organisation (suspension): what `endAllSessions` does
 * for one account, as two statements. The account trigger (migration 0900) announces each raised
 * token version, so every process drops the cached login states at once.
 */
export async function endOrganisationSessions(em: EntityManager, organisationId: string): Promise<void> {
  await em.nativeUpdate(Account, { organisation: organisationId }, { tokenVersion: raw('token_version + 1') });
  await em.nativeUpdate(RefreshToken, { organisation: organisationId, revokedAt: null }, { revokedAt: new Date() });
}
