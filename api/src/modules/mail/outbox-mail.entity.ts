import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';

export enum MailStatus {
  /** No SMTP server configured: the mail waits here for an admin to read. */
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(MailStatus, { name: 'MailStatus' });

/** Every outgoing mail, whether delivered by SMTP or kept in the outbox; secrets in it are redacted. */
@ObjectType()
@Entity()
@Index({ properties: ['organisation', 'createdAt'] })
export class OutboxMail extends BaseEntity {
  /** Null for mails to the platform operator. */
  @ManyToOne({ entity: 'Organisation', nullable: true, deleteRule: 'cascade' })
  organisation?: Organisation | null;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  to!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Field(() => String, { description: 'The text as sent, with the secrets of links replaced by [redacted].' })
  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'json', nullable: true, lazy: true })
  attachments?: { filename: string; contentType: string; contentBase64: string }[] | null;

  /**
   * The mail with its secrets, sealed (mail-seal.ts), while SMTP still has to deliver it; null once
   * delivered or given up, and for mails without secrets. Never exposed.
   */
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  sealed?: string | null;

  @Field(() => MailStatus)
  @Enum({ items: () => MailStatus, nativeEnumName: 'mail_status' })
  status: Opt<MailStatus> = MailStatus.QUEUED;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null;
}
