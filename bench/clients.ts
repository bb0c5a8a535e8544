/**
 * Member-management benchmark (issue 12): the client list's search over 100,000 clients of one
 * organisation, with 10 more organisations of the same size in the same database (BENCH_CLIENTS
 * changes the size). Per search: the API's time per query (sequential single requests, p50/p99) and
 * throughput, against the same page statement run directly through `pg` in the same run (the SQL
 * alone, prepared, with the same values); and SQL statements per page for pages of 1, 10 and 100.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { SqlStatement } from '../api/src/db/sql.js';
import { login } from './appointments.js';
import { BENCH_PASSWORD } from './seed.js';
import type { BenchContext, Suite, SuiteResult } from './suites.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const ORGANISATIONS = 11;
const NAMES = ['Müller', 'Schmidt', 'Weiß', 'Özdemir', 'Jäger', 'Böhm', 'Krüger', 'Lehmann', 'Nowak', 'Yılmaz'];
const SINGLE_RUNS = 200;

const LIST = `query($filter: ClientFilter, $page: PageInput) { clients(filter: $filter, page: $page) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id pseudonym clientNumber status email contactHidden watched topics { name } primaryCounsellor { displayName } } } } }`;

const SEARCHES = [
  ['first page, no search', null],
  ['search "muller" (a tenth match)', 'muller'],
  ['search "jager.0.1234" (a few match)', 'jager.0.1234'],
] as const;

interface Seeded {
  adminLogin: string;
  /** Per search: the page statement the API runs for LIST, and its values. */
  pageStatements: { statement: SqlStatement; values: unknown[] }[];
}

/** The field names LIST selects at `path` (e.g. `clients.edges.node`). */
function selected(path: readonly string[]): Set<string> {
  const op = parse(LIST).definitions[0] as OperationDefinitionNode;
  let set = op.selectionSet;
  for (const name of path) {
    const field = set.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name)!;
    set = field.selectionSet!;
  }
  return new Set(set.selections.map((s) => (s as FieldNode).name.value));
}

