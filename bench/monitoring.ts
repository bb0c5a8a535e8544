/**
 * Monitoring benchmark (issue 13): BENCH_MONITORINGS (default 1,000,000) monitorings in the bench
 * organisation, and a tenth as many in the team organisation beside it, seeded with generate_series.
 *
 * - Statistics: `monitoringStatistics` over the whole seeded period as the admin (every row of the
 *   organisation), against the same three aggregate statements (api/src/modules/monitoring/statistics.sql.ts)
 *   run directly through `pg`, side by side as the API runs them. Median of BENCH_MONITORING_RUNS
 *   sequential runs each after one warm-up; target ≥ 0.8× (the API adds little to the database's work).
 * - CSV export: rows/s of GET /api/monitoring/monitorings.csv against PostgreSQL's own
 *   `COPY (the export's select) TO STDOUT` of the same rows; target ≥ 0.3×. XLSX export
 *   (monitorings.xlsx) the same, once.
 * - Memory: a fresh Lotse process (so earlier suites' heaps do not hide or add anything) exports a
 *   tenth of the period once to warm up, then a tenth and the whole period as CSV, then as XLSX, its RSS
 *   sampled every 50 ms: flat means the peak for all rows is the peak for a tenth (ratio ≈ 1×).
 */
import pg from 'pg';
import { login } from './appointments.js';
import { startServer } from './server-process.js';
import type { BenchContext, BenchServer, Suite, SuiteResult } from './suites.js';
import { statisticsQueries } from '../api/src/modules/monitoring/statistics.sql.js';
import { exportLabels, monitoringExportSql } from '../api/src/modules/monitoring/export.service.js';

const COUNT = Number(process.env.BENCH_MONITORINGS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_MONITORING_RUNS ?? 5);
/** Two years of days: the statistics' month table has 24 rows. */
const DAYS = 730;
const FROM = '2025-01-01';
const TO = '2026-12-31';
/** A tenth of the period, for the export's second RSS reading. */
const TENTH_TO = '2025-03-14';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/** Clients, topics and monitorings (with topics for two in three) of one organisation, in SQL. */
async function seedOrganisation(db: pg.Client, organisationId: string, count: number, clients: number) {
  const { rows } = await db.query<{ n: string }>('select count(*) as n from monitoring where organisation_id = $1', [
    organisationId,
  ]);
  if (Number(rows[0]!.n) >= count) return;
  await db.query(
    `insert into account (id, created_at, updated_at, organisation_id, kind, login_name, pseudonym, client_number, role, active, salutation)
     select gen_random_uuid(), now(), now(), $1::uuid, 'CLIENT', 'mon.' || $1::text || '.' || i, 'Klient ' || i, lpad(i::text, 7, '0'), null, null, null
       from generate_series(1, $2::int) i`,
    [organisationId, clients],
  );
  await db.query(
    `insert into topic (id, created_at, updated_at, organisation_id, name)
     select gen_random_uuid(), now(), now(), $1, 'Beratungsfeld ' || i from generate_series(1, 8) i`,
    [organisationId],
  );
  // Counsellors and clients as arrays, picked by i; times to the millisecond (as the API writes them).
  await db.query(
    `with c as (select array_agg(id order by id) as ids from account where organisation_id = $1 and kind = 'STAFF'),
          k as (select array_agg(id order by id) as ids from account where organisation_id = $1 and kind = 'CLIENT')
     insert into monitoring (id, created_at, updated_at, organisation_id, counsellor_id, client_id, date,
                             duration_minutes, subject, channel, notes, request_data)
     select gen_random_uuid(), ts, ts, $1, c.ids[1 + i % cardinality(c.ids)], k.ids[1 + i % cardinality(k.ids)],
            date '${FROM}' + (i % ${DAYS}), 5 + i % 115, 'Beratungsgespräch ' || i,
            (array['VIDEO', 'CHAT', 'PHONE', 'ON_SITE', 'MAIL', null])[1 + i % 6]::monitoring_channel,
            case when i % 4 = 0 then 'Notiz zu Termin ' || i || '; weiter am Dienstag' end, '{}'
       from c, k, generate_series(1, $2::int) i,
            lateral (select date_trunc('milliseconds', timestamptz '${FROM}' + (i % ${DAYS}) * interval '1 day'
                                        + (i % 600) * interval '1 minute') as ts) t`,
    [organisationId, count],
  );
  await db.query(
    `with t as (select array_agg(id order by name) as ids from topic where organisation_id = $1)
     insert into monitoring_topic (monitoring_id, topic_id, organisation_id)
     select m.id, t.ids[1 + (abs(hashtext(m.id::text)) + n) % 8], $1
       from monitoring m, t, generate_series(0, 1) n
      where m.organisation_id = $1 and abs(hashtext(m.id::text)) % 3 > n`,
    [organisationId],
  );
}

