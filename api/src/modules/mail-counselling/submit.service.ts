/**
 * Sending a new mail request: by a logged-in client, or by a new client who registers in the same
 * call. Everything the input refers to is checked before anything is written; routing and the
 * insert then happen in one transaction under the organisation's routing lock (routing.claim.ts).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, DomainError, ErrorCode, notFound, type FieldProblem } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { Client } from '../client/client.entity.js';
import { RegistrationService } from '../client/registration.service.js';
import type { IssuedSession } from '../identity/session.service.js';
import { Organisation, Topic } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { MailAssignmentKind, recordAssignment } from './mail-assignment.entity.js';
import { MailAuthorKind, MailRequestMessage } from './mail-message.entity.js';
import { MailRequest, MailRequestStatus } from './mail-request.entity.js';
import { enqueueNotice } from './notify.js';
import { MailRequestChangeKind, publishMailChange } from './mail-changes.js';
import { mergeRequestData, validateRequestData, type RequestDataEntry } from './request-data.js';
import { decideRouting } from './routing.js';
import { lockOrganisationRouting, readRoutingSnapshot } from './routing.claim.js';
import { emitWebhookEvent, WebhookEventType } from '../webhooks/webhook-events.js';

export interface NewMailRequest {
  subject: string;
  message: string;
  counsellorId: string | null;
  topicId: string | null;
  requestData: RequestDataEntry[];
}

export interface NewClient {
  organisationKey: string;
  pseudonym: string;
  password: string;
  email: string | null;
}

interface Prepared extends Omit<NewMailRequest, 'requestData'> {
  requestData: Record<string, string>;
}

export class MailSubmitService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
    private readonly log: Logger,
  ) {}

  /** A logged-in client writes a new request. */
  async submitAsClient(viewer: Viewer, input: NewMailRequest): Promise<MailRequest> {
    const org = await this.em.findOneOrFail(Organisation, viewer.organisationId);
    const prepared = await this.prepare(org, input);
    const request = await this.em.transactional(async (tx) => {
      const client = await tx.findOneOrFail(Client, { id: viewer.accountId, organisation: org.id });
      return this.create(tx, org, client, prepared);
    });
    await this.notifyCreated(request);
    return request;
  }

  /**
   * A new client registers (RegistrationService: pseudonym unique within the organisation, password policy,
   * email unique among the organisation's clients, per-IP throttle) and writes their first request.
   * The request is checked before the account is created, so bad input creates nothing.
   */
  async submitAsNewClient(
    ip: string,
    client: NewClient,
    input: NewMailRequest,
  ): Promise<{ request: MailRequest; session: IssuedSession }> {
    const org = await this.em.findOne(Organisation, { publicKey: client.organisationKey, suspendedAt: null });
    if (!org) throw notFound('Organisation');
    const prepared = await this.prepare(org, input);
    const session = await new RegistrationService(this.app).registerClient(this.em, client, ip);
    const request = await this.em.transactional(async (tx) => {
      const account = await tx.findOneOrFail(Client, { id: session.account.id, organisation: org.id });
      return this.create(tx, org, account, prepared);
    });
    await this.notifyCreated(request);
    return { request, session };
  }

  /**
   * Checks what the request refers to (topic and chosen counsellor of this organisation) and the
   * request data against the organisation's fields. Writes nothing; all problems in one BAD_USER_INPUT.
   */
  private async prepare(org: Organisation, input: NewMailRequest): Promise<Prepared> {
    const problems: FieldProblem[] = [];
    const [topic, counsellor] = await Promise.all([
      input.topicId ? this.em.findOne(Topic, { id: input.topicId, organisation: org.id }) : null,
      input.counsellorId ? this.em.findOne(Counsellor, { id: input.counsellorId, organisation: org.id }) : null,
    ]);
    if (input.topicId && !topic) problems.push({ path: 'topicId', message: 'Unknown topic' });
    if (input.counsellorId && !counsellor) problems.push({ path: 'counsellorId', message: 'Unknown counsellor' });
    let requestData: Record<string, string> = {};
    try {
      requestData = validateRequestData(org.masterDataFields ?? [], input.requestData);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== ErrorCode.BAD_USER_INPUT) throw err;
      problems.push(...((err.details.fields as FieldProblem[] | undefined) ?? []));
    }
    if (problems.length) {
      const summary = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
      throw badInput(`Invalid input: ${summary}`, problems);
    }
    return { ...input, requestData };
  }

  /**
   * Inside a transaction: takes the routing lock, decides, inserts the request and its first message,
   * sets the primary counsellor on a first request (organisation setting) and fills empty profile
   * fields from the request data. Flushes; the lock is released at commit.
   */
  private async create(tx: EntityManager, org: Organisation, client: Client, p: Prepared): Promise<MailRequest> {
    await lockOrganisationRouting(tx, org.id);
    const isFirst = (await tx.count(MailRequest, { organisation: org.id, client: client.id })) === 0;
    const snapshot = await readRoutingSnapshot(tx, {
      organisationId: org.id,
      clientId: isFirst ? null : client.id,
      primaryCounsellorId: client.primaryCounsellor?.id ?? null,
      chosenCounsellorId: p.counsellorId,
      fallbackCounsellorId: org.fallbackCounsellor?.id ?? null,
    });
    const decision = decideRouting(snapshot);
    const now = new Date();
    const counsellor = decision.counsellorId ? tx.getReference(Counsellor, decision.counsellorId) : null;
    const request = tx.create(MailRequest, {
      organisation: org.id,
      client,
      subject: p.subject,
      status: counsellor ? MailRequestStatus.ASSIGNED : MailRequestStatus.NEW,
      counsellor,
      chosenCounsellor: p.counsellorId,
      topic: p.topicId,
      requestData: p.requestData,
      routedBy: decision.reason,
      waitingSince: now,
      lastMessageAt: now,
      assignedAt: counsellor ? now : null,
      messageCount: 1,
    });
    if (counsellor) {
      recordAssignment(tx, request, {
        at: now,
        kind: MailAssignmentKind.ROUTED,
        counsellorId: counsellor.id,
        previousCounsellorId: null,
        actorId: null,
      });
    }
    tx.create(MailRequestMessage, {
      organisation: org.id,
      mailRequest: request,
      seq: 1,
      authorKind: MailAuthorKind.CLIENT,
      body: p.message,
    });
    if (org.autoPrimaryCounsellor && isFirst && counsellor && !client.primaryCounsellor) {
      client.primaryCounsellor = counsellor;
    }
    if (Object.keys(p.requestData).length) {
      client.masterData = mergeRequestData(client.masterData ?? {}, p.requestData, false);
    }
    await tx.flush();
    this.log.info(
      { mailRequestId: request.id, routedBy: decision.reason, choiceRefused: decision.choiceRefused },
      'mail request routed',
    );
    return request;
  }

  private async notifyCreated(request: MailRequest): Promise<void> {
    // The routing's instant, as its `MailAssignment` and `assignedAt` have it.
    publishMailChange(this.app, request, MailRequestChangeKind.CREATED, null, null, request.lastMessageAt);
    await emitWebhookEvent(this.app, request.organisation.id, WebhookEventType.MAIL_REQUEST_RECEIVED, {
      mailRequestId: request.id,
      clientId: request.client.id,
      counsellorId: request.counsellor?.id ?? null,
      topicId: request.topic?.id ?? null,
    });
    if (request.counsellor) await enqueueNotice(this.app, this.log, { kind: 'NEW_REQUEST', requestId: request.id });
  }
}
