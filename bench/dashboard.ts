/**
 * Dashboard benchmark (issue "The staff dashboard"): the overview's query, exactly as the dashboard sends
 * it (its generated document), for a counsellor with 200 open mail requests and 50 chat streams, against
 * one with 5 requests and 5 streams: SQL statements per query must be the same for both (constant in the
 * list sizes), with throughput and latency beside them and bare Apollo's one-SQL query as the baseline.
 * Also reports the JavaScript the browser loads for the first screen (gzip), read from Vite's manifest.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DashboardHomeDocument } from '../dashboard/src/gql/graphql.js';
import { ensureBuilt } from '../widgets/build.js';
import { login } from './appointments.js';
import { BENCH_PASSWORD } from './seed.js';
import type { BenchContext, Suite, SuiteResult } from './suites.js';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

interface Seeded {
  bigLogin: string;
  smallLogin: string;
}

/** Two counsellors of one organisation: one with 200 open requests and 50 streams, one with 5 and 5. */
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
    const org = em.create(Organisation, { name: 'Dashboard bench', slug: `dashboard-bench-${stamp}` } as never);
    const hash = await hashPassword(BENCH_PASSWORD);
    const counsellor = (name: string) =>
      em.create(Counsellor, {
        organisation: org,
        kind: AccountKind.STAFF,
        loginName: `dashboard.${name}.${stamp}`,
        email: `dashboard.${name}.${stamp}@bench.local`,
        passwordHash: hash,
        role: StaffRole.COUNSELLOR,
        firstName: name,
        lastName: 'Bench',
        displayName: name,
      } as never);
    const big = counsellor('big');
    const small = counsellor('small');
    await em.flush();
    const conn = em.getConnection();
    // Clients, their open requests (some overdue), and a direct stream with unread messages each.
    const fill = async (owner: string, requests: number, streams: number, firstNumber: number) => {
      const clients = (await conn.execute(
        `insert into "account" ("id", "created_at", "updated_at", "organisation_id", "kind", "login_name", "pseudonym", "client_number",
           "role", "active", "salutation")
         select gen_random_uuid(), now(), now(), ?, 'CLIENT', ? || i, ? || i, lpad(i::text, 5, '0'), null, null, null
         from generate_series(?::int, ?::int) as i returning "id"`,
        [org.id, `${owner}.c`, `${owner}.c`, firstNumber, firstNumber + requests - 1],
      )) as { id: string }[];
      const ids = `{${clients.map((c) => c.id).join(',')}}`;
      await conn.execute(
        `insert into "mail_request" ("id", "created_at", "updated_at", "organisation_id", "client_id", "subject", "status",
           "counsellor_id", "request_data", "routed_by", "waiting_since", "last_message_at", "assigned_at", "message_count")
         select gen_random_uuid(), now() - n * interval '1 hour', now(), ?, c, 'Anfrage ' || n, 'ASSIGNED',
           ?, '[]', 'LEAST_LOADED', now() - n * interval '1 hour', now() - n * interval '1 hour', now(), 1
         from unnest(?::uuid[]) with ordinality as t(c, n)`,
        [org.id, owner, ids],
      );
      const streamIds = (await conn.execute(
        `insert into "chat_stream" ("id", "created_at", "updated_at", "organisation_id", "kind", "last_seq", "last_activity_at", "member_count")
         select gen_random_uuid(), now(), now(), ?, 'CLIENT', 3, now() - i * interval '1 minute', 2
         from generate_series(1, ?) as i returning "id"`,
        [org.id, streams],
      )) as { id: string }[];
      await conn.execute(
        `insert into "chat_member" ("id", "created_at", "updated_at", "organisation_id", "stream_id", "account_id", "last_read_seq")
         select gen_random_uuid(), now(), now(), ?, s, m, 1
         from unnest(?::uuid[]) with ordinality as t(s, n), lateral (values (?::uuid), ((?::uuid[])[n::int])) as v(m)`,
        [org.id, `{${streamIds.map((s) => s.id).join(',')}}`, owner, ids],
      );
    };
    await fill(big.id, 200, 50, 1);
    await fill(small.id, 5, 5, 1001);
    await conn.execute('analyze');
    return { bigLogin: big.loginName, smallLogin: small.loginName };
  } finally {
    await app.close();
  }
}

function homeBody(): string {
  const from = new Date();
  from.setHours(0, 0, 0, 0);
  const to = new Date(from.getTime() + 7 * 86_400_000);
  return JSON.stringify({
    query: String(DashboardHomeDocument),
    variables: { from: from.toISOString(), to: to.toISOString() },
  });
}

