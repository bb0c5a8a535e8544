/**
 * Two-factor login for staff (TOTP): setting it up, turning it off, new recovery codes, and an admin
 * resetting a colleague's (lost phone). Knows nothing of GraphQL; the login step is in
 * two-factor-login.service.ts.
 *
 * Invariants: the secret is stored sealed only (secret-seal.ts), bound to the account; recovery codes
 * as SHA-256 only, shown once; an account with `totpEnabledAt` has a sealed `totpSecret`.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { verifyPassword } from '../../shared/auth/password.js';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors.js';
import { SecretSealer } from '../../shared/secret-seal.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Account } from './account.entity.js';
import { accountLimitKey } from './session.service.js';
import { RecoveryCode } from './token.entity.js';
import {
  RECOVERY_CODE_COUNT,
  acceptedStep,
  newRecoveryCode,
  newTotpSecret,
  otpauthUri,
  qrCodeDataUrl,
  recoveryCodeHash,
} from './two-factor.totp.js';

export interface TwoFactorSetup {
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/** A second factor as typed: a 6-digit code from the app or a recovery code. */
export interface SecondFactor {
  code?: string | null;
  recoveryCode?: string | null;
}

const ISSUER = 'Lotse';

export const wrongPassword = () => {
  const message = 'The password is not correct.';
  return badInput(message, [{ path: 'password', message }], 'WRONG_PASSWORD');
};

export const wrongCode = (path: 'code' | 'recoveryCode') => {
  const message =
    path === 'code'
      ? 'This code is not valid. Enter the current 6-digit code from your app.'
      : 'This recovery code is not valid or was used already.';
  return badInput(message, [{ path, message }], 'CODE_INVALID');
};

const notEnabled = () => conflict('Two-factor login is not turned on for this account.', 'TWO_FACTOR_NOT_ENABLED');

/** The sealer of TOTP secrets; the binding ties a sealed secret to its account. */
export const totpSealer = (app: AppServices) =>
  new SecretSealer(app.config.jwtSecret, 'totp', app.config.previousJwtSecrets);
export const totpBinding = (accountId: string) => `account:${accountId}`;

export class TwoFactorService {
  private readonly sealer: SecretSealer;
  constructor(private readonly app: AppServices) {
    this.sealer = totpSealer(app);
  }

  /**
   * Starts (or restarts) a setup: a new secret is kept sealed as pending; nothing changes for the login
   * until it is confirmed with a code. Needs the current password (a session left open on a shared
   * computer must not be enough); a wrong one counts as a failed login.
   */
  async startSetup(em: EntityManager, viewer: Viewer, password: string): Promise<TwoFactorSetup> {
    const account = await this.staffAccount(em, viewer);
    await this.assertPassword(account, password);
    if (account.totpEnabledAt) {
      throw conflict('Two-factor login is already on. Turn it off first to set up a new app.', 'TWO_FACTOR_ENABLED');
    }
    const secret = newTotpSecret();
    account.totpPendingSecret = this.sealer.seal(secret, totpBinding(account.id));
    await em.flush();
    const uri = otpauthUri(secret, account.loginName, ISSUER);
    return { secret, otpauthUri: uri, qrCodeDataUrl: await qrCodeDataUrl(uri) };
  }

  /** Turns two-factor login on with the first code from the app; returns the recovery codes (shown once). */
  async confirmSetup(em: EntityManager, viewer: Viewer, code: string): Promise<string[]> {
    return em.transactional(async (tx) => {
      const account = await this.staffAccount(tx, viewer, true);
      if (account.totpEnabledAt) throw conflict('Two-factor login is already on.', 'TWO_FACTOR_ENABLED');
      const pending = account.totpPendingSecret && this.sealer.open(account.totpPendingSecret, totpBinding(account.id));
      if (!pending) {
        throw conflict('Start the setup first: the QR code is no longer valid.', 'TWO_FACTOR_SETUP_NOT_STARTED');
      }
      const step = await acceptedStep(pending, code);
      if (step === null) throw wrongCode('code');
      account.totpSecret = account.totpPendingSecret;
      account.totpPendingSecret = null;
      account.totpEnabledAt = new Date();
      account.totpLastStep = step;
      const codes = await this.replaceRecoveryCodes(tx, account);
      this.app.log.info({ accountId: account.id }, 'two-factor login turned on');
      return codes;
    });
  }

  /** Turns two-factor login off; needs the password and a code (or a recovery code). */
  async disable(em: EntityManager, viewer: Viewer, password: string, factor: SecondFactor): Promise<void> {
    const account = await this.staffAccount(em, viewer);
    await this.assertPassword(account, password);
    await em.transactional(async (tx) => {
      const locked = await this.staffAccount(tx, viewer, true);
      if (!locked.totpEnabledAt) throw notEnabled();
      await this.assertSecondFactor(tx, locked, factor);
      await clearTwoFactor(tx, locked);
    });
    this.app.log.info({ accountId: account.id }, 'two-factor login turned off');
  }

