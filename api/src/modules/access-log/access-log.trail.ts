/**
 * Recording for the access audit log (migration 0995). Services note what a staff member read or
 * changed with `recordAccess(em, viewer, …)` right after the access check passed (or the change was
 * written); the entries collect in the request's trail and go to the database in one INSERT per
 * request (`flushAccessTrail`: the Apollo plugin before the response is sent, the HTTP server after a
 * route), whatever the number of entries. Nothing is recorded for clients (their own data) or outside
 * a request (jobs), and never any content: who, when, what kind of action, which client, which record.
 *
 * The trail is found through the request's EntityManager (each request forks its own), so the policy
 * and service functions that already take `em` and `viewer` record without new parameters. A fork
 * made inside (`em.transactional`) is not the request's: record with the outer one.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { statement, type Sql } from '../../db/sql.js';
import type { Logger } from '../../shared/logger.js';
import { DomainError, ErrorCode } from '../../shared/errors.js';

export enum AccessAction {
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  /** A document's bytes, or a link to them. */
  DOWNLOAD = 'DOWNLOAD',
  /** Monitorings downloaded as a file (CSV, XLSX): one entry per client in it (migration 1005). */
  EXPORT = 'EXPORT',
}
registerEnumType(AccessAction, { name: 'AccessAction' });

export enum AccessRecordKind {
  PROFILE = 'PROFILE',
  NOTES = 'NOTES',
  DOCUMENTS = 'DOCUMENTS',
  MONITORINGS = 'MONITORINGS',
  MAIL_THREAD = 'MAIL_THREAD',
  CHAT_STREAM = 'CHAT_STREAM',
  /** The client data export (everything the client may ask for, as one archive). */
  DATA_EXPORT = 'DATA_EXPORT',
  /** Direct messages from staff to the client (migration 1005). */
  MESSAGES = 'MESSAGES',
}
registerEnumType(AccessRecordKind, { name: 'AccessRecordKind' });

export interface AccessEntry {
  organisationId: string;
  staffId: string;
  action: AccessAction;
  kind: AccessRecordKind;
  /**
   * The client. Null only for a chat stream, whose clients the INSERT finds among its members (none
   * for a chat between colleagues: then nothing is written).
   */
  clientId: string | null;
  /** The record (note, document, monitoring, mail request, chat stream); null for a whole list. */
  recordId: string | null;
}

/**
 * One request's entries; the same entry twice in a request is written once. Made at the request's
 * first `recordAccess` (most requests record nothing), never with ACCESS_LOG=off.
 */
export class AccessTrail {
  private entries: Map<string, AccessEntry> | null = null;
  /** The request's instant: every entry of a request carries it (milliseconds, as cursors keep it). */
  private at: Date | null = null;