async function measure(ctx: BenchContext, auth: Record<string, string>, body: string) {
  const check = await fetch(ctx.lotse.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body,
  }).then((r) => r.json() as Promise<{ data?: { mine: { totalCount: number }; chatStreams: { edges: unknown[] } } }>);
  if (!check.data) throw new Error(`home query failed: ${JSON.stringify(check).slice(0, 300)}`);
  const before = await ctx.lotse.stats();
  const sat = await autocannon({
    url: ctx.lotse.url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...auth },
    connections: 16,
    duration: 3,
  });
  const after = await ctx.lotse.stats();
  if (sat.non2xx || sat.errors) throw new Error(`home query: ${sat.non2xx} non-2xx, ${sat.errors} errors`);
  return {
    requests: check.data.mine.totalCount,
    streams: check.data.chatStreams.edges.length,
    rps: sat.requests.average,
    p50: sat.latency.p50,
    p99: sat.latency.p99,
    sqlPerReq: await statementsPerQuery(ctx, auth, body),
    cpuPerReq: (after.cpuMicros - before.cpuMicros) / sat.requests.total,
  };
}

/**
 * SQL statements of one query, alone: the fewest of five sequential runs. Under load the counter also
 * takes in statements of requests still in flight when a run ends, and of background work (jobs).
 */
async function statementsPerQuery(ctx: BenchContext, auth: Record<string, string>, body: string): Promise<number> {
  const counts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = await ctx.lotse.stats();
    await fetch(ctx.lotse.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body }).then(
      (r) => r.arrayBuffer(),
    );
    const after = await ctx.lotse.stats();
    counts.push(after.sql - before.sql);
  }
  return Math.min(...counts);
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The dashboard's JavaScript for the first screen, gzip-compressed, from Vite's manifest: the entry
 * (login and shell) with the chunks it imports statically, and the same for the home screen's chunk,
 * which the router loads when a signed-in counsellor lands on `/dashboard`. Also the entry alone (what
 * the login page loads) and every chunk of the build, so a screen that slips back into the entry shows.
 */
async function firstScreenJs(): Promise<{
  login: { files: number; gzip: number };
  home: { files: number; raw: number; gzip: number };
  all: { files: number; gzip: number };
}> {
  await ensureBuilt({ widgets: false, dashboard: true });
  const dist = path.join(ROOT, 'widgets/dist/dashboard');
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const closure = (keys: string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const k of manifest[key]?.imports ?? []) visit(k);
    };
    keys.forEach(visit);
    return [...seen].map((k) => manifest[k]!.file);
  };
  const size = (files: string[]) => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(path.join(dist, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { files: files.length, raw, gzip };
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  const home = Object.keys(manifest).find((k) => manifest[k]!.src === 'src/home/home-view.ts');
  if (!entry || !home) throw new Error('dashboard manifest: no entry or no home screen chunk');
  const all = Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js'));
  return { login: size(closure([entry])), home: size(closure([entry, home])), all: size(all) };
}

export const dashboardSuite: Suite = {
  name: 'dashboard',
  async run(ctx: BenchContext): Promise<SuiteResult> {
    const seeded = await seed(ctx);
    const body = homeBody();
    const rows: string[][] = [];
    const results = [];
    for (const [label, loginName] of [
      ['200 requests, 50 streams', seeded.bigLogin],
      ['5 requests, 5 streams', seeded.smallLogin],
    ] as const) {
      const m = await measure(ctx, await login(ctx.lotse.url, loginName), body);
      results.push(m);
      rows.push([
        label,
        `${m.requests} / ${m.streams}`,
        m.rps.toFixed(0),
        ctx.oneQueryRps ? `${(m.rps / ctx.oneQueryRps).toFixed(2)}×` : 'n/a',
        m.p50.toFixed(1),
        m.p99.toFixed(1),
        m.cpuPerReq.toFixed(0),
        m.sqlPerReq.toFixed(2),
      ]);
    }
    const js = await firstScreenJs();
    const [big, small] = results;
    return {
      title: 'Dashboard overview query (the dashboard’s own document, as a counsellor)',
      header: [
        'counsellor',
        'requests / streams',
        'req/s',
        'vs Apollo { one }',
        'p50 ms',
        'p99 ms',
        'CPU µs/req',
        'SQL/req',
      ],
      rows,
      notes: [
        `SQL statements per query constant in the list sizes: ${
          big && small && Math.abs(big.sqlPerReq - small.sqlPerReq) < 0.05 ? 'yes' : 'NO'
        } (${big?.sqlPerReq.toFixed(2)} vs ${small?.sqlPerReq.toFixed(2)})`,
        `Dashboard JavaScript for the first screen (entry + home screen chunks, from Vite's manifest): ${js.home.files} file(s), ${(js.home.raw / 1024).toFixed(1)} KB, ${(js.home.gzip / 1024).toFixed(1)} KB gzip; login page alone ${(js.login.gzip / 1024).toFixed(1)} KB gzip; all ${js.all.files} chunks ${(js.all.gzip / 1024).toFixed(1)} KB gzip`,
      ],
    };
  },
};
