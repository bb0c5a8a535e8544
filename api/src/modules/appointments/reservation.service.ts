/**
 * The public booking flow: reserve a free slot (a hold that hides it from everyone), confirm it with a
 * pseudonym or as a logged-in client (a booking), or release it. Knows nothing of GraphQL.
 *
 * Double booking is impossible by construction: the hold is an `appointment` row covered by the
 * exclusion constraint, so of any number of concurrent reservations of overlapping time exactly one
 * commits; the others get `SlotTaken`.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { hashSecret, newSecret } from '../../shared/auth/tokens.js';
import { DomainError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import type { Client } from '../client/client.entity.js';
import { AccountStatus } from '../identity/account.entity.js';
import { AppointmentService } from './appointment-service.entity.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentChannel, AppointmentKind, AppointmentStatus } from './appointment.enums.js';
import { CounsellorChannel } from './counsellor-channel.entity.js';
import { findFreeSlots } from './availability.service.js';
import { expireStaleHolds, isOverlapViolation } from './overlap.js';
import { announceAvailability } from './availability-events.js';
import { createBookingClient, viewerClient } from './booking-client.js';
import { organisationByKey, toBookableCounsellor, toBookableService } from './public-catalog.service.js';
import { appointmentLink, appointmentName, calendarFile, cancelUrl, mailLocale, sendConfirmation } from './mails.js';
import { contentLanguage, storedLanguage } from '../organisation/content-languages.js';
import {
  AvailabilityChangeReason,
  slotTaken,
  type Booking,
  type Reservation,
  type SlotTaken,
} from './appointment.types.js';
import { formatAddress } from './address.js';
import { emitWebhookEvent, WebhookEventType } from '../webhooks/webhook-events.js';

export const EXPIRE_HOLD_JOB = 'appointments.expireHold';

const MINUTE = 60_000;

export const regularClientsOnly = () =>
  new DomainError(ErrorCode.FORBIDDEN, 'This counsellor only takes appointments with their regular clients.', {
    reason: 'REGULAR_CLIENTS_ONLY',
  });

/** Throws unless the client may book with this counsellor ("only for regular clients"). */
export function assertMayBook(counsellor: Counsellor, client: Client | null): void {
  if (counsellor.onlyRegularClients && client?.primaryCounsellor?.id !== counsellor.id) throw regularClientsOnly();
}

export interface ReserveInput {
  organisationKey: string;
  serviceId: string;
  counsellorId: string;
  start: Date;
}

export interface ConfirmInput {
  reservationId: string;
  holdToken: string;
  pseudonym?: string | null;
  email?: string | null;
  /** The booking widget's page, for the link of the confirmation mail (see appointmentLink). */
  returnUrl?: string | null;
  /** The visitor's language (validated, not yet resolved): the mails and "my appointments" use it. */
  lang?: string | null;
}

