/**
 * The staff inbox as lean rows (db/lean.ts): the dashboard's home asks for up to 100 of the viewer's
 * requests on every visit and every change, the inbox for a page at a time. Hydrating MikroORM entities
 * was most of that query's CPU; here the page and its total are one prepared statement returning one
 * JSON value, and the clients of a page are one more (lean, batched per request).
 *
 * The conditions are the same as the ORM path's (mail-request.policy.ts `staffVisibilityWhere`, the
 * `overdue` and `dueAt` formulas of the entity), written as SQL; mail-list.test.ts compares both.
 */
import DataLoader from 'dataloader';
import { leanShape, leanStatement, type Lean } from '../../db/lean.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import type { Context } from '../../shared/context.js';
import { perRequest } from '../../shared/loaders.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, invalidCursor, toConnection, encodeCursor } from '../../shared/pagination.js';
import type { ConnectionShape } from '../../shared/pagination.js';
import type { ClientRow } from '../identity/account.reads.js';
import { Client } from '../client/client.entity.js';
import { OpennessLevel } from '../organisation/organisation.entity.js';
import { organisationOrFail } from '../organisation/organisation.reads.js';
import { MailRequest, POOL_STATUSES } from './mail-request.entity.js';
import { likeEscape, type MailRequestFilter, type Page } from './mail-query.service.js';

/** A mail request as a list reads it: its columns, and the two computed fields of the entity. */
export type MailRequestRow = Omit<
  Lean<MailRequest, 'organisation' | 'client' | 'counsellor' | 'chosenCounsellor' | 'topic' | 'releasedBy'>,
  'messages' | 'overdue' | 'dueAt'
> & { overdue: boolean; dueAt: Date | null };

/** Orders of the staff inbox; each is keyset-paginated on its own key and the id. */
export enum MailRequestSort {
  /** Newest request first (created). */
  NEWEST = 'NEWEST',
  /** Oldest request first (created). */
  OLDEST = 'OLDEST',
  /** The reply due soonest first (the most overdue at the top); requests nobody waits on last. */
  DUE_SOONEST = 'DUE_SOONEST',
}

interface SortSql {
  order: string;
  /** The keyset condition after a row with sort key `$k` (null: the key is null) and id `$id`. */
  after: (k: string | null, id: string) => string;
  /** Cursor keys of this sort start with this (NEWEST has none: the cursors it always had). */
  prefix: string;
  /** The row's sort key, as text with the column's full precision (null allowed only for DUE_SOONEST). */
  key: string;
}

const SORTS: Record<MailRequestSort, SortSql> = {
  NEWEST: {
    order: 'r.created_at desc, r.id desc',
    after: (k, id) => `(r.created_at, r.id) < (${k}::timestamptz, ${id}::uuid)`,
    prefix: '',
    key: 'r.created_at',
  },
  OLDEST: {
    order: 'r.created_at asc, r.id asc',
    after: (k, id) => `(r.created_at, r.id) > (${k}::timestamptz, ${id}::uuid)`,
    prefix: 'o:',
    key: 'r.created_at',
  },
  // The due time is `waiting_since` plus the organisation's one overdue period: the same order.
  DUE_SOONEST: {
    order: 'r.waiting_since asc nulls last, r.id asc',
    after: (k, id) =>
      k === null
        ? `(r.waiting_since is null and r.id > ${id}::uuid)`
        : `((r.waiting_since, r.id) > (${k}::timestamptz, ${id}::uuid) or r.waiting_since is null)`,
    prefix: 'd:',
    key: 'r.waiting_since',
  },
};

/** The entity's `dueAt` formula, for the rows of organisation `$1`. */
const DUE_AT = `(r.waiting_since + make_interval(hours => (select o.mail_overdue_hours from organisation o where o.id = $1)))`;

/**
 * Mail requests the staff viewer may see, filtered, in `sort` order. One prepared statement per
 * combination of filters (so PostgreSQL plans each knowing what it filters on), whatever the page size.
 */