/** 11 organisations of CLIENTS clients each; an admin in the first. Pseudonyms `<Name>.<org>.<i>`. */
async function seed(ctx: BenchContext): Promise<Seeded> {
  process.env.BENCH_DATABASE_URL ??= ctx.databaseUrl;
  const { bootBenchLotse } = await import('./seed.js');
  const { Organisation } = await import('../api/src/modules/organisation/organisation.entity.js');
  const { Counsellor, StaffRole } = await import('../api/src/modules/staff/counsellor.entity.js');
  const { AccountKind } = await import('../api/src/modules/identity/account.entity.js');
  const { hashPassword } = await import('../api/src/shared/auth/password.js');
  const app = await bootBenchLotse();
  try {
    const em = app.orm.em.fork() as EntityManager;
    const stamp = Date.now().toString(36);
    const orgs = Array.from({ length: ORGANISATIONS }, (_, o) =>
      em.create(Organisation, { name: `Clients bench ${o}`, slug: `clients-bench-${o}-${stamp}` } as never),
    );
    const admin = em.create(Counsellor, {
      organisation: orgs[0],
      kind: AccountKind.STAFF,
      loginName: `clients.admin.${stamp}`,
      email: `clients.admin.${stamp}@bench.local`,
      passwordHash: await hashPassword(BENCH_PASSWORD),
      role: StaffRole.ADMIN,
      firstName: 'Bench',
      lastName: 'Admin',
      displayName: 'Admin',
    } as never);
    await em.flush();
    const conn = em.getConnection();
    for (const [o, org] of orgs.entries()) {
      await conn.execute(
        `insert into "account" ("id", "created_at", "updated_at", "organisation_id", "kind", "login_name", "pseudonym", "client_number",
           "master_data", "role", "active", "salutation")
         select gen_random_uuid(), now(), now(), ?, 'CLIENT', p, p, lpad(i::text, 6, '0'), '{}', null, null, null
           from generate_series(1, ?::int) as i,
                lateral (select (?::text[])[1 + i % 10] || '.' || ? || '.' || i || '.' || ? as p) n`,
        [org.id, CLIENTS, `{${NAMES.join(',')}}`, o, stamp],
      );
    }
    await conn.execute('analyze');
    // The page statement as the API builds it for LIST: the same projection of the same fields.
    const { listQuery } = await import('../api/src/modules/client/client-list.service.js');
    const { ClientFilterSchema } = await import('../api/src/modules/client/client.inputs.js');
    const { CLIENT_NEEDS } = await import('../api/src/modules/client/client.row.js');
    const { COUNSELLOR_NEEDS } = await import('../api/src/modules/staff/counsellor.row.js');
    const { projectionOf } = await import('../api/src/db/lean.js');
    const { Client } = await import('../api/src/modules/client/client.entity.js');
    const node = ['clients', 'edges', 'node'];
    const fields = selected(node);
    const projection = projectionOf(app.orm, Client, fields, CLIENT_NEEDS);
    const viewer = { organisationId: orgs[0]!.id, accountId: admin.id };
    const pageStatements = SEARCHES.map(([, search]) =>
      listQuery(app.orm, viewer, ClientFilterSchema.parse({ search }), 20, null, {
        projection,
        topics: fields.has('topics'),
        primaryCounsellor: fields.has('primaryCounsellor')
          ? projectionOf(app.orm, Counsellor, selected([...node, 'primaryCounsellor']), COUNSELLOR_NEEDS)
          : false,
      }),
    );
    return { adminLogin: admin.loginName, pageStatements };
  } finally {
    await app.close();
  }
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function timed(n: number, run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times;
}

export const clientsSuite: Suite = {
  name: 'clients',
  async run(ctx: BenchContext): Promise<SuiteResult> {
    const seeded = await seed(ctx);
    const auth = await login(ctx.lotse.url, seeded.adminLogin);
    // The SQL alone: its own connection, prepared and planned like the read path's (generic plans).
    const direct = new pg.Client({
      connectionString: ctx.databaseUrl,
      options: '-c plan_cache_mode=force_generic_plan',
    });
    await direct.connect();
    const rows: string[][] = [];
    try {
      for (const [i, [label, search]] of SEARCHES.entries()) {
        const body = JSON.stringify({ query: LIST, variables: { filter: { search }, page: { first: 20 } } });
        const call = () =>
          fetch(ctx.lotse.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body }).then(
            (r) => r.json() as Promise<{ data?: { clients: { totalCount: number } } }>,
          );
        const check = await call();
        if (!check.data) throw new Error(`clients query failed: ${JSON.stringify(check).slice(0, 300)}`);
        const { statement, values } = seeded.pageStatements[i]!;
        const sql = () => direct.query({ name: statement.name, text: statement.text, values });
        await timed(20, call);
        await timed(20, sql);
        const api = await timed(SINGLE_RUNS, call);
        const alone = await timed(SINGLE_RUNS, sql);
        const sat = await autocannon({
          url: ctx.lotse.url,
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', ...auth },
          connections: 16,
          duration: 3,
        });
        if (sat.non2xx || sat.errors) throw new Error(`clients query: ${sat.non2xx} non-2xx, ${sat.errors} errors`);
        rows.push([
          label,
          String(check.data.clients.totalCount),
          pct(api, 0.5).toFixed(2),
          pct(api, 0.99).toFixed(2),
          pct(alone, 0.5).toFixed(2),
          `${(pct(api, 0.5) / pct(alone, 0.5)).toFixed(2)}×`,
          sat.requests.average.toFixed(0),
        ]);
      }
    } finally {
      await direct.end();
    }
    const perPage: string[] = [];
    for (const first of [1, 10, 100]) {
      const body = JSON.stringify({ query: LIST, variables: { page: { first } } });
      const counts: number[] = [];
      for (let i = 0; i < 5; i++) {
        const before = await ctx.lotse.stats();
        await fetch(ctx.lotse.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body });
        counts.push((await ctx.lotse.stats()).sql - before.sql);
      }
      perPage.push(`${first}: ${Math.min(...counts)}`);
    }
    return {
      title: `Client list of one organisation (${CLIENTS.toLocaleString('en')} clients, ${ORGANISATIONS} organisations of that size), as an admin`,
      header: ['query (page of 20)', 'matches', 'API p50 ms', 'API p99 ms', 'SQL alone p50 ms', 'API / SQL', 'req/s'],
      rows,
      notes: [
        `SQL statements per page (page size: statements, the fewest of five runs): ${perPage.join(', ')}`,
        'SQL alone: the same prepared page statement with the same values through `pg`, one connection, sequential.',
      ],
    };
  },
};
