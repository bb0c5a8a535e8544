import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Counsellor } from './counsellor.entity.js';

@ObjectType({ description: 'A request to raise the licence volume, mailed to the platform operator.' })
@Entity()
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
}
