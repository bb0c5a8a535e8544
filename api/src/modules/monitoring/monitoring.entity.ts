import { Entity, Enum, Index, ManyToOne, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Organisation, Topic } from '../organisation/organisation.entity.js';
import type { Client } from '../client/client.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import type { Appointment } from '../appointments/appointment.entity.js';
import type { MailRequest } from '../mail-counselling/mail-request.entity.js';
import type { ChatStream } from '../chat/chat-stream.entity.js';

/** How the counselling took place. The appointment channels plus MAIL (mail counselling). */
export enum MonitoringChannel {
  VIDEO = 'VIDEO',
  CHAT = 'CHAT',
  PHONE = 'PHONE',
  ON_SITE = 'ON_SITE',
  MAIL = 'MAIL',
}
registerEnumType(MonitoringChannel, { name: 'MonitoringChannel' });

/** What a monitoring documents, when it was made from one (createMonitoringFromSource). */
export enum MonitoringSourceKind {
  APPOINTMENT = 'APPOINTMENT',
  MAIL_REQUEST = 'MAIL_REQUEST',
  CHAT_STREAM = 'CHAT_STREAM',
}
registerEnumType(MonitoringSourceKind, { name: 'MonitoringSourceKind' });

/** A day of work is at most 24 hours; longer is a typing error (minutes given as seconds…). */
export const MAX_DURATION_MINUTES = 1440;
export const MAX_SUBJECT_LENGTH = 200;
export const MAX_NOTES_LENGTH = 20_000;

/**
 * Case documentation ("Monitoring"): one piece of counselling work of a counsellor with a client.
 *
 * `date` is a calendar day in the organisation's timezone (ISO `YYYY-MM-DD`), so statistics group by
 * day and month without timezone arithmetic. Invariants (database checks, migration 0960): at most one
 * source column is set; 1 ≤ durationMinutes ≤ 1440; the subject is empty only once anonymised.
 *
 * Anonymised (the client was purged, anonymise.ts): client, sources, subject, notes and request data
 * are gone; counsellor, date, duration, channel and topics stay, so statistics keep counting them.
 */
@ObjectType('Monitoring', { description: 'Case documentation: one piece of counselling work.' })
@Entity({ tableName: 'monitoring' })
@Index({ properties: ['organisation', 'date', 'createdAt', 'id'] })
@Index({
  name: 'monitoring_counsellor_list_index',
  properties: ['organisation', 'counsellor', 'date', 'createdAt', 'id'],
})
@Index({ properties: ['organisation', 'client'] })
export class Monitoring extends TenantEntity {
  @ManyToOne({ entity: 'Counsellor', deleteRule: 'cascade' })
  counsellor!: Counsellor;

  /** Null once anonymised (or if the client row is deleted outright). */
  @ManyToOne({ entity: 'Client', nullable: true, deleteRule: 'set null' })
  client?: Client | null;

  @Field(() => Boolean, {
    description: 'The client was purged: only the figures remain (no client, subject, notes or source).',
  })
  @Property({ type: 'boolean' })
  anonymised: Opt<boolean> = false;

  @ManyToOne({ entity: 'Appointment', nullable: true, deleteRule: 'set null' })
  appointment?: Appointment | null;

  @ManyToOne({ entity: 'MailRequest', nullable: true, deleteRule: 'set null' })
  mailRequest?: MailRequest | null;

  @ManyToOne({ entity: 'ChatStream', nullable: true, deleteRule: 'set null' })
  chatStream?: ChatStream | null;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD) in the organisation timezone.' })
  @Property({ type: 'string', columnType: 'date' })
  date!: string;

  @Field(() => Int, { description: 'Minutes of work, 1–1440.' })
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => String, { description: 'Empty once anonymised.' })
  @Property({ type: 'string', length: MAX_SUBJECT_LENGTH })
  subject!: string;

  @Field(() => MonitoringChannel, { nullable: true })
  @Enum({ items: () => MonitoringChannel, nativeEnumName: 'monitoring_channel', nullable: true })
  channel?: MonitoringChannel | null;

  @Field(() => String, { nullable: true, description: 'Internal notes; null once anonymised.' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  /** Values of the organisation's master-data fields (copied from a mail request), by key. */
  @Property({ type: 'json' })
  requestData: Opt<Record<string, string>> = {};
}

/**
 * A topic of a monitoring. Its own table (not an array column) so statistics by topic are a join
 * with an index, and deleting a topic removes it from monitorings by foreign key.
 */
@Entity({ tableName: 'monitoring_topic' })
@Index({ properties: ['organisation', 'topic'] })
export class MonitoringTopic {
  [PrimaryKeyProp]?: ['monitoring', 'topic'];

  @ManyToOne({ entity: 'Monitoring', primary: true, deleteRule: 'cascade' })
  monitoring!: Monitoring;

  @ManyToOne({ entity: 'Topic', primary: true, deleteRule: 'cascade' })
  topic!: Topic;

  @ManyToOne({ entity: 'Organisation', deleteRule: 'cascade' })
  organisation!: Organisation;
}

export const monitoringEntities = [Monitoring, MonitoringTopic];
