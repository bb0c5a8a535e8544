/**
 * Access audit log benchmark (issue 16): what recording costs on the dashboard's client panel query
 * (the client with topics and primary counsellor, a page of notes, of documents and of monitorings),
 * as the bench organisation's admin. Two further Lotse children on the same database, one with
 * ACCESS_LOG=off, one with it on (the default), measured in alternating order within the same run:
 * sequential single requests (p50), throughput with BENCH_ACCESS_LOG_CONNECTIONS connections, CPU per
 * request, and SQL statements per request (with the log: one INSERT more, whatever the entries). The
 * panel's client has BENCH_ACCESS_LOG_RECORDS notes, documents and monitorings each (default 20).
 *
 * Every measured request with the log on writes four rows (profile, notes, documents, monitorings), so
 * the table grows through the run as it would in use; its size at the end is printed.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { startServer, type Server } from './server-process.js';
import type { BenchContext, Suite, SuiteResult } from './suites.js';

const RECORDS = Number(process.env.BENCH_ACCESS_LOG_RECORDS ?? 20);
const SINGLE = Number(process.env.BENCH_ACCESS_LOG_SINGLE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_ACCESS_LOG_CONNECTIONS ?? 16);

const PANEL = `query ClientPanel($id: ID!) {
  client(id: $id) { id pseudonym clientNumber status email phone contactHidden watched masterData { key value }
    topics { id name } primaryCounsellor { id displayName } }
  clientNotes(clientId: $id, page: { first: 20 }) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id body createdAt editedAt author { id displayName } mayEdit mayDelete } } }
  clientDocuments(clientId: $id, page: { first: 20 }) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id filename contentType size createdAt uploadedBy { id displayName } downloadPath mayDelete } } }
  monitorings(filter: { clientId: $id }, first: 20) { totalCount
    edges { node { id date durationMinutes subject channel createdAt } } } }`;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const median = (xs: number[]) => pct(xs, 0.5);

/** One client of the bench organisation with RECORDS notes, documents and monitorings by its admin. */
async function seed(ctx: BenchContext): Promise<string> {
  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; organisation_id: string }>(
      'select id, organisation_id from account where login_name = $1',
      [ctx.lotse.info.adminLogin],
    );
    const admin = rows[0]!;
    const org = admin.organisation_id;
    const client = randomUUID();
    const name = `panel.${client.slice(0, 8)}`;
    await db.query(
      `insert into account (id, created_at, updated_at, organisation_id, kind, login_name, pseudonym, client_number, master_data, email, primary_counsellor_id)
       values ($1, now(), now(), $2, 'CLIENT', $3, $3, $4, '{}', $5, $6)`,
      [client, org, name, client.slice(0, 8), `${name}@bench.local`, admin.id],
    );
    await db.query(
      `insert into client_note (id, created_at, updated_at, organisation_id, client_id, author_id, body)
       select gen_random_uuid(), now() - i * interval '1 hour', now(), $1, $2, $3, 'Gesprächsnotiz ' || i
         from generate_series(1, $4::int) i`,
      [org, client, admin.id, RECORDS],
    );
    await db.query(
      `with f as (
         insert into stored_file (id, created_at, updated_at, organisation_id, content_type, size, filename, sha256, data)
         select gen_random_uuid(), now(), now(), $1, 'application/pdf', 3, 'befund-' || i || '.pdf', repeat('a', 64), '\\x010203'
           from generate_series(1, $4::int) i returning id, filename)
       insert into client_document (id, created_at, updated_at, organisation_id, client_id, file_id, uploaded_by_id, filename, content_type, size)
       select gen_random_uuid(), now(), now(), $1, $2, f.id, $3, f.filename, 'application/pdf', 3 from f`,
      [org, client, admin.id, RECORDS],
    );
    await db.query(
      `insert into monitoring (id, created_at, updated_at, organisation_id, counsellor_id, client_id, date, duration_minutes, subject, request_data)
       select gen_random_uuid(), now(), now(), $1, $3, $2, current_date - i, 30 + i, 'Beratung ' || i, '{}'
         from generate_series(1, $4::int) i`,
      [org, client, admin.id, RECORDS],
    );
    await db.query('analyze');
    return client;
  } finally {
    await db.end();
  }
}

