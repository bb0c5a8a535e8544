/**
 * Metrics benchmark (issue 16): the cost of the Prometheus metrics on the HTTP path. Two more Lotse
 * children on the bench database, alike but for METRICS_TOKEN (metrics on, served at /metrics on the
 * public port), answer the HTTP table's Lotse cases in interleaved rounds (off, on, then on, off, …)
 * so that drift on a shared machine falls on both. Per case: req/s at saturation and server CPU µs
 * per request, and the on/off ratio of each; target: req/s on ≥ 0.97× off. Then the time and size
 * of a scrape after all that traffic, and the hooks' cost per request in isolation (in this process:
 * what the metrics add to one GraphQL request, against the same loop without them; the fastest of
 * five runs, which contention from other processes cannot make look cheaper than it is).
 */
import autocannon from 'autocannon';
import { startServer, type Server } from './server-process.js';
import type { BenchContext, Suite, SuiteResult } from './suites.js';
import { MEASURE, Metrics, type OperationMeasure } from '../api/src/shared/metrics.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const TOKEN = 'bench-metrics-token-0123456789abcdef0123';
/** req/s with metrics on, as a share of off. */
const TARGET = 0.97;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Measured {
  rps: number;
  cpuPerReq: number;
}

async function measure(server: Server, body: string, headers: Record<string, string>): Promise<Measured> {
  const before = await server.stats();
  const r = await autocannon({
    url: server.url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  const after = await server.stats();
  if (r.non2xx || r.errors) throw new Error(`metrics bench: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, cpuPerReq: (after.cpuMicros - before.cpuMicros) / r.requests.total };
}

/**
 * ns per GraphQL request of the metrics hooks as http/graphql-http.ts runs them: the measure carried
 * on Apollo's request, two clock reads, the label lookup, one observation.
 */
function hookCost(): number {
  const metrics = new Metrics();
  const N = 1_000_000;
  const names = ['DashboardMe', undefined, 'NotAClientOperation'];
  let sink = 0;
  const run = (withMetrics: boolean) => {
    const t = performance.now();
    for (let i = 0; i < N; i++) {
      if (withMetrics) {
        const started = performance.now();
        const measure: OperationMeasure = { series: null, failed: false };
        const request = { i, [MEASURE]: measure }; // Apollo's `request.http`
        request[MEASURE].series = metrics.seriesOf('query', names[i % 3]);
        metrics.observeOperation(measure, false, (performance.now() - started) / 1000);
        sink += request.i;
      } else {
        const request = { i };
        sink += request.i;
      }
    }
    return ((performance.now() - t) * 1e6) / N;
  };
  const best = (withMetrics: boolean) => Math.min(...Array.from({ length: 5 }, () => run(withMetrics)));
  const cost = best(true) - best(false);
  return sink < 0 ? 0 : cost;
}

export const metricsSuite: Suite = {
  name: 'metrics',
  async run(ctx: BenchContext): Promise<SuiteResult> {
    // The main Lotse child seeded the bench data; these two only serve it.
    const env = { BENCH_DATABASE_URL: ctx.databaseUrl, DATABASE_URL: ctx.databaseUrl, BENCH_SEED: 'false' };
    const off = await startServer('Lotse, metrics off', 'lotse.ts', { ...env, METRICS_TOKEN: '', METRICS_PORT: '' });
    const on = await startServer('Lotse, metrics on', 'lotse.ts', { ...env, METRICS_TOKEN: TOKEN, METRICS_PORT: '' });
    const metricsUrl = on.url.replace(/\/graphql$/, '/metrics');
    const rows: string[][] = [];
    const notes: string[] = [];
    try {
      const probe = async (url: string) => (await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } })).status;
      if ((await probe(off.url.replace(/\/graphql$/, '/metrics'))) !== 404 || (await probe(metricsUrl)) !== 200) {
        throw new Error('metrics bench: metrics are not off and on as intended');
      }
      const cases = [
        { name: '{ __typename } (unnamed)', body: JSON.stringify({ query: '{ __typename }' }), headers: {} },
        {
          name: 'query DashboardMe (a known name)',
          body: JSON.stringify({
            query: 'query DashboardMe { me { id kind role counsellor { displayName } organisation { name } } }',
          }),
          headers: ctx.auth,
        },
        {
          name: '20 counsellors (nested)',
          body: JSON.stringify({
            query:
              '{ counsellors(page: { first: 20 }) { totalCount edges { cursor node { id displayName firstName lastName email role active avatarUrl languages descriptions { lang text } organisation { name timezone } } } } }',
          }),
          headers: ctx.auth,
        },
      ];
      // Warm-up: JIT, pools, caches, on both.
      for (const c of cases) for (const s of [off, on]) await measure(s, c.body, c.headers);
      const results = new Map<string, { off: Measured[]; on: Measured[] }>(
        cases.map((c) => [c.name, { off: [], on: [] }]),
      );
      for (let round = 0; round < ctx.rounds; round++) {
        for (const c of cases) {
          const order = round % 2 === 0 ? ([off, on] as const) : ([on, off] as const);
          for (const s of order) {
            const m = await measure(s, c.body, c.headers);
            results.get(c.name)![s === on ? 'on' : 'off'].push(m);
          }
        }
      }
      let met = true;
      for (const c of cases) {
        const r = results.get(c.name)!;
        const rpsOff = median(r.off.map((m) => m.rps));
        const rpsOn = median(r.on.map((m) => m.rps));
        const cpuOff = median(r.off.map((m) => m.cpuPerReq));
        const cpuOn = median(r.on.map((m) => m.cpuPerReq));
        if (rpsOn / rpsOff < TARGET) met = false;
        rows.push([
          c.name,
          rpsOff.toFixed(0),
          rpsOn.toFixed(0),
          `${(rpsOn / rpsOff).toFixed(3)}×`,
          cpuOff.toFixed(0),
          cpuOn.toFixed(0),
          `${(cpuOn / cpuOff).toFixed(3)}×`,
        ]);
      }
      // A scrape after all that traffic: what Prometheus pays every interval.
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        const res = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
        bytes = (await res.arrayBuffer()).byteLength;
        times.push(performance.now() - t);
      }
      notes.push(
        `Target req/s with metrics ≥ ${TARGET}× without, every case: ${met ? 'met' : 'NOT met'} (median of ${ctx.rounds} interleaved rounds, ${SECONDS}s each, ${CONNECTIONS} connections).`,
        `The hooks alone: ${hookCost().toFixed(0)} ns per GraphQL request (1,000,000 in this process, fastest of 5, less the same loop without them).`,
        `A scrape of /metrics: ${median(times).toFixed(1)} ms (median of 20, one query of the job queues included), ${(bytes / 1024).toFixed(0)} KiB.`,
      );
    } finally {
      await Promise.all([off.stop(), on.stop()]);
    }
    return {
      title: 'Metrics on the HTTP path (the same Lotse with metrics off and on, interleaved)',
      header: ['case', 'req/s off', 'req/s on', 'on / off', 'CPU µs/req off', 'CPU µs/req on', 'CPU on / off'],
      rows,
      notes,
    };
  },
};
