/**
 * The conversation: a client writes to their request, the assigned counsellor answers, staff close.
 * Each change locks the request row (request-lock.ts) and takes the next message position.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { notFound } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { MailDraft } from './mail-draft.entity.js';
import { MailAuthorKind, MailRequestMessage } from './mail-message.entity.js';
import { MailRequest } from './mail-request.entity.js';
import { assertResponsible, type RequestFacts } from './mail-request.policy.js';
import { MailRequestChangeKind, publishMailChange } from './mail-changes.js';
import { staffActor } from './mail-query.service.js';
import { enqueueNotice } from './notify.js';
import { assertNotClosed, facts, lockRequest, lockVisibleRequest, transition } from './request-lock.js';
import { emitWebhookEvent, WebhookEventType } from '../webhooks/webhook-events.js';

export class MailThreadService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
    private readonly log: Logger,
  ) {}

  /** The client writes to their own request (not when CLOSED). The clock starts if it was not running. */
  async clientReply(viewer: Viewer, requestId: string, body: string): Promise<MailRequest> {
    let before!: RequestFacts;
    const request = await this.em.transactional(async (tx) => {
      const r = await lockRequest(tx, viewer.organisationId, requestId);
      if (r.client.id !== viewer.accountId) throw notFound('Mail request');
      before = facts(r);
      r.status = transition(r, 'CLIENT_WRITES');
      const now = new Date();
      this.append(tx, r, MailAuthorKind.CLIENT, null, body, now);
      r.waitingSince ??= now;
      await tx.flush();
      return r;
    });
    publishMailChange(this.app, request, MailRequestChangeKind.CLIENT_REPLIED, before, null);
    if (request.counsellor) {
      await enqueueNotice(this.app, this.log, { kind: 'CLIENT_REPLY', requestId: request.id });
    }
    return request;
  }

  /** The assigned counsellor answers: the clock stops, the draft is gone, the client is notified. */
  async answer(viewer: Viewer, requestId: string, body: string): Promise<MailRequest> {
    const org = await this.em.findOneOrFail(Organisation, viewer.organisationId);
    const actor = staffActor(viewer);
    let before!: RequestFacts;
    const request = await this.em.transactional(async (tx) => {
      const r = await lockVisibleRequest(tx, actor, org, requestId);
      assertNotClosed(r);
      before = facts(r);
      assertResponsible(actor, before, false);
      r.status = transition(r, 'ANSWER');
      this.append(tx, r, MailAuthorKind.COUNSELLOR, viewer.accountId, body, new Date());
      r.waitingSince = null;
      await tx.nativeDelete(MailDraft, { mailRequest: r.id });
      await tx.flush();
      return r;
    });
    publishMailChange(this.app, request, MailRequestChangeKind.ANSWERED, before, viewer.accountId);
    await emitWebhookEvent(this.app, org.id, WebhookEventType.MAIL_REQUEST_ANSWERED, {
      mailRequestId: request.id,
      counsellorId: viewer.accountId,
    });
    await enqueueNotice(this.app, this.log, { kind: 'ANSWER', requestId: request.id });
    return request;
  }

  /** The assigned counsellor or an admin closes the request (final); its draft is deleted. */
  async close(viewer: Viewer, requestId: string): Promise<MailRequest> {
    const org = await this.em.findOneOrFail(Organisation, viewer.organisationId);
    const actor = staffActor(viewer);
    let before!: RequestFacts;
    const request = await this.em.transactional(async (tx) => {
      const r = await lockVisibleRequest(tx, actor, org, requestId);
      assertNotClosed(r);
      before = facts(r);
      assertResponsible(actor, before, true);
      r.status = transition(r, 'CLOSE');
      r.closedAt = new Date();
      r.waitingSince = null;
      await tx.nativeDelete(MailDraft, { mailRequest: r.id });
      await tx.flush();
      return r;
    });
    publishMailChange(this.app, request, MailRequestChangeKind.CLOSED, before, viewer.accountId);
    return request;
  }

  private append(
    tx: EntityManager,
    r: MailRequest,
    authorKind: MailAuthorKind,
    counsellorId: string | null,
    body: string,
    now: Date,
  ): void {
    r.messageCount += 1;
    r.lastMessageAt = now;
    tx.create(MailRequestMessage, {
      organisation: r.organisation,
      mailRequest: r,
      seq: r.messageCount,
      authorKind,
      counsellor: counsellorId ? tx.getReference(Counsellor, counsellorId) : null,
      body,
      createdAt: now,
    });
  }
}
