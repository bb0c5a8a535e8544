/**
 * The staff calendar over a range (list, day, week and month views all ask for a range): appointments
 * of the viewer, of one colleague or of everyone, optionally with the free slots in between. Staff of
 * an organisation may see every calendar of it. Constant SQL whatever the range or team size.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { notFound } from '../../shared/errors.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Appointment, GroupParticipant } from './appointment.entity.js';
import { AppointmentChannel, AppointmentKind, AppointmentStatus } from './appointment.enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { findByCancelToken } from './cancellation.service.js';
import { appointmentName, calendarFile, mailLocale } from './mails.js';
import { contentLanguage } from '../organisation/content-languages.js';
import { videoWindow } from './video.js';
import { findFreeSlots } from './availability.service.js';
import type { Calendar, ClientAppointment, FreeSlots } from './appointment.types.js';
import { toBookableCounsellor, toBookableService } from './public-catalog.service.js';
import type { AppServices } from '../../shared/app.js';

export enum CalendarScope {
  OWN = 'OWN',
  COUNSELLOR = 'COUNSELLOR',
  ALL = 'ALL',
}
registerEnumType(CalendarScope, {
  name: 'CalendarScope',
  description: 'OWN: the viewer’s; COUNSELLOR: the one given by counsellorId; ALL: the whole organisation.',
});

export const CALENDAR_POPULATE = ['counsellor', 'client', 'service', 'participants', 'participants.client'] as const;

export async function calendar(
  em: EntityManager,
  app: Pick<AppServices, 'db' | 'caches'>,
  viewer: Viewer,
  q: {
    from: Date;
    to: Date;
    scope: CalendarScope;
    counsellorId?: string | null;
    includeFreeSlots: boolean;
    /**
     * Only the appointments clients booked after this instant, whenever they take place (`from`/`to`
     * then bound the free slots alone); no holds, none that staff made.
     */
    bookedSince?: Date | null;
  },
): Promise<Calendar> {
  let counsellorIds: string[] | null = null;
  if (q.scope === CalendarScope.OWN) counsellorIds = [viewer.accountId];
  if (q.scope === CalendarScope.COUNSELLOR) {
    const c = q.counsellorId
      ? await em.findOne(Counsellor, { id: q.counsellorId, organisation: viewer.organisationId })
      : null;
    if (!c) throw notFound('Counsellor');
    counsellorIds = [c.id];
  }
  const now = new Date();
  const appointments = await em.find(
    Appointment,
    {
      organisation: viewer.organisationId,
      ...(counsellorIds ? { counsellor: { $in: counsellorIds } } : {}),
      ...(q.bookedSince
        ? // Whenever they take place: a booking made since then may lie beyond any range (the booking
          // horizon counts from its own day), and `bookedSince` (at most 31 days ago) bounds the list.
          // Client bookings only, as the live BOOKED event: `consentAt` is set by a client's confirmation
          // alone, never by staff creating an appointment.
          { status: AppointmentStatus.BOOKED, bookedAt: { $gt: q.bookedSince }, consentAt: { $ne: null } }
        : {
            startsAt: { $lt: q.to },
            blockedUntil: { $gt: q.from },
            $or: [
              { status: AppointmentStatus.BOOKED },
              { status: AppointmentStatus.HELD, holdExpiresAt: { $gt: now } },
            ],
          }),
    },
    { populate: CALENDAR_POPULATE, orderBy: { startsAt: 'asc', id: 'asc' } },
  );
  let freeSlots: FreeSlots[] = [];
  if (q.includeFreeSlots) {
    const { groups } = await findFreeSlots(app, {
      organisation: { id: viewer.organisationId },
      from: q.from,
      to: q.to,
      counsellorIds,
      regularClientsOf: 'all',
      now: now.getTime(),
    });
    freeSlots = groups;
  }
  return { appointments: appointments as Appointment[], freeSlots };
}

/**
 * An appointment as its client sees it (`status` overrides the row's, e.g. for a seat given up), its
 * texts in the content language `lang` where the organisation entered them in it.
 */
export function toClientAppointment(
  app: AppServices,
  org: Organisation,
  a: Appointment,
  status: AppointmentStatus = a.status,
  lang: string | null = null,
): ClientAppointment {
  const what = appointmentName(org, a, lang);
  const video = a.channel === AppointmentChannel.VIDEO && status === AppointmentStatus.BOOKED ? videoWindow(a) : null;
  return {
    id: a.id,
    kind: a.kind,
    status,
    start: a.startsAt,
    end: a.endsAt,
    channel: a.channel ?? null,
    title: a.title ? what : null,
    // Remarks of single appointments are staff notes; only group remarks are for clients.
    remarks: a.kind === AppointmentKind.GROUP ? (a.remarks ?? null) : null,
    service: a.service ? toBookableService(a.service, contentLanguage(org, lang)) : null,
    counsellor: toBookableCounsellor(app, a.counsellor),
    videoOpensAt: video?.from ?? null,
    videoClosesAt: video?.until ?? null,
    calendarFile: calendarFile(
      app,
      {
        organisationId: org.id,
        organisationName: org.name,
        locale: mailLocale(org.locale, lang),
        timeZone: org.timezone,
        appointmentId: a.id,
        sequence: a.sequence,
        start: a.startsAt,
        end: a.endsAt,
        what,
        counsellorName: a.counsellor.displayName,
      },
      status === AppointmentStatus.CANCELLED,
    ),
  };
}

/** A client's own appointments (single bookings and group seats) in a range, in the visitor's `lang`. */
export async function clientAppointments(
  em: EntityManager,
  app: AppServices,
  viewer: Viewer,
  from: Date,
  to: Date,
  lang: string | null = null,
): Promise<ClientAppointment[]> {
  const seats = await em.find(GroupParticipant, { organisation: viewer.organisationId, client: viewer.accountId });
  const [org, rows] = await Promise.all([
    em.findOneOrFail(Organisation, viewer.organisationId),
    em.find(
      Appointment,
      {
        organisation: viewer.organisationId,
        startsAt: { $lt: to },
        endsAt: { $gt: from },
        status: { $in: [AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED] },
        $or: [
          { kind: AppointmentKind.SINGLE, client: viewer.accountId },
          { id: { $in: seats.map((s) => s.appointment.id) } },
        ],
      },
      { populate: ['counsellor', 'service', 'service.topic'], orderBy: { startsAt: 'asc', id: 'asc' } },
    ),
  ]);
  return rows.map((a) => toClientAppointment(app, org, a, a.status, lang));
}

/**
 * The appointment behind the link of a confirmation mail (its cancel token), as its client sees it:
 * for a visitor who booked under a pseudonym only, the link is the way back to their appointment.
 */
export async function appointmentByLink(
  em: EntityManager,
  app: AppServices,
  token: string,
  /** The visitor's language; left out, the one the booking (or seat) was made in. */
  lang: string | null = null,
): Promise<ClientAppointment> {
  const target = await findByCancelToken(em, token);
  if (!target) throw notFound('Booking');
  const a = target.appointment;
  await em.populate(a, ['service.topic']);
  const org = await em.findOneOrFail(Organisation, a.organisation.id);
  const status = target.seatCancelled ? AppointmentStatus.CANCELLED : a.status;
  return toClientAppointment(app, org, a, status, lang ?? target.seat?.lang ?? (target.seat ? null : a.lang) ?? null);
}
