/**
 * The client list of member management: filters, search, the viewer's watched clients first, keyset
 * pages. Knows nothing of GraphQL.
 *
 * One prepared statement finds the page (ids, whether watched, the total and whether the cursor's row
 * exists); the clients are then read by id in one statement. Their topics and primary counsellors load
 * per request in one batched statement each (client.loaders.ts), so a page costs the same number of
 * statements whatever its size.
 *
 * Order: the viewer's watched clients, then all others, each by pseudonym folded like the search
 * (case and accents ignored), then id. The two parts are two index-ordered branches that each stop at
 * the page's end, instead of one sort of every matching client. Cursors are the row's id alone (no
 * pseudonym in URLs or logs); the sort key and watched flag are read back by id.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
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
import { Client } from './client.entity.js';
import { ClientScope, type ClientFilterData } from './client.inputs.js';

export interface ClientPageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page's clients with whether the viewer watches each (read by the `watched` field). */
export interface ClientPage extends ConnectionShape<Client> {
  watched: Set<string>;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The folded text the trigram index covers (migration 0950); the search must use the same expression. */
const SEARCH_TEXT = `lotse_fold(coalesce(a.pseudonym, '') || ' ' || coalesce(a.client_number, ''))`;
const WATCHED = `exists (select 1 from client_watch w where w.client_id = a.id and w.counsellor_id = $2 and w.organisation_id = $1)`;

const statements = new Map<string, SqlStatement>();

/**
 * The statement for one combination of filters (each its own prepared statement, planned knowing
 * what it filters on). Parameters: $1 organisation, $2 viewer, $3 limit, $4 cursor id, then filters.
 */
function listStatement(filter: ClientFilterData, withCursor: boolean): { statement: SqlStatement; params: string[] } {
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
  const key = `clients_${params.join('_')}_${filter.scope}_${withCursor ? 'k' : ''}`;
  let statement = statements.get(key);
  if (!statement) {
    const where = conditions.join(' and ');
    const cursor = withCursor
      ? `cur as (select lotse_fold(c.pseudonym) as k, c.id,
                        exists (select 1 from client_watch w where w.client_id = c.id and w.counsellor_id = $2) as w
                   from account c where c.id = $4::uuid and c.organisation_id = $1 and c.kind = 'CLIENT')`
      : `cur as (select null::text as k, null::uuid as id, null::boolean as w where $4::uuid is null)`;
    const afterWatched = withCursor ? `and cur.w and (lotse_fold(a.pseudonym), a.id) > (cur.k, cur.id)` : '';
    const afterOthers = withCursor ? `and (cur.w or (lotse_fold(a.pseudonym), a.id) > (cur.k, cur.id))` : '';
    const from = withCursor ? `account a, cur` : `account a`;
    const text = `with ${cursor}
select (select count(*)::int from account a where ${where}) as total,
       exists (select 1 from cur) as "cursorFound",
       coalesce((select json_agg(json_build_array(p.id, p.w) order by p.w desc, p.k, p.id) from (
         select * from (
           (select a.id, true as w, lotse_fold(a.pseudonym) as k from ${from}
             where ${where} and ${WATCHED} ${afterWatched}
             order by lotse_fold(a.pseudonym), a.id limit $3)
           union all
           (select a.id, false as w, lotse_fold(a.pseudonym) as k from ${from}
             where ${where} and not ${WATCHED} ${afterOthers}
             order by lotse_fold(a.pseudonym), a.id limit $3)
         ) b order by b.w desc, b.k, b.id limit $3) p), '[]'::json) as rows`;
    if (statements.size > 200) statements.clear();
    statements.set(key, (statement = { name: key, text }));
  }
  return { statement, params };
}

/** The page statement and its values (the benchmark runs the same through `pg` as its baseline). */
export function listQuery(
  viewer: Pick<Viewer, 'organisationId' | 'accountId'>,
  filter: ClientFilterData,
  first: number,
  afterId: string | null,
): { statement: SqlStatement; values: unknown[] } {
  const { statement, params } = listStatement(filter, !!afterId);
  const values: unknown[] = [viewer.organisationId, viewer.accountId, first + 1, afterId];
  for (const p of params) values.push(p === 'search' ? escapeLike(filter.search!) : filter[p as 'status' | 'topicId']);
  return { statement, values };
}

export class ClientListService {
  constructor(private readonly app: AppServices) {}

  async list(em: EntityManager, viewer: Viewer, filter: ClientFilterData, page: ClientPageArgs): Promise<ClientPage> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const afterId = decodeIdCursor(page.after);
    const { statement, values } = listQuery(viewer, filter, first, afterId);
    const [result] = await this.app.db.query<{ total: number; cursorFound: boolean; rows: [string, boolean][] }>(
      statement,
      values,
    );
    if (afterId && !result!.cursorFound) throw invalidCursor('page.after');
    const ids = result!.rows.map(([id]) => id);
    const watched = new Set(result!.rows.filter(([, w]) => w).map(([id]) => id));
    const found = ids.length ? await em.find(Client, { id: { $in: ids }, organisation: viewer.organisationId }) : [];
    const byId = new Map(found.map((c) => [c.id, c]));
    // A client purged between the two statements is left out of the page.
    const rows = ids.flatMap((id) => byId.get(id) ?? []);
    return { ...toConnection(rows, first, result!.total, idCursor), watched };
  }
}
