import { Entity, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';

/**
 * A person who runs the deployment: creates and suspends organisations, sets licence volumes and
 * answers licence requests. Deliberately not an `account` row: an operator belongs to no
 * organisation, so no tenant query (which all filter by the viewer's organisation) can ever match
 * one, and no tenant token can name one.
 *
 * Invariants: `loginName` and `email` are unique among operators (case-insensitive, functional
 * indexes of migration 0940). `tokenVersion` is part of every operator access token; raising it
 * ends all sessions. The set-password link is one secret at a time: only its SHA-256 is stored, and
 * issuing a new one makes the previous one useless.
 */
@Entity({ tableName: 'platform_operator' })
export class PlatformOperator extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  loginName!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 255, nullable: true, hidden: true })
  passwordHash?: string | null;

  @Property({ type: 'integer' })
  tokenVersion: Opt<number> = 0;

  /** Sessions logged out within the last access-token lifetime: id → epoch seconds (as on `account`). */
  @Property({ type: 'json', hidden: true, defaultRaw: `'{}'` })
  revokedSessions: Opt<Record<string, number>> = {};

  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  @Unique()
  passwordTokenHash?: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  passwordTokenExpiresAt?: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  passwordChangedAt?: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;
}

/** An operator's refresh token: the same rotation and reuse detection as `refresh_token`. */
@Entity({ tableName: 'operator_refresh_token' })
@Index({ properties: ['operator', 'familyId'] })
export class OperatorRefreshToken extends BaseEntity {
  @ManyToOne({ entity: () => PlatformOperator, deleteRule: 'cascade' })
  operator!: PlatformOperator;

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