export async function listMailRequests(
  ctx: Context,
  viewer: Viewer,
  filter: MailRequestFilter,
  page: Page,
  sort: MailRequestSort = MailRequestSort.NEWEST,
): Promise<ConnectionShape<MailRequestRow>> {
  const { orm, db } = ctx.app;
  const org = await organisationOrFail(ctx, viewer.organisationId);
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  const s = SORTS[sort];
  const values: unknown[] = [viewer.organisationId];
  const param = (value: unknown) => `$${values.push(value)}`;
  const conditions = ['r.organisation_id = $1'];
  let key = '';
  if (viewer.role !== 'ADMIN' && org.opennessLevel !== OpennessLevel.VERY_OPEN) {
    conditions.push(
      `(r.counsellor_id = ${param(viewer.accountId)}::uuid or r.status = any(${param(POOL_STATUSES)}::mail_request_status[]))`,
    );
    key += 'v';
  }
  if (filter.status?.length) {
    conditions.push(`r.status = any(${param(filter.status)}::mail_request_status[])`);
    key += 's';
  }
  if (filter.overdue != null) {
    conditions.push(`coalesce(${DUE_AT} <= now(), false) = ${param(filter.overdue)}::boolean`);
    key += 'o';
  }
  if (filter.clientId) {
    conditions.push(`r.client_id = ${param(filter.clientId)}::uuid`);
    key += 'c';
  }
  if (filter.counsellorId) {
    conditions.push(`r.counsellor_id = ${param(filter.counsellorId)}::uuid`);
    key += 'n';
  }
  if (filter.assignedToMe) {
    conditions.push(`r.counsellor_id = ${param(viewer.accountId)}::uuid`);
    key += 'm';
  }
  if (filter.topicId) {
    conditions.push(`r.topic_id = ${param(filter.topicId)}::uuid`);
    key += 't';
  }
  if (filter.search) {
    const part = param(`%${likeEscape(filter.search)}%`);
    const prefix = param(`${likeEscape(filter.search)}%`);
    conditions.push(`(r.subject ilike ${part} or exists (select 1 from account c where c.id = r.client_id
      and c.organisation_id = $1 and (c.pseudonym ilike ${part} or c.client_number ilike ${prefix})))`);
    key += 'q';
  }
  const count = conditions.join(' and ');
  let where = count;
  const cursor = decodeCursor(page.after);
  if (cursor) {
    const k = cursorKey(sort, cursor.k);
    where += ` and ${s.after(k === null ? null : param(k), param(cursor.id))}`;
    key += k === null ? 'K' : 'k';
  }
  const limit = param(first + 1);
  const sql = leanStatement(orm, `mail_list_${sort.toLowerCase()}_${key}`, (shape) => {
    const rows = shape(MailRequest, 'r');
    return `
select (select count(*)::int from mail_request r where ${count}) as total,
       coalesce((select json_agg(json_build_array(${rows.jsonArray('p')}, p.overdue, p."dueAt", p.k)) from (
         select ${rows.columns}, coalesce(${DUE_AT} <= now(), false) as overdue, ${DUE_AT} as "dueAt", ${s.key} as k
           from mail_request r
          where ${where}
          order by ${s.order}
          limit ${limit}) p), '[]'::json) as rows`;
  });
  const [result] = await db.query<{ total: number; rows: [unknown[], boolean, string | null, string | null][] }>(
    sql,
    values,
  );
  const shape = leanShape(orm, MailRequest, 'r');
  const keys = new Map<string, string | null>();
  const rows = result!.rows.map(([columns, overdue, dueAt, k]) => {
    const row = shape.fromJsonArray<MailRequestRow>(columns);
    row.overdue = overdue;
    row.dueAt = dueAt === null ? null : new Date(dueAt);
    keys.set(row.id, k);
    return row;
  });
  // The key as PostgreSQL wrote it (microseconds): a Date would round it to milliseconds.
  return toConnection(rows, first, result!.total, (r) =>
    encodeCursor({ k: `${s.prefix}${keys.get(r.id) ?? ''}`, id: r.id }),
  );
}

/** A cursor's sort key for `sort`, or BAD_USER_INPUT when it came from another sort or is no time. */
function cursorKey(sort: MailRequestSort, k: string | number): string | null {
  if (typeof k !== 'string') throw invalidCursor();
  const { prefix } = SORTS[sort];
  const prefixed = /^[a-z]:/.test(k);
  if (prefix ? !k.startsWith(prefix) : prefixed) throw invalidCursor();
  const value = k.slice(prefix.length);
  if (value === '' && sort === MailRequestSort.DUE_SOONEST) return null;
  if (Number.isNaN(new Date(value).getTime())) throw invalidCursor();
  return value;
}

/** Clients of the organisation by id, lean, one statement per request for all rows of a page. */
export function clientLoader(ctx: Context): DataLoader<string, ClientRow | null> {
  return perRequest(
    ctx,
    'mail-list-clients',
    () =>
      new DataLoader<string, ClientRow | null>(async (ids) => {
        const { orm, db } = ctx.app;
        const sql = leanStatement(
          orm,
          'clients_by_id',
          (shape) => `select ${shape(Client, 'a').columns} from account a
            where a.id = any($1::uuid[]) and a.organisation_id = $2 and a.kind = 'CLIENT'`,
        );
        const shape = leanShape(orm, Client, 'a');
        const rows = await db.query<Record<string, unknown>>(sql, [ids, ctx.viewer!.organisationId]);
        const byId = new Map(rows.map((r) => [r.id as string, shape.map<ClientRow>(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
