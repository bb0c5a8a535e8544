import { Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';

export const DEFAULT_HOLD_MINUTES = 10;
export const DEFAULT_MINIMUM_NOTICE_MINUTES = 120;

/**
 * The organisation's booking settings (one row per organisation, created on first change; absent
 * means the defaults). Closing days, timezone and the holiday region live on the organisation.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['organisation'] })
export class AppointmentSettings extends TenantEntity {
  @Field(() => Int, { description: 'How long a reserved slot stays hidden before it must be confirmed. @default 10' })
  @Property({ type: 'integer' })
  holdMinutes: Opt<number> = DEFAULT_HOLD_MINUTES;

  @Field(() => Int, {
    description: 'Slots start at least this many minutes from now; a service may set its own. @default 120',
  })
  @Property({ type: 'integer' })
  minimumNoticeMinutes: Opt<number> = DEFAULT_MINIMUM_NOTICE_MINUTES;
}
