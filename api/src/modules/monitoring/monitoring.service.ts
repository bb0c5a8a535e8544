/**
 * Create, read, update, delete and list monitorings. Every statement carries the viewer's scope
 * (monitoring.policy.ts); writes run in one transaction with their topics.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, conflict, notFound } from '../../shared/errors.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, invalidCursor, toConnection } from '../../shared/pagination.js';
import { Client } from '../client/client.entity.js';
import { Organisation, Topic } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Monitoring, MonitoringTopic, type MonitoringChannel } from './monitoring.entity.js';
import type { FilterData, UpdateData } from './monitoring.inputs.js';
import { isAdmin, monitoringScope, scopeCounsellor } from './monitoring.policy.js';
import { localDate } from './period.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

/** Everything a new monitoring holds, checked; sources and request data come from createFromSource. */
export interface NewMonitoring {
  clientId: string;
  counsellorId?: string | null;
  date?: string | null;
  durationMinutes: number;
  subject: string;
  channel?: MonitoringChannel | null;
  topicIds?: string[] | null;
  notes?: string | null;
  requestData?: Record<string, string>;
  source?: Partial<Pick<Monitoring, 'appointment' | 'mailRequest' | 'chatStream'>>;
}

/** Cursor sort key: the day and the creation instant (ms), newest first. */
const sortKey = (m: Monitoring) => `${m.date}|${m.createdAt.toISOString()}`;

export class MonitoringService {
  constructor(private readonly em: EntityManager) {}

  async organisation(viewer: Viewer): Promise<Organisation> {
    return this.em.findOneOrFail(Organisation, viewer.organisationId);
  }

  /** One monitoring the viewer may see, or NOT_FOUND. */
  async get(viewer: Viewer, id: string): Promise<Monitoring> {
    const m = await this.find(viewer, id);
    this.record(viewer, AccessAction.READ, m);
    return m;
  }

  private async find(viewer: Viewer, id: string): Promise<Monitoring> {
    const m = await this.em.findOne(Monitoring, { id, ...monitoringScope(viewer) });
    if (!m) throw notFound('Monitoring');
    return m;
  }

  /** For the access audit log: anonymised monitorings belong to no client any more. */
  private record(viewer: Viewer, action: AccessAction, m: Monitoring): void {
    if (m.client) {
      recordAccess(this.em, viewer, action, AccessRecordKind.MONITORINGS, { clientId: m.client.id, recordId: m.id });
    }
  }

  /**
   * Newest first (day, then creation), keyset pages. Two statements (page and total) whatever the
   * page size; the fields a page touches are batched by the resolver's loaders.
   */
  async list(viewer: Viewer, filter: FilterData, first = DEFAULT_PAGE_SIZE, after?: string | null) {
    const counsellor = scopeCounsellor(viewer, filter.counsellorId);
    const where: Record<string, unknown> = { organisation: viewer.organisationId };
    if (counsellor) where.counsellor = counsellor;
    if (filter.clientId) where.client = filter.clientId;
    if (filter.channel) where.channel = filter.channel;
    if (filter.from || filter.to) {
      where.date = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    }
    if (filter.topicId) {
      where.id = {
        $in: this.em
          .createQueryBuilder(MonitoringTopic, 't')
          .select('t.monitoring_id')
          .where({ organisation: viewer.organisationId, topic: filter.topicId })
          .getKnexQuery(),
      };
    }
    const qb = this.em
      .createQueryBuilder(Monitoring, 'm')
      .select('*')
      .where(where)
      .orderBy({ date: 'desc', createdAt: 'desc', id: 'desc' })
      .limit(first + 1);
    const cursor = decodeCursor(after);
    if (cursor) {
      const [day, created] = String(cursor.k).split('|');
      if (!day || !created || Number.isNaN(Date.parse(created)) || !/^\d{4}-\d\d-\d\d$/.test(day)) {
        throw invalidCursor();
      }
      qb.andWhere('(m.date, m.created_at, m.id) < (?, ?, ?)', [day, new Date(created), cursor.id]);
    }
    const [rows, total] = await Promise.all([qb.getResultList(), this.em.count(Monitoring, where)]);
    // One entry per client on the page (a list, not each row); all of them in the request's one INSERT.
    for (const clientId of new Set(rows.slice(0, first).flatMap((m) => (m.client ? [m.client.id] : [])))) {
      recordAccess(this.em, viewer, AccessAction.READ, AccessRecordKind.MONITORINGS, { clientId });
    }
    return toConnection(rows, first, total, (m) => encodeCursor({ k: sortKey(m), id: m.id }));
  }

