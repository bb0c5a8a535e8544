/**
 * Appointments staff create: single appointments for a client, blockers, group appointments (create,
 * update, participants) and seats booked by clients. Every row that occupies time goes through the
 * exclusion constraint, so staff get `SlotTaken` for overlaps just like visitors.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { hashSecret, newSecret } from '../../shared/auth/tokens.js';
import { badInput, notFound } from '../../shared/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor, type LocalizedText } from '../staff/counsellor.entity.js';
import { applyTexts, checkLanguages, storedLanguage } from '../organisation/content-languages.js';
import { Client } from '../client/client.entity.js';
import { AccountStatus } from '../identity/account.entity.js';
import { activeMembersOfClientGroups } from '../client-groups/client-groups.members.js';
import { AppointmentService } from './appointment-service.entity.js';
import { Appointment, GroupParticipant } from './appointment.entity.js';
import { AppointmentChannel, AppointmentKind, AppointmentStatus } from './appointment.enums.js';
import { expireStaleHolds, isOverlapViolation } from './overlap.js';
import { announceAvailability } from './availability-events.js';
import { authorizeCounsellor } from './appointment.policy.js';
import { DayClock, localDate, localMinute } from './local-time.js';
import { appointmentName, mailLocale, sendConfirmation } from './mails.js';
import { recipients } from './cancellation.service.js';
import { createBookingClient, viewerClient } from './booking-client.js';
import { ReservationService, assertMayBook } from './reservation.service.js';
import { organisationByKey } from './public-catalog.service.js';
import {
  AvailabilityChangeReason,
  groupFull,
  slotTaken,
  type Booking,
  type GroupFull,
  type SlotTaken,
} from './appointment.types.js';
import { emitWebhookEvent, WebhookEventType } from '../webhooks/webhook-events.js';

const MINUTE = 60_000;

type Occupying = Omit<Partial<Appointment>, 'organisation' | 'counsellor'> & {
  kind: AppointmentKind;
  startsAt: Date;
  endsAt: Date;
  followUpMinutes: number;
};

export class StaffAppointmentService {
  constructor(
    private readonly app: AppServices,
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  private async counsellor(id: string): Promise<Counsellor> {
    const c = await this.em.findOne(Counsellor, { id, organisation: this.viewer.organisationId });
    if (!c) throw notFound('Counsellor');
    authorizeCounsellor(this.viewer, c.id);
    return c;
  }

  private async appointment(id: string, kind?: AppointmentKind): Promise<Appointment> {
    const a = await this.em.findOne(Appointment, {
      id,
      organisation: this.viewer.organisationId,
      ...(kind ? { kind } : {}),
    });
    if (!a) throw notFound('Appointment');
    authorizeCounsellor(this.viewer, a.counsellor.id);
    return a;
  }

  /**
   * Inserts a BOOKED row, or answers SlotTaken when the counsellor is busy then.
   * @param participantIds group appointments: clients seated in the same transaction
   */
  private async occupy(
    counsellor: Counsellor,
    data: Occupying,
    participantIds: readonly string[] = [],
  ): Promise<Appointment | SlotTaken> {
    const blockedUntil = new Date(data.endsAt.getTime() + data.followUpMinutes * MINUTE);
    try {
      const row = await this.em.transactional(async (tx) => {
        await expireStaleHolds(tx, this.viewer.organisationId, counsellor.id, data.startsAt, blockedUntil);
        const created = tx.create(Appointment, {
          ...data,
          organisation: this.viewer.organisationId,
          counsellor: counsellor.id,
          status: AppointmentStatus.BOOKED,
          bookedAt: new Date(),
          blockedUntil,
          createdBy: this.viewer.accountId,
        } as never);
        for (const client of participantIds) {
          tx.create(GroupParticipant, { organisation: this.viewer.organisationId, appointment: created, client });
        }
        await tx.flush();
        return created;
      });
      announceAvailability(
        this.app,
        this.viewer.organisationId,
        counsellor.id,
        AvailabilityChangeReason.APPOINTMENT_CHANGED,
      );
      return (await this.em.findOneOrFail(Appointment, row.id, {
        populate: ['counsellor', 'client', 'service', 'participants', 'participants.client'],
      })) as Appointment;
    } catch (err) {
      if (isOverlapViolation(err)) return slotTaken();
      throw err;
    }
  }

  async createAppointment(input: {
    counsellorId: string;
    clientId: string;
    serviceId?: string | null;
    start: Date;
    durationMinutes?: number | null;
    followUpMinutes?: number | null;
    channel?: AppointmentChannel | null;
    title?: string | null;
    remarks?: string | null;
    lang?: string | null;
  }): Promise<Appointment | SlotTaken> {
    const counsellor = await this.counsellor(input.counsellorId);
    const client = await this.em.findOne(Client, { id: input.clientId, organisation: this.viewer.organisationId });
    if (!client) throw notFound('Client');
    const org = await this.em.findOneOrFail(Organisation, this.viewer.organisationId);
    const lang = storedLanguage(org, input.lang ?? (await latestBookingLanguage(this.em, client.id)));
    const service = input.serviceId
      ? await this.em.findOne(AppointmentService, { id: input.serviceId, organisation: this.viewer.organisationId })
      : null;
    if (input.serviceId && !service) throw notFound('Service');
    const duration = input.durationMinutes ?? service!.durationMinutes;
    const cancelToken = newSecret();
    const result = await this.occupy(counsellor, {
      kind: AppointmentKind.SINGLE,
      client,
      service,
      channel: input.channel ?? service!.channel,
      title: input.title ?? null,
      remarks: input.remarks ?? null,
      startsAt: input.start,
      endsAt: new Date(input.start.getTime() + duration * MINUTE),
      followUpMinutes: input.followUpMinutes ?? service?.followUpMinutes ?? 0,
      cancelTokenHash: hashSecret(cancelToken),
      contactEmail: client.email ?? null,
      lang,
    });
    if (result instanceof Appointment && client.email) {
      await sendConfirmation(this.app, {
        organisationId: org.id,
        organisationName: org.name,
        locale: mailLocale(org.locale, lang),
        timeZone: org.timezone,
        to: client.email,
        appointmentId: result.id,
        sequence: result.sequence,
        start: result.startsAt,
        end: result.endsAt,
        what: appointmentName(org, result, lang),
        counsellorName: counsellor.displayName,
        cancelToken,
      });
    }
    if (result instanceof Appointment) {
      await emitWebhookEvent(this.app, this.viewer.organisationId, WebhookEventType.BOOKING_CREATED, {
        appointmentId: result.id,
        counsellorId: counsellor.id,
        clientId: client.id,
        bookedBy: 'STAFF',
        seat: false,
      });
    }
    return result;
  }

  async createBlocker(input: { counsellorId: string; start: Date; end: Date; title?: string | null }) {
    const counsellor = await this.counsellor(input.counsellorId);
    return this.occupy(counsellor, {
      kind: AppointmentKind.BLOCKER,
      title: input.title ?? null,
      startsAt: input.start,
      endsAt: input.end,
      followUpMinutes: 0,
    });
  }

  private async localRange(date: string, from: number, to: number): Promise<{ start: Date; end: Date }> {
    const org = await this.em.findOneOrFail(Organisation, this.viewer.organisationId);
    const clock = new DayClock(org.timezone);
    return { start: new Date(clock.toUtc(date, from)), end: new Date(clock.toUtc(date, to)) };
  }

  async createGroup(input: {
    counsellorId: string;
    title: string;
    titles?: LocalizedText[];
    remarks?: string | null;
    date: string;
    from: number;
    to: number;
    followUpMinutes?: number | null;
    channel: AppointmentChannel;
    maxParticipants: number;
    bookableByClients: boolean;
    clientGroupIds?: string[] | null;
  }): Promise<Appointment | SlotTaken | GroupFull> {
    const counsellor = await this.counsellor(input.counsellorId);
    const org = await this.em.findOneOrFail(Organisation, this.viewer.organisationId);
    checkLanguages(org, { titles: input.titles });
    const titles = applyTexts({ texts: [], defaultText: null }, org.locale, {
      list: input.titles,
      defaultText: input.title,
    }).texts;
    const { start, end } = await this.localRange(input.date, input.from, input.to);
    // The new row is nobody else's yet: its seats need no lock, only the count.
    const members = await activeMembersOfClientGroups(this.em, this.viewer.organisationId, input.clientGroupIds);
    if (members.length > input.maxParticipants) return groupFull(input.maxParticipants, 0, members.length);
    const created = await this.occupy(
      counsellor,
      {
        kind: AppointmentKind.GROUP,
        title: input.title,
        titles,
        remarks: input.remarks ?? null,
        channel: input.channel,
        startsAt: start,
        endsAt: end,
        followUpMinutes: input.followUpMinutes ?? 0,
        maxParticipants: input.maxParticipants,
        bookableByClients: input.bookableByClients,
      },
      members,
    );
    if (created instanceof Appointment) await announceSeats(this.app, created, members, 'STAFF');
    return created;
  }

  async updateGroup(input: {
    id: string;
    title?: string | null;
    titles?: LocalizedText[];
    remarks?: string | null;
    date?: string | null;
    from?: number | null;
    to?: number | null;
    followUpMinutes?: number | null;
    channel?: AppointmentChannel | null;
    maxParticipants?: number | null;
    bookableByClients?: boolean | null;
    clientGroupIds?: string[] | null;
  }): Promise<Appointment | SlotTaken | GroupFull> {
    const group = await this.appointment(input.id, AppointmentKind.GROUP);
    if (group.status !== AppointmentStatus.BOOKED)
      throw badInput('A cancelled appointment cannot be changed', [], 'APPOINTMENT_CANCELLED');
    const members = await activeMembersOfClientGroups(this.em, this.viewer.organisationId, input.clientGroupIds);
    const org = await this.em.findOneOrFail(Organisation, this.viewer.organisationId);
    checkLanguages(org, { titles: input.titles });
    const titles = applyTexts({ texts: group.titles, defaultText: group.title }, org.locale, {
      list: input.titles,
      defaultText: input.title ?? undefined,
    });
    const clock = new DayClock(org.timezone);
    const date = input.date ?? localDate(org.timezone, group.startsAt.getTime());
    const from = input.from ?? localMinute(org.timezone, group.startsAt.getTime());
    // An end at local midnight reads as 00:00; it means 24:00 of the day.
    const to = input.to ?? (localMinute(org.timezone, group.endsAt.getTime()) || 1440);
    if (from >= to) throw badInput('Must end after it starts', [{ path: 'to', message: 'Must end after it starts' }]);
    const start = new Date(clock.toUtc(date, from));
    const end = new Date(clock.toUtc(date, to));
    const followUp = input.followUpMinutes ?? group.followUpMinutes;
    const blockedUntil = new Date(end.getTime() + followUp * MINUTE);
    let full: GroupFull | null = null;
    let joined: string[] = [];
    try {
      await this.em.transactional(async (tx) => {
        const row = await tx.findOneOrFail(Appointment, group.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
        // Seats: the participants there are plus the groups' members not seated yet, all or none.
        const seated = new Set(
          (await tx.find(GroupParticipant, { appointment: group.id }, { fields: ['client'] })).map((p) => p.client.id),
        );
        const joining = members.filter((id) => !seated.has(id));
        const max = input.maxParticipants ?? row.maxParticipants ?? 0;
        if (seated.size + joining.length > max) {
          full = groupFull(max, seated.size, joining.length);
          return;
        }
        if (input.maxParticipants != null) row.maxParticipants = input.maxParticipants;
        for (const client of joining) {
          tx.create(GroupParticipant, { organisation: row.organisation.id, appointment: row.id, client });
        }
        joined = joining;
        const timeChanged =
          start.getTime() !== row.startsAt.getTime() || blockedUntil.getTime() !== row.blockedUntil.getTime();
        if (timeChanged) await expireStaleHolds(tx, row.organisation.id, row.counsellor.id, start, blockedUntil);
        const visibleChange =
          timeChanged ||
          (titles.defaultText != null && titles.defaultText !== row.title) ||
          JSON.stringify(titles.texts) !== JSON.stringify(row.titles ?? []) ||
          (input.channel != null && input.channel !== row.channel) ||
          (input.remarks !== undefined && input.remarks !== row.remarks);
        if (titles.defaultText != null) row.title = titles.defaultText;
        row.titles = titles.texts;
        if (input.remarks !== undefined) row.remarks = input.remarks;
        if (input.channel != null) row.channel = input.channel;
        if (input.bookableByClients != null) row.bookableByClients = input.bookableByClients;
        row.startsAt = start;
        row.endsAt = end;
        row.followUpMinutes = followUp;
        row.blockedUntil = blockedUntil;
        if (visibleChange) row.sequence += 1;
        await tx.flush();
      });
    } catch (err) {
      if (isOverlapViolation(err)) return slotTaken();
      throw err;
    }
    if (full) return full;
    const updated = await this.em.refreshOrFail(group, {
      populate: ['organisation', 'counsellor', 'client', 'service', 'participants', 'participants.client'],
    });
    announceAvailability(this.app, org.id, updated.counsellor.id, AvailabilityChangeReason.APPOINTMENT_CHANGED);
    await announceSeats(this.app, updated as Appointment, joined, 'STAFF');
    for (const { to, lang } of await recipients(this.em, updated)) {
      await sendConfirmation(this.app, {
        organisationId: org.id,
        organisationName: org.name,
        locale: mailLocale(org.locale, lang),
        timeZone: org.timezone,
        to,
        appointmentId: updated.id,
        sequence: updated.sequence,
        start: updated.startsAt,
        end: updated.endsAt,
        what: appointmentName(org, updated, lang),
        counsellorName: updated.counsellor.displayName,
      });
    }
    return updated as Appointment;
  }

  /** Adds clients to a group appointment; all or none, never beyond the maximum (row lock). */
  async addParticipants(appointmentId: string, clientIds: string[]): Promise<Appointment | GroupFull> {
    const group = await this.appointment(appointmentId, AppointmentKind.GROUP);
    const ids = [...new Set(clientIds)];
    const clients = await this.em.find(Client, { id: { $in: ids }, organisation: this.viewer.organisationId });
    if (clients.length !== ids.length) throw notFound('Client');
    let missing: Client[] = [];
    const outcome = await seatTransaction(
      this.em,
      group.id,
      async (tx, row) => {
        const existing = new Set(
          (await tx.find(GroupParticipant, { appointment: row.id, client: { $in: ids } })).map((p) => p.client.id),
        );
        missing = clients.filter((c) => !existing.has(c.id));
        return missing.length;
      },
      async (tx, row) => {
        for (const c of missing) {
          tx.create(GroupParticipant, { organisation: row.organisation.id, appointment: row.id, client: c.id });
        }
      },
    );
    if (outcome !== 'ok') return outcome;
    announceAvailability(
      this.app,
      this.viewer.organisationId,
      group.counsellor.id,
      AvailabilityChangeReason.SEATS_CHANGED,
    );
    await announceSeats(
      this.app,
      group,
      missing.map((c) => c.id),
      'STAFF',
    );
    return (await this.em.refreshOrFail(group, {
      populate: ['counsellor', 'client', 'service', 'participants', 'participants.client'],
    })) as Appointment;
  }

  async removeParticipant(appointmentId: string, clientId: string): Promise<Appointment> {
    const group = await this.appointment(appointmentId, AppointmentKind.GROUP);
    const removed = await this.em.nativeDelete(GroupParticipant, { appointment: group.id, client: clientId });
    if (removed) {
      announceAvailability(
        this.app,
        this.viewer.organisationId,
        group.counsellor.id,
        AvailabilityChangeReason.SEATS_CHANGED,
      );
      await emitWebhookEvent(this.app, this.viewer.organisationId, WebhookEventType.BOOKING_CANCELLED, {
        appointmentId: group.id,
        counsellorId: group.counsellor.id,
        clientId,
        seat: true,
      });
    }
    return (await this.em.refreshOrFail(group, {
      populate: ['counsellor', 'client', 'service', 'participants', 'participants.client'],
    })) as Appointment;
  }
}

