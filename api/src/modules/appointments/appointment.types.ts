/** GraphQL object types of the appointments module that are not entities (public shapes, results). */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { syncUnion } from '../../graphql/unions.js';
import { LocalizedText } from '../staff/counsellor.entity.js';
import { PostalAddress } from '../organisation/organisation.entity.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentChannel, AppointmentKind, AppointmentStatus } from './appointment.enums.js';
import { BookingWindow } from './booking-window.entity.js';

@ObjectType({ description: 'A service as visitors and clients see it (no internal name).' })
export class BookableService {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => AppointmentChannel) channel!: AppointmentChannel;
  @Field(() => String, { nullable: true, description: 'Name of the topic (reason), if any.' }) topic?: string | null;
}

@ObjectType({ description: 'A counsellor as visitors and clients see them: public profile only.' })
export class BookableCounsellor {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) avatarUrl?: string | null;
  @Field(() => [String]) languages!: string[];
  @Field(() => [LocalizedText]) descriptions!: LocalizedText[];
  @Field(() => Boolean, { description: 'Only their regular clients may book.' }) onlyRegularClients!: boolean;
  @Field(() => [ID], { description: 'Services this counsellor has booking times for.' }) serviceIds!: string[];
  @Field(() => [AppointmentChannel]) channels!: AppointmentChannel[];
}

@ObjectType({ description: 'Free slots of one counsellor for one service: a compact list of start instants.' })
export class FreeSlots {
  @Field(() => ID) counsellorId!: string;
  @Field(() => ID) serviceId!: string;
  @Field(() => Int) durationMinutes!: number;
  /** Epoch ms (the scalar serializes numbers as instants). */
  @Field(() => [Date], { description: 'UTC instants, ascending.' }) starts!: number[];
}

@ObjectType({ description: 'A hold on a slot: hidden from everyone until it is confirmed or expires.' })
export class Reservation {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Secret needed to confirm or release this reservation.' }) holdToken!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
  @Field(() => ID) counsellorId!: string;
  @Field(() => ID) serviceId!: string;
}

@ObjectType({ description: 'The slot is no longer free (taken, held by someone else, or removed). Refetch.' })
export class SlotTaken {
  @Field(() => String) message!: string;
  @Field(() => String, { description: 'Always SLOT_TAKEN.' }) reason!: 'SLOT_TAKEN';
}

export const slotTaken = (): SlotTaken => ({
  message: 'This time is no longer available. Please choose another slot.',
  reason: 'SLOT_TAKEN',
});

@ObjectType({ description: 'Every seat of the group appointment is taken.' })
export class GroupFull {
  @Field(() => String) message!: string;
  @Field(() => Int, { description: 'The maximum number of participants.' }) capacity!: number;
  @Field(() => Int, { description: 'Seats free before the change (0 when the participants fill or exceed it).' })
  seatsLeft!: number;
  @Field(() => Int, {
    description:
      'Seats the change asked for: the clients (and client groups’ active members) not seated yet; 1 for a booking.',
  })
  seatsRequested!: number;
  @Field(() => String, { description: 'Always GROUP_FULL.' }) reason!: 'GROUP_FULL';
}

/** `max` seats, `taken` of them occupied, `requested` more asked for (so a form can say how many do not fit). */
export const groupFull = (max: number, taken: number, requested: number): GroupFull => ({
  message: 'This group appointment is fully booked.',
  capacity: max,
  seatsLeft: Math.max(0, max - taken),
  seatsRequested: requested,
  reason: 'GROUP_FULL',
});

@ObjectType({ description: 'A confirmed booking, as shown to the person who booked.' })
export class Booking {
  @Field(() => ID) id!: string;
  @Field(() => AppointmentKind) kind!: AppointmentKind;
  @Field(() => AppointmentStatus) status!: AppointmentStatus;
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
  @Field(() => String, { nullable: true, description: 'Group appointments: the title.' }) title?: string | null;
  @Field(() => AppointmentChannel, { nullable: true }) channel?: AppointmentChannel | null;
  @Field(() => BookableService, { nullable: true }) service?: BookableService | null;
  @Field(() => BookableCounsellor) counsellor!: BookableCounsellor;
  @Field(() => PostalAddress, { nullable: true, description: 'ON_SITE: where to go.' }) address?: PostalAddress | null;
  @Field(() => String, { description: 'The pseudonym the booking was made under.' }) pseudonym!: string;
  @Field(() => String, { nullable: true, description: 'Secret of the cancel link (only in the answer that books).' })
  cancelToken?: string | null;
  @Field(() => String, { nullable: true, description: 'Link that cancels this booking (also in the mail).' })
  cancelUrl?: string | null;
  @Field(() => String, { description: 'iCalendar file (text/calendar) for download.' }) calendarFile!: string;
}

export const ReserveSlotResult = syncUnion({
  name: 'ReserveSlotResult',
  types: () => [Reservation, SlotTaken] as const,
  resolveType: (v) => ('holdToken' in v ? Reservation : SlotTaken),
});

export const ConfirmBookingResult = syncUnion({
  name: 'ConfirmBookingResult',
  types: () => [Booking, SlotTaken] as const,
  resolveType: (v) => ('reason' in v ? SlotTaken : Booking),
});

export const BookGroupSeatResult = syncUnion({
  name: 'BookGroupSeatResult',
  types: () => [Booking, GroupFull] as const,
  resolveType: (v) => ('reason' in v ? GroupFull : Booking),
});

