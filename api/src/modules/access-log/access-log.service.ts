/**
 * Reading, exporting and purging the access audit log (writing: access-log.trail.ts). Admins and staff
 * with the "data protection" permission read their organisation's entries, newest first; everyone
 * else is FORBIDDEN. Entries older than the organisation's access-log retention period
 * (`accessLogRetentionDays`, 730 days by default, at least 180: a setting of its own, not the
 * 30-day deletion period of clients) go with the hourly deletion job.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import {
  decodeCursor,
  encodeCursor,
  invalidCursor,
  toConnection,
  type ConnectionShape,
} from '../../shared/pagination.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import type { AccessLogFilterData } from './access-log.inputs.js';
import type { AccessLogEntry } from './access-log.types.js';
import type { AccessAction, AccessRecordKind } from './access-log.trail.js';

/**
 * Does the viewer act for data protection: an admin, or other staff an admin gave the permission
 * (`setCounsellorDataProtection`)? Read from the account at each call (one statement), so a withdrawn
 * permission counts at once, also for links signed before.
 */
export async function actsForDataProtection(em: EntityManager, viewer: Viewer): Promise<boolean> {
  if (viewer.kind !== 'STAFF') return false;
  if (viewer.role === 'ADMIN') return true;
  const [row] = await em
    .getConnection()
    .execute<{ data_protection: boolean | null }[]>(
      `select data_protection from account where id = ? and organisation_id = ? and kind = 'STAFF'`,
      [viewer.accountId, viewer.organisationId],
    );
  return row?.data_protection === true;
}

/** May the viewer read the access log? Admins always; other staff with the permission. */
export async function assertMayReadAccessLog(em: EntityManager, viewer: Viewer): Promise<void> {
  if (viewer.kind !== 'STAFF') throw forbidden();
  if (!(await actsForDataProtection(em, viewer))) {
    throw forbidden('Only admins and staff with the data-protection permission may read the access log');
  }
}

/**
 * The filter as SQL over `access_log l` with `?` values (or literals through `quote`, for the export's
 * cursor). Days are the organisation's calendar days, in its time zone.
 */
export function accessLogWhere(
  organisationId: string,
  f: AccessLogFilterData,
  value: (v: string) => string = () => '?',
): { sql: string; values: string[] } {
  const parts = [`l.organisation_id = ${value(organisationId)}`];
  const values = [organisationId];
  const add = (sql: (v: string) => string, v: string) => {
    parts.push(sql(value(v)));
    values.push(v);
  };
  if (f.clientId) add((v) => `l.client_id = ${v}`, f.clientId);
  if (f.staffId) add((v) => `l.staff_id = ${v}`, f.staffId);
  if (f.action) add((v) => `l.action = ${v}::access_log_action`, f.action);
  if (f.recordKind) add((v) => `l.record_kind = ${v}::access_log_record_kind`, f.recordKind);
  const tz = `(select o.timezone from organisation o where o.id = l.organisation_id)`;
  if (f.from) add((v) => `l.at >= (${v}::date)::timestamp at time zone ${tz}`, f.from);
  if (f.to) add((v) => `l.at < (${v}::date + 1)::timestamp at time zone ${tz}`, f.to);
  return { sql: parts.join(' and '), values };
}

interface EntryRow {
  id: string;
  at: Date;
  action: AccessAction;
  record_kind: AccessRecordKind;
  record_id: string | null;
  client_id: string;
  client_number: string | null;
  client_pseudonym: string | null;
  staff_id: string;
  staff_name: string | null;
}

/** The staff member's name as lists show it; the client's pseudonym while the client exists. */
const NAMES = `coalesce(nullif(trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')), ''), s.display_name) as staff_name,
  c.pseudonym as client_pseudonym`;
const JOINS = `left join account s on s.id = l.staff_id and s.organisation_id = l.organisation_id
  left join account c on c.id = l.client_id and c.organisation_id = l.organisation_id`;

export class AccessLogService {
  constructor(private readonly em: EntityManager) {}

