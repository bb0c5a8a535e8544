/**
 * The transactional half of routing: lock, read the snapshot, decide (routing.ts), and let the
 * caller insert the request before the transaction commits.
 *
 * Why a per-organisation advisory lock and not `FOR UPDATE SKIP LOCKED` on counsellor rows: the
 * claim must be exact. With SKIP LOCKED a request arriving while another one holds a counsellor's
 * row skips that counsellor and may end up with the fallback although the counsellor still had room;
 * locking several rows one after another can deadlock. Holding one lock per organisation from the
 * snapshot until the commit makes "read loads → pick → insert" atomic: no counsellor ever exceeds
 * their capacity, and nobody is skipped. It serialises only the creation of requests within one
 * organisation (a few milliseconds each; mail requests arrive at human pace), never reads, answers
 * or other organisations. Taking over and admin assignment do not need it: capacity limits
 * automatic routing only, not what a counsellor or admin decides to take on.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { MailAvailability } from './mail-availability.js';
import type { RoutingCandidate, RoutingSnapshot } from './routing.js';

/** First key of the two-key advisory lock, so that other modules' advisory locks never collide. */
const ROUTING_LOCK_CLASS = 0x4d41; // "MA": mail assignment

/** Blocks until this transaction holds the organisation's routing lock (released at commit/rollback). */
export async function lockOrganisationRouting(tx: EntityManager, organisationId: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(?, hashtext(?))', [ROUTING_LOCK_CLASS, organisationId]);
}

interface CandidateRow {
  id: string;
  mail_availability: MailAvailability | null;
  mail_capacity: number | null;
  only_regular_clients: boolean | null;
  load: number;
  last_assigned_at: string | null;
}

/**
 * Reads what routing needs, in three statements whatever the number of counsellors: the active
 * counsellors with their load (ASSIGNED and ANSWERED requests) and when they last got a request,
 * and the client's last-contact counsellor. Call it after `lockOrganisationRouting` in the same
 * transaction, so that loads include every request committed before.
 */
export async function readRoutingSnapshot(
  tx: EntityManager,
  q: {
    organisationId: string;
    /** Null for a client created in this transaction (no history). */
    clientId: string | null;
    primaryCounsellorId: string | null;
    chosenCounsellorId: string | null;
    fallbackCounsellorId: string | null;
  },
): Promise<RoutingSnapshot> {
  const rows = await tx.execute<CandidateRow[]>(
    `select a.id, a.mail_availability, a.mail_capacity, a.only_regular_clients,
        (select count(*) from mail_request r
          where r.organisation_id = a.organisation_id and r.counsellor_id = a.id
            and r.status in ('ASSIGNED', 'ANSWERED'))::int as load,
        (select max(r.assigned_at) from mail_request r
          where r.organisation_id = a.organisation_id and r.counsellor_id = a.id) as last_assigned_at
      from account a
      where a.organisation_id = ? and a.kind = 'STAFF' and a.active = true and a.status = 'ACTIVE'`,
    [q.organisationId],
  );
  const candidates: RoutingCandidate[] = rows.map((r) => ({
    id: r.id,
    availability: r.mail_availability ?? MailAvailability.UNLIMITED,
    capacity: r.mail_capacity,
    load: Number(r.load),
    onlyRegularClients: r.only_regular_clients ?? false,
    lastAssignedAt: r.last_assigned_at ? new Date(r.last_assigned_at) : null,
  }));
  return {
    candidates,
    chosenCounsellorId: q.chosenCounsellorId,
    primaryCounsellorId: q.primaryCounsellorId,
    lastContactCounsellorId: q.clientId ? await lastContactCounsellor(tx, q.organisationId, q.clientId) : null,
    fallbackCounsellorId: q.fallbackCounsellorId,
  };
}

/**
 * The counsellor the client last had contact with in mail counselling: the author of the newest
 * counsellor message in any of their requests, else the counsellor of their newest assigned request.
 */
async function lastContactCounsellor(
  tx: EntityManager,
  organisationId: string,
  clientId: string,
): Promise<string | null> {
  const [row] = await tx.execute<{ id: string | null }[]>(
    `select coalesce(
        (select m.counsellor_id from mail_request_message m join mail_request r on r.id = m.mail_request_id
          where r.organisation_id = ? and r.client_id = ? and m.counsellor_id is not null
          order by m.created_at desc, m.seq desc limit 1),
        (select r.counsellor_id from mail_request r
          where r.organisation_id = ? and r.client_id = ? and r.counsellor_id is not null
          order by r.created_at desc limit 1)
      ) as id`,
    [organisationId, clientId, organisationId, clientId],
  );
  return row?.id ?? null;
}
