/**
 * Deletion of an organisation after a grace period. `markForDeletion` suspends it at once (nobody
 * logs in, sessions end, widgets stop) and sets the day its data goes; until the deletion job
 * starts, `restore` undoes both. The job (`purgeDue`, organisation.jobs.ts) then deletes every row
 * of every tenant table (tenant-tables.ts: found in the catalog, deleted children first) and the
 * organisation itself, and keeps an OrganisationDeletion record with the counts.
 *
 * The job is safe to run again at any point: the record is written before anything is deleted and
 * keeps the first run's counts; deletes are batches of "rows of this organisation", which a second
 * run simply finds fewer of; the organisation row goes last, with the record's completion.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { endOrganisationSessions } from '../identity/session.service.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationDeletion } from './organisation-deletion.entity.js';
import { deletionOrder, foreignKeys, ident, readCatalog } from './tenant-tables.js';

const DAY_MS = 24 * 3600 * 1000;
/** Rows deleted per statement (and transaction): keeps locks and WAL bursts short. */
const DELETE_BATCH = 1000;

export interface DeletionDeps {
  log: Logger;
  /** Days between marking and deletion (config: ORGANISATION_DELETION_GRACE_DAYS). */
  graceDays: number;
  /** @default the system clock; tests pass their own. */
  now?: () => Date;
}

