import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import type { MailRequest } from './mail-request.entity.js';

/**
 * The one draft answer of a request (unique per request). It belongs to whoever is responsible for
 * the request: it stays with a released request and moves to the colleague who takes it over.
 * Deleted when the answer is sent or the request is closed.
 */
@ObjectType('MailDraft')
@Entity({ tableName: 'mail_draft' })
export class MailDraft extends TenantEntity {
  @ManyToOne({ entity: 'MailRequest', deleteRule: 'cascade' })
  @Unique()
  mailRequest!: MailRequest;

  @ManyToOne({ entity: 'Counsellor', deleteRule: 'cascade' })
  author!: Counsellor;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { description: 'When the draft was last saved.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  savedAt!: Date;
}
