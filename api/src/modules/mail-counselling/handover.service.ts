/**
 * Drafts and handing requests over: save/delete the draft, release a request to the pool, take it
 * over (with its draft), and assignment by an admin. Every change locks the request row, so of two
 * colleagues taking over at the same moment exactly one wins; the other gets CONFLICT ALREADY_TAKEN.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, DomainError, ErrorCode } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { AccountStatus } from '../identity/account.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { MailAssignmentKind, recordAssignment } from './mail-assignment.entity.js';
import { MailDraft } from './mail-draft.entity.js';
import { MailRequest, MailRequestStatus, POOL_STATUSES } from './mail-request.entity.js';
import { assertMayTakeOver, assertResponsible, type RequestFacts } from './mail-request.policy.js';
import { MailRequestChangeKind, publishMailChange } from './mail-changes.js';
import { staffActor } from './mail-query.service.js';
import { enqueueNotice } from './notify.js';
import { assertNotClosed, facts, lockRequest, lockVisibleRequest, transition } from './request-lock.js';

export class MailHandoverService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
    private readonly log: Logger,
  ) {}

  private org(viewer: Viewer): Promise<Organisation> {
    return this.em.findOneOrFail(Organisation, viewer.organisationId);
  }

  /** Creates or replaces the request's one draft. Only the assigned counsellor, not on closed requests. */
  async saveDraft(viewer: Viewer, requestId: string, body: string): Promise<MailDraft> {
    const org = await this.org(viewer);
    const actor = staffActor(viewer);
    return this.em.transactional(async (tx) => {
      const r = await lockVisibleRequest(tx, actor, org, requestId);
      assertNotClosed(r);
      assertResponsible(actor, facts(r), false);
      const now = new Date();
      const existing = await tx.findOne(MailDraft, { mailRequest: r.id }, { refresh: true });
      const draft =
        existing ??
        tx.create(MailDraft, {
          organisation: r.organisation,
          mailRequest: r,
          author: viewer.accountId,
          body,
          savedAt: now,
        });
      draft.author = tx.getReference(Counsellor, viewer.accountId);
      draft.body = body;
      draft.savedAt = now;
      await tx.flush();
      return draft;
    });
  }

  /** Deletes the draft; true when there was one. Only the assigned counsellor. */
  async deleteDraft(viewer: Viewer, requestId: string): Promise<boolean> {
    const org = await this.org(viewer);
    const actor = staffActor(viewer);
    return this.em.transactional(async (tx) => {
      const r = await lockVisibleRequest(tx, actor, org, requestId);
      assertResponsible(actor, facts(r), false);
      return (await tx.nativeDelete(MailDraft, { mailRequest: r.id })) > 0;
    });
  }

  /** The assigned counsellor (or an admin) releases the request: OPEN, nobody assigned, the draft stays. */
  async release(viewer: Viewer, requestId: string): Promise<MailRequest> {
    const org = await this.org(viewer);
    const actor = staffActor(viewer);
    let at!: Date;
    let before!: RequestFacts;
    const request = await this.em.transactional(async (tx) => {
      const r = await lockVisibleRequest(tx, actor, org, requestId);
      // Under the row lock: a change that waited for another one is recorded after it (`assignedAt`,
      // the `MailAssignment` and the live event's `at` are this one instant).
      at = new Date();
      assertNotClosed(r);
      before = facts(r);
      assertResponsible(actor, before, true);
      r.status = transition(r, 'RELEASE');
      r.releasedBy = tx.getReference(Counsellor, viewer.accountId);
      r.counsellor = null;
      r.assignedAt = null;
      recordAssignment(tx, r, {
        at,
        kind: MailAssignmentKind.RELEASED,
        counsellorId: null,
        previousCounsellorId: before.counsellorId,
        actorId: viewer.accountId,
      });
      await tx.flush();
      return r;
    });
    publishMailChange(this.app, request, MailRequestChangeKind.RELEASED, before, viewer.accountId, at);
    return request;
  }

  /**
   * Takes over a NEW or OPEN request with its draft. Admins always; counsellors only in VERY_OPEN
   * and OPEN organisations (FORBIDDEN OPENNESS_LEVEL). When someone was faster: CONFLICT
   * ALREADY_TAKEN (ALREADY_YOURS when it was the viewer), for any request of the organisation that
   * is not in the pool.
   */
  async takeOver(viewer: Viewer, requestId: string): Promise<MailRequest> {
    const org = await this.org(viewer);
    const actor = staffActor(viewer);
    assertMayTakeOver(actor, org.opennessLevel);
    let at!: Date;
    let before!: RequestFacts;
    const request = await this.em.transactional(async (tx) => {
      // Scoped to the organisation but not to the viewer's visibility: whoever lost a race for a
      // pool request can no longer see it (it is a colleague's now), and must learn that it was
      // taken, not that it vanished.
      const r = await lockRequest(tx, org.id, requestId);
      // Under the row lock: a change that waited for another one is recorded after it (`assignedAt`,
      // the `MailAssignment` and the live event's `at` are this one instant).
      at = new Date();
      if (!(POOL_STATUSES as readonly MailRequestStatus[]).includes(r.status)) {
        assertNotClosed(r);
        const mine = r.counsellor?.id === viewer.accountId;
        throw new DomainError(
          ErrorCode.CONFLICT,
          mine ? 'This request is already yours' : 'A colleague has already taken over this request',
          { reason: mine ? 'ALREADY_YOURS' : 'ALREADY_TAKEN' },
        );
      }
      before = facts(r);
      await this.moveTo(tx, r, viewer.accountId, viewer.accountId, 'TAKE_OVER', at);
      return r;
    });
    publishMailChange(this.app, request, MailRequestChangeKind.TAKEN_OVER, before, viewer.accountId, at);
    return request;
  }

  /** An admin assigns a request that is not closed to an active counsellor; they get a notice. */
  async assign(viewer: Viewer, requestId: string, counsellorId: string): Promise<MailRequest> {
    const org = await this.org(viewer);
    const actor = staffActor(viewer);
    let at!: Date;
    let before!: RequestFacts;
    const { request, changed } = await this.em.transactional(async (tx) => {
      const target = await tx.findOne(Counsellor, { id: counsellorId, organisation: org.id });
      if (!target || !target.active || target.status !== AccountStatus.ACTIVE) {
        throw badInput(
          'Choose an active counsellor of the organisation',
          [{ path: 'counsellorId', message: 'Not an active counsellor of this organisation' }],
          'UNKNOWN_COUNSELLOR',
        );
      }
      const r = await lockVisibleRequest(tx, actor, org, requestId);
      // Under the row lock: a change that waited for another one is recorded after it (`assignedAt`,
      // the `MailAssignment` and the live event's `at` are this one instant).
      at = new Date();
      assertNotClosed(r);
      if (r.counsellor?.id === counsellorId) return { request: r, changed: false };
      before = facts(r);
      await this.moveTo(tx, r, counsellorId, viewer.accountId, 'ASSIGN', at);
      return { request: r, changed: true };
    });
    if (changed) publishMailChange(this.app, request, MailRequestChangeKind.ASSIGNED, before, viewer.accountId, at);
    if (changed && counsellorId !== viewer.accountId) {
      await enqueueNotice(this.app, this.log, { kind: 'ASSIGNED', requestId: request.id });
    }
    return request;
  }

  /** Makes `counsellorId` responsible for the request and its draft, recorded as of `at`. Flushes. */
  private async moveTo(
    tx: EntityManager,
    r: MailRequest,
    counsellorId: string,
    actorId: string,
    event: 'TAKE_OVER' | 'ASSIGN',
    at: Date,
  ): Promise<void> {
    const previousCounsellorId = r.counsellor?.id ?? null;
    r.status = transition(r, event);
    r.counsellor = tx.getReference(Counsellor, counsellorId);
    r.assignedAt = at;
    recordAssignment(tx, r, {
      at,
      kind: event === 'ASSIGN' ? MailAssignmentKind.ASSIGNED : MailAssignmentKind.TAKEN_OVER,
      counsellorId,
      previousCounsellorId,
      actorId,
    });
    await tx.nativeUpdate(MailDraft, { mailRequest: r.id }, { author: counsellorId });
    await tx.flush();
  }
}
