import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import { PostalAddress } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { AppointmentChannel } from './appointment.enums.js';

/**
 * A channel a counsellor offers. VIDEO uses the platform's video unless `externalUrl` is set (then
 * every video link of this counsellor is that static URL); ON_SITE carries the address of the place.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['counsellor', 'channel'] })
export class CounsellorChannel extends TenantEntity {
  @ManyToOne({ entity: 'Counsellor', deleteRule: 'cascade' })
  counsellor!: Counsellor;

  @Field(() => AppointmentChannel)
  @Enum({ items: () => AppointmentChannel, nativeEnumName: 'appointment_channel' })
  channel!: AppointmentChannel;

  @Field(() => String, {
    nullable: true,
    description: 'VIDEO only: an external video service used instead of the platform.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  externalUrl?: string | null;

  @Field(() => PostalAddress, { nullable: true, description: 'ON_SITE only: where the appointment takes place.' })
  @Property({ type: 'json', nullable: true })
  address?: PostalAddress | null;
}
