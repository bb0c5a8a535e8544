import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Counsellor } from './counsellor.entity.js';
import type { PlatformOperator } from '../platform-operator/platform-operator.entity.js';

export enum LicenceRequestStatus {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  DECLINED = 'DECLINED',
}
registerEnumType(LicenceRequestStatus, {
  name: 'LicenceRequestStatus',
  description: 'PENDING until the platform operator answers; GRANTED set the licence volume.',
});

@ObjectType({ description: 'A request to raise the licence volume, mailed to the platform operator.' })
@Entity()
// The operator's list of open requests across organisations (migration 0941).
@Index({ properties: ['status', 'createdAt'] })
export class LicenceRequest extends TenantEntity {
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  requestedBy?: Counsellor | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  contactPerson!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => Int, { description: 'Requested total number of active counsellors.' })
  @Property({ type: 'integer' })
  requestedVolume!: number;

  @Field(() => Int, { description: 'Licence volume when the request was made.' })
  @Property({ type: 'integer' })
  currentVolume!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  remark?: string | null;

  @Field(() => LicenceRequestStatus)
  @Enum({ items: () => LicenceRequestStatus, nativeEnumName: 'licence_request_status' })
  status: Opt<LicenceRequestStatus> = LicenceRequestStatus.PENDING;

  @Field(() => Date, { nullable: true, description: 'When the platform operator answered.' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  answeredAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'GRANTED: the licence volume set.' })
  @Property({ type: 'integer', nullable: true })
  grantedVolume?: number | null;

  @Field(() => String, { nullable: true, description: 'The platform operator’s message, also in the answer mail.' })
  @Property({ type: 'text', nullable: true })
  answerMessage?: string | null;

  /** Not exposed to the organisation: who of the operators answered. */
  @ManyToOne({ entity: 'PlatformOperator', nullable: true, deleteRule: 'set null' })
  answeredBy?: PlatformOperator | null;
}
