/**
 * Per-request batching for fields a list of requests can touch (drafts, previous requests), so the
 * SQL of a page does not grow with its size. One set of loaders per GraphQL context.
 */
import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../shared/context.js';
import { MailDraft } from './mail-draft.entity.js';
import { MailRequestMessage } from './mail-message.entity.js';
import { MailRequest } from './mail-request.entity.js';

export interface MailLoaders {
  /** The draft of a request, by request id. */
  draft: DataLoader<string, MailDraft | null>;
  /**
   * The client's other requests that `visible` lets the viewer see, newest first, by request; at most
   * `PREVIOUS_LIMIT` each. One query for all clients of a page (a client has a handful of requests;
   * the query is capped at `PREVIOUS_BATCH_CAP` rows, newest first).
   */
  previous: DataLoader<RequestRef, MailRequest[]>;
  /** A request's messages, oldest first, by request id. */
  messages: DataLoader<string, MailRequestMessage[]>;
}

/** What the loaders need of a request: entity or lean row. */
export interface RequestRef {
  id: string;
  client: { id: string };
}

export const PREVIOUS_LIMIT = 20;
export const PREVIOUS_BATCH_CAP = 1000;

const byContext = new WeakMap<Context, MailLoaders>();

export function mailLoaders(ctx: Context, visible: () => Promise<FilterQuery<MailRequest>>): MailLoaders {
  let loaders = byContext.get(ctx);
  if (loaders) return loaders;
  loaders = {
    draft: new DataLoader(async (ids) => {
      const drafts = await ctx.em.find(MailDraft, { mailRequest: { $in: [...ids] } });
      const byRequest = new Map(drafts.map((d) => [d.mailRequest.id, d]));
      return ids.map((id) => byRequest.get(id) ?? null);
    }),
    previous: new DataLoader(
      async (requests) => {
        const clientIds = [...new Set(requests.map((r) => r.client.id))];
        const rows = await ctx.em.find(
          MailRequest,
          { $and: [await visible(), { client: { $in: clientIds } }] },
          { orderBy: { createdAt: 'desc', id: 'desc' }, limit: PREVIOUS_BATCH_CAP },
        );
        return requests.map((r) =>
          rows.filter((o) => o.client.id === r.client.id && o.id !== r.id).slice(0, PREVIOUS_LIMIT),
        );
      },
      { cacheKeyFn: (r) => r.id },
    ),
    messages: new DataLoader(async (ids) => {
      const rows = await ctx.em.find(
        MailRequestMessage,
        { mailRequest: { $in: [...ids] } },
        { orderBy: { mailRequest: 'asc', seq: 'asc' } },
      );
      return ids.map((id) => rows.filter((m) => m.mailRequest.id === id));
    }),
  };
  byContext.set(ctx, loaders);
  return loaders;
}
