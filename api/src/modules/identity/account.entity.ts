import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';

export enum AccountKind {
  STAFF = 'STAFF',
  CLIENT = 'CLIENT',
}

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  BLOCKED = 'BLOCKED',
  DELETION_PENDING = 'DELETION_PENDING',
}
registerEnumType(AccountStatus, { name: 'AccountStatus' });

/** The columns that decide whether an account may use its tokens (read on every request). */
export interface AccountState {
  kind: AccountKind;
  status: AccountStatus;
  /** Staff only: deactivated counsellors cannot log in. Null for clients. */
  active: boolean | null;
  token_version?: number;
  /** Sessions (refresh-token families) logged out recently: id → epoch seconds (migration 0920). */
  revoked_sessions?: Record<string, number> | null;
}

/** Whether the session a token belongs to was logged out (its access token then stops working at once). */
export function sessionRevoked(state: Pick<AccountState, 'revoked_sessions'>, sessionId: string): boolean {
  return !!state.revoked_sessions && Object.hasOwn(state.revoked_sessions, sessionId);
}

export function accountCanLogIn(a: Pick<AccountState, 'kind' | 'status' | 'active'>): boolean {
  return a.status === AccountStatus.ACTIVE && (a.kind !== AccountKind.STAFF || a.active !== false);
}

/**
 * Credentials and state shared by staff and clients (single-table inheritance on `kind`).
 *
 * Invariants: `loginName` never changes and is unique, case-insensitively: a staff member's on the
 * platform, a client's (their pseudonym) within their organisation (migration 0985, login-names.ts);
 * a staff email is unique on the platform, a client email within its organisation.
 * `tokenVersion` is part of every access token: raising it ends all sessions at once (password
 * change, block, deletion).
 */
@ObjectType('AccountBase')
@Entity({ tableName: 'account', abstract: true, discriminatorColumn: 'kind' })
@Index({ properties: ['organisation', 'kind'] })
export abstract class Account extends TenantEntity {
  @Enum({ items: () => AccountKind, nativeEnumName: 'account_kind' })
  kind!: AccountKind;

  @Field(() => String, {
    description:
      'Immutable. Staff: unique on the platform, never shown to clients. Clients: their pseudonym, unique within the organisation.',
  })
  @Property({ type: 'string', length: 64 })
  loginName!: string;

  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Property({ type: 'string', length: 255, nullable: true, hidden: true, lazy: false })
  passwordHash?: string | null;

  @Field(() => AccountStatus)
  @Enum({ items: () => AccountStatus, nativeEnumName: 'account_status' })
  status: Opt<AccountStatus> = AccountStatus.ACTIVE;

  @Property({ type: 'integer' })
  tokenVersion: Opt<number> = 0;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  passwordChangedAt?: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  /** Staff two-factor login (two-factor.service.ts): the TOTP secret, sealed (totp-seal.ts); never plain. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  totpSecret?: string | null;

  /** The sealed secret of a setup that was started and not yet confirmed with a code. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  totpPendingSecret?: string | null;

  /** Set while two-factor login is on. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  totpEnabledAt?: Date | null;

  /**
   * The last accepted 30-second time step: codes of it and earlier steps are refused (no replay). An
   * integer holds steps until the year 4011.
   */
  @Property({ type: 'integer', nullable: true, hidden: true })
  totpLastStep?: number | null;

  /** Whether this account may log in and use tokens now. */
  canLogIn(): boolean {
    return accountCanLogIn({ kind: this.kind, status: this.status, active: this.isEnabled() });
  }

  /** Subclass hook: a deactivated counsellor cannot log in. */
  protected isEnabled(): boolean {
    return true;
  }
}
