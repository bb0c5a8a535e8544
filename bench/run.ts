/**
 * `npm run bench`: side-by-side HTTP benchmarks in one run.
 *
 * Servers run in child processes (so their CPU time is theirs alone); autocannon drives them from
 * this process. Each case is measured in 3 interleaved rounds (case A, B, C, A, B, C, …) and the
 * median is reported, because only ratios measured in the same run on these noisy machines mean
 * anything. Per case: throughput (req/s at saturation), p50/p99 latency at a fixed moderate rate,
 * server CPU µs per request and SQL statements per request, and ratios to the bare baselines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { BENCH_PASSWORD, benchDatabase } from './seed.js';
import { startServer, type Server } from './server-process.js';
import { extraSuites, type BenchContext, type SuiteResult } from './suites.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
/** The fixed "moderate" load for latency percentiles, in requests per second. */
const MODERATE_RATE = Number(process.env.BENCH_RATE ?? 200);

interface Case {
  name: string;
  server: Server;
  method: 'GET' | 'POST';
  path?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Checks one response before measuring, so a broken case never reports a number. */
  check?: (json: unknown) => boolean;
}

interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  cpuPerReq: number;
  sqlPerReq: number;
}

const gqlBody = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const hasData = (json: unknown) => {
  const j = json as { data?: unknown; errors?: unknown };
  return !!j && !!j.data && !j.errors;
};

async function fire(c: Case, opts: Omit<autocannon.Options, 'url'>): Promise<autocannon.Result> {
  return autocannon({
    url: c.server.url + (c.path ?? ''),
    method: c.method,
    body: c.body,
    headers: { 'content-type': 'application/json', ...c.headers },
    ...opts,
  });
}

async function measure(c: Case): Promise<Measurement> {
  const before = await c.server.stats();
  const sat = await fire(c, { connections: CONNECTIONS, duration: SECONDS });
  const after = await c.server.stats();
  const done = sat.requests.total;
  if (sat.non2xx > 0 || sat.errors > 0) throw new Error(`${c.name}: ${sat.non2xx} non-2xx, ${sat.errors} errors`);
  const lat = await fire(c, { connections: 10, duration: SECONDS, overallRate: MODERATE_RATE });
  return {
    rps: sat.requests.average,
    p50: lat.latency.p50,
    p99: lat.latency.p99,
    cpuPerReq: (after.cpuMicros - before.cpuMicros) / done,
    sqlPerReq: (after.sql - before.sql) / done,
  };
}

