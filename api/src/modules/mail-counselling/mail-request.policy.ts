/**
 * Who may see and do what with mail requests. Pure functions over the viewer, the organisation's
 * openness level and the request, so the rules are unit-tested in one place (mail-request.policy.test.ts).
 *
 * Visibility (anything else answers NOT_FOUND, like another organisation's request):
 * - a client: their own requests only, through the client view (no drafts, no internal fields);
 * - an admin: every request of the organisation;
 * - a counsellor in a VERY_OPEN organisation: every request of the organisation (read only);
 * - a counsellor otherwise: the requests assigned to them, plus the pool (NEW and OPEN requests),
 *   so that everyone sees what waits for someone.
 * Drafts: whoever sees the request sees its draft, except in STRONGLY_RESTRICTED organisations,
 * where a counsellor sees only their own drafts (admins all).
 *
 * Actions:
 * - answer, save or delete the draft: only the assigned counsellor;
 * - release, close: the assigned counsellor or an admin;
 * - take over (NEW or OPEN requests, with the draft): admins always, counsellors only when the
 *   organisation is VERY_OPEN or OPEN (FORBIDDEN with reason OPENNESS_LEVEL otherwise). Any other
 *   request of the organisation answers CONFLICT ALREADY_TAKEN, even one the viewer cannot see:
 *   whoever lost a race for a pool request must learn that, not that the request vanished;
 * - assign to someone (any request that is not closed): admins.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { DomainError, ErrorCode } from '../../shared/errors.js';
import { OpennessLevel } from '../organisation/organisation.entity.js';
import { MailRequest, MailRequestStatus, POOL_STATUSES } from './mail-request.entity.js';

export interface StaffActor {
  accountId: string;
  organisationId: string;
  isAdmin: boolean;
}

/** The few facts about a request the rules look at. */
export interface RequestFacts {
  status: MailRequestStatus;
  counsellorId: string | null;
}

const inPool = (status: MailRequestStatus) => (POOL_STATUSES as readonly MailRequestStatus[]).includes(status);

export function staffCanSee(actor: StaffActor, openness: OpennessLevel, r: RequestFacts): boolean {
  if (actor.isAdmin || openness === OpennessLevel.VERY_OPEN) return true;
  return r.counsellorId === actor.accountId || inPool(r.status);
}

/** The same rule as `staffCanSee`, as a query condition (lists, counts, search). */
export function staffVisibilityWhere(actor: StaffActor, openness: OpennessLevel): FilterQuery<MailRequest> {
  const org = { organisation: actor.organisationId };
  if (actor.isAdmin || openness === OpennessLevel.VERY_OPEN) return org;
  return { ...org, $or: [{ counsellor: actor.accountId }, { status: { $in: [...POOL_STATUSES] } }] };
}

export function staffCanSeeDraft(actor: StaffActor, openness: OpennessLevel, draftAuthorId: string): boolean {
  if (actor.isAdmin || draftAuthorId === actor.accountId) return true;
  return openness !== OpennessLevel.STRONGLY_RESTRICTED;
}

/** Whether the openness level lets this actor take over requests at all. */
export function mayTakeOver(actor: StaffActor, openness: OpennessLevel): boolean {
  return actor.isAdmin || openness === OpennessLevel.VERY_OPEN || openness === OpennessLevel.OPEN;
}

export function assertMayTakeOver(actor: StaffActor, openness: OpennessLevel): void {
  if (!mayTakeOver(actor, openness)) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'In this organisation only admins may take over requests of colleagues',
      { reason: 'OPENNESS_LEVEL' },
    );
  }
}

/** The assigned counsellor (and, with `orAdmin`, an admin) may act; others get FORBIDDEN NOT_ASSIGNED. */
export function assertResponsible(actor: StaffActor, r: RequestFacts, orAdmin: boolean): void {
  if (r.counsellorId === actor.accountId || (orAdmin && actor.isAdmin)) return;
  throw new DomainError(ErrorCode.FORBIDDEN, 'Only the counsellor assigned to this request may do this', {
    reason: 'NOT_ASSIGNED',
  });
}
