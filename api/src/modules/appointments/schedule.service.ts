/**
 * Everything that shapes availability: channels, services, weekly booking times with their horizon,
 * absences and the organisation's booking settings. Counsellors manage their own, admins everyone's;
 * services and settings are admin-only. Changes that move slots are announced to open widgets.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { notFound } from '../../shared/errors.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Organisation, Topic } from '../organisation/organisation.entity.js';
import { applyTexts, checkLanguages } from '../organisation/content-languages.js';
import type { LocalizedText } from '../staff/counsellor.entity.js';
import { AppointmentService } from './appointment-service.entity.js';
import { BookingWindow, CounsellorSchedule, DEFAULT_HORIZON_WEEKS } from './booking-window.entity.js';
import { CounsellorChannel } from './counsellor-channel.entity.js';
import { Absence } from './absence.entity.js';
import { AppointmentSettings } from './appointment-settings.entity.js';
import type { AppointmentChannel } from './appointment.enums.js';
import { authorizeAdmin, authorizeCounsellor } from './appointment.policy.js';
import { announceAvailability } from './availability-events.js';
import { AvailabilityChangeReason, type BookingSchedule } from './appointment.types.js';
import type { PostalAddress } from '../organisation/organisation.entity.js';

export interface ServiceFields {
  internalName?: string | null;
  publicName?: string | null;
  publicDescription?: string | null;
  /** All content languages' names; `publicName` wins for the default language. */
  publicNames?: LocalizedText[];
  publicDescriptions?: LocalizedText[];
  durationMinutes?: number | null;
  followUpMinutes?: number | null;
  channel?: AppointmentChannel | null;
  topicId?: string | null;
  minimumNoticeMinutes?: number | null;
  active?: boolean | null;
}