async function verify(c: Case): Promise<void> {
  const res = await fetch(c.server.url + (c.path ?? ''), {
    method: c.method,
    body: c.body,
    headers: { 'content-type': 'application/json', ...c.headers },
  });
  const json = await res.json();
  if (!res.ok || (c.check && !c.check(json)))
    throw new Error(`${c.name}: unexpected response ${JSON.stringify(json).slice(0, 300)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const started = Date.now();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-'));
  const { url: databaseUrl, stop: stopDb } = await benchDatabase(tmp);
  const env = { BENCH_DATABASE_URL: databaseUrl };
  const servers: Server[] = [];
  try {
    const bare = await startServer('bare node:http', 'bare-http.ts');
    const apollo = await startServer('Apollo standalone', 'apollo-standalone.ts', env);
    const lotse = await startServer('Lotse', 'lotse.ts', { ...env, DATABASE_URL: databaseUrl });
    servers.push(bare, apollo, lotse);

    const login = await fetch(lotse.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: gqlBody('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { login: lotse.info.adminLogin, password: BENCH_PASSWORD },
      }),
    }).then((r) => r.json() as Promise<{ data: { login: { accessToken: string } } }>);
    const auth = { authorization: `Bearer ${login.data.login.accessToken}` };
    const listQuery = (n: number) =>
      gqlBody(
        `{ counsellors(page: { first: ${n} }) { totalCount edges { cursor node { id displayName firstName lastName email role active avatarUrl languages descriptions { lang text } organisation { name timezone } } } } }`,
      );

    const cases: Case[] = [
      { name: 'bare node:http (fixed JSON)', server: bare, method: 'GET' },
      {
        name: 'Apollo standalone { hello }',
        server: apollo,
        method: 'POST',
        body: gqlBody('{ hello }'),
        check: hasData,
      },
      {
        name: 'Apollo standalone { one } (1 SQL)',
        server: apollo,
        method: 'POST',
        body: gqlBody('{ one }'),
        check: hasData,
      },
      { name: 'Lotse { __typename }', server: lotse, method: 'POST', body: gqlBody('{ __typename }'), check: hasData },
      {
        name: 'Lotse me (authenticated)',
        server: lotse,
        method: 'POST',
        body: gqlBody('{ me { id kind role counsellor { displayName } organisation { name } } }'),
        headers: auth,
        check: hasData,
      },
      {
        name: 'Lotse 20 counsellors (nested)',
        server: lotse,
        method: 'POST',
        body: listQuery(20),
        headers: auth,
        check: hasData,
      },
    ];
    const runnable: Case[] = [];
    for (const c of cases) {
      try {
        await verify(c);
        runnable.push(c);
      } catch (err) {
        console.warn(`skipping ${c.name}: ${(err as Error).message}`);
      }
    }
    // Warm-up: JIT, connection pools, identity of caches.
    for (const c of runnable) await fire(c, { connections: 8, duration: 1 });

    const results = new Map<string, Measurement[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      for (const c of runnable) {
        const m = await measure(c);
        results.set(c.name, [...(results.get(c.name) ?? []), m]);
      }
      process.stderr.write(`round ${round}/${ROUNDS} done\n`);
    }

    const med = (name: string): Measurement | undefined => {
      const ms = results.get(name);
      if (!ms) return undefined;
      return {
        rps: median(ms.map((m) => m.rps)),
        p50: median(ms.map((m) => m.p50)),
        p99: median(ms.map((m) => m.p99)),
        cpuPerReq: median(ms.map((m) => m.cpuPerReq)),
        sqlPerReq: median(ms.map((m) => m.sqlPerReq)),
      };
    };
    const bareM = med(cases[0]!.name)!;
    const helloM = med(cases[1]!.name)!;
    const oneM = med(cases[2]!.name);
    const rows = runnable.map((c) => {
      const m = med(c.name)!;
      return [
        c.name,
        m.rps.toFixed(0),
        (m.rps / bareM.rps).toFixed(2) + '×',
        (m.rps / helloM.rps).toFixed(2) + '×',
        m.p50.toFixed(1),
        m.p99.toFixed(1),
        m.cpuPerReq.toFixed(0),
        m.sqlPerReq.toFixed(2),
      ];
    });
    console.log(
      `\n## HTTP (median of ${ROUNDS} interleaved rounds, ${SECONDS}s each, ${CONNECTIONS} connections; latency at ${MODERATE_RATE} req/s)\n`,
    );
    printTable(
      ['case', 'req/s', 'vs bare http', 'vs Apollo hello', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'SQL/req'],
      rows,
    );

    // SQL statements per request must not grow with the page size.
    const sqlRows: string[][] = [];
    for (const n of [1, 10, 100]) {
      const c: Case = {
        name: `list ${n}`,
        server: lotse,
        method: 'POST',
        body: listQuery(n),
        headers: auth,
        check: hasData,
      };
      try {
        await verify(c);
        const before = await lotse.stats();
        const r = await fire(c, { connections: 4, amount: 100 });
        const after = await lotse.stats();
        sqlRows.push([String(n), ((after.sql - before.sql) / r.requests.total).toFixed(2)]);
      } catch (err) {
        sqlRows.push([String(n), `n/a (${(err as Error).message.slice(0, 60)})`]);
      }
    }
    console.log('\n## SQL statements per request by page size (counsellors list)\n');
    printTable(['page size', 'SQL/req'], sqlRows);

    const targets = [
      [
        'Lotse { __typename } ≥ 0.8× Apollo standalone',
        med('Lotse { __typename }'),
        (m: Measurement) => m.rps / helloM.rps >= 0.8,
      ],
      [
        'Lotse 20 counsellors ≥ 0.3× Apollo { hello }',
        med('Lotse 20 counsellors (nested)'),
        (m: Measurement) => m.rps / helloM.rps >= 0.3,
      ],
    ] as const;
    console.log('\n## Targets\n');
    for (const [label, m, ok] of targets) console.log(`- ${label}: ${m ? (ok(m) ? 'met' : 'NOT met') : 'n/a'}`);

    const ctx: BenchContext = { lotse, apollo, auth, oneQueryRps: oneM?.rps, rounds: ROUNDS, databaseUrl };
    // BENCH_SUITES=appointments,chat (or none) runs only those suites after the HTTP table.
    const only = process.env.BENCH_SUITES?.split(',').map((x) => x.trim());
    for (const suite of extraSuites.filter((x) => !only || only.includes(x.name))) {
      const result: SuiteResult = await suite.run(ctx);
      console.log(`\n## ${result.title}\n`);
      printTable(result.header, result.rows);
      for (const note of result.notes ?? []) console.log(`- ${note}`);
    }
    console.log(`\n(total ${(Date.now() - started) / 1000}s)`);
  } finally {
    // Children first: they hold connections to the database that stops next.
    await Promise.all(servers.map((s) => s.stop()));
    await stopDb();
    rmSync(tmp, { recursive: true, force: true });
  }
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
