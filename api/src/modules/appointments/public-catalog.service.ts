/**
 * What an anonymous visitor may see of an organisation: active services (public name and description
 * only), counsellors who have booking times (public profile only), bookable group appointments.
 * Constant SQL per call whatever the number of rows.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { notFound } from '../../shared/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { AccountStatus } from '../identity/account.entity.js';
import { fileUrl } from '../files/file-url.js';
import { AppointmentService } from './appointment-service.entity.js';
import { BookingWindow } from './booking-window.entity.js';
import { CounsellorChannel } from './counsellor-channel.entity.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentKind, AppointmentStatus, type AppointmentChannel } from './appointment.enums.js';
import type { BookableCounsellor, BookableService, GroupOffer } from './appointment.types.js';
import { contentLanguage, localize, type ContentLanguage } from '../organisation/content-languages.js';

/** No language asked for: the default language's texts (the scalar columns). */
const DEFAULT_LANGUAGE: ContentLanguage = { candidates: [] };

export async function organisationByKey(em: EntityManager, publicKey: string): Promise<Organisation> {
  const org = await em.findOne(Organisation, { publicKey, suspendedAt: null });
  if (!org) throw notFound('Organisation');
  return org;
}

/** The public shape of a service, its texts in `language` where they were entered in it. */
export function toBookableService(s: AppointmentService, language = DEFAULT_LANGUAGE): BookableService {
  const description = s.publicDescription ?? null;
  return {
    id: s.id,
    name: localize(s.publicNames, language, s.publicName),
    description: description === null ? null : localize(s.publicDescriptions, language, description),
    durationMinutes: s.durationMinutes,
    channel: s.channel,
    topic: s.topic ? localize(s.topic.names, language, s.topic.name) : null,
  };
}

export function toBookableCounsellor(
  app: Pick<AppServices, 'publicUrl'>,
  c: Counsellor,
  extra: { serviceIds?: string[]; channels?: AppointmentChannel[] } = {},
): BookableCounsellor {
  return {
    id: c.id,
    displayName: c.displayName,
    avatarUrl: c.avatar ? fileUrl(app, c.avatar.id) : null,
    languages: c.languages ?? [],
    descriptions: c.descriptions ?? [],
    onlyRegularClients: c.onlyRegularClients ?? false,
    serviceIds: extra.serviceIds ?? [],
    channels: extra.channels ?? [],
  };
}

export async function bookableServices(
  em: EntityManager,
  publicKey: string,
  lang: string | null = null,
): Promise<BookableService[]> {
  const org = await organisationByKey(em, publicKey);
  const language = contentLanguage(org, lang);
  const services = await em.find(
    AppointmentService,
    { organisation: org.id, active: true },
    { populate: ['topic'], orderBy: { publicName: 'asc', id: 'asc' } },
  );
  return services.map((s) => toBookableService(s, language));
}

/** Counsellors with booking times (for one service, if given), with their services and channels. */
export async function bookableCounsellors(
  em: EntityManager,
  app: Pick<AppServices, 'publicUrl'>,
  publicKey: string,
  serviceId?: string | null,
): Promise<BookableCounsellor[]> {
  const org = await organisationByKey(em, publicKey);
  const windows = await em.find(
    BookingWindow,
    {
      organisation: org.id,
      service: { active: true, ...(serviceId ? { id: serviceId } : {}) },
      counsellor: { active: true, status: AccountStatus.ACTIVE },
    },
    { populate: ['counsellor'] },
  );
  const byCounsellor = new Map<string, { c: Counsellor; services: Set<string> }>();
  for (const w of windows) {
    const entry = byCounsellor.get(w.counsellor.id) ?? { c: w.counsellor, services: new Set<string>() };
    entry.services.add(w.service.id);
    byCounsellor.set(w.counsellor.id, entry);
  }
  if (byCounsellor.size === 0) return [];
  const channels = await em.find(CounsellorChannel, {
    organisation: org.id,
    counsellor: { $in: [...byCounsellor.keys()] },
  });
  return [...byCounsellor.values()]
    .sort((a, b) => a.c.displayName.localeCompare(b.c.displayName) || a.c.id.localeCompare(b.c.id))
    .map(({ c, services }) =>
      toBookableCounsellor(app, c, {
        serviceIds: [...services].sort(),
        channels: channels.filter((ch) => ch.counsellor.id === c.id).map((ch) => ch.channel),
      }),
    );
}

/** Group appointments clients may book a seat in, in a range, with the seats left. */
export async function groupOffers(
  em: EntityManager,
  app: Pick<AppServices, 'publicUrl'>,
  publicKey: string,
  from: Date,
  to: Date,
  lang: string | null = null,
): Promise<GroupOffer[]> {
  const org = await organisationByKey(em, publicKey);
  const language = contentLanguage(org, lang);
  const groups = await em.find(
    Appointment,
    {
      organisation: org.id,
      kind: AppointmentKind.GROUP,
      status: AppointmentStatus.BOOKED,
      bookableByClients: true,
      startsAt: { $gte: from, $lt: to },
    },
    { populate: ['counsellor'], orderBy: { startsAt: 'asc', id: 'asc' } },
  );
  if (groups.length === 0) return [];
  const counts = await em
    .getConnection()
    .execute<{ appointment_id: string; n: string }[]>(
      `select appointment_id, count(*) as n from group_participant where organisation_id = ? and appointment_id = any(string_to_array(?, ',')::uuid[]) group by appointment_id`,
      [org.id, groups.map((g) => g.id).join(',')],
    );
  const taken = new Map(counts.map((r) => [r.appointment_id, Number(r.n)]));
  return groups.map((g) => ({
    id: g.id,
    title: localize(g.titles, language, g.title ?? ''),
    remarks: g.remarks ?? null,
    start: g.startsAt,
    end: g.endsAt,
    channel: g.channel ?? null,
    counsellor: toBookableCounsellor(app, g.counsellor),
    seatsLeft: Math.max(0, (g.maxParticipants ?? 0) - (taken.get(g.id) ?? 0)),
  }));
}
