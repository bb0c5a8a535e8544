/**
 * Per-request batched loads of what a page of clients shows besides its own row: topics, whether the
 * viewer watches them. One statement per relation for the whole page (shared/loaders.ts).
 */
import DataLoader from 'dataloader';
import type { Context } from '../../shared/context.js';
import { perRequest } from '../../shared/loaders.js';
import type { Topic } from '../organisation/organisation.entity.js';
import { ClientTopic, ClientWatch } from './client-links.entity.js';

/** The topics of clients of the viewer's organisation, by name. */
export function clientTopicsLoader(ctx: Context): DataLoader<string, Topic[]> {
  return perRequest(
    ctx,
    'clientTopics',
    () =>
      new DataLoader<string, Topic[]>(async (ids) => {
        const links = await ctx.em.find(
          ClientTopic,
          { client: { $in: [...ids] }, organisation: ctx.viewer!.organisationId },
          { populate: ['topic'], orderBy: { topic: { name: 'asc' } } },
        );
        const byClient = new Map<string, Topic[]>();
        for (const link of links) {
          const list = byClient.get(link.client.id) ?? [];
          list.push(link.topic);
          byClient.set(link.client.id, list);
        }
        return ids.map((id) => byClient.get(id) ?? []);
      }),
  );
}

/** Whether clients are on the viewer's watchlist, as far as a list already told (no statement then). */
export function knownWatched(ctx: Context): Map<string, boolean> {
  return perRequest(ctx, 'clientWatchedKnown', () => new Map<string, boolean>());
}

/** Whether clients are on the viewer's watchlist. */
export function clientWatchedLoader(ctx: Context): DataLoader<string, boolean> {
  return perRequest(
    ctx,
    'clientWatched',
    () =>
      new DataLoader<string, boolean>(async (ids) => {
        const rows = await ctx.em.find(
          ClientWatch,
          { client: { $in: [...ids] }, counsellor: ctx.viewer!.accountId, organisation: ctx.viewer!.organisationId },
          { fields: ['client'] },
        );
        const watched = new Set(rows.map((r) => r.client.id));
        return ids.map((id) => watched.has(id));
      }),
  );
}