  async create(viewer: Viewer, data: NewMonitoring): Promise<Monitoring> {
    const org = await this.organisation(viewer);
    const counsellorId = await this.counsellorFor(viewer, data.counsellorId);
    await this.clientOf(viewer, data.clientId);
    const topics = await this.topicsOf(viewer, data.topicIds ?? []);
    const created = await this.em.transactional(async (tx) => {
      const m = tx.create(Monitoring, {
        organisation: viewer.organisationId,
        counsellor: counsellorId,
        client: data.clientId,
        date: data.date ?? localDate(new Date(), org.timezone),
        durationMinutes: data.durationMinutes,
        subject: data.subject,
        channel: data.channel ?? null,
        notes: data.notes ?? null,
        requestData: data.requestData ?? {},
        ...data.source,
      });
      for (const topic of topics) {
        tx.create(MonitoringTopic, { monitoring: m, topic, organisation: viewer.organisationId });
      }
      return m;
    });
    this.record(viewer, AccessAction.CREATE, created);
    return created;
  }

  async update(viewer: Viewer, data: UpdateData): Promise<Monitoring> {
    const m = await this.find(viewer, data.id);
    if (m.anonymised) throw conflict('An anonymised monitoring keeps its figures only', 'ANONYMISED');
    if (data.clientId) await this.clientOf(viewer, data.clientId);
    const topics = data.topicIds ? await this.topicsOf(viewer, data.topicIds) : null;
    await this.em.transactional(async (tx) => {
      if (data.clientId) m.client = tx.getReference(Client, data.clientId);
      if (data.date) m.date = data.date;
      if (data.durationMinutes) m.durationMinutes = data.durationMinutes;
      if (data.subject) m.subject = data.subject;
      if (data.channel !== undefined) m.channel = data.channel;
      if (data.notes !== undefined) m.notes = data.notes || null;
      if (topics) {
        await tx.nativeDelete(MonitoringTopic, { monitoring: m.id, organisation: viewer.organisationId });
        for (const topic of topics) {
          tx.create(MonitoringTopic, { monitoring: m, topic, organisation: viewer.organisationId });
        }
      }
    });
    this.record(viewer, AccessAction.UPDATE, m);
    return m;
  }

  async delete(viewer: Viewer, id: string): Promise<string> {
    // Returning the client: the audit entry names it without a statement before the delete.
    const rows = await this.em
      .getConnection()
      .execute<{ client_id: string | null }[]>(
        `delete from monitoring where id = ? and organisation_id = ?${isAdmin(viewer) ? '' : ' and counsellor_id = ?'} returning client_id`,
        isAdmin(viewer) ? [id, viewer.organisationId] : [id, viewer.organisationId, viewer.accountId],
      );
    if (!rows.length) throw notFound('Monitoring');
    const clientId = rows[0]!.client_id;
    if (clientId)
      recordAccess(this.em, viewer, AccessAction.DELETE, AccessRecordKind.MONITORINGS, { clientId, recordId: id });
    return id;
  }

  /** The counsellor a new monitoring belongs to: yourself, or for admins any active colleague. */
  private async counsellorFor(viewer: Viewer, counsellorId: string | null | undefined): Promise<string> {
    const id = scopeCounsellor(viewer, counsellorId) ?? viewer.accountId;
    if (id === viewer.accountId || !isAdmin(viewer)) return id;
    const c = await this.em.findOne(Counsellor, { id, organisation: viewer.organisationId, deletedAt: null });
    if (!c) throw notFound('Counsellor');
    return id;
  }

  /** A client of the viewer's organisation, or NOT_FOUND (also for another organisation's). */
  async clientOf(viewer: Viewer, clientId: string): Promise<Client> {
    const c = await this.em.findOne(Client, { id: clientId, organisation: viewer.organisationId });
    if (!c) throw notFound('Client');
    return c;
  }

  /** Topics of the viewer's organisation; any other id is BAD_USER_INPUT (`topicIds`). */
  private async topicsOf(viewer: Viewer, ids: string[]): Promise<Topic[]> {
    if (!ids.length) return [];
    const topics = await this.em.find(Topic, { id: { $in: ids }, organisation: viewer.organisationId });
    if (topics.length !== ids.length) {
      throw badInput('Unknown topic', [{ path: 'topicIds', message: 'Not a topic of your organisation' }]);
    }
    return topics;
  }
}
