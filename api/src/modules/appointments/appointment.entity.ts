import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import { Counsellor, LocalizedText } from '../staff/counsellor.entity.js';
import { Client } from '../client/client.entity.js';
import type { Account } from '../identity/account.entity.js';
import { AppointmentService } from './appointment-service.entity.js';
import { AppointmentChannel, AppointmentKind, AppointmentStatus } from './appointment.enums.js';

/**
 * Everything that occupies a counsellor's time: single appointments (booked by clients or created by
 * staff), group appointments and blockers, plus the short-lived holds of the booking flow.
 *
 * Invariant, enforced by PostgreSQL (exclusion constraint `appointment_no_overlap`, migration 0100):
 * no two HELD/BOOKED rows of one counsellor overlap in [startsAt, blockedUntil), where
 * blockedUntil = endsAt + followUpMinutes. A stale HELD row (holdExpiresAt passed) is set to EXPIRED
 * in the same transaction before an overlapping hold is inserted.
 */
@ObjectType('Appointment')
@Entity()
@Index({ properties: ['organisation', 'startsAt'] })
export class Appointment extends TenantEntity {
  @Field(() => AppointmentKind)
  @Enum({ items: () => AppointmentKind, nativeEnumName: 'appointment_kind' })
  kind!: AppointmentKind;

  @Field(() => AppointmentStatus)
  @Enum({ items: () => AppointmentStatus, nativeEnumName: 'appointment_status' })
  status!: AppointmentStatus;

  @Field(() => Counsellor)
  @ManyToOne({ entity: () => Counsellor, deleteRule: 'cascade' })
  counsellor!: Counsellor;

  @Field(() => Client, { nullable: true, description: 'SINGLE appointments: the client.' })
  @ManyToOne({ entity: () => Client, nullable: true, deleteRule: 'set null' })
  client?: Client | null;

  @Field(() => AppointmentService, { nullable: true })
  @ManyToOne({ entity: () => AppointmentService, nullable: true, deleteRule: 'set null' })
  service?: AppointmentService | null;

  @Field(() => AppointmentChannel, { nullable: true, description: 'Null for blockers.' })
  @Enum({ items: () => AppointmentChannel, nativeEnumName: 'appointment_channel', nullable: true })
  channel?: AppointmentChannel | null;

  @Field(() => String, { nullable: true, description: 'Visible to clients for group appointments.' })
  @Property({ type: 'string', length: 200, nullable: true })
  title?: string | null;

  @Field(() => [LocalizedText], {
    description:
      'Group appointments: the title in the organisation’s content languages (the default one is also `title`).',
  })
  @Property({ type: 'json', nullable: true })
  titles: Opt<LocalizedText[]> = [];

  @Field(() => String, { nullable: true, description: 'Visible to clients for group appointments.' })
  @Property({ type: 'text', nullable: true })
  remarks?: string | null;

  @Field(() => Date, { name: 'start' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  startsAt!: Date;

  @Field(() => Date, { name: 'end' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  endsAt!: Date;

  @Field(() => Int)
  @Property({ type: 'integer' })
  followUpMinutes: Opt<number> = 0;

  /** endsAt + followUpMinutes: the end of the time this row keeps busy. */
  @Property({ type: 'Date', columnType: 'timestamptz' })
  blockedUntil!: Date;

  @Field(() => Date, { nullable: true, description: 'HELD only: when the hold lapses.' })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  holdExpiresAt?: Date | null;

  /** SHA-256 of the secret that lets the visitor who reserved confirm or release the hold. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  holdTokenHash?: string | null;

  /** SHA-256 of the secret in the cancel link of the confirmation mail. */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  cancelTokenHash?: string | null;

  /** Where confirmation and cancellation mails go (given when booking; may differ from the account). */
  @Property({ type: 'string', length: 254, nullable: true, hidden: true })
  contactEmail?: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  consentAt?: Date | null;

  /**
   * SINGLE bookings: the content language the client booked in (one of the organisation's, see
   * `contentLanguage`); mails and "my appointments" use it. Null: the organisation's default.
   */
  @Property({ type: 'string', length: 35, nullable: true, hidden: true })
  lang?: string | null;

  @Field(() => Int, { nullable: true, description: 'GROUP only.' })
  @Property({ type: 'integer', nullable: true })
  maxParticipants?: number | null;

  @Field(() => Boolean, { description: 'GROUP only: clients may book a seat (no = internal, e.g. team meeting).' })
  @Property({ type: 'boolean' })
  bookableByClients: Opt<boolean> = false;

  @Field(() => Int, { description: 'iCalendar SEQUENCE: raised on every change clients are told about.' })
  @Property({ type: 'integer' })
  sequence: Opt<number> = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  cancelledAt?: Date | null;

  /**
   * When it became BOOKED: a client's confirmation of their hold (`createdAt` is the hold's), or staff
   * creating it. Null while HELD, for holds that never became bookings, and for appointments cancelled
   * before migration 1015 (booked ones got their `createdAt`).
   */
  @Field(() => Date, {
    nullable: true,
    description:
      'When it was booked: the client’s confirmation (createdAt is their reservation’s) or its creation by staff; null while held.',
  })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  bookedAt?: Date | null;

  @ManyToOne({ entity: 'Account', nullable: true, deleteRule: 'set null' })
  createdBy?: Account | null;

  @OneToMany({ entity: () => GroupParticipant, mappedBy: 'appointment', orderBy: { createdAt: 'asc' } })
  participants = new Collection<GroupParticipant>(this);

  @Field(() => ID)
  get counsellorId(): string {
    return this.counsellor.id;
  }
}

/** A client's seat in a group appointment. At most `maxParticipants` rows (row lock on the appointment). */
@Entity()
@Unique({ properties: ['appointment', 'client'] })
export class GroupParticipant extends TenantEntity {
  @ManyToOne({ entity: () => Appointment, deleteRule: 'cascade' })
  appointment!: Appointment;

  @ManyToOne({ entity: () => Client, deleteRule: 'cascade' })
  client!: Client;

  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  cancelTokenHash?: string | null;

  @Property({ type: 'string', length: 254, nullable: true, hidden: true })
  contactEmail?: string | null;

  /** The content language the seat was booked in (see Appointment.lang); null: the organisation's default. */
  @Property({ type: 'string', length: 35, nullable: true, hidden: true })
  lang?: string | null;
}

/**
 * The cancel token of a group seat that was given up. The seat row is deleted (seats are counted
 * against `maxParticipants`), so without this the link answered NOT_FOUND the second time; with it
 * a repeated cancel answers CANCELLED, as a single booking's link does.
 */
@Entity()
export class CancelledSeat extends TenantEntity {
  @ManyToOne({ entity: () => Appointment, deleteRule: 'cascade' })
  appointment!: Appointment;

  @Property({ type: 'string', length: 64, hidden: true })
  @Unique()
  cancelTokenHash!: string;
}