  add(entry: AccessEntry): void {
    const key = `${entry.action}|${entry.kind}|${entry.clientId}|${entry.recordId}|${entry.staffId}`;
    (this.entries ??= new Map()).set(key, entry);
    this.at ??= new Date();
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  /** Writes the collected entries in one statement and forgets them; nothing to write sends nothing. */
  async flush(db: Sql): Promise<void> {
    const entries = this.entries;
    if (!entries?.size) return;
    this.entries = null;
    const rows = [...entries.values()];
    await db.query(ACCESS_LOG_INSERT, [
      rows.map((e) => e.organisationId),
      rows.map((e) => e.staffId),
      rows.map((e) => e.action),
      rows.map((e) => e.kind),
      rows.map((e) => e.clientId),
      rows.map((e) => e.recordId),
      this.at,
    ]);
  }
}

/**
 * The batch as arrays (unnest), one row each, except chat streams: one row per client member, found
 * here. The client number is looked up in the same statement, scoped to the entry's organisation.
 */
export const ACCESS_LOG_INSERT = statement(
  'access_log_insert',
  `insert into access_log (organisation_id, at, staff_id, action, record_kind, client_id, client_number, record_id)
   with e as (
     select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[])
              as e(organisation_id, staff_id, action, kind, client_id, record_id))
   select e.organisation_id, $7::timestamptz, e.staff_id, e.action::access_log_action, e.kind::access_log_record_kind,
          c.id, c.client_number, e.record_id
     from e join account c on c.id = e.client_id and c.organisation_id = e.organisation_id and c.kind = 'CLIENT'
   union all
   select e.organisation_id, $7::timestamptz, e.staff_id, e.action::access_log_action, e.kind::access_log_record_kind,
          c.id, c.client_number, e.record_id
     from e join chat_member m on e.client_id is null and e.kind = 'CHAT_STREAM'
                 and m.stream_id = e.record_id and m.organisation_id = e.organisation_id
            join account c on c.id = m.account_id and c.organisation_id = e.organisation_id and c.kind = 'CLIENT'`,
);

/**
 * Where a request keeps its trail once it has one: the request's EntityManager points at the slot
 * (`attachAccessTrail`), and the slot gets its trail at the first entry.
 */
export interface AccessTrailSlot {
  trail?: AccessTrail;
}

const slots = new WeakMap<EntityManager, AccessTrailSlot>();

/**
 * Makes `slot` the one `recordAccess` fills through `em` (a request's fork). Not called with
 * ACCESS_LOG=off: then nothing is ever collected.
 */
export function attachAccessTrail(em: EntityManager, slot: AccessTrailSlot): void {
  slots.set(em, slot);
}

/**
 * Notes a staff member's read or change of a client's records for the audit log. Clients' own reads
 * and anything outside a request are not recorded.
 */
export function recordAccess(
  em: EntityManager,
  viewer: Viewer,
  action: AccessAction,
  kind: AccessRecordKind,
  target: { clientId: string | null; recordId?: string | null },
): void {
  if (viewer.kind !== 'STAFF') return;
  const slot = slots.get(em);
  if (!slot) return;
  (slot.trail ??= new AccessTrail()).add({
    organisationId: viewer.organisationId,
    staffId: viewer.accountId,
    action,
    kind,
    clientId: target.clientId,
    recordId: target.recordId ?? null,
  });
}

/** The reason of the error a request gets when its access could not be recorded. */
export const AUDIT_UNAVAILABLE = 'AUDIT_UNAVAILABLE';

/**
 * A read whose access cannot be recorded releases nothing: the request answers this instead (HTTP
 * 503, `SERVICE_UNAVAILABLE`, reason AUDIT_UNAVAILABLE). A change (mutation, upload) was committed
 * before its entries were written; it answers the same, with `changesSaved: true`, so that a client
 * does not repeat it blindly.
 */
export function auditUnavailable(changesSaved = false): DomainError {
  return new DomainError(
    ErrorCode.SERVICE_UNAVAILABLE,
    changesSaved
      ? 'The change was saved, but its entry in the access log could not be written. Please reload before trying again.'
      : 'The access log cannot be written at the moment, so nothing was released. Please try again in a moment.',
    { reason: AUDIT_UNAVAILABLE, status: 503, ...(changesSaved ? { changesSaved: true } : {}) },
  );
}

/**
 * Writes a request's entries (see the file's comment for when). A failure is logged with the
 * request id and PostgreSQL's error code only (the statement's values and the error's text can name
 * clients), and thrown as `auditUnavailable()`: the caller must then release nothing.
 */
export async function flushAccessTrail(ctx: {
  accessTrail?: AccessTrail;
  app: { db: Sql };
  log: Logger;
  requestId: string;
}): Promise<void> {
  if (!ctx.accessTrail?.size) return;
  try {
    await ctx.accessTrail.flush(ctx.app.db);
  } catch (err) {
    ctx.log.error(
      { requestId: ctx.requestId, sqlState: (err as { code?: unknown }).code ?? null },
      'access log write failed',
    );
    throw auditUnavailable();
  }
}
