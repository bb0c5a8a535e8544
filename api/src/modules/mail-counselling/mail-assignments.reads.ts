/**
 * `mailAssignments`: the changes of who is responsible for a request that concern the viewer (they
 * got it or lost it) since an instant, newest first. What the live `mailRequestChanged` told, for a
 * client that was not listening (the dashboard's notification centre after a lost connection).
 *
 * Visibility: the rows name the viewer as the counsellor after or before the change, which is exactly
 * what the live event told them (it reaches whoever could see the request before or after), ids only.
 * Admins get their own too, not the organisation's: nobody needs a colleague's history here. The
 * request itself (`MailAssignment.request`) only as far as the viewer may see it now.
 */
import DataLoader from 'dataloader';
import { z } from 'zod';
import type { Viewer } from '../../shared/auth/tokens.js';
import type { Context } from '../../shared/context.js';
import { perRequest } from '../../shared/loaders.js';
import {
  DEFAULT_PAGE_SIZE,
  newestFirstAfter,
  newestFirstCursor,
  PageSchema,
  toConnection,
  type ConnectionShape,
} from '../../shared/pagination.js';
import { rules } from '../../shared/validate.js';
import { organisationOrFail } from '../organisation/organisation.reads.js';
import { MailAssignment } from './mail-assignment.entity.js';
import { MailRequest } from './mail-request.entity.js';
import { staffVisibilityWhere } from './mail-request.policy.js';
import { staffActor, type Page } from './mail-query.service.js';

export const AssignmentsSchema = z.object({ since: rules.recentInstant, page: PageSchema });

export async function listMyAssignments(
  ctx: Context,
  viewer: Viewer,
  since: Date,
  page: Page,
): Promise<ConnectionShape<MailAssignment>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  const mine = {
    organisation: viewer.organisationId,
    $or: [{ counsellor: viewer.accountId }, { previousCounsellor: viewer.accountId }],
    createdAt: { $gt: since },
  };
  const [rows, total] = await Promise.all([
    ctx.em.find(
      MailAssignment,
      { $and: [mine, newestFirstAfter(page.after)] },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
    ),
    ctx.em.count(MailAssignment, mine),
  ]);
  return toConnection(rows, first, total, newestFirstCursor);
}

/** Requests by id as far as the staff viewer may see them now; one statement for a page. */
export function visibleRequestLoader(ctx: Context): DataLoader<string, MailRequest | null> {
  return perRequest(
    ctx,
    'mail-assignment-requests',
    () =>
      new DataLoader<string, MailRequest | null>(async (ids) => {
        const org = await organisationOrFail(ctx, ctx.viewer!.organisationId);
        const rows = await ctx.em.find(MailRequest, {
          $and: [staffVisibilityWhere(staffActor(ctx.viewer!), org.opennessLevel), { id: { $in: [...ids] } }],
        });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
