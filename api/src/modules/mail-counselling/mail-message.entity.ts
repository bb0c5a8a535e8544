import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import type { MailRequest } from './mail-request.entity.js';

export enum MailAuthorKind {
  CLIENT = 'CLIENT',
  COUNSELLOR = 'COUNSELLOR',
}
registerEnumType(MailAuthorKind, { name: 'MailAuthorKind' });

/** Upper bound of one message (and of a draft), in characters. */
export const MAX_MESSAGE_LENGTH = 20_000;

/** One message of a mail request's thread. Staff view; clients see `ClientMailMessage`. */
@ObjectType('MailRequestMessage')
@Entity({ tableName: 'mail_request_message' })
@Unique({ properties: ['mailRequest', 'seq'] })
export class MailRequestMessage extends TenantEntity {
  @ManyToOne({ entity: 'MailRequest', deleteRule: 'cascade' })
  mailRequest!: MailRequest;

  /** Position in the thread, 1-based: the order of the thread ("newest last") never depends on clocks. */
  @Field(() => Int, { description: 'Position in the thread, starting at 1.' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => MailAuthorKind)
  @Enum({ items: () => MailAuthorKind, nativeEnumName: 'mail_author_kind' })
  authorKind!: MailAuthorKind;

  /** The author when `authorKind` is COUNSELLOR. */
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  counsellor?: Counsellor | null;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;
}
