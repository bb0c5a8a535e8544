/**
 * Routing of a new mail request (DOMAIN.md "Mail counselling"), as a pure decision over a snapshot
 * that routing.claim.ts reads under a per-organisation lock. In order:
 *
 * 1. The counsellor the client chose, if allowed: active; accepting this client (not "only regular
 *    clients", unless the client is theirs); and with room (availability not NONE and below
 *    capacity). The client's own primary or last-contact counsellor is always allowed, since step 2
 *    would pick them anyway. A choice that is not allowed is not an error: the request falls through
 *    to the next steps (the choice is kept on the request, and the client sees who answers), because
 *    a counsellor may fill up between showing the form and sending it.
 * 2. The client's primary counsellor, else the counsellor they last had contact with, if active,
 *    even when their availability is NONE or they are at capacity (continuity of counselling). A
 *    last-contact counsellor who only takes regular clients is skipped unless the client is theirs.
 * 3. The least-loaded counsellor with room (availability not NONE, below capacity, not "only regular
 *    clients"); ties go to whoever got a request least recently, then by id (deterministic).
 * 4. The organisation's fallback counsellor, if active, regardless of availability.
 * 5. Nobody: the request stays NEW in the pool (admins assign it, colleagues may take it over).
 */
import { MailAvailability } from './mail-availability.js';
import { MailRoutingReason } from './mail-request.entity.js';

/** An active counsellor of the organisation as routing sees them. */
export interface RoutingCandidate {
  id: string;
  availability: MailAvailability;
  /** Set when availability is CAPACITY. */
  capacity: number | null;
  /** Open (ASSIGNED or ANSWERED) requests now. */
  load: number;
  onlyRegularClients: boolean;
  /** When they last got a request (null: never). */
  lastAssignedAt: Date | null;
}

export interface RoutingSnapshot {
  /** Active counsellors only: anyone not listed cannot be routed to. */
  candidates: RoutingCandidate[];
  chosenCounsellorId: string | null;
  primaryCounsellorId: string | null;
  lastContactCounsellorId: string | null;
  fallbackCounsellorId: string | null;
}

/** Why the client's choice was not honoured. */
export type ChoiceRefusal = 'UNAVAILABLE' | 'REGULAR_CLIENTS_ONLY' | 'NO_ROOM';

export interface RoutingDecision {
  counsellorId: string | null;
  reason: MailRoutingReason;
  /** Set when the client chose a counsellor and routing could not honour it. */
  choiceRefused: ChoiceRefusal | null;
}

/** Whether automatic routing (steps 1 and 3) may give this counsellor one more request. */
export function hasRoom(c: Pick<RoutingCandidate, 'availability' | 'capacity' | 'load'>): boolean {
  switch (c.availability) {
    case MailAvailability.UNLIMITED:
      return true;
    case MailAvailability.NONE:
      return false;
    case MailAvailability.CAPACITY:
      return c.capacity !== null && c.load < c.capacity;
  }
}

/** Whether a counsellor takes requests from this client at all ("only regular clients"). */
const acceptsClient = (c: RoutingCandidate, s: RoutingSnapshot) =>
  !c.onlyRegularClients || s.primaryCounsellorId === c.id;

export function decideRouting(s: RoutingSnapshot): RoutingDecision {
  const byId = new Map(s.candidates.map((c) => [c.id, c]));
  const find = (id: string | null) => (id ? byId.get(id) : undefined);
  let choiceRefused: ChoiceRefusal | null = null;

  // 1. The client's choice.
  if (s.chosenCounsellorId) {
    const chosen = find(s.chosenCounsellorId);
    const ownCounsellor =
      s.chosenCounsellorId === s.primaryCounsellorId || s.chosenCounsellorId === s.lastContactCounsellorId;
    if (!chosen) choiceRefused = 'UNAVAILABLE';
    else if (!acceptsClient(chosen, s)) choiceRefused = 'REGULAR_CLIENTS_ONLY';
    else if (!ownCounsellor && !hasRoom(chosen)) choiceRefused = 'NO_ROOM';
    else return { counsellorId: chosen.id, reason: MailRoutingReason.CHOSEN, choiceRefused: null };
  }

  // 2. Continuity: primary counsellor, else last contact (availability does not matter).
  const primary = find(s.primaryCounsellorId);
  if (primary) return { counsellorId: primary.id, reason: MailRoutingReason.PRIMARY, choiceRefused };
  const last = find(s.lastContactCounsellorId);
  if (last && acceptsClient(last, s)) {
    return { counsellorId: last.id, reason: MailRoutingReason.LAST_CONTACT, choiceRefused };
  }

  // 3. Least loaded with room.
  const pool = s.candidates.filter((c) => hasRoom(c) && acceptsClient(c, s));
  pool.sort(
    (a, b) =>
      a.load - b.load ||
      (a.lastAssignedAt?.getTime() ?? 0) - (b.lastAssignedAt?.getTime() ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const least = pool[0];
  if (least) return { counsellorId: least.id, reason: MailRoutingReason.LEAST_LOADED, choiceRefused };

  // 4. Fallback counsellor.
  const fallback = find(s.fallbackCounsellorId);
  if (fallback) return { counsellorId: fallback.id, reason: MailRoutingReason.FALLBACK, choiceRefused };

  // 5. Nobody.
  return { counsellorId: null, reason: MailRoutingReason.UNASSIGNED, choiceRefused };
}