  /** Replaces every recovery code (the old ones stop working); needs a current code from the app. */
  async regenerateRecoveryCodes(em: EntityManager, viewer: Viewer, code: string): Promise<string[]> {
    return em.transactional(async (tx) => {
      const account = await this.staffAccount(tx, viewer, true);
      if (!account.totpEnabledAt) throw notEnabled();
      await this.assertSecondFactor(tx, account, { code });
      return this.replaceRecoveryCodes(tx, account);
    });
  }

  /**
   * An admin turns a colleague's two-factor login off (lost phone); the colleague sets it up again on
   * the next login if the organisation requires it. Not for oneself: that is `disable`, which asks for
   * the password and a code.
   */
  async adminReset(em: EntityManager, viewer: Viewer, counsellorId: string): Promise<Counsellor> {
    if (counsellorId === viewer.accountId) {
      throw forbidden('Turn your own two-factor login off in your profile.');
    }
    return em.transactional(async (tx) => {
      const target = await tx.findOne(
        Counsellor,
        { id: counsellorId, organisation: viewer.organisationId, deletedAt: null },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!target) throw notFound('Counsellor');
      await clearTwoFactor(tx, target);
      this.app.log.info(
        { accountId: target.id, by: viewer.accountId, organisationId: viewer.organisationId },
        'two-factor login reset by admin',
      );
      return target;
    });
  }

  /**
   * Checks a second factor against the account (locked by the caller's transaction) and uses it up:
   * an app code moves the last accepted step on, a recovery code is marked used. A wrong one counts as
   * a failed login of the account and throws; a locked account throws RATE_LIMITED before any check.
   */
  async assertSecondFactor(tx: EntityManager, account: Account, factor: SecondFactor): Promise<void> {
    const key = accountLimitKey(account.id);
    await this.app.limits.loginAccount.check(key);
    const fail = async (path: 'code' | 'recoveryCode') => {
      await this.app.limits.loginAccount.consume(key);
      return wrongCode(path);
    };
    if (factor.recoveryCode) {
      const stored = await tx.findOne(
        RecoveryCode,
        { account: account.id, codeHash: recoveryCodeHash(factor.recoveryCode), usedAt: null },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!stored) throw await fail('recoveryCode');
      stored.usedAt = new Date();
    } else {
      const opened = account.totpSecret ? this.sealer.openAged(account.totpSecret, totpBinding(account.id)) : null;
      // A secret that does not open (JWT_SECRET changed without JWT_SECRET_PREVIOUS) can never match:
      // the admin reset helps.
      const step = opened ? await acceptedStep(opened.plain, factor.code ?? '', account.totpLastStep) : null;
      if (step === null) throw await fail('code');
      account.totpLastStep = step;
      // Sealed under a previous JWT_SECRET: sealed again under the current one, at this first use.
      if (opened!.stale) account.totpSecret = this.sealer.seal(opened!.plain, totpBinding(account.id));
    }
    await this.app.limits.loginAccount.reset(key);
    await tx.flush();
  }

  private async assertPassword(account: Account, password: string): Promise<void> {
    const key = accountLimitKey(account.id);
    await this.app.limits.loginAccount.check(key);
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, password))) {
      await this.app.limits.loginAccount.consume(key);
      throw wrongPassword();
    }
  }

  /** The viewer's own staff account with its sealed secrets (row-locked inside a transaction). */
  private async staffAccount(em: EntityManager, viewer: Viewer, lock = false): Promise<Counsellor> {
    const account = await em.findOne(
      Counsellor,
      { id: viewer.accountId, organisation: viewer.organisationId },
      {
        populate: ['totpSecret', 'totpPendingSecret'],
        ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}),
      },
    );
    if (!account) throw notFound('Account');
    return account;
  }

  private async replaceRecoveryCodes(tx: EntityManager, account: Account): Promise<string[]> {
    await tx.nativeDelete(RecoveryCode, { account: account.id });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    for (const code of codes) {
      tx.create(RecoveryCode, { organisation: account.organisation, account, codeHash: recoveryCodeHash(code) });
    }
    await tx.flush();
    return codes;
  }
}

/** Turns two-factor login off and drops its recovery codes (flushes). */
async function clearTwoFactor(tx: EntityManager, account: Account): Promise<void> {
  account.totpSecret = null;
  account.totpPendingSecret = null;
  account.totpEnabledAt = null;
  account.totpLastStep = null;
  await tx.nativeDelete(RecoveryCode, { account: account.id });
  await tx.flush();
}
