/**
 * Cancelling: by the client through the unguessable link of the confirmation mail (or logged in), and
 * by staff. Cancelled time is free again at once (CANCELLED rows are outside the exclusion constraint).
 * Everyone with an address gets a cancellation mail whose calendar file (same UID, higher SEQUENCE,
 * METHOD:CANCEL) removes the event from their calendar.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { hashSecret } from '../../shared/auth/tokens.js';
import { conflict, notFound } from '../../shared/errors.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { Appointment, CancelledSeat, GroupParticipant } from './appointment.entity.js';
import { AppointmentKind, AppointmentStatus } from './appointment.enums.js';
import { announceAvailability } from './availability-events.js';
import { AvailabilityChangeReason, type CancellableBooking, type CancellationResult } from './appointment.types.js';
import { appointmentName, mailLocale, sendCancellation, type AppointmentMail } from './mails.js';
import { authorizeCounsellor } from './appointment.policy.js';
import { emitWebhookEvent, WebhookEventType } from '../webhooks/webhook-events.js';

/** The mail about `a` in the content language `lang` (a booking's or seat's; null: the organisation's default). */
function mailBase(a: Appointment, lang: string | null | undefined): Omit<AppointmentMail, 'to'> {
  const org = a.organisation as Organisation;
  return {
    organisationId: org.id,
    organisationName: org.name,
    locale: mailLocale(org.locale, lang),
    timeZone: org.timezone,
    appointmentId: a.id,
    sequence: a.sequence,
    start: a.startsAt,
    end: a.endsAt,
    what: appointmentName(org, a, lang),
    counsellorName: a.counsellor.displayName,
  };
}

/** Who is told about changes of an appointment: one address each, with the language they booked in. */
export async function recipients(em: EntityManager, a: Appointment): Promise<{ to: string; lang: string | null }[]> {
  if (a.kind === AppointmentKind.SINGLE) {
    const to = a.contactEmail ?? a.client?.email ?? null;
    return to ? [{ to, lang: a.lang ?? null }] : [];
  }
  if (a.kind !== AppointmentKind.GROUP) return [];
  const participants = await em.find(GroupParticipant, { appointment: a.id }, { populate: ['client'] });
  const seen = new Set<string>();
  return participants.flatMap((p) => {
    const to = p.contactEmail ?? p.client.email;
    if (!to || seen.has(to)) return [];
    seen.add(to);
    return [{ to, lang: p.lang ?? null }];
  });
}

/** What a cancel link refers to: a booking, a seat in a group appointment, or a seat given up before. */
export interface CancelLinkTarget {
  appointment: Appointment;
  seat: GroupParticipant | null;
  /** The link's group seat was given up already (the seat row is gone, see CancelledSeat). */
  seatCancelled: boolean;
}

export async function findByCancelToken(em: EntityManager, token: string): Promise<CancelLinkTarget | null> {
  const hash = hashSecret(token);
  const populate = ['counsellor', 'service'] as const;
  const appointment = await em.findOne(Appointment, { cancelTokenHash: hash }, { populate });
  if (appointment) return { appointment, seat: null, seatCancelled: false };
  const seat = await em.findOne(
    GroupParticipant,
    { cancelTokenHash: hash },
    { populate: ['appointment', 'appointment.counsellor', 'appointment.service'] },
  );
  if (seat) return { appointment: seat.appointment, seat, seatCancelled: false };
  const cancelled = await em.findOne(
    CancelledSeat,
    { cancelTokenHash: hash },
    { populate: ['appointment', 'appointment.counsellor', 'appointment.service'] },
  );
  return cancelled ? { appointment: cancelled.appointment, seat: null, seatCancelled: true } : null;
}

/**
 * A client cannot cancel what has begun: the time is spent (freeing it helps nobody) and the
 * statistics count the appointment as held or missed, not as cancelled. Staff still can.
 */
export const APPOINTMENT_STARTED = 'APPOINTMENT_STARTED';

/** Whether a client may no longer cancel: the appointment is on and its start has passed. */
export function startedForClient(a: Appointment, now = Date.now()): boolean {
  const on = a.status === AppointmentStatus.BOOKED || a.status === AppointmentStatus.HELD;
  return on && a.startsAt.getTime() <= now;
}

function refuseIfStarted(a: Appointment): void {
  if (startedForClient(a)) {
    throw conflict('This appointment has already begun and can no longer be cancelled.', APPOINTMENT_STARTED);
  }
}

const seatCancelledResult = (a: Appointment): CancellationResult => ({
  appointmentId: a.id,
  start: a.startsAt,
  end: a.endsAt,
  status: AppointmentStatus.CANCELLED,
});

export class CancellationService {
  constructor(
    private readonly app: AppServices,
    private readonly em: EntityManager,
  ) {}