export const AppointmentResult = syncUnion({
  name: 'AppointmentResult',
  description: 'The appointment, or SlotTaken when the counsellor already has something at that time.',
  types: () => [Appointment, SlotTaken] as const,
  resolveType: (v) => (v instanceof Appointment ? Appointment : SlotTaken),
});

export const GroupAppointmentResult = syncUnion({
  name: 'GroupAppointmentResult',
  description: 'SlotTaken when the counsellor is busy then; GroupFull when the client groups’ members do not fit.',
  types: () => [Appointment, SlotTaken, GroupFull] as const,
  resolveType: (v) => (v instanceof Appointment ? Appointment : 'capacity' in v ? GroupFull : SlotTaken),
});

export const GroupParticipantsResult = syncUnion({
  name: 'GroupParticipantsResult',
  types: () => [Appointment, GroupFull] as const,
  resolveType: (v) => (v instanceof Appointment ? Appointment : GroupFull),
});

export const GroupAppointmentUpdateResult = syncUnion({
  name: 'GroupAppointmentUpdateResult',
  description:
    'SlotTaken when the new time collides; GroupFull when the new maximum is below the participants or the client groups’ members do not fit.',
  types: () => [Appointment, SlotTaken, GroupFull] as const,
  resolveType: (v) => (v instanceof Appointment ? Appointment : 'capacity' in v ? GroupFull : SlotTaken),
});

@ObjectType({ description: 'A group appointment clients can book a seat in.' })
export class GroupOffer {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) remarks?: string | null;
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
  @Field(() => AppointmentChannel, { nullable: true }) channel?: AppointmentChannel | null;
  @Field(() => BookableCounsellor) counsellor!: BookableCounsellor;
  @Field(() => Int) seatsLeft!: number;
}

@ObjectType()
export class CancellationResult {
  @Field(() => ID) appointmentId!: string;
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
  @Field(() => AppointmentStatus, { description: 'CANCELLED, or for a group seat the group’s own status.' })
  status!: AppointmentStatus;
}

@ObjectType({ description: 'What a cancel link refers to (for the cancel page).' })
export class CancellableBooking {
  @Field(() => ID) appointmentId!: string;
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
  @Field(() => String) counsellorName!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => Boolean) cancelled!: boolean;
}

export enum AvailabilityChangeReason {
  RESERVED = 'RESERVED',
  RELEASED = 'RELEASED',
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  SCHEDULE_CHANGED = 'SCHEDULE_CHANGED',
  APPOINTMENT_CHANGED = 'APPOINTMENT_CHANGED',
  /** A seat in one of the counsellor's group appointments was taken or given up: refetch groupOffers. */
  SEATS_CHANGED = 'SEATS_CHANGED',
}
registerEnumType(AvailabilityChangeReason, { name: 'AvailabilityChangeReason' });

@ObjectType({ description: 'A counsellor’s free slots changed: refetch them.' })
export class AvailabilityChange {
  @Field(() => ID) counsellorId!: string;
  @Field(() => AvailabilityChangeReason) reason!: AvailabilityChangeReason;
  @Field(() => Date) at!: Date;
}

@ObjectType({ description: 'A counsellor’s weekly booking times.' })
export class BookingSchedule {
  @Field(() => ID) counsellorId!: string;
  @Field(() => Int, { description: '1, 2, 4 or 8 weeks ahead.' }) horizonWeeks!: number;
  @Field(() => [BookingWindow]) windows!: BookingWindow[];
}

@ObjectType()
export class Calendar {
  @Field(() => [Appointment], { description: 'Held and booked appointments, blockers, groups; by start.' })
  appointments!: Appointment[];
  @Field(() => [FreeSlots], { description: 'Only when asked for (includeFreeSlots).' }) freeSlots!: FreeSlots[];
}

@ObjectType({ description: 'Links into the video room of an appointment.' })
export class VideoLinks {
  @Field(() => String, { description: 'For the counsellor (moderator/owner).' }) moderatorUrl!: string;
  @Field(() => String, { description: 'Guest link: joins as member without restrictions.' }) guestUrl!: string;
  @Field(() => String, { description: 'Seminar link: joins as member with camera and microphone locked.' })
  seminarUrl!: string;
  @Field(() => Boolean, { description: 'The counsellor uses an external video service (static URL).' })
  external!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the tokens in the links expire.' }) expiresAt?: Date | null;
}

@ObjectType({ description: 'An appointment as its client sees it.' })
export class ClientAppointment {
  @Field(() => ID) id!: string;
  @Field(() => AppointmentKind) kind!: AppointmentKind;
  @Field(() => AppointmentStatus) status!: AppointmentStatus;
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
  @Field(() => AppointmentChannel, { nullable: true }) channel?: AppointmentChannel | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) remarks?: string | null;
  @Field(() => BookableService, { nullable: true }) service?: BookableService | null;
  @Field(() => BookableCounsellor) counsellor!: BookableCounsellor;
  @Field(() => Date, {
    nullable: true,
    description: 'Booked VIDEO appointments: from when joinVideo lets the client in (shortly before the start).',
  })
  videoOpensAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Booked VIDEO appointments: when the room closes for the client.' })
  videoClosesAt?: Date | null;
  @Field(() => String, {
    description: 'iCalendar file (text/calendar) for download; a cancelled appointment’s removes the event.',
  })
  calendarFile!: string;
}
