/**
 * Sessions of platform operators: login, refresh-token rotation with reuse detection, logout, and
 * the set-password link. The same rules as for accounts (session.service.ts): the same login
 * throttles and lock, the same answer for an unknown login and a wrong password, a replayed refresh
 * token ends its whole family, a logout ends the access token at once. Knows nothing of GraphQL.
 */
import { randomUUID } from 'node:crypto';
import { LockMode, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { hashSecret, newSecret, type OperatorViewer } from '../../shared/auth/tokens.js';
import { assertPasswordPolicy, hashPassword, timingDummyHash, verifyPassword } from '../../shared/auth/password.js';
import { DomainError, ErrorCode, unauthenticated } from '../../shared/errors.js';
import { tokenInvalid } from '../identity/one-time-token.service.js';
import { OperatorRefreshToken, PlatformOperator } from './platform-operator.entity.js';

export interface IssuedOperatorSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  operator: PlatformOperator;
}

/**
 * The login-throttle key of an operator. Its own prefix: an operator's failures never lock an
 * account that happens to share an id space or a login name, and the other way round.
 */
export const operatorLimitKey = (operatorId: string) => `op:${operatorId}`;

export class OperatorSessionService {
  constructor(private readonly app: Pick<AppServices, 'config' | 'tokens' | 'limits' | 'log'>) {}

  /** Logs in by login name or email; UNAUTHENTICATED alike for an unknown login and a wrong password. */
  async login(em: EntityManager, input: { login: string; password: string }, ip: string) {
    const login = input.login.trim().toLowerCase();
    await this.app.limits.loginIp.consume(ip);
    const operator = await em.findOne(PlatformOperator, {
      $or: [{ [raw('lower(login_name)')]: login }, { [raw('lower(email)')]: login }],
    } as never);
    const key = operator ? operatorLimitKey(operator.id) : `op-login:${login}`;
    await this.app.limits.loginAccount.check(key);
    const ok = await verifyPassword(operator?.passwordHash ?? (await timingDummyHash()), input.password);
    if (!operator || !operator.passwordHash || !ok) {
      await this.app.limits.loginAccount.consume(key);
      throw unauthenticated('Invalid login or password');
    }
    await this.app.limits.loginAccount.reset(key);
    operator.lastLoginAt = new Date();
    return this.issue(em, operator, randomUUID());
  }

  /** Issues an access token and the next refresh token of a family. Flushes. */
  async issue(em: EntityManager, operator: PlatformOperator, familyId: string): Promise<IssuedOperatorSession> {
    const { config, tokens } = this.app;
    const refreshToken = newSecret();
    const refreshTokenExpiresAt = new Date(Date.now() + config.refreshTokenTtl * 1000);
    em.create(OperatorRefreshToken, {
      operator,
      familyId,
      tokenHash: hashSecret(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    });
    await em.flush();
    const accessToken = await tokens.signOperator({
      operatorId: operator.id,
      sessionId: familyId,
      tokenVersion: operator.tokenVersion,
    });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + config.accessTokenTtl * 1000),
      refreshToken,
      refreshTokenExpiresAt,
      operator,
    };
  }

  /** Rotates a refresh token; a token presented twice revokes its whole family. */
  async refresh(em: EntityManager, refreshToken: string): Promise<IssuedOperatorSession> {
    const outcome = await em.transactional(async (tx) => {
      const stored = await tx.findOne(
        OperatorRefreshToken,
        { tokenHash: hashSecret(refreshToken) },
        { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['operator'] },
      );
      if (!stored) return { error: 'REFRESH_TOKEN_INVALID' } as const;
      if (stored.revokedAt) return { error: 'REFRESH_TOKEN_REVOKED' } as const;
      if (stored.usedAt) {
        await this.revokeFamily(tx, stored.operator.id, stored.familyId);
        this.app.log.warn(
          { operatorId: stored.operator.id, familyId: stored.familyId },
          'operator refresh token reuse; family revoked',
        );
        return { error: 'REFRESH_TOKEN_REUSED' } as const;
      }
      if (stored.expiresAt.getTime() <= Date.now()) return { error: 'REFRESH_TOKEN_EXPIRED' } as const;
      stored.usedAt = new Date();
      return { session: await this.issue(tx, stored.operator, stored.familyId) } as const;
    });
    if ('error' in outcome) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Invalid or expired refresh token; log in again', {
        reason: outcome.error,
      });
    }
    return outcome.session;
  }

  /** Ends the session in use: its refresh tokens, and its access tokens at once (`revoked_sessions`). */
  async logout(em: EntityManager, operator: OperatorViewer): Promise<void> {
    await this.revokeFamily(em, operator.operatorId, operator.sessionId);
    const now = Math.floor(Date.now() / 1000);
    // As for accounts: entries older than an access token's lifetime protect nothing any more.
    await em.getConnection().execute(
      `update "platform_operator" set "revoked_sessions" = coalesce(
         (select jsonb_object_agg(key, value) from jsonb_each("revoked_sessions") where value::bigint > ?), '{}'::jsonb
       ) || jsonb_build_object(?::text, ?::bigint)
       where "id" = ?`,
      [now - this.app.config.accessTokenTtl, operator.sessionId, now, operator.operatorId],
    );
  }

  /**
   * Sets the password with the link's secret and logs the operator in. The row stays locked until
   * the transaction ends, so of two concurrent uses one succeeds; a password the policy refuses
   * leaves the link usable. Every session of the operator ends (a new password starts afresh).
   */
  async setPasswordWithToken(
    em: EntityManager,
    input: { token: string; password: string },
  ): Promise<IssuedOperatorSession> {
    return em.transactional(async (tx) => {
      const operator = await tx.findOne(
        PlatformOperator,
        { passwordTokenHash: hashSecret(input.token) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!operator?.passwordTokenExpiresAt || operator.passwordTokenExpiresAt.getTime() <= Date.now()) {
        throw tokenInvalid();
      }
      assertPasswordPolicy(input.password, { loginName: operator.loginName, email: operator.email });
      const now = new Date();
      operator.passwordHash = await hashPassword(input.password);
      operator.passwordChangedAt = now;
      operator.passwordTokenHash = null;
      operator.passwordTokenExpiresAt = null;
      operator.tokenVersion += 1;
      operator.lastLoginAt = now;
      await tx.nativeUpdate(OperatorRefreshToken, { operator: operator.id, revokedAt: null }, { revokedAt: now });
      return this.issue(tx, operator, randomUUID());
    });
  }

  private async revokeFamily(em: EntityManager, operatorId: string, familyId: string): Promise<void> {
    await em.nativeUpdate(
      OperatorRefreshToken,
      { operator: operatorId, familyId, revokedAt: null },
      { revokedAt: new Date() },
    );
  }
}
