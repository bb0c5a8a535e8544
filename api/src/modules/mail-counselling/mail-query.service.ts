/**
 * Reading mail requests: one request; a client's own requests. (The staff inbox reads lean rows:
 * mail-list.reads.ts.) Every query is scoped to the viewer's organisation and visibility (mail-request.policy.ts).
 */
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { notFound } from '../../shared/errors.js';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  keyCursor,
  toConnection,
  type ConnectionShape,
  invalidCursor,
} from '../../shared/pagination.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { MailRequest, MailRequestStatus } from './mail-request.entity.js';
import { staffCanSee, type StaffActor } from './mail-request.policy.js';

export interface MailRequestFilter {
  status?: MailRequestStatus[] | null;
  /** true: only overdue; false: only not overdue. */
  overdue?: boolean | null;
  /** Client pseudonym or number, or subject. */
  search?: string | null;
  clientId?: string | null;
  counsellorId?: string | null;
  assignedToMe?: boolean | null;
  topicId?: string | null;
}

export interface Page {
  first?: number | null;
  after?: string | null;
}

export const staffActor = (viewer: Viewer): StaffActor => ({
  accountId: viewer.accountId,
  organisationId: viewer.organisationId,
  isAdmin: viewer.role === 'ADMIN',
});

/** `%`, `_` and `\` taken literally in ILIKE patterns. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class MailQueryService {
  constructor(private readonly em: EntityManager) {}

  /** The viewer's organisation (cached in the request's identity map after the first call). */
  organisation(viewer: Viewer): Promise<Organisation> {
    return this.em.findOneOrFail(Organisation, viewer.organisationId);
  }

  /** A request the staff viewer may see, or NOT_FOUND. */
  async getForStaff(viewer: Viewer, id: string): Promise<MailRequest> {
    const org = await this.organisation(viewer);
    const r = await this.em.findOne(MailRequest, { id, organisation: viewer.organisationId }, { refresh: true });
    if (
      !r ||
      !staffCanSee(staffActor(viewer), org.opennessLevel, { status: r.status, counsellorId: r.counsellor?.id ?? null })
    ) {
      throw notFound('Mail request');
    }
    return r;
  }

  /** The client's own requests, newest first. */
  listForClient(viewer: Viewer, page: Page): Promise<ConnectionShape<MailRequest>> {
    return this.page([{ organisation: viewer.organisationId, client: viewer.accountId }], page);
  }

  async getForClient(viewer: Viewer, id: string): Promise<MailRequest> {
    const r = await this.em.findOne(
      MailRequest,
      { id, organisation: viewer.organisationId, client: viewer.accountId },
      { refresh: true },
    );
    if (!r) throw notFound('Mail request');
    return r;
  }

  private async page(and: FilterQuery<MailRequest>[], page: Page): Promise<ConnectionShape<MailRequest>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const where: FilterQuery<MailRequest> = { $and: and };
    const cursor = decodeCursor(page.after);
    if (cursor && Number.isNaN(new Date(cursor.k).getTime())) {
      throw invalidCursor();
    }
    const pageWhere: FilterQuery<MailRequest> = cursor
      ? {
          $and: [
            ...and,
            {
              $or: [
                { createdAt: { $lt: new Date(cursor.k) } },
                { createdAt: new Date(cursor.k), id: { $lt: cursor.id } },
              ],
            },
          ],
        }
      : where;
    const [rows, total] = await Promise.all([
      this.em.find(MailRequest, pageWhere, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 }),
      this.em.count(MailRequest, where),
    ]);
    return toConnection(
      rows,
      first,
      total,
      keyCursor((r) => r.createdAt.toISOString()),
    );
  }
}
