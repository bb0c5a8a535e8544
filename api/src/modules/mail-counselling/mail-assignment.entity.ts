import { Entity, Enum, Index, ManyToOne } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Account } from '../identity/account.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import type { MailRequest } from './mail-request.entity.js';

/** What changed who is responsible for a request. */
export enum MailAssignmentKind {
  /** Routing gave the new request to a counsellor. */
  ROUTED = 'ROUTED',
  /** A staff member took the request over from the pool. */
  TAKEN_OVER = 'TAKEN_OVER',
  /** An admin made a counsellor responsible. */
  ASSIGNED = 'ASSIGNED',
  /** The counsellor or an admin released the request to the pool. */
  RELEASED = 'RELEASED',
}
registerEnumType(MailAssignmentKind, {
  name: 'MailAssignmentKind',
  description: 'What changed who is responsible for a mail request.',
  valuesConfig: {
    ROUTED: { description: 'Routing gave the new request to a counsellor.' },
    TAKEN_OVER: { description: 'A staff member took the request over from the pool.' },
    ASSIGNED: { description: 'An admin made a counsellor responsible.' },
    RELEASED: { description: 'The counsellor or an admin released the request to the pool.' },
  },
});

/**
 * One change of a request's counsellor (`MailRequest.counsellor`), written in the transaction that
 * makes it, at the same instant as `MailRequest.assignedAt` and the `mailRequestChanged` event's
 * `at`. It answers what the request row cannot: that a request was taken from someone, and when.
 * Kept as long as the request (deleted with it, e.g. by the deletion routine); no text, ids only.
 * Rows exist from migration 1015 on; earlier changes were not recorded. Migration 1015 also indexes
 * `counsellor`, `previousCounsellor` and `actor` each on its own (partial, not null), for the
 * ON DELETE SET NULL of account deletions; partial indexes are not declared here.
 */
@ObjectType('MailAssignment', {
  description:
    'A change of who is responsible for a mail request, at `createdAt` (the `at` of its `mailRequestChanged` event); ids only, `request` for what you may still see.',
})
@Entity({ tableName: 'mail_assignment' })
@Index({ properties: ['organisation', 'counsellor', 'createdAt'] })
@Index({ properties: ['organisation', 'previousCounsellor', 'createdAt'] })
export class MailAssignment extends TenantEntity {
  @ManyToOne({ entity: 'MailRequest', deleteRule: 'cascade', index: true })
  mailRequest!: MailRequest;

  @Field(() => MailAssignmentKind)
  @Enum({ items: () => MailAssignmentKind, nativeEnumName: 'mail_assignment_kind' })
  kind!: MailAssignmentKind;

  /** Responsible after the change (null: released to the pool). */
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  counsellor?: Counsellor | null;

  /** Responsible before the change (null: it was in the pool, or new). */
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  previousCounsellor?: Counsellor | null;

  /** The staff member who made the change; null when routing did. */
  @ManyToOne({ entity: 'Account', nullable: true, deleteRule: 'set null' })
  actor?: Account | null;

  @Field(() => ID)
  get requestId(): string {
    return this.mailRequest.id;
  }

  @Field(() => ID, { nullable: true, description: 'Responsible after the change; null: released to the pool.' })
  get counsellorId(): string | null {
    return this.counsellor?.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'Responsible before the change; null: in the pool, or new.' })
  get previousCounsellorId(): string | null {
    return this.previousCounsellor?.id ?? null;
  }

  @Field(() => ID, { nullable: true, description: 'Who made the change; null when routing did.' })
  get actorId(): string | null {
    return this.actor?.id ?? null;
  }
}

/** `createdAt` is the change's instant (the same as `assignedAt` and the live event's `at`). */
export type MailAssignmentData = {
  at: Date;
  kind: MailAssignmentKind;
  counsellorId: string | null;
  previousCounsellorId: string | null;
  actorId: string | null;
};

/** Records a change of `request`'s counsellor in the caller's transaction (flushed with it). */
export function recordAssignment(tx: EntityManager, request: MailRequest, d: MailAssignmentData): void {
  tx.create(MailAssignment, {
    organisation: request.organisation,
    mailRequest: request,
    kind: d.kind,
    counsellor: d.counsellorId,
    previousCounsellor: d.previousCounsellorId,
    actor: d.actorId,
    createdAt: d.at,
    updatedAt: d.at,
  } as never);
}
