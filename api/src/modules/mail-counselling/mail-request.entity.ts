import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Client } from '../client/client.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import type { Topic } from '../organisation/organisation.entity.js';
import type { MailRequestMessage } from './mail-message.entity.js';

/**
 * Where a request stands. Transitions (see `nextStatus` in status.ts, the one place that decides):
 *
 * | event                          | from                      | to                                   |
 * |--------------------------------|---------------------------|--------------------------------------|
 * | created, a counsellor found    | –                         | ASSIGNED                             |
 * | created, nobody found          | –                         | NEW                                  |
 * | client writes                  | NEW, OPEN, ASSIGNED       | unchanged                            |
 * | client writes                  | ANSWERED                  | ASSIGNED                             |
 * | assigned counsellor answers    | ASSIGNED, ANSWERED        | ANSWERED                             |
 * | release (assignee or admin)    | ASSIGNED, ANSWERED        | OPEN (nobody assigned)               |
 * | take over / assign by admin    | NEW, OPEN (+ ASSIGNED, ANSWERED for assign) | ASSIGNED if the client waits, else ANSWERED |
 * | close (assignee or admin)      | any but CLOSED            | CLOSED (final)                       |
 *
 * Invariant: a counsellor is assigned exactly in ASSIGNED and ANSWERED (and may be kept on CLOSED).
 * CLOSED is final: a returning client writes a new request, which routing gives to the same
 * counsellor anyway (primary or last contact).
 */
export enum MailRequestStatus {
  /** Nobody could be assigned (no counsellor with room and no fallback counsellor). */
  NEW = 'NEW',
  /** A counsellor is responsible and the client waits for an answer. */
  ASSIGNED = 'ASSIGNED',
  /** Released by its counsellor so that a colleague can take it over (with its draft). */
  OPEN = 'OPEN',
  /** The counsellor answered last; the client's turn. */
  ANSWERED = 'ANSWERED',
  /** Finished. */
  CLOSED = 'CLOSED',
}
registerEnumType(MailRequestStatus, { name: 'MailRequestStatus' });

/** Statuses in which the request counts against its counsellor's capacity. */
export const LOAD_STATUSES = [MailRequestStatus.ASSIGNED, MailRequestStatus.ANSWERED] as const;
/** Statuses without a responsible counsellor: the pool colleagues may take over from. */
export const POOL_STATUSES = [MailRequestStatus.NEW, MailRequestStatus.OPEN] as const;

/** Which routing step assigned the request when it arrived. */
export enum MailRoutingReason {
  CHOSEN = 'CHOSEN',
  PRIMARY = 'PRIMARY',
  LAST_CONTACT = 'LAST_CONTACT',
  LEAST_LOADED = 'LEAST_LOADED',
  FALLBACK = 'FALLBACK',
  UNASSIGNED = 'UNASSIGNED',
}
registerEnumType(MailRoutingReason, {
  name: 'MailRoutingReason',
  description: 'Which routing step assigned the request when it arrived.',
});

/**
 * SQL for "the client has waited longer than the organisation's period": from `waitingSince` (the
 * client's first message since the last answer) plus `organisation.mail_overdue_hours`. A formula,
 * so the `overdue` field, the filter and pagination all use the same expression and the same clock.
 */
const dueAtSql = (t: string) =>
  `(${t}.waiting_since + make_interval(hours => (select o.mail_overdue_hours from organisation o where o.id = ${t}.organisation_id)))`;

/** A mail request ("Mailanfrage"): a thread started by a client. Staff view; clients see `ClientMailRequest`. */
@ObjectType('MailRequest', { description: 'A mail request as staff see it.' })
@Entity({ tableName: 'mail_request' })
@Index({ properties: ['organisation', 'createdAt', 'id'] })
@Index({ properties: ['organisation', 'counsellor', 'status'] })
@Index({ properties: ['organisation', 'counsellor', 'assignedAt'] })
@Index({ properties: ['organisation', 'client', 'createdAt'] })
export class MailRequest extends TenantEntity {
  @ManyToOne({ entity: 'Client', deleteRule: 'cascade' })
  client!: Client;

  /** Never changes (readonly here, and a database trigger refuses any update of the column). */
  @Field(() => String, { description: 'Set by the client when writing; can never be changed.' })
  @Property({ type: 'string', length: 200 })
  readonly subject!: string;

  @Field(() => MailRequestStatus)
  @Enum({ items: () => MailRequestStatus, nativeEnumName: 'mail_request_status' })
  status!: MailRequestStatus;

  /** The responsible counsellor (set exactly in ASSIGNED and ANSWERED). */
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  counsellor?: Counsellor | null;

  /** The counsellor the client chose, whether or not routing could honour the choice. */
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  chosenCounsellor?: Counsellor | null;

  @ManyToOne({ entity: 'Topic', nullable: true, deleteRule: 'set null' })
  topic?: Topic | null;

  /** Values of the organisation's master-data fields given with the request, by key. */
  @Property({ type: 'json' })
  requestData: Opt<Record<string, string>> = {};

  @Field(() => MailRoutingReason)
  @Enum({ items: () => MailRoutingReason, nativeEnumName: 'mail_routing_reason' })
  routedBy!: MailRoutingReason;

  @Field(() => Date, {
    nullable: true,
    description:
      'Since when the client waits for an answer (their first message since the last answer); null when not waiting.',
  })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  waitingSince?: Date | null;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz' })
  lastMessageAt!: Date;

  /**
   * When the current counsellor got the request: set with every change of `counsellor` (routing,
   * take-over, assignment; null on release), at the instant of its `MailAssignment` row. Routing's
   * round-robin tie-break.
   */
  @Field(() => Date, {
    nullable: true,
    description:
      'When the current counsellor became responsible (routed, took over or was assigned); null when nobody is.',
  })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  assignedAt?: Date | null;

  /** Messages so far; the next message gets `messageCount + 1` as its position (under a row lock). */
  @Property({ type: 'integer' })
  messageCount: Opt<number> = 0;

  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  releasedBy?: Counsellor | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => Boolean, {
    description: 'The client has waited longer than the organisation’s mail overdue period for an answer.',
  })
  @Property({ type: 'boolean', formula: (t) => `coalesce(${dueAtSql(String(t))} <= now(), false)`, lazy: false })
  overdue?: Opt<boolean>;

  @Field(() => Date, { nullable: true, description: 'When the request becomes overdue if nobody answers.' })
  @Property({ type: 'Date', formula: (t) => dueAtSql(String(t)), lazy: false })
  dueAt?: Opt<Date> | null;

  @OneToMany<MailRequestMessage, MailRequest>({
    entity: 'MailRequestMessage',
    mappedBy: 'mailRequest',
    orderBy: { seq: 'asc' },
  })
  messages = new Collection<MailRequestMessage>(this);
}