  /** Cancels an appointment (idempotent), mails everyone concerned and frees the time. */
  async cancel(appointment: Appointment): Promise<CancellationResult> {
    const result = (a: Appointment): CancellationResult => ({
      appointmentId: a.id,
      start: a.startsAt,
      end: a.endsAt,
      status: a.status,
    });
    if (appointment.status === AppointmentStatus.CANCELLED || appointment.status === AppointmentStatus.EXPIRED) {
      return result(appointment);
    }
    const wasHeld = appointment.status === AppointmentStatus.HELD;
    // One atomic statement: of concurrent cancels exactly one changes the row (and sends the mails).
    const changed = await this.em.execute<{ id: string }[]>(
      `update appointment set status = 'CANCELLED', cancelled_at = now(), hold_expires_at = null,
              sequence = sequence + 1, updated_at = now()
        where id = ? and status in ('HELD', 'BOOKED') returning id`,
      [appointment.id],
    );
    await this.em.refresh(appointment);
    if (changed.length === 0) return result(appointment);
    await this.em.populate(appointment, ['organisation', 'counsellor', 'service', 'client']);
    if (!wasHeld) {
      for (const { to, lang } of await recipients(this.em, appointment)) {
        await sendCancellation(this.app, { ...mailBase(appointment, lang), to });
      }
    }
    announceAvailability(
      this.app,
      appointment.organisation.id,
      appointment.counsellor.id,
      AvailabilityChangeReason.CANCELLED,
    );
    // A hold that lapses or is released was never a booking.
    if (!wasHeld) {
      await emitWebhookEvent(this.app, appointment.organisation.id, WebhookEventType.BOOKING_CANCELLED, {
        appointmentId: appointment.id,
        counsellorId: appointment.counsellor.id,
        clientId: appointment.client?.id ?? null,
        seat: false,
      });
    }
    return result(appointment);
  }

  private async byToken(token: string): Promise<CancelLinkTarget> {
    const found = await findByCancelToken(this.em, token);
    if (!found) throw notFound('Booking');
    return found;
  }

  async describeByToken(token: string): Promise<CancellableBooking> {
    const { appointment, seatCancelled } = await this.byToken(token);
    return {
      appointmentId: appointment.id,
      start: appointment.startsAt,
      end: appointment.endsAt,
      counsellorName: appointment.counsellor.displayName,
      title: appointment.title ?? null,
      cancelled: seatCancelled || appointment.status === AppointmentStatus.CANCELLED,
    };
  }

  /** Cancel link: a booking is cancelled; a group seat is given up (the group goes on). */
  async cancelByToken(token: string): Promise<CancellationResult> {
    const { appointment, seat, seatCancelled } = await this.byToken(token);
    if (seatCancelled) return seatCancelledResult(appointment);
    refuseIfStarted(appointment);
    if (seat) return this.leaveGroup(appointment, seat);
    return this.cancel(appointment);
  }

  async leaveGroup(appointment: Appointment, seat: GroupParticipant): Promise<CancellationResult> {
    await this.em.populate(seat, ['client']);
    const to = seat.contactEmail ?? seat.client.email ?? null;
    if (seat.cancelTokenHash) {
      this.em.create(CancelledSeat, {
        organisation: seat.organisation,
        appointment,
        cancelTokenHash: seat.cancelTokenHash,
      });
    }
    this.em.remove(seat);
    try {
      await this.em.flush();
    } catch (err) {
      // A concurrent cancel of the same seat got there first (and sends the mail).
      if (err instanceof UniqueConstraintViolationException) return seatCancelledResult(appointment);
      throw err;
    }
    await this.em.populate(appointment, ['organisation', 'counsellor', 'service']);
    announceAvailability(
      this.app,
      appointment.organisation.id,
      appointment.counsellor.id,
      AvailabilityChangeReason.SEATS_CHANGED,
    );
    if (to) await sendCancellation(this.app, { ...mailBase(appointment, seat.lang), to });
    await emitWebhookEvent(this.app, appointment.organisation.id, WebhookEventType.BOOKING_CANCELLED, {
      appointmentId: appointment.id,
      counsellorId: appointment.counsellor.id,
      clientId: seat.client.id,
      seat: true,
    });
    return seatCancelledResult(appointment);
  }

  /** A logged-in client cancels their booking or gives up their group seat. */
  async cancelAsClient(viewer: Viewer, appointmentId: string): Promise<CancellationResult> {
    const appointment = await this.em.findOne(Appointment, { id: appointmentId, organisation: viewer.organisationId });
    if (!appointment) throw notFound('Appointment');
    if (appointment.kind === AppointmentKind.SINGLE && appointment.client?.id === viewer.accountId) {
      refuseIfStarted(appointment);
      return this.cancel(appointment);
    }
    if (appointment.kind === AppointmentKind.GROUP) {
      const seat = await this.em.findOne(GroupParticipant, { appointment: appointment.id, client: viewer.accountId });
      if (seat) {
        refuseIfStarted(appointment);
        return this.leaveGroup(appointment, seat);
      }
    }
    throw notFound('Appointment');
  }

  /** Staff cancel: the appointment's counsellor or an admin. */
  async cancelAsStaff(viewer: Viewer, appointmentId: string): Promise<CancellationResult> {
    const appointment = await this.em.findOne(Appointment, { id: appointmentId, organisation: viewer.organisationId });
    if (!appointment) throw notFound('Appointment');
    authorizeCounsellor(viewer, appointment.counsellor.id);
    return this.cancel(appointment);
  }
}
