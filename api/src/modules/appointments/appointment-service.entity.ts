import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import { Topic } from '../organisation/organisation.entity.js';
import { LocalizedText } from '../staff/counsellor.entity.js';
import { AppointmentChannel } from './appointment.enums.js';

/**
 * A bookable appointment type ("Beratungsleistung"). `internalName` is for staff only; visitors and
 * clients see `publicName` and `publicDescription` (type `BookableService`).
 */
@ObjectType('AppointmentService')
@Entity()
export class AppointmentService extends TenantEntity {
  @Field(() => String, { description: 'Staff only.' })
  @Property({ type: 'string', length: 200 })
  internalName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  publicName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  publicDescription?: string | null;

  @Field(() => [LocalizedText], {
    description: 'The public name in the organisation’s content languages (the default one is also `publicName`).',
  })
  @Property({ type: 'json', nullable: true })
  publicNames: Opt<LocalizedText[]> = [];

  @Field(() => [LocalizedText], {
    description:
      'The public description in the organisation’s content languages (the default one is also `publicDescription`).',
  })
  @Property({ type: 'json', nullable: true })
  publicDescriptions: Opt<LocalizedText[]> = [];

  @Field(() => Int)
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => Int, { description: 'Buffer after each appointment, not bookable by anyone.' })
  @Property({ type: 'integer' })
  followUpMinutes: Opt<number> = 0;

  @Field(() => AppointmentChannel)
  @Enum({ items: () => AppointmentChannel, nativeEnumName: 'appointment_channel' })
  channel!: AppointmentChannel;

  @Field(() => Topic, { nullable: true, description: 'Optional reason/topic of the appointment.' })
  @ManyToOne({ entity: () => Topic, nullable: true, deleteRule: 'set null' })
  topic?: Topic | null;

  @Field(() => Int, { nullable: true, description: 'Overrides the organisation’s minimum notice.' })
  @Property({ type: 'integer', nullable: true })
  minimumNoticeMinutes?: number | null;

  @Field(() => Boolean, { description: 'Archived services generate no slots and cannot be chosen.' })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