/**
 * The content language of the client's latest booking (an appointment or a group seat that stored
 * one), or null: what an appointment staff make for them is in, unless staff choose another.
 */
export async function latestBookingLanguage(em: EntityManager, clientId: string): Promise<string | null> {
  const [row] = await em.getConnection().execute<{ lang: string }[]>(
    `select lang from (
       select lang, created_at from appointment where client_id = ? and lang is not null
       union all
       select lang, created_at from group_participant where client_id = ? and lang is not null
     ) b order by created_at desc limit 1`,
    [clientId, clientId],
  );
  return row?.lang ?? null;
}

/** `booking.created` for each client given a seat in `group` (after the seats are committed). */
async function announceSeats(
  app: AppServices,
  group: Appointment,
  clientIds: readonly string[],
  bookedBy: 'CLIENT' | 'STAFF',
): Promise<void> {
  for (const clientId of clientIds) {
    await emitWebhookEvent(app, group.organisation.id, WebhookEventType.BOOKING_CREATED, {
      appointmentId: group.id,
      counsellorId: group.counsellor.id,
      clientId,
      bookedBy,
      seat: true,
    });
  }
}

/**
 * Adds seats with the group's row locked (FOR UPDATE), so concurrent seat bookings serialise and the
 * count they see is final. `newSeats` says how many seats the change takes; nothing is written when
 * they do not fit.
 */
