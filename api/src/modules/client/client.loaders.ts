/**
 * Per-request batched loads of what a page of clients shows besides its own row: topics, whether the
 * viewer watches them. One statement per relation for the whole page (shared/loaders.ts).
 */
import DataLoader from 'dataloader';
import type { MikroORM } from '@mikro-orm/postgresql';
import { leanShape, leanStatement, type Lean } from '../../db/lean.js';
import type { Context } from '../../shared/context.js';
import { perRequest } from '../../shared/loaders.js';
import { Topic } from '../organisation/organisation.entity.js';
import type { CounsellorRow } from '../staff/counsellor.row.js';
import { ClientWatch } from './client-links.entity.js';

/** A topic as a lean row (db/lean.ts): `Topic` has no computed fields. */
export type TopicRow = Lean<Topic, 'organisation'>;

/**
 * SQL for the topics of the client whose id is `clientId` (an expression), by name, as one JSON array
 * of lean topic rows (null when none); `organisationId` is the parameter holding the organisation.
 */
export function clientTopicsJson(orm: MikroORM, clientId: string, organisationId: string): string {
  const topic = leanShape(orm, Topic, 't');
  return `(select json_agg(${topic.jsonArray('x')} order by x."name", x.id) from (
            select ${topic.columns} from client_topic ct join topic t on t.id = ct.topic_id
             where ct.client_id = ${clientId} and ct.organisation_id = ${organisationId}) x)`;
}

/** Lean topic rows from `clientTopicsJson`. */
export function topicRows(orm: MikroORM, json: unknown[][] | null): TopicRow[] {
  if (!json) return [];
  const shape = leanShape(orm, Topic, 't');
  return json.map((t) => shape.fromJsonArray<TopicRow>(t));
}

/**
 * The topics of clients of the viewer's organisation, by name, as lean rows: one prepared statement
 * for all clients asked for in a request (a list page primes it instead: client-list.service.ts).
 */
export function clientTopicsLoader(ctx: Context): DataLoader<string, TopicRow[]> {
  return perRequest(
    ctx,
    'clientTopics',
    () =>
      new DataLoader<string, TopicRow[]>(async (ids) => {
        const { orm, db } = ctx.app;
        const sql = leanStatement(
          orm,
          'client_topics_by_client',
          () => `select c.id, ${clientTopicsJson(orm, 'c.id', '$2')} as topics from unnest($1::uuid[]) as c(id)`,
        );
        const rows = await db.query<{ id: string; topics: unknown[][] | null }>(sql, [ids, ctx.viewer!.organisationId]);
        const byClient = new Map(rows.map((r) => [r.id, topicRows(orm, r.topics)]));
        return ids.map((id) => byClient.get(id) ?? []);
      }),
  );
}

/** Counsellors a list already read in this request (primary counsellors of a page of clients), by id. */
export function knownCounsellors(ctx: Context): Map<string, CounsellorRow> {
  return perRequest(ctx, 'clientListCounsellors', () => new Map<string, CounsellorRow>());
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
