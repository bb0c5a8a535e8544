/**
 * The client list of member management: filters, search, the viewer's watched clients first, keyset
 * pages. Knows nothing of GraphQL.
 *
 * One prepared statement answers a page: the total, whether the cursor's row exists, and the page's
 * clients as lean rows (db/lean.ts) of the columns the GraphQL selection needs, with whether the
 * viewer watches each and, when selected, their topics and primary counsellor, as one JSON value: one
 * statement per page whatever its size. Reading the rows through the ORM instead (a second statement
 * and an entity per row, then one each for topics and counsellors) cost more than the page
 * statement's own search when few clients match.
 *
 * Order: the viewer's watched clients, then all others, each by pseudonym folded like the search
 * (case and accents ignored), then id. The two parts are two index-ordered branches that each stop at
 * the page's end, instead of one sort of every matching client. Cursors are the row's id alone (no
 * pseudonym in URLs or logs); the sort key and watched flag are read back by id.
 */
import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { leanShape, leanStatement, projectionKey, type Projection } from '../../db/lean.js';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import {
  decodeIdCursor,
  DEFAULT_PAGE_SIZE,
  idCursor,
  invalidCursor,
  toConnection,
  type ConnectionShape,
} from '../../shared/pagination.js';
import type { SqlStatement } from '../../db/sql.js';
import type { ClientRow } from '../identity/account.reads.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import type { CounsellorRow } from '../staff/counsellor.row.js';
import { Client } from './client.entity.js';
import { clientTopicsJson, topicRows, type TopicRow } from './client.loaders.js';
import { ClientScope, type ClientFilterData } from './client.inputs.js';

export interface ClientPageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * A page's clients with whether the viewer watches each (read by the `watched` field) and, when asked
 * for, their topics and primary counsellors (read by those fields).
 */
export interface ClientPage extends ConnectionShape<ClientRow> {
  watched: Set<string>;
  topics: Map<string, TopicRow[]> | null;
  /** The page's primary counsellors by id, when asked for. */
  counsellors: Map<string, CounsellorRow> | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The folded text the trigram index covers (migration 0950); the search must use the same expression. */
const SEARCH_TEXT = `lotse_fold(coalesce(a.pseudonym, '') || ' ' || coalesce(a.client_number, ''))`;
const WATCHED = `exists (select 1 from client_watch w where w.client_id = a.id and w.counsellor_id = $2 and w.organisation_id = $1)`;

/**
 * What a page reads besides whether the viewer watches each client, from the GraphQL selection:
 * the client columns (`projection`, null for all), the topics, and the primary counsellor's columns
 * (false when not selected).
 */
export interface ClientListReads {
  projection: Projection;
  topics: boolean;
  primaryCounsellor: Projection | false;
}

/** Every column and relation (callers without a GraphQL selection). */
export const READ_ALL: ClientListReads = { projection: null, topics: true, primaryCounsellor: null };

/**
 * The statement for one combination of filters (each its own prepared statement, planned knowing
 * what it filters on) and reads. Parameters: $1 organisation, $2 viewer, $3 limit, $4 cursor id,
 * then filters.
 */
function listStatement(
  orm: MikroORM,
  filter: ClientFilterData,
  withCursor: boolean,
  reads: ClientListReads,
): { statement: SqlStatement; params: string[] } {
  const conditions = [`a.organisation_id = $1 and a.kind = 'CLIENT'`];
  const params: string[] = [];
  let n = 4;
  const param = (name: string) => {
    params.push(name);
    return `$${++n}`;
  };
  if (filter.scope === ClientScope.MINE) conditions.push(`a.primary_counsellor_id = $2`);
  if (filter.scope === ClientScope.UNASSIGNED) conditions.push(`a.primary_counsellor_id is null`);
  if (filter.scope === ClientScope.WATCHLIST) conditions.push(WATCHED);
  if (filter.status) conditions.push(`a.status = ${param('status')}::account_status`);
  if (filter.topicId) {
    conditions.push(
      `exists (select 1 from client_topic t where t.client_id = a.id and t.topic_id = ${param('topicId')}::uuid and t.organisation_id = $1)`,
    );
  }
  if (filter.search) conditions.push(`${SEARCH_TEXT} like '%' || lotse_fold(${param('search')}) || '%'`);
  const where = conditions.join(' and ');
  const staff = reads.primaryCounsellor === false ? null : leanShape(orm, Counsellor, 'c', reads.primaryCounsellor);
  // The counsellor's projection is part of the text: its own digest, as leanStatement does for the client's.
  const staffKey = staff ? `c${digest(projectionKey(reads.primaryCounsellor || null))}` : '';
  const statement = leanStatement(
    orm,
    `clients_${params.join('_')}_${filter.scope}_${withCursor ? 'k' : ''}${reads.topics ? 't' : ''}${staffKey}`,
    (shape) => {
      const client = shape(Client, 'a');
      const topics = reads.topics ? clientTopicsJson(orm, 'a.id', '$1') : 'null::json';
      const counsellor = staff
        ? `(select ${staff.jsonArray('y')} from (select ${staff.columns} from account c
             where c.id = a.primary_counsellor_id and c.organisation_id = $1 and c.kind = 'STAFF') y)`
        : 'null::json';
      const cursor = withCursor
        ? `cur as (select lotse_fold(c.pseudonym) as k, c.id,
                          exists (select 1 from client_watch w where w.client_id = c.id and w.counsellor_id = $2) as w
                     from account c where c.id = $4::uuid and c.organisation_id = $1 and c.kind = 'CLIENT')`
        : `cur as (select null::text as k, null::uuid as id, null::boolean as w where $4::uuid is null)`;
      const afterWatched = withCursor ? `and cur.w and (lotse_fold(a.pseudonym), a.id) > (cur.k, cur.id)` : '';
      const afterOthers = withCursor ? `and (cur.w or (lotse_fold(a.pseudonym), a.id) > (cur.k, cur.id))` : '';
      const from = withCursor ? `account a, cur` : `account a`;
      // The page's clients as one JSON value, from `rows` (id, w: watched, k: sort key; in page order).
      const pageJson = (rows: string) => `coalesce((select json_agg(
           json_build_array(p."watched", p."topicRows", p."counsellorRow", ${client.jsonArray('p')})
           order by p."watched" desc, p."sortKey", p.id) from (
         select b.w as "watched", b.k as "sortKey", ${topics} as "topicRows", ${counsellor} as "counsellorRow",
                ${client.columns}
           from (${rows}) b join account a on a.id = b.id) p), '[]'::json)`;
      if (filter.search) {
        // A search reads its matches once (the trigram index) for both the total and the page: there
        // are few, or sorting them costs less than reading them a second time.
        const after = withCursor ? `where (not m.w, m.k, m.id) > (not cur.w, cur.k, cur.id)` : '';
        return `with ${cursor},
m as materialized (select a.id, lotse_fold(a.pseudonym) as k, ${WATCHED} as w from account a where ${where})
select (select count(*)::int from m) as total,
       exists (select 1 from cur) as "cursorFound",
       ${pageJson(`select m.id, m.w, m.k from ${withCursor ? 'm, cur' : 'm'} ${after} order by not m.w, m.k, m.id limit $3`)} as rows`;
      }
      // Without a search: two index-ordered branches that each stop at the page's end.
      return `with ${cursor}
select (select count(*)::int from account a where ${where}) as total,
       exists (select 1 from cur) as "cursorFound",
       ${pageJson(`select * from (
           (select a.id, true as w, lotse_fold(a.pseudonym) as k from ${from}
             where ${where} and ${WATCHED} ${afterWatched}
             order by lotse_fold(a.pseudonym), a.id limit $3)
           union all
           (select a.id, false as w, lotse_fold(a.pseudonym) as k from ${from}
             where ${where} and not ${WATCHED} ${afterOthers}
             order by lotse_fold(a.pseudonym), a.id limit $3)
         ) u order by u.w desc, u.k, u.id limit $3`)} as rows`;
    },
    reads.projection,
  );
  return { statement, params };
}

const digest = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 8);