interface Measured {
  p50: number;
  rps: number;
  cpuPerReq: number;
  sqlPerReq: number;
}

async function measure(server: Server, body: string, auth: Record<string, string>): Promise<Measured> {
  const headers = { 'content-type': 'application/json', ...auth };
  const call = async () => {
    const res = await fetch(server.url, { method: 'POST', headers, body });
    const json = (await res.json()) as { data?: unknown; errors?: unknown };
    if (!json.data || json.errors) throw new Error(`access-log bench: ${JSON.stringify(json).slice(0, 300)}`);
  };
  const times: number[] = [];
  const before = await server.stats();
  for (let i = 0; i < SINGLE; i++) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  const afterSingle = await server.stats();
  const r = await autocannon({
    url: server.url,
    method: 'POST',
    body,
    headers,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  const after = await server.stats();
  if (r.non2xx || r.errors) throw new Error(`access-log bench: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return {
    p50: median(times),
    rps: r.requests.average,
    cpuPerReq: (after.cpuMicros - afterSingle.cpuMicros) / r.requests.total,
    sqlPerReq: (afterSingle.sql - before.sql) / SINGLE,
  };
}

export const accessLogSuite: Suite = {
  name: 'access-log',
  async run(ctx: BenchContext): Promise<SuiteResult> {
    const clientId = await seed(ctx);
    // The main Lotse child seeded the bench organisation; these two only serve it.
    const env = { BENCH_DATABASE_URL: ctx.databaseUrl, DATABASE_URL: ctx.databaseUrl, BENCH_SEED: 'false' };
    const off = await startServer('Lotse, access log off', 'lotse.ts', { ...env, ACCESS_LOG: 'off' });
    const on = await startServer('Lotse, access log on', 'lotse.ts', { ...env, ACCESS_LOG: 'on' });
    try {
      const body = JSON.stringify({ query: PANEL, variables: { id: clientId }, operationName: 'ClientPanel' });
      const results = { off: [] as Measured[], on: [] as Measured[] };
      // Warm-up on both (JIT, pools, caches), then alternating rounds.
      for (const s of [off, on]) await measure(s, body, ctx.auth);
      for (let round = 0; round < ctx.rounds; round++) {
        for (const s of round % 2 === 0 ? [off, on] : [on, off]) {
          results[s === on ? 'on' : 'off'].push(await measure(s, body, ctx.auth));
        }
      }
      const db = new pg.Client({ connectionString: ctx.databaseUrl });
      await db.connect();
      const logged = Number((await db.query('select count(*) as n from access_log')).rows[0].n);
      await db.end();
      const row = (label: string, key: keyof Measured, digits: number, better: 'lower' | 'higher') => {
        const a = median(results.off.map((m) => m[key]));
        const b = median(results.on.map((m) => m[key]));
        return [label, a.toFixed(digits), b.toFixed(digits), `${(b / a).toFixed(3)}×`, `${better} is better`];
      };
      return {
        title: `Access audit log: the client panel query (client, ${RECORDS} notes, documents and monitorings each, pages of 20), log off vs on`,
        header: ['measure', 'log off', 'log on', 'on / off', ''],
        rows: [
          row('single request p50 (ms)', 'p50', 2, 'lower'),
          row(`req/s (${CONNECTIONS} connections)`, 'rps', 0, 'higher'),
          row('CPU µs per request', 'cpuPerReq', 0, 'lower'),
          row('SQL statements per request', 'sqlPerReq', 2, 'lower'),
        ],
        notes: [
          `Medians of ${ctx.rounds} alternating rounds of ${SINGLE} sequential requests and ${SECONDS} s of load each, after a warm-up of both.`,
          `With the log on, each request adds four entries in one INSERT; the table held ${logged.toLocaleString('en')} entries at the end.`,
        ],
      };
    } finally {
      await Promise.all([off.stop(), on.stop()]);
    }
  },
};