export class ReservationService {
  constructor(
    private readonly app: AppServices,
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  async reserve(input: ReserveInput): Promise<Reservation | SlotTaken> {
    const { em } = this;
    const org = await organisationByKey(em, input.organisationKey);
    const [counsellor, service] = await Promise.all([
      em.findOne(Counsellor, {
        id: input.counsellorId,
        organisation: org.id,
        active: true,
        status: AccountStatus.ACTIVE,
      }),
      em.findOne(AppointmentService, { id: input.serviceId, organisation: org.id, active: true }),
    ]);
    if (!counsellor) throw notFound('Counsellor');
    if (!service) throw notFound('Service');
    assertMayBook(counsellor, await viewerClient(em, this.viewer, org.id));

    // The slot must be free right now by every rule (window, notice, horizon, closed days, absences).
    const { context, groups } = await findFreeSlots(this.app, {
      organisation: { id: org.id },
      from: input.start,
      to: new Date(input.start.getTime() + 1),
      serviceId: service.id,
      counsellorIds: [counsellor.id],
      regularClientsOf: 'all',
    });
    const wanted = input.start.getTime();
    if (!context || !groups.some((g) => g.starts.includes(wanted))) return slotTaken();

    const holdToken = newSecret();
    const start = input.start;
    const end = new Date(start.getTime() + service.durationMinutes * MINUTE);
    const blockedUntil = new Date(end.getTime() + service.followUpMinutes * MINUTE);
    const holdExpiresAt = new Date(Date.now() + context.holdMinutes * MINUTE);
    let hold: Appointment;
    try {
      hold = await em.transactional(async (tx) => {
        await expireStaleHolds(tx, org.id, counsellor.id, start, blockedUntil);
        const row = tx.create(Appointment, {
          organisation: org.id,
          kind: AppointmentKind.SINGLE,
          status: AppointmentStatus.HELD,
          counsellor: counsellor.id,
          service: service.id,
          channel: service.channel,
          startsAt: start,
          endsAt: end,
          followUpMinutes: service.followUpMinutes,
          blockedUntil,
          holdExpiresAt,
          holdTokenHash: hashSecret(holdToken),
          createdBy: this.viewer?.organisationId === org.id ? this.viewer.accountId : null,
        } as never) as Appointment;
        await tx.flush();
        return row;
      });
    } catch (err) {
      if (isOverlapViolation(err)) return slotTaken();
      throw err;
    }
    // The job frees the slot for widgets that listen; queries already ignore the hold once it lapses.
    await this.app.jobs.send(EXPIRE_HOLD_JOB, { appointmentId: hold.id }, { startAfter: holdExpiresAt });
    announceAvailability(this.app, org.id, counsellor.id, AvailabilityChangeReason.RESERVED);
    return {
      id: hold.id,
      holdToken,
      expiresAt: holdExpiresAt,
      start,
      end,
      counsellorId: counsellor.id,
      serviceId: service.id,
    };
  }

  /** Gives a held slot back at once (the visitor went back). Idempotent. */
  async release(reservationId: string, holdToken: string): Promise<boolean> {
    const hold = await this.em.findOne(Appointment, {
      id: reservationId,
      holdTokenHash: hashSecret(holdToken),
      kind: AppointmentKind.SINGLE,
    });
    if (!hold) throw notFound('Reservation');
    if (hold.status !== AppointmentStatus.HELD) return hold.status === AppointmentStatus.EXPIRED;
    hold.status = AppointmentStatus.EXPIRED;
    hold.holdExpiresAt = new Date();
    await this.em.flush();
    announceAvailability(this.app, hold.organisation.id, hold.counsellor.id, AvailabilityChangeReason.RELEASED);
    return true;
  }

  /**
   * Turns a hold into a booking. A hold that lapsed is still confirmed when nobody took the time
   * meanwhile (whoever takes it expires the hold first, and the constraint decides any race).
   */
  async confirm(input: ConfirmInput): Promise<Booking | SlotTaken> {
    const { em } = this;
    const cancelToken = newSecret();
    let outcome: { appointment: Appointment; client: Client; email: string | null } | SlotTaken;
    try {
      outcome = await em.transactional(async (tx) => {
        const appointment = await tx.findOne(
          Appointment,
          { id: input.reservationId, holdTokenHash: hashSecret(input.holdToken), kind: AppointmentKind.SINGLE },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!appointment) throw notFound('Reservation');
        if (appointment.status === AppointmentStatus.BOOKED || appointment.status === AppointmentStatus.CANCELLED) {
          throw new DomainError(ErrorCode.CONFLICT, 'This reservation has already been confirmed or cancelled.', {
            reason: 'RESERVATION_CLOSED',
          });
        }
        const orgId = appointment.organisation.id;
        await tx.populate(appointment, ['counsellor', 'service', 'organisation']);
        const loggedIn = await viewerClient(tx, this.viewer, orgId);
        if (!loggedIn && !input.pseudonym) {
          throw badInput('Enter a pseudonym', [{ path: 'pseudonym', message: 'Required unless logged in' }]);
        }
        assertMayBook(appointment.counsellor, loggedIn);
        if (appointment.status === AppointmentStatus.EXPIRED) {
          await expireStaleHolds(tx, orgId, appointment.counsellor.id, appointment.startsAt, appointment.blockedUntil);
        }
        const email = input.email ?? null;
        const client = loggedIn ?? (await createBookingClient(tx, orgId, input.pseudonym!, email));
        appointment.status = AppointmentStatus.BOOKED;
        appointment.client = client;
        appointment.holdExpiresAt = null;
        appointment.cancelTokenHash = hashSecret(cancelToken);
        appointment.contactEmail = email ?? client.email ?? null;
        appointment.consentAt = new Date();
        appointment.bookedAt = appointment.consentAt;
        appointment.lang = storedLanguage(appointment.organisation as Organisation, input.lang);
        await tx.flush();
        return { appointment, client, email: appointment.contactEmail };
      });
    } catch (err) {
      if (isOverlapViolation(err)) return slotTaken();
      throw err;
    }
    if ('reason' in outcome) return outcome as unknown as SlotTaken;
    const { appointment, client } = outcome as { appointment: Appointment; client: Client; email: string | null };
    announceAvailability(
      this.app,
      appointment.organisation.id,
      appointment.counsellor.id,
      AvailabilityChangeReason.BOOKED,
      appointment.bookedAt!,
    );
    await emitWebhookEvent(this.app, appointment.organisation.id, WebhookEventType.BOOKING_CREATED, {
      appointmentId: appointment.id,
      counsellorId: appointment.counsellor.id,
      clientId: client.id,
      bookedBy: 'CLIENT',
      seat: false,
    });
    return this.bookingResult(appointment, client, cancelToken, outcome.email, input.returnUrl, appointment.lang);
  }

  /** The answer to the person who booked, and their confirmation mail. */
  async bookingResult(
    appointment: Appointment,
    client: Client,
    cancelToken: string,
    email: string | null,
    returnUrl: string | null | undefined,
    /** The content language booked in (stored with the booking or seat): mail, names, calendar file. */
    lang: string | null | undefined,
  ): Promise<Booking> {
    const org = appointment.organisation as Organisation;
    const channels = await this.em.find(CounsellorChannel, {
      organisation: org.id,
      counsellor: appointment.counsellor.id,
      channel: appointment.channel ?? undefined,
    });
    const address = channels[0]?.address ?? null;
    const mail = {
      organisationId: org.id,
      organisationName: org.name,
      locale: mailLocale(org.locale, lang),
      timeZone: org.timezone,
      appointmentId: appointment.id,
      sequence: appointment.sequence,
      start: appointment.startsAt,
      end: appointment.endsAt,
      what: appointmentName(org, appointment, lang),
      counsellorName: appointment.counsellor.displayName,
      location: formatAddress(address),
      cancelToken,
      appointmentUrl: appointmentLink(org, returnUrl, cancelToken),
      video: appointment.channel === AppointmentChannel.VIDEO,
    };
    if (email) await sendConfirmation(this.app, { ...mail, to: email });
    return {
      id: appointment.id,
      kind: appointment.kind,
      status: AppointmentStatus.BOOKED,
      start: appointment.startsAt,
      end: appointment.endsAt,
      title: appointment.title ? appointmentName(org, appointment, lang) : null,
      channel: appointment.channel ?? null,
      service: appointment.service ? toBookableService(appointment.service, contentLanguage(org, lang)) : null,
      counsellor: toBookableCounsellor(this.app, appointment.counsellor),
      address,
      pseudonym: client.pseudonym,
      cancelToken,
      cancelUrl: cancelUrl(this.app, cancelToken),
      calendarFile: calendarFile(this.app, mail),
    };
  }
}
