/**
 * "Document this": a monitoring made from an appointment, a mail request or a chat stream in one
 * step, prefilled from it. The viewer must be allowed to see the source (the source's own rule:
 * staff see every calendar of their organisation; mail requests by the inbox's visibility; chat
 * streams by membership, admins all), else NOT_FOUND as for the source itself.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, notFound } from '../../shared/errors.js';
import { Appointment } from '../appointments/appointment.entity.js';
import { AppointmentKind } from '../appointments/appointment.enums.js';
import { streamAccess } from '../chat/chat.policy.js';
import { MailQueryService } from '../mail-counselling/mail-query.service.js';
import type { Client } from '../client/client.entity.js';
import { Topic } from '../organisation/organisation.entity.js';
import { Monitoring, MonitoringChannel, MonitoringSourceKind } from './monitoring.entity.js';
import type { FromSourceData } from './monitoring.inputs.js';
import { MonitoringService, type NewMonitoring } from './monitoring.service.js';
import { localDate } from './period.js';

type Prefill = Omit<NewMonitoring, 'durationMinutes' | 'subject'> & { durationMinutes?: number; subject: string };

/** The values a monitoring from a source starts with, resolved for a form (nothing saved). */
export interface PrefillView {
  client: Client;
  date: string;
  durationMinutes: number | null;
  subject: string;
  channel: MonitoringChannel | null;
  topics: Topic[];
  requestData: Record<string, string>;
}

const noClient = () =>
  badInput(
    'This source has no single client to document',
    [{ path: 'source.id', message: 'No single client' }],
    'NO_SINGLE_CLIENT',
  );

/** Whole minutes between two instants, at least 1 and at most a day (the monitoring's bounds). */
const minutesBetween = (from: Date, to: Date) =>
  Math.min(1440, Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000)));

export class MonitoringSourceService {
  private readonly monitorings: MonitoringService;
  constructor(private readonly em: EntityManager) {
    this.monitorings = new MonitoringService(em);
  }

  async create(viewer: Viewer, data: FromSourceData): Promise<Monitoring> {
    const prefill = await this.prefill(viewer, data.source.kind, data.source.id);
    const durationMinutes = data.durationMinutes ?? prefill.durationMinutes;
    if (!durationMinutes) {
      throw badInput('Give the duration: this source does not tell it', [
        { path: 'durationMinutes', message: 'Required for this source' },
      ]);
    }
    return this.monitorings.create(viewer, {
      ...prefill,
      durationMinutes,
      subject: data.subject ?? prefill.subject,
      date: data.date ?? prefill.date,
      channel: data.channel !== undefined ? data.channel : prefill.channel,
      topicIds: data.topicIds ?? prefill.topicIds,
      notes: data.notes,
    });
  }

  /**
   * What `create` would save from this source, without saving: the starting values of the form the
   * counsellor completes first, so cancelling it leaves nothing behind. Same access rules and errors.
   */
  async preview(viewer: Viewer, kind: MonitoringSourceKind, id: string): Promise<PrefillView> {
    const prefill = await this.prefill(viewer, kind, id);
    const org = await this.monitorings.organisation(viewer);
    const client = await this.monitorings.clientOf(viewer, prefill.clientId);
    const topicIds = prefill.topicIds ?? [];
    const topics = topicIds.length
      ? await this.em.find(
          Topic,
          { id: { $in: topicIds }, organisation: viewer.organisationId },
          { orderBy: { name: 'asc' } },
        )
      : [];
    return {
      client,
      date: prefill.date ?? localDate(new Date(), org.timezone),
      durationMinutes: prefill.durationMinutes ?? null,
      subject: prefill.subject,
      channel: prefill.channel ?? null,
      topics,
      requestData: prefill.requestData ?? {},
    };
  }

  private async prefill(viewer: Viewer, kind: MonitoringSourceKind, id: string): Promise<Prefill> {
    const org = await this.monitorings.organisation(viewer);
    switch (kind) {
      case MonitoringSourceKind.APPOINTMENT: {
        const a = await this.em.findOne(
          Appointment,
          { id, organisation: viewer.organisationId },
          { populate: ['service'] },
        );
        if (!a) throw notFound('Appointment');
        if (a.kind !== AppointmentKind.SINGLE || !a.client) throw noClient();
        return {
          clientId: a.client.id,
          date: localDate(a.startsAt, org.timezone),
          durationMinutes: minutesBetween(a.startsAt, a.endsAt),
          channel: a.channel ? (a.channel as unknown as MonitoringChannel) : null,
          subject: (a.title ?? a.service?.internalName ?? 'Termin').slice(0, 200),
          topicIds: a.service?.topic ? [a.service.topic.id] : [],
          source: { appointment: a },
        };
      }
      case MonitoringSourceKind.MAIL_REQUEST: {
        const r = await new MailQueryService(this.em).getForStaff(viewer, id);
        return {
          clientId: r.client.id,
          channel: MonitoringChannel.MAIL,
          subject: r.subject,
          topicIds: r.topic ? [r.topic.id] : [],
          requestData: { ...r.requestData },
          source: { mailRequest: r },
        };
      }
      case MonitoringSourceKind.CHAT_STREAM: {
        const { stream } = await streamAccess(this.em, viewer, id, 'read');
        const [row] = await this.em
          .getConnection()
          .execute<{ clients: string[] | null; first_at: Date | null; last_at: Date | null }[]>(
            `select (select array_agg(m.account_id) from chat_member m join account a on a.id = m.account_id
                    where m.stream_id = s.id and a.kind = 'CLIENT') as clients,
                  (select min(created_at) from chat_message where stream_id = s.id) as first_at,
                  (select max(created_at) from chat_message where stream_id = s.id) as last_at
             from chat_stream s where s.id = ? and s.organisation_id = ?`,
            [stream.id, viewer.organisationId],
          );
        if (!row?.clients || row.clients.length !== 1) throw noClient();
        const first = row.first_at ? new Date(row.first_at) : null;
        const last = row.last_at ? new Date(row.last_at) : null;
        return {
          clientId: row.clients[0]!,
          date: first ? localDate(first, org.timezone) : null,
          durationMinutes: first && last ? minutesBetween(first, last) : undefined,
          channel: MonitoringChannel.CHAT,
          subject: (stream.name ?? 'Chat').slice(0, 200),
          source: { chatStream: stream },
        };
      }
    }
  }
}