export class ScheduleService {
  constructor(
    private readonly app: AppServices,
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  private get orgId(): string {
    return this.viewer.organisationId;
  }

  /** A counsellor of the viewer's organisation (NOT_FOUND otherwise); `manage` also checks the policy. */
  async counsellor(id: string, manage: boolean): Promise<Counsellor> {
    const c = await this.em.findOne(Counsellor, { id, organisation: this.orgId });
    if (!c) throw notFound('Counsellor');
    if (manage) authorizeCounsellor(this.viewer, c.id);
    return c;
  }

  private announce(counsellorIds: Iterable<string>): void {
    for (const id of new Set(counsellorIds)) {
      announceAvailability(this.app, this.orgId, id, AvailabilityChangeReason.SCHEDULE_CHANGED);
    }
  }

  // ── channels ──

  async channels(counsellorId: string): Promise<CounsellorChannel[]> {
    await this.counsellor(counsellorId, false);
    return this.em.find(
      CounsellorChannel,
      { organisation: this.orgId, counsellor: counsellorId },
      { orderBy: { channel: 'asc' } },
    );
  }

  async setChannels(
    counsellorId: string,
    channels: { channel: AppointmentChannel; externalUrl?: string | null; address?: PostalAddress | null }[],
  ): Promise<CounsellorChannel[]> {
    await this.counsellor(counsellorId, true);
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(CounsellorChannel, { organisation: this.orgId, counsellor: counsellorId });
      for (const c of channels) {
        tx.create(CounsellorChannel, {
          organisation: this.orgId,
          counsellor: counsellorId,
          channel: c.channel,
          externalUrl: c.externalUrl ?? null,
          address: c.address ?? null,
        });
      }
    });
    return this.channels(counsellorId);
  }

  // ── services ──

  async services(includeArchived: boolean): Promise<AppointmentService[]> {
    return this.em.find(
      AppointmentService,
      { organisation: this.orgId, ...(includeArchived ? {} : { active: true }) },
      { populate: ['topic'], orderBy: { internalName: 'asc', id: 'asc' } },
    );
  }

  /** The organisation's language settings; texts in other languages are BAD_USER_INPUT. */
  private async languages(input: ServiceFields): Promise<Organisation> {
    const org = await this.em.findOneOrFail(Organisation, this.orgId);
    checkLanguages(org, { publicNames: input.publicNames, publicDescriptions: input.publicDescriptions });
    return org;
  }

  private async topic(topicId: string | null | undefined): Promise<Topic | null | undefined> {
    if (topicId === undefined) return undefined;
    if (topicId === null) return null;
    const topic = await this.em.findOne(Topic, { id: topicId, organisation: this.orgId });
    if (!topic) throw notFound('Topic');
    return topic;
  }

  async createService(
    input: ServiceFields & {
      internalName: string;
      publicName: string;
      durationMinutes: number;
      channel: AppointmentChannel;
    },
  ) {
    authorizeAdmin(this.viewer);
    const org = await this.languages(input);
    const topic = await this.topic(input.topicId ?? null);
    const empty = { texts: [], defaultText: null };
    const names = applyTexts(empty, org.locale, { list: input.publicNames, defaultText: input.publicName });
    const descriptions = applyTexts(empty, org.locale, {
      list: input.publicDescriptions,
      defaultText: input.publicDescription,
    });
    const service = this.em.create(AppointmentService, {
      organisation: this.orgId,
      internalName: input.internalName,
      publicName: input.publicName,
      publicNames: names.texts,
      publicDescription: descriptions.defaultText,
      publicDescriptions: descriptions.texts,
      durationMinutes: input.durationMinutes,
      followUpMinutes: input.followUpMinutes ?? 0,
      channel: input.channel,
      topic,
      minimumNoticeMinutes: input.minimumNoticeMinutes ?? null,
    });
    await this.em.flush();
    return service;
  }

  async updateService(id: string, input: ServiceFields): Promise<AppointmentService> {
    authorizeAdmin(this.viewer);
    const service = await this.em.findOne(
      AppointmentService,
      { id, organisation: this.orgId },
      { populate: ['topic'] },
    );
    if (!service) throw notFound('Service');
    const org = await this.languages(input);
    const topic = await this.topic(input.topicId);
    const names = applyTexts({ texts: service.publicNames, defaultText: service.publicName }, org.locale, {
      list: input.publicNames,
      defaultText: input.publicName ?? undefined,
    });
    const descriptions = applyTexts(
      { texts: service.publicDescriptions, defaultText: service.publicDescription },
      org.locale,
      { list: input.publicDescriptions, defaultText: input.publicDescription },
    );
    if (input.internalName != null) service.internalName = input.internalName;
    service.publicName = names.defaultText ?? service.publicName;
    service.publicNames = names.texts;
    service.publicDescription = descriptions.defaultText;
    service.publicDescriptions = descriptions.texts;
    if (input.durationMinutes != null) service.durationMinutes = input.durationMinutes;
    if (input.followUpMinutes != null) service.followUpMinutes = input.followUpMinutes;
    if (input.channel != null) service.channel = input.channel;
    if (topic !== undefined) service.topic = topic;
    if (input.minimumNoticeMinutes !== undefined) service.minimumNoticeMinutes = input.minimumNoticeMinutes;
    if (input.active != null) service.active = input.active;
    await this.em.flush();
    const windows = await this.em.find(BookingWindow, { organisation: this.orgId, service: service.id });
    this.announce(windows.map((w) => w.counsellor.id));
    return service;
  }

  // ── booking times ──

  async bookingTimes(counsellorId: string): Promise<BookingSchedule> {
    await this.counsellor(counsellorId, false);
    const [schedule, windows] = await Promise.all([
      this.em.findOne(CounsellorSchedule, { organisation: this.orgId, counsellor: counsellorId }),
      this.em.find(
        BookingWindow,
        { organisation: this.orgId, counsellor: counsellorId },
        { populate: ['service', 'service.topic'], orderBy: { weekday: 'asc', startMinute: 'asc', id: 'asc' } },
      ),
    ]);
    return { counsellorId, horizonWeeks: schedule?.horizonWeeks ?? DEFAULT_HORIZON_WEEKS, windows };
  }

  async setBookingTimes(input: {
    counsellorId: string;
    horizonWeeks: number;
    windows: { weekday: number; from: number; to: number; serviceId: string }[];
  }): Promise<BookingSchedule> {
    await this.counsellor(input.counsellorId, true);
    const serviceIds = [...new Set(input.windows.map((w) => w.serviceId))];
    if (serviceIds.length) {
      const found = await this.em.count(AppointmentService, {
        id: { $in: serviceIds },
        organisation: this.orgId,
        active: true,
      });
      if (found !== serviceIds.length) throw notFound('Service');
    }
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(BookingWindow, { organisation: this.orgId, counsellor: input.counsellorId });
      const schedule =
        (await tx.findOne(CounsellorSchedule, { organisation: this.orgId, counsellor: input.counsellorId })) ??
        tx.create(CounsellorSchedule, { organisation: this.orgId, counsellor: input.counsellorId });
      schedule.horizonWeeks = input.horizonWeeks;
      for (const w of input.windows) {
        tx.create(BookingWindow, {
          organisation: this.orgId,
          counsellor: input.counsellorId,
          weekday: w.weekday,
          startMinute: w.from,
          endMinute: w.to,
          service: w.serviceId,
        } as never);
      }
    });
    this.announce([input.counsellorId]);
    return this.bookingTimes(input.counsellorId);
  }

  // ── absences ──

  async absences(counsellorId: string, from: Date, to: Date): Promise<Absence[]> {
    await this.counsellor(counsellorId, false);
    return this.em.find(
      Absence,
      { organisation: this.orgId, counsellor: counsellorId, startsAt: { $lt: to }, endsAt: { $gt: from } },
      { orderBy: { startsAt: 'asc', id: 'asc' } },
    );
  }

  async createAbsence(input: { counsellorId: string; start: Date; end: Date; note?: string | null }): Promise<Absence> {
    await this.counsellor(input.counsellorId, true);
    const absence = this.em.create(Absence, {
      organisation: this.orgId,
      counsellor: input.counsellorId,
      startsAt: input.start,
      endsAt: input.end,
      note: input.note ?? null,
    });
    await this.em.flush();
    this.announce([input.counsellorId]);
    return absence;
  }

  async deleteAbsence(id: string): Promise<boolean> {
    const absence = await this.em.findOne(Absence, { id, organisation: this.orgId });
    if (!absence) throw notFound('Absence');
    authorizeCounsellor(this.viewer, absence.counsellor.id);
    await this.em.remove(absence).flush();
    this.announce([absence.counsellor.id]);
    return true;
  }

  // ── settings ──

  async settings(): Promise<AppointmentSettings> {
    return (
      (await this.em.findOne(AppointmentSettings, { organisation: this.orgId })) ??
      this.em.create(AppointmentSettings, { organisation: this.orgId }, { persist: false })
    );
  }

  async updateSettings(input: { holdMinutes?: number | null; minimumNoticeMinutes?: number | null }) {
    authorizeAdmin(this.viewer);
    const settings =
      (await this.em.findOne(AppointmentSettings, { organisation: this.orgId })) ??
      this.em.create(AppointmentSettings, { organisation: this.orgId });
    if (input.holdMinutes != null) settings.holdMinutes = input.holdMinutes;
    if (input.minimumNoticeMinutes != null) settings.minimumNoticeMinutes = input.minimumNoticeMinutes;
    await this.em.flush();
    return settings;
  }
}
