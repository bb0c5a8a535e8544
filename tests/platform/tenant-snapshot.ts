/**
 * What a refused operation must not change: every tenant table (those with `organisation_id`, and
 * `organisation`), each as its row count and a checksum over its rows. Tables that background work
 * writes on its own (mail delivery, presence of connected sockets) count rows only.
 */
import type { TestServer } from '../support/server.js';

const COUNT_ONLY = new Set(['outbox_mail', 'presence_connection', 'presence_state']);

const statements = new WeakMap<TestServer, Promise<string>>();

async function statement(server: TestServer): Promise<string> {
  const conn = server.orm.em.getConnection();
  const tables = (
    await conn.execute<{ table_name: string }[]>(
      `select distinct table_name from information_schema.columns
       where table_schema = 'public' and column_name = 'organisation_id' order by table_name`,
    )
  ).map((r) => r.table_name);
  return ['organisation', ...tables]
    .map((t) =>
      COUNT_ONLY.has(t)
        ? `select '${t}' as t, count(*)::int as n, 0::bigint as sum from "${t}"`
        : `select '${t}' as t, count(*)::int as n, coalesce(sum(hashtext(x::text)::bigint), 0) as sum from "${t}" x`,
    )
    .join(' union all ');
}

export async function tenantSnapshot(server: TestServer): Promise<Record<string, string>> {
  if (!statements.has(server)) statements.set(server, statement(server));
  const rows = await server.orm.em
    .getConnection()
    .execute<{ t: string; n: number; sum: string }[]>(await statements.get(server)!);
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.sum}`]));
}

/**
 * Waits until the job queue has no job due or running (at most `timeoutMs`): an accepted call may
 * have queued work (notification mails) that writes tenant rows a moment later, which must not be
 * taken for a change made by the next, refused, call.
 */
export async function settleJobs(server: TestServer, timeoutMs = 10_000): Promise<void> {
  const conn = server.orm.em.getConnection();
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const [{ n }] = await conn.execute<{ n: number }[]>(
      `select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()`,
    );
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}