async function seed(db: pg.Client, ctx: BenchContext): Promise<{ main: string; team: string }> {
  const org = async (key: unknown) =>
    (await db.query<{ id: string }>('select id from organisation where public_key = $1', [key])).rows[0]!.id;
  const main = await org(ctx.lotse.info.organisationKey);
  const team = await org(ctx.lotse.info.teamKey);
  const started = Date.now();
  await seedOrganisation(db, main, COUNT, Math.max(100, Math.round(COUNT / 100)));
  await seedOrganisation(db, team, Math.round(COUNT / 10), Math.max(10, Math.round(COUNT / 1000)));
  // As autovacuum would soon after a bulk load: planner statistics and the visibility map.
  await db.query('vacuum analyze monitoring, monitoring_topic, account, topic');
  console.log(`(monitoring bench: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { main, team };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** Median milliseconds of `RUNS` sequential runs after one warm-up. */
async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(fn)).ms);
  return median(times);
}

const STATS_QUERY = `query($period: StatisticsPeriodInput) { monitoringStatistics(period: $period) {
  figures { key value } tables { grouping rows { key count minutes } } } }`;

async function statistics(ctx: BenchContext, auth: Record<string, string>, pool: pg.Pool, organisationId: string) {
  const body = JSON.stringify({ query: STATS_QUERY, variables: { period: { from: FROM, to: TO } } });
  const api = async () => {
    const res = (await fetch(ctx.lotse.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body,
    }).then((r) => r.json())) as { data?: { monitoringStatistics: { figures: { key: string; value: number }[] } } };
    const total = res.data?.monitoringStatistics.figures.find((f) => f.key === 'MONITORINGS')?.value;
    if (total !== COUNT)
      throw new Error(`statistics counted ${total}, expected ${COUNT}: ${JSON.stringify(res).slice(0, 300)}`);
  };
  const q = statisticsQueries(organisationId, FROM, TO, null);
  const direct = async () => {
    // Unnamed, so PostgreSQL plans each for its values, as the API's are.
    const [grouped] = await Promise.all([
      pool.query({ text: q.grouped.text, values: q.params }),
      pool.query({ text: q.byTopic.text, values: q.params }),
      pool.query({ text: q.others.text, values: q.otherParams }),
    ]);
    const total = (grouped.rows as { g: number; count: number }[]).find((r) => r.g === 7)?.count;
    if (total !== COUNT) throw new Error(`direct statistics counted ${total}`);
  };
  const pgMs = await medianMs(direct);
  const apiMs = await medianMs(api);
  return { apiMs, pgMs };
}

/**
 * Downloads an export of the seeded period up to `to`, sampling the server's RSS; counts the CSV's
 * records (CRLF; the seed has no line breaks in cells), or for XLSX takes the expected count.
 */
async function download(
  server: BenchServer,
  auth: Record<string, string>,
  file: 'monitorings.csv' | 'monitorings.xlsx',
  to: string,
) {
  const origin = new URL(server.url).origin;
  const before = await server.stats();
  let peak = before.rss;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, (await server.stats()).rss);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const { ms, value } = await timed(async () => {
    const res = await fetch(`${origin}/api/monitoring/${file}?from=${FROM}&to=${to}`, { headers: auth });
    if (res.status !== 200) throw new Error(`export: ${res.status} ${await res.text()}`);
    let records = 0;
    let bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) records++;
    }
    return { rows: file.endsWith('.csv') ? records - 1 : to === TO ? COUNT : NaN, bytes };
  });
  sampling = false;
  await sampler;
  return { ms, rows: value.rows, bytes: value.bytes, rssBefore: before.rss, rssPeak: peak };
}

type Download = Awaited<ReturnType<typeof download>>;

/** Peak RSS of a tenth and of all rows on a fresh server, CSV then XLSX, after one warm-up export. */
async function memory(ctx: BenchContext, auth: Record<string, string>) {
  const env = { BENCH_DATABASE_URL: ctx.databaseUrl, DATABASE_URL: ctx.databaseUrl };
  const server = await startServer('Lotse (export memory)', 'lotse.ts', env);
  try {
    await download(server, auth, 'monitorings.csv', TENTH_TO);
    const csv = [await download(server, auth, 'monitorings.csv', TENTH_TO)];
    csv.push(await download(server, auth, 'monitorings.csv', TO));
    const xlsx = [await download(server, auth, 'monitorings.xlsx', TENTH_TO)];
    xlsx.push(await download(server, auth, 'monitorings.xlsx', TO));
    return { csv, xlsx, tenthRows: csv[0]!.rows };
  } finally {
    await server.stop();
  }
}

const rssRow = (label: string, [tenth, all]: Download[], tenthRows: number) => [
  label,
  `${mb(all!.rssBefore)} → ${mb(all!.rssPeak)} (${COUNT.toLocaleString('en')} rows)`,
  `${mb(tenth!.rssBefore)} → ${mb(tenth!.rssPeak)} (${tenthRows.toLocaleString('en')} rows)`,
  `${(all!.rssPeak / tenth!.rssPeak).toFixed(2)}×`,
  'flat (≈ 1×)',
];

/** PostgreSQL's COPY of the export's select to this client (the driver reads and drops the data). */
async function copy(db: pg.Client, organisationId: string) {
  const sql = monitoringExportSql((v) => db.escapeLiteral(v), organisationId, FROM, TO, null, exportLabels('de'));
  let bytes = 0;
  const onData = (msg: { chunk: Buffer }) => (bytes += msg.chunk.length);
  const connection = (db as unknown as { connection: NodeJS.EventEmitter }).connection;
  connection.on('copyData', onData);
  try {
    const { ms, value } = await timed(() => db.query(`copy (${sql}) to stdout`));
    return { ms, rows: value.rowCount ?? 0, bytes };
  } finally {
    connection.off('copyData', onData);
  }
}

export const monitoringSuite: Suite = {
  name: 'monitoring',
  async run(ctx: BenchContext): Promise<SuiteResult> {
    const db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 3 });
    try {
      const { main } = await seed(db, ctx);
      const auth = await login(ctx.lotse.url, String(ctx.lotse.info.adminLogin));
      const stats = await statistics(ctx, auth, pool, main);

      const copies = [];
      const exports = [];
      for (let i = 0; i < Math.max(1, Math.min(RUNS, 3)); i++) {
        copies.push(await copy(db, main));
        exports.push(await download(ctx.lotse, auth, 'monitorings.csv', TO));
      }
      for (const e of exports) if (e.rows !== COUNT) throw new Error(`export had ${e.rows} rows, expected ${COUNT}`);
      const mem = await memory(ctx, auth);
      const copyMs = median(copies.map((c) => c.ms));
      const exportMs = median(exports.map((e) => e.ms));
      const copyRps = (COUNT / copyMs) * 1000;
      const exportRps = (COUNT / exportMs) * 1000;
      const xlsxRps = (COUNT / mem.xlsx[1]!.ms) * 1000;
      const statsRatio = stats.pgMs / stats.apiMs;
      const exportRatio = exportRps / copyRps;
      const xlsxRatio = xlsxRps / copyRps;
      return {
        title: `Monitoring statistics and exports (${COUNT.toLocaleString('en')} monitorings in one organisation, ${Math.round(COUNT / 10).toLocaleString('en')} beside it)`,
        header: ['measure', 'Lotse', 'baseline', 'ratio', 'target'],
        rows: [
          [
            'statistics, whole organisation (ms, median)',
            stats.apiMs.toFixed(0),
            `${stats.pgMs.toFixed(0)} (same SQL via pg)`,
            `${statsRatio.toFixed(2)}×`,
            `≥ 0.8×: ${statsRatio >= 0.8 ? 'met' : 'NOT met'}`,
          ],
          [
            'CSV export (rows/s, median)',
            exportRps.toFixed(0),
            `${copyRps.toFixed(0)} (COPY TO STDOUT)`,
            `${exportRatio.toFixed(2)}×`,
            `≥ 0.3×: ${exportRatio >= 0.3 ? 'met' : 'NOT met'}`,
          ],
          [
            'XLSX export (rows/s, one run)',
            xlsxRps.toFixed(0),
            `${copyRps.toFixed(0)} (COPY TO STDOUT)`,
            `${xlsxRatio.toFixed(2)}×`,
            `≥ 0.3×: ${xlsxRatio >= 0.3 ? 'met' : 'NOT met'}`,
          ],
          rssRow('server RSS, CSV (before → peak)', mem.csv, mem.tenthRows),
          rssRow('server RSS, XLSX (before → peak)', mem.xlsx, mem.tenthRows),
        ],
        notes: [
          `CSV ${mb(exports[0]!.bytes)} and XLSX ${mb(mem.xlsx[1]!.bytes)} from Lotse, ${mb(copies[0]!.bytes)} from COPY (same columns; Lotse adds labels in the UI language and defuses formulas)`,
          `statistics: ${RUNS} sequential runs after a warm-up; CSV export and COPY: ${exports.length} alternating runs`,
          'RSS: a fresh server, one warm-up export of a tenth, then a tenth and all rows, CSV then XLSX',
        ],
      };
    } finally {
      await pool.end();
      await db.end();
    }
  },
};
