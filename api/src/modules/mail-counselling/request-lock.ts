import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, notFound } from '../../shared/errors.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { MailRequest, MailRequestStatus } from './mail-request.entity.js';
import { staffCanSee, type RequestFacts, type StaffActor } from './mail-request.policy.js';
import { nextStatus, type MailEvent } from './status.js';

/**
 * Reads a request with `SELECT … FOR UPDATE` inside the caller's transaction, fresh from the
 * database. Every change to a request goes through this lock, so concurrent changes (two colleagues
 * taking over, a client writing while the counsellor answers) happen one after the other, and the
 * second sees what the first did.
 */
export async function lockRequest(tx: EntityManager, organisationId: string, id: string): Promise<MailRequest> {
  const r = await tx.findOne(
    MailRequest,
    { id, organisation: organisationId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  if (!r) throw notFound('Mail request');
  return r;
}

export const facts = (r: MailRequest): RequestFacts => ({
  status: r.status,
  counsellorId: r.counsellor?.id ?? null,
});

/** Locks a request the staff actor may see (NOT_FOUND otherwise, as for another organisation's). */
export async function lockVisibleRequest(
  tx: EntityManager,
  actor: StaffActor,
  org: Organisation,
  id: string,
): Promise<MailRequest> {
  const r = await lockRequest(tx, actor.organisationId, id);
  if (!staffCanSee(actor, org.opennessLevel, facts(r))) throw notFound('Mail request');
  return r;
}

export function assertNotClosed(r: MailRequest): void {
  if (r.status === MailRequestStatus.CLOSED) {
    throw new DomainError(ErrorCode.CONFLICT, 'This request is closed', { reason: 'REQUEST_CLOSED' });
  }
}

/** The status after `event`, or CONFLICT (REQUEST_CLOSED, or INVALID_STATUS naming the current status). */
export function transition(r: MailRequest, event: MailEvent): MailRequestStatus {
  const next = nextStatus(r.status, event, r.waitingSince != null);
  if (next) return next;
  assertNotClosed(r);
  throw new DomainError(ErrorCode.CONFLICT, `Not possible while the request is ${r.status}`, {
    reason: 'INVALID_STATUS',
    status: r.status,
  });
}