/** The page statement and its values (the benchmark runs the same through `pg` as its baseline). */
export function listQuery(
  orm: MikroORM,
  viewer: Pick<Viewer, 'organisationId' | 'accountId'>,
  filter: ClientFilterData,
  first: number,
  afterId: string | null,
  reads: ClientListReads = READ_ALL,
): { statement: SqlStatement; values: unknown[] } {
  const { statement, params } = listStatement(orm, filter, !!afterId, reads);
  const values: unknown[] = [viewer.organisationId, viewer.accountId, first + 1, afterId];
  for (const p of params) values.push(p === 'search' ? escapeLike(filter.search!) : filter[p as 'status' | 'topicId']);
  return { statement, values };
}

export class ClientListService {
  constructor(private readonly app: AppServices) {}

  /** A page of clients as lean rows, with what `reads` asks for. */
  async list(
    viewer: Viewer,
    filter: ClientFilterData,
    page: ClientPageArgs,
    reads: ClientListReads = READ_ALL,
  ): Promise<ClientPage> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const afterId = decodeIdCursor(page.after);
    const { orm, db } = this.app;
    const { statement, values } = listQuery(orm, viewer, filter, first, afterId, reads);
    const [result] = await db.query<{
      total: number;
      cursorFound: boolean;
      rows: [boolean, unknown[][] | null, unknown[] | null, unknown[]][];
    }>(statement, values);
    if (afterId && !result!.cursorFound) throw invalidCursor('page.after');
    const shape = leanShape(orm, Client, 'a', reads.projection);
    const staff = reads.primaryCounsellor === false ? null : leanShape(orm, Counsellor, 'c', reads.primaryCounsellor);
    const watched = new Set<string>();
    const topics = reads.topics ? new Map<string, TopicRow[]>() : null;
    const counsellors = staff ? new Map<string, CounsellorRow>() : null;
    const rows = result!.rows.map(([w, topicJson, counsellorJson, columns]) => {
      const row = shape.fromJsonArray<ClientRow>(columns);
      if (w) watched.add(row.id);
      topics?.set(row.id, topicRows(orm, topicJson));
      if (staff && counsellorJson) {
        const counsellor = staff.fromJsonArray<CounsellorRow>(counsellorJson);
        counsellors!.set(counsellor.id, counsellor);
      }
      return row;
    });
    return { ...toConnection(rows, first, result!.total, idCursor), watched, topics, counsellors };
  }
}
