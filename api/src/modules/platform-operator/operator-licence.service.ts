/**
 * Licence increase requests seen from the platform operator: every organisation's, filtered by
 * status, and the answer: granting sets the organisation's licence volume in the same transaction,
 * declining changes nothing else; either way the request's contact person gets a mail.
 */
import { LockMode, QueryOrder, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OperatorViewer } from '../../shared/auth/tokens.js';
import { conflict, notFound } from '../../shared/errors.js';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  invalidCursor,
  keyCursor,
  toConnection,
  type ConnectionShape,
} from '../../shared/pagination.js';
import { PlatformService, type OrganisationSummary, type PlatformDeps } from '../organisation/platform.service.js';
import { LicenceRequest, LicenceRequestStatus } from '../staff/licence-request.entity.js';
import { licenceAnswerMail } from './operator.mails.js';
import { PlatformOperator } from './platform-operator.entity.js';
import type { AnswerLicenceRequestData } from './platform-operator.inputs.js';

/** A request with its organisation's summary (what the operator decides on). */
export interface LicenceRequestView {
  id: string;
  request: LicenceRequest;
  organisation: OrganisationSummary;
}

export class OperatorLicenceService {
  private readonly platform: PlatformService;
  constructor(private readonly app: PlatformDeps) {
    this.platform = new PlatformService(app);
  }

  /**
   * Requests of every organisation, newest first, optionally of one status. Three statements per
   * page (requests with their organisations, and the two counts of `summarise`) plus the total.
   */
  async list(
    em: EntityManager,
    status: LicenceRequestStatus | null,
    page: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<LicenceRequestView>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const where: FilterQuery<LicenceRequest> = status ? { status } : {};
    const cursor = decodeCursor(page.after);
    const pageWhere: FilterQuery<LicenceRequest> = cursor
      ? {
          ...where,
          $or: [
            { createdAt: { $lt: cursorDate(cursor.k) } },
            { createdAt: cursorDate(cursor.k), id: { $lt: cursor.id } },
          ],
        }
      : where;
    const [rows, total] = await Promise.all([
      em.find(LicenceRequest, pageWhere, {
        orderBy: { createdAt: QueryOrder.DESC, id: QueryOrder.DESC },
        limit: first + 1,
        populate: ['organisation'],
      }),
      em.count(LicenceRequest, where),
    ]);
    const views = await this.views(em, rows);
    return toConnection(
      views,
      first,
      total,
      keyCursor((v) => v.request.createdAt.toISOString()),
    );
  }

  /**
   * Answers a pending request. Granting sets the volume (the requested one unless `volume` says
   * otherwise) under the organisation's row lock; a volume below the active counsellors is refused
   * (CONFLICT, LICENCE_BELOW_ACTIVE) and nothing changes. An answered request cannot be answered
   * again (CONFLICT, LICENCE_REQUEST_ANSWERED). The mail goes after the commit, through the outbox.
   */
  async answer(
    em: EntityManager,
    operator: OperatorViewer,
    data: AnswerLicenceRequestData,
  ): Promise<LicenceRequestView> {
    const answered = await em.transactional(async (tx) => {
      const request = await tx.findOne(
        LicenceRequest,
        { id: data.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (!request) throw notFound('Licence request');
      if (request.status !== LicenceRequestStatus.PENDING) {
        throw conflict('This licence request has already been answered.', 'LICENCE_REQUEST_ANSWERED');
      }
      if (data.grant) {
        const volume = data.volume ?? request.requestedVolume;
        await this.platform.applyLicenceVolume(tx, { id: request.organisation.id }, volume);
        request.status = LicenceRequestStatus.GRANTED;
        request.grantedVolume = volume;
      } else {
        request.status = LicenceRequestStatus.DECLINED;
      }
      request.answeredAt = new Date();
      request.answerMessage = data.message ?? null;
      request.answeredBy = tx.getReference(PlatformOperator, operator.operatorId);
      return request;
    });
    const request = await em.findOneOrFail(LicenceRequest, answered.id, { populate: ['organisation'], refresh: true });
    const org = request.organisation;
    await this.app.mail.send({ organisationId: org.id, to: request.email, ...licenceAnswerMail(org, request) });
    this.app.log.info(
      { licenceRequestId: request.id, organisationId: org.id, operatorId: operator.operatorId, status: request.status },
      'licence request answered',
    );
    return (await this.views(em, [request]))[0]!;
  }

  private async views(em: EntityManager, rows: LicenceRequest[]): Promise<LicenceRequestView[]> {
    const organisations = [...new Map(rows.map((r) => [r.organisation.id, r.organisation])).values()];
    const summaries = new Map((await this.platform.summarise(em, organisations)).map((s) => [s.organisation.id, s]));
    return rows.map((request) => ({ id: request.id, request, organisation: summaries.get(request.organisation.id)! }));
  }
}

function cursorDate(k: string | number): Date {
  const d = new Date(k);
  if (typeof k !== 'string' || Number.isNaN(d.getTime())) throw invalidCursor('page.after');
  return d;
}
