import { Entity, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { AppointmentService } from './appointment-service.entity.js';

/** A counsellor's booking horizon (absent: 4 weeks). */
@Entity()
@Unique({ properties: ['counsellor'] })
export class CounsellorSchedule extends TenantEntity {
  @ManyToOne({ entity: 'Counsellor', deleteRule: 'cascade' })
  counsellor!: Counsellor;

  /** 1, 2, 4 or 8. */
  @Property({ type: 'integer' })
  horizonWeeks: Opt<number> = 4;
}

export const DEFAULT_HORIZON_WEEKS = 4;

/**
 * One weekly booking window: on `weekday` (1 = Monday … 7 = Sunday, ISO) from `startMinute` to
 * `endMinute` (minutes after local midnight in the organisation's timezone) the counsellor offers
 * back-to-back slots of `service`. Windows may overlap (parallel slots).
 */
@ObjectType()
@Entity()
@Index({ properties: ['organisation', 'counsellor'] })
export class BookingWindow extends TenantEntity {
  @ManyToOne({ entity: 'Counsellor', deleteRule: 'cascade' })
  counsellor!: Counsellor;

  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' })
  @Property({ type: 'smallint' })
  weekday!: number;

  @Property({ type: 'integer' })
  startMinute!: number;

  @Property({ type: 'integer' })
  endMinute!: number;

  @Field(() => AppointmentService)
  @ManyToOne({ entity: () => AppointmentService, deleteRule: 'cascade' })
  service!: AppointmentService;

  @Field(() => String, { name: 'from', description: 'Local start time, HH:MM.' })
  get fromTime(): string {
    return formatMinutes(this.startMinute);
  }

  @Field(() => String, { name: 'to', description: 'Local end time, HH:MM (24:00 = midnight).' })
  get toTime(): string {
    return formatMinutes(this.endMinute);
  }
}

export function formatMinutes(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
