import { BigIntType, Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';

/**
 * What stays of a deleted organisation: who it was, when it was deleted and how many rows of
 * each table went. Written by the deletion job before it deletes anything (`completedAt` null
 * while it runs), so a job that stops half-way and runs again keeps the counts of the first run.
 * No foreign key: the organisation is gone when this is read.
 */
@Entity()
export class OrganisationDeletion extends BaseEntity {
  @Property({ type: 'uuid' })
  @Unique()
  deletedOrganisationId!: string;

  @Property({ type: 'string', length: 64 })
  slug!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** When the operator asked for the deletion (`org delete`). */
  @Property({ type: 'Date', columnType: 'timestamptz' })
  requestedAt!: Date;

  /** The end of the grace period. */
  @Property({ type: 'Date', columnType: 'timestamptz' })
  dueAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  /** Rows deleted per table (the organisation's own row under `organisation`). */
  @Property({ type: 'json' })
  rowCounts!: Record<string, number>;

  @Property({ type: 'integer' })
  fileCount!: number;

  @Property({ type: new BigIntType('number'), columnType: 'bigint' })
  fileBytes!: number;
}
