import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';

/** A period in which a counsellor offers no slots (holiday, illness, training). */
@ObjectType()
@Entity()
@Index({ properties: ['organisation', 'counsellor', 'startsAt'] })
export class Absence extends TenantEntity {
  @ManyToOne({ entity: 'Counsellor', deleteRule: 'cascade' })
  counsellor!: Counsellor;

  @Field(() => Date, { name: 'start' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  startsAt!: Date;

  @Field(() => Date, { name: 'end' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  note?: string | null;
}
