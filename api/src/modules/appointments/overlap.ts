/**
 * Writing rows that occupy a counsellor's time. The exclusion constraint `appointment_no_overlap`
 * refuses overlaps; these helpers expire stale holds first (their expiry is not part of the constraint,
 * which cannot look at the clock) and turn the constraint's error into a result.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

/** PostgreSQL's exclusion_violation. */
export const EXCLUSION_VIOLATION = '23P01';

export function isOverlapViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === EXCLUSION_VIOLATION;
}

/**
 * Marks the counsellor's lapsed holds overlapping [start, end) as EXPIRED, inside the caller's
 * transaction, so they no longer count for the constraint. Concurrent callers serialise on the
 * row locks; the loser re-reads the row, sees EXPIRED and skips it.
 * @returns the ids of the holds expired here
 */
export async function expireStaleHolds(
  tx: EntityManager,
  organisationId: string,
  counsellorId: string,
  start: Date,
  end: Date,
): Promise<string[]> {
  const rows = await tx.execute<{ id: string }[]>(
    `update appointment set status = 'EXPIRED', updated_at = now()
      where organisation_id = ? and counsellor_id = ? and status = 'HELD' and hold_expires_at <= now()
        and tstzrange(starts_at, blocked_until, '[)') && tstzrange(?::timestamptz, ?::timestamptz, '[)')
      returning id`,
    [organisationId, counsellorId, start, end],
  );
  return rows.map((r) => r.id);
}
