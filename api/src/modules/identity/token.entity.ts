import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Account } from './account.entity.js';

/**
 * A refresh token. Only its SHA-256 is stored. Tokens of one login form a family: each refresh
 * rotates the token (marks the old one used, issues the next); presenting a used token again means
 * it was stolen or replayed, and the whole family is revoked.
 */
@Entity()
@Index({ properties: ['account', 'familyId'] })
export class RefreshToken extends TenantEntity {
  @ManyToOne({ entity: 'Account', deleteRule: 'cascade' })
  account!: Account;

  @Property({ type: 'uuid' })
  familyId!: string;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}

export enum OneTimeTokenPurpose {
  PASSWORD_RESET = 'PASSWORD_RESET',
  INVITATION = 'INVITATION',
  /** The step between a right password and the second factor (two-factor.service.ts). */
  TWO_FACTOR_LOGIN = 'TWO_FACTOR_LOGIN',
  /** A client's new notification address, active once the link mailed to it is followed (notification-email.service.ts). */
  EMAIL_CONFIRMATION = 'EMAIL_CONFIRMATION',
}

/** Single-use, expiring token: delivered by mail (password reset, invitation) or a login challenge. Stored hashed. */
@Entity()
export class OneTimeToken extends TenantEntity {
  @ManyToOne({ entity: 'Account', deleteRule: 'cascade' })
  @Index()
  account!: Account;

  @Enum({ items: () => OneTimeTokenPurpose, nativeEnumName: 'one_time_token_purpose' })
  purpose!: OneTimeTokenPurpose;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  /** EMAIL_CONFIRMATION only: the address (lower-cased) that becomes the account's email when confirmed. */
  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;
}

/** A two-factor recovery code: single use, shown once, only its SHA-256 stored. */
@Entity()
export class RecoveryCode extends TenantEntity {
  @ManyToOne({ entity: 'Account', deleteRule: 'cascade' })
  @Index()
  account!: Account;

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}