async function seatTransaction(
  em: EntityManager,
  appointmentId: string,
  newSeats: (tx: EntityManager, row: Appointment) => Promise<number>,
  add: (tx: EntityManager, row: Appointment) => Promise<void>,
): Promise<'ok' | GroupFull> {
  return em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(Appointment, appointmentId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (row.status !== AppointmentStatus.BOOKED) throw notFound('Appointment');
    const taken = await tx.count(GroupParticipant, { appointment: appointmentId });
    const max = row.maxParticipants ?? 0;
    const requested = await newSeats(tx, row);
    if (taken + requested > max) return groupFull(max, taken, requested);
    await add(tx, row);
    await tx.flush();
    return 'ok' as const;
  });
}

/** A client (logged in, or a visitor with a pseudonym) books a seat in a bookable group appointment. */
export async function bookGroupSeat(
  app: AppServices,
  em: EntityManager,
  viewer: Viewer | null,
  input: {
    organisationKey: string;
    appointmentId: string;
    pseudonym?: string | null;
    email?: string | null;
    /** The widget's page: the confirmation mail links back to it when the organisation allows its origin. */
    returnUrl?: string | null;
    /** The visitor's language (validated): stored with the seat for its mails and "my appointments". */
    lang?: string | null;
  },
): Promise<Booking | GroupFull> {
  const org = await organisationByKey(em, input.organisationKey);
  const group = await em.findOne(
    Appointment,
    {
      id: input.appointmentId,
      organisation: org.id,
      kind: AppointmentKind.GROUP,
      status: AppointmentStatus.BOOKED,
      bookableByClients: true,
    },
    { populate: ['counsellor', 'organisation'] },
  );
  if (!group || group.counsellor.status !== AccountStatus.ACTIVE) throw notFound('Appointment');
  const loggedIn = await viewerClient(em, viewer, org.id);
  if (!loggedIn && !input.pseudonym) {
    throw badInput('Enter a pseudonym', [{ path: 'pseudonym', message: 'Required unless logged in' }]);
  }
  assertMayBook(group.counsellor, loggedIn);
  const cancelToken = newSecret();
  const lang = storedLanguage(org, input.lang);
  let client: Client | null = loggedIn;
  const outcome = await seatTransaction(
    em,
    group.id,
    async (tx, row) => {
      if (client && (await tx.count(GroupParticipant, { appointment: row.id, client: client.id }))) {
        throw badInput('You already have a seat in this group appointment', [], 'ALREADY_BOOKED');
      }
      return 1;
    },
    async (tx, row) => {
      client ??= await createBookingClient(tx, org.id, input.pseudonym!, input.email ?? null);
      tx.create(GroupParticipant, {
        organisation: org.id,
        appointment: row.id,
        client: client.id,
        cancelTokenHash: hashSecret(cancelToken),
        contactEmail: input.email ?? client.email ?? null,
        lang,
      });
    },
  );
  if (outcome !== 'ok') return outcome;
  announceAvailability(app, org.id, group.counsellor.id, AvailabilityChangeReason.SEATS_CHANGED);
  await announceSeats(app, group, [client!.id], 'CLIENT');
  return new ReservationService(app, em, viewer).bookingResult(
    group,
    client!,
    cancelToken,
    input.email ?? client!.email ?? null,
    input.returnUrl,
    lang,
  );
}