export class OrganisationDeletionService {
  constructor(private readonly deps: DeletionDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /**
   * Marks the organisation for deletion `graceDays` from now and suspends it (ending every session)
   * unless it is suspended already. A marked organisation keeps its first due date.
   */
  async markForDeletion(em: EntityManager, slug: string): Promise<{ organisation: Organisation; changed: boolean }> {
    return em.transactional(async (tx) => {
      const organisation = await locked(tx, slug);
      if (organisation.deletionDueAt) return { organisation, changed: false };
      const now = this.now();
      organisation.deletionRequestedAt = now;
      organisation.deletionDueAt = new Date(now.getTime() + this.deps.graceDays * DAY_MS);
      if (!organisation.suspendedAt) {
        organisation.suspendedAt = now;
        await endOrganisationSessions(tx, organisation.id);
      }
      this.deps.log.info({ organisationId: organisation.id }, 'organisation marked for deletion');
      return { organisation, changed: true };
    });
  }

  /**
   * Cancels a deletion that has not started (also past the due date, as long as the job has not
   * begun). Lifts the suspension the deletion set; a suspension from before stays.
   * CONFLICT (DELETION_STARTED) once the job has begun.
   */
  async restore(
    em: EntityManager,
    slug: string,
  ): Promise<{ organisation: Organisation; changed: boolean; suspended: boolean }> {
    return em.transactional(async (tx) => {
      const organisation = await locked(tx, slug);
      if (!organisation.deletionDueAt) return { organisation, changed: false, suspended: !!organisation.suspendedAt };
      if (await tx.count(OrganisationDeletion, { deletedOrganisationId: organisation.id })) {
        throw conflict(`The deletion of "${slug}" has begun; it cannot be restored.`, 'DELETION_STARTED');
      }
      const suspendedByDeletion =
        organisation.suspendedAt && organisation.suspendedAt >= organisation.deletionRequestedAt!;
      if (suspendedByDeletion) organisation.suspendedAt = null;
      organisation.deletionRequestedAt = null;
      organisation.deletionDueAt = null;
      this.deps.log.info({ organisationId: organisation.id }, 'organisation deletion cancelled');
      return { organisation, changed: true, suspended: !!organisation.suspendedAt };
    });
  }

  /** Every deletion record, newest first (running ones have no `completedAt`). */
  deletions(em: EntityManager): Promise<OrganisationDeletion[]> {
    return em.find(OrganisationDeletion, {}, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  /** The job: deletes every organisation whose grace period is over. Returns their records. */
  async purgeDue(em: EntityManager): Promise<OrganisationDeletion[]> {
    const now = this.now();
    const due = await em.fork().find(Organisation, { deletionDueAt: { $lte: now } }, { fields: ['id'] });
    const done: OrganisationDeletion[] = [];
    for (const { id } of due) {
      const record = await this.purge(em.fork(), id, now);
      if (record) done.push(record);
    }
    return done;
  }

  /** Deletes one organisation if it is (still) due at `now`; null if it is not. */
  private async purge(em: EntityManager, organisationId: string, now: Date): Promise<OrganisationDeletion | null> {
    const record = await em.transactional(async (tx) => {
      // The lock orders this against `restore`: whichever comes second sees the other's outcome.
      const org = await tx.findOne(
        Organisation,
        { id: organisationId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (!org?.deletionDueAt || org.deletionDueAt > now) return null;
      const existing = await tx.findOne(OrganisationDeletion, { deletedOrganisationId: organisationId });
      return existing ?? (await this.begin(tx, org));
    });
    if (!record || record.completedAt) return record;

    const { tenant } = await readCatalog(em);
    const order = deletionOrder(
      tenant.map((t) => t.name),
      await foreignKeys(em),
    );
    for (const table of order) {
      let deleted: number;
      do {
        deleted = await deleteBatch(em, table, organisationId, DELETE_BATCH);
      } while (deleted > 0);
    }
    await em.transactional(async (tx) => {
      // A last sweep in the transaction that deletes the organisation: rows written since the
      // batches would outlive it in tables without a foreign key to it. Triggers write such rows
      // (deleting the accounts clears the organisation's fallback counsellor, which bumps its
      // schedule version); its suspended users write none. The record keeps the counts of when
      // the deletion began.
      for (const table of order) await deleteBatch(tx, table, organisationId, null);
      await tx.execute(`delete from organisation where id = ?`, [organisationId]);
      await tx.execute(
        `update organisation_deletion set completed_at = ?, updated_at = now() where id = ? and completed_at is null`,
        [this.now(), record.id],
      );
    });
    const completed = await em.fork().findOneOrFail(OrganisationDeletion, record.id);
    const rows = Object.values(completed.rowCounts).reduce((a, b) => a + b, 0);
    this.deps.log.info({ organisationId, rows, files: completed.fileCount }, 'organisation deleted');
    return completed;
  }

  /** Counts what is about to go and writes the record (the deletion has begun from here on). */
  private async begin(tx: EntityManager, org: Organisation): Promise<OrganisationDeletion> {
    const { tenant } = await readCatalog(tx);
    const rowCounts: Record<string, number> = { organisation: 1 };
    for (const t of tenant) {
      const [row] = await tx.execute<{ n: number }[]>(
        `select count(*)::int as n from ${ident(t.name)} where organisation_id = ?`,
        [org.id],
      );
      rowCounts[t.name] = row!.n;
    }
    const [files] = await tx.execute<{ n: number; bytes: number; elsewhere: number }[]>(
      `select count(*)::int as n, coalesce(sum(octet_length(data)), 0)::bigint as bytes,
              count(*) filter (where data is null)::int as elsewhere
         from stored_file where organisation_id = ?`,
      [org.id],
    );
    // Only the PostgreSQL backend exists: bytes kept elsewhere would outlive their rows.
    if (files!.elsewhere) throw new Error(`${files!.elsewhere} stored files have no bytes in the database`);
    const record = tx.create(OrganisationDeletion, {
      deletedOrganisationId: org.id,
      slug: org.slug,
      name: org.name,
      requestedAt: org.deletionRequestedAt ?? org.deletionDueAt!,
      dueAt: org.deletionDueAt!,
      rowCounts,
      fileCount: files!.n,
      fileBytes: Number(files!.bytes),
    });
    return record;
  }
}

/** Deletes up to `limit` rows (all with null) of the organisation from the table; returns how many. */
async function deleteBatch(em: EntityManager, table: string, organisationId: string, limit: number | null) {
  const t = ident(table);
  const sql =
    limit === null
      ? `delete from ${t} where organisation_id = ?`
      : `delete from ${t} where ctid = any(array(select ctid from ${t} where organisation_id = ? limit ${limit}))`;
  const res = await em.execute<{ affectedRows: number }>(sql, [organisationId], 'run');
  return res.affectedRows;
}

async function locked(tx: EntityManager, slug: string): Promise<Organisation> {
  const organisation = await tx.findOne(
    Organisation,
    { slug },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!organisation) throw notFound(`Organisation "${slug}"`);
  return organisation;
}