  /** Newest first, keyset pages on (at, id); two statements (page and total) whatever the page size. */
  async list(
    viewer: Viewer,
    filter: AccessLogFilterData,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<AccessLogEntry>> {
    await assertMayReadAccessLog(this.em, viewer);
    const where = accessLogWhere(viewer.organisationId, filter);
    let page = where.sql;
    const pageValues: unknown[] = [...where.values];
    const cursor = decodeCursor(after);
    if (cursor) {
      if (typeof cursor.k !== 'string' || Number.isNaN(Date.parse(cursor.k)) || !/^\d{1,19}$/.test(cursor.id)) {
        throw invalidCursor();
      }
      page += ` and (l.at, l.id) < (?, ?)`;
      pageValues.push(new Date(cursor.k), cursor.id);
    }
    const conn = this.em.getConnection();
    const [rows, count] = await Promise.all([
      conn.execute<EntryRow[]>(
        `select l.id::text as id, l.at, l.action, l.record_kind, l.record_id, l.client_id, l.client_number, l.staff_id, ${NAMES}
           from access_log l ${JOINS}
          where ${page} order by l.at desc, l.id desc limit ?`,
        [...pageValues, first + 1],
      ),
      conn.execute<{ n: number }[]>(`select count(*)::int as n from access_log l where ${where.sql}`, where.values),
    ]);
    const entries: AccessLogEntry[] = rows.map((r) => ({
      id: r.id,
      at: new Date(r.at),
      action: r.action,
      recordKind: r.record_kind,
      recordId: r.record_id,
      clientId: r.client_id,
      clientNumber: r.client_number,
      clientPseudonym: r.client_pseudonym,
      staffId: r.staff_id,
      staffName: r.staff_name,
    }));
    return toConnection(entries, first, count[0]?.n ?? 0, (e) => encodeCursor({ k: e.at.toISOString(), id: e.id }));
  }

  /** Grants or withdraws the "data protection" permission (admins; any staff member of the organisation). */
  async setDataProtection(viewer: Viewer, input: { id: string; dataProtection: boolean }): Promise<Counsellor> {
    if (viewer.kind !== 'STAFF' || viewer.role !== 'ADMIN') throw forbidden();
    const target = await this.em.findOne(Counsellor, {
      id: input.id,
      organisation: viewer.organisationId,
      deletedAt: null,
    });
    if (!target) throw notFound('Counsellor');
    if (target.dataProtection !== input.dataProtection) {
      target.dataProtection = input.dataProtection;
      await this.em.flush();
    }
    return target;
  }
}

/**
 * The export's select, literals through `quote` (a cursor takes no parameters). Columns: time (the
 * organisation's local time), staff name, action, record kind, client number, pseudonym, record id.
 */
export function accessLogExportSql(
  quote: (v: string) => string,
  organisationId: string,
  filter: AccessLogFilterData,
): string {
  const where = accessLogWhere(organisationId, filter, quote);
  return `select to_char(l.at at time zone o.timezone, 'YYYY-MM-DD HH24:MI:SS'),
      coalesce(nullif(trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')), ''), s.display_name),
      l.action::text, l.record_kind::text, l.client_number, c.pseudonym, l.record_id::text
    from access_log l join organisation o on o.id = l.organisation_id ${JOINS}
   where ${where.sql} order by l.at desc, l.id desc`;
}

/**
 * Deletes entries older than their organisation's access-log retention period at `now`; the only DELETE the
 * table's trigger lets through (migration 0995). Returns how many went.
 */
export async function purgeAccessLog(app: AppServices, now: Date = new Date()): Promise<number> {
  return (app.orm.em.fork() as EntityManager).transactional(async (tx) => {
    await tx.execute(`select set_config('lotse.access_log_purge', 'on', true)`);
    const res = await tx.execute<{ affectedRows: number }>(
      `delete from access_log l using organisation o
        where o.id = l.organisation_id and l.at < ?::timestamptz - make_interval(days => o.access_log_retention_days)`,
      [now],
      'run',
    );
    return res.affectedRows;
  });
}
