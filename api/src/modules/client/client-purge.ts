/**
 * The deletion routine: a scheduled job (pg-boss, hourly) purges every client whose deletion was
 * requested longer ago than their organisation's retention period (and the access audit log's entries
 * older than that period). Each client is purged in one
 * transaction that runs `PURGE_STEPS` (client-purge.steps.ts) in order and writes a `ClientPurge`
 * record; a client restored meanwhile (row lock, status checked again) is left alone.
 *
 * The job takes the instant to purge as of in its data (`now`, ISO), so tests drive the routine with a
 * clock they control; the schedule sends none and the current time applies.
 */
import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  invalidCursor,
  keyCursor,
  toConnection,
  type ConnectionShape,
} from '../../shared/pagination.js';
import { UUID_PATTERN } from '../../shared/validate.js';
import { ClientPurge, type PurgedCount } from './client-purge.entity.js';
import { PURGE_STEPS, type PurgeStep } from './client-purge.steps.js';
import { emitWebhookEvent, WebhookEventType } from '../webhooks/webhook-events.js';
import { purgeAccessLog } from '../access-log/access-log.service.js';

export const PURGE_CLIENTS_JOB = 'client.purgeDue';
/** Hourly, at minute 17 (UTC): a purge is due at most an hour after its retention period ends. */
export const PURGE_CLIENTS_CRON = '17 * * * *';
/** Clients purged per run at most; a backlog is worked off over the next runs. */
const BATCH = 200;

export interface PurgeJobData {
  /** The instant to purge as of (ISO); default now. */
  now?: string;
}

interface Due {
  id: string;
  organisation_id: string;
}

/** Purges every client due at `now`; returns how many were purged. Failures are logged and rethrown at the end. */
export async function purgeDueClients(app: AppServices, now: Date = new Date(), steps = PURGE_STEPS): Promise<number> {
  const em = app.orm.em.fork() as EntityManager;
  const due = await em.execute<Due[]>(
    `select a.id, a.organisation_id from account a join organisation o on o.id = a.organisation_id
      where a.status = 'DELETION_PENDING' and a.kind = 'CLIENT'
        and a.deletion_requested_at + make_interval(days => o.retention_days) <= ?
      order by a.deletion_requested_at limit ?`,
    [now, BATCH],
  );
  let purged = 0;
  let failed = 0;
  for (const client of due) {
    try {
      if (await purgeClient(app, client.organisation_id, client.id, now, steps)) {
        purged++;
        await emitWebhookEvent(app, client.organisation_id, WebhookEventType.CLIENT_DELETED, { clientId: client.id });
      }
    } catch (err) {
      failed++;
      app.log.error({ err, clientId: client.id, organisationId: client.organisation_id }, 'client purge failed');
    }
  }
  if (failed) throw new Error(`${failed} of ${due.length} due client purges failed`);
  return purged;
}

/** Purges one client if still due (checked under the row lock). Returns whether it did. */
async function purgeClient(
  app: AppServices,
  organisationId: string,
  clientId: string,
  now: Date,
  steps: readonly PurgeStep[],
): Promise<boolean> {
  return (app.orm.em.fork() as EntityManager).transactional(async (tx) => {
    const [row] = await tx.execute<{ client_number: string; email: string | null; deletion_requested_at: Date }[]>(
      `select a.client_number, a.email, a.deletion_requested_at from account a join organisation o on o.id = a.organisation_id
        where a.id = ? and a.organisation_id = ? and a.status = 'DELETION_PENDING'
          and a.deletion_requested_at + make_interval(days => o.retention_days) <= ?
        for update of a skip locked`,
      [clientId, organisationId, now],
    );
    if (!row) return false;
    const removed = new Map<string, number>();
    for (const step of steps) {
      const result = await step(tx, organisationId, clientId, { app, email: row.email });
      const counts = typeof result === 'number' ? { [step.name]: result } : (result ?? {});
      for (const [kind, n] of Object.entries(counts)) removed.set(kind, (removed.get(kind) ?? 0) + n);
    }
    const record: PurgedCount[] = [...removed].map(([kind, count]) => ({ kind, count }));
    tx.create(ClientPurge, {
      organisation: organisationId,
      clientNumber: row.client_number,
      deletionRequestedAt: row.deletion_requested_at,
      removed: record,
    });
    await tx.flush();
    app.log.info({ organisationId, clientId }, 'client purged');
    return true;
  });
}

export function registerClientJobs(app: AppServices): void {
  app.jobs.register<PurgeJobData>(PURGE_CLIENTS_JOB, async (data) => {
    const now = data?.now ? new Date(data.now) : new Date();
    // The access audit log's entries follow the same retention period (access-log.service.ts); they
    // go first, so a failing client purge does not keep them.
    await purgeAccessLog(app, now);
    await purgeDueClients(app, now);
  });
  app.jobs.schedule(PURGE_CLIENTS_JOB, PURGE_CLIENTS_CRON);
}

/** The organisation's purge records, newest first (keyset on purge time and id). */
export async function listClientPurges(
  em: EntityManager,
  viewer: Viewer,
  page: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<ClientPurge>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  const where: FilterQuery<ClientPurge> = { organisation: viewer.organisationId };
  const cursor = decodeCursor(page.after);
  let pageWhere = where;
  if (cursor) {
    const at = new Date(cursor.k);
    if (typeof cursor.k !== 'string' || Number.isNaN(at.getTime()) || !UUID_PATTERN.test(cursor.id)) {
      throw invalidCursor('page.after');
    }
    pageWhere = { ...where, $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: cursor.id } }] };
  }
  const [rows, total] = await Promise.all([
    em.find(ClientPurge, pageWhere, { orderBy: { createdAt: QueryOrder.DESC, id: QueryOrder.DESC }, limit: first + 1 }),
    em.count(ClientPurge, where),
  ]);
  return toConnection(
    rows,
    first,
    total,
    keyCursor((r) => r.createdAt.toISOString()),
  );
}
