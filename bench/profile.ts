/**
 * `npm run bench:profile -- <case> [seconds]`: where one benchmark case spends its CPU time.
 *
 * Starts the Lotse bench server (as `npm run bench` does), warms one case up, profiles the server
 * (inspector) while driving the case at saturation, and prints the functions with the most self time, grouped by
 * package. Cases: typename, me, list, team-month; or any query as the bench admin with
 * `PROFILE_QUERY='{ … }' npm run bench:profile -- mine` (the case name is then just a label).
 * `PROFILE_CALLERS=fnA,fnB` also prints the call chains that lead to those functions (as for writev and GC).
 * `PROFILE_KIND=alloc` profiles allocations instead (V8's sampling heap profiler, collected objects
 * included) and prints KB allocated per request by function and package: garbage is what a
 * request's GC time follows, and unlike CPU samples the numbers barely move between runs.
 * Uses BENCH_DATABASE_URL when set, else an embedded PostgreSQL in a temporary directory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { login, offer } from './appointments.js';
import { benchDatabase } from './seed.js';
import { startServer } from './server-process.js';

/** Arguments: case, seconds of load (5), connections (32). */
const [caseName = 'list', secondsArg = '5', connectionsArg = '32'] = process.argv.slice(2);
const ALLOC = process.env.PROFILE_KIND === 'alloc';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const gqlBody = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

function cases(info: Record<string, unknown>): Record<string, { body: string; auth?: 'main' | 'team' }> {
  const now = Date.now();
  const month = { from: new Date(now).toISOString(), to: new Date(now + 30 * 864e5).toISOString() };
  const free = `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!) {
    freeSlots(organisationKey: $key, from: $from, to: $to) { counsellorId serviceId durationMinutes starts } }`;
  return {
    typename: { body: gqlBody('{ __typename }') },
    me: { body: gqlBody('{ me { id kind role counsellor { displayName } organisation { name } } }'), auth: 'main' },
    list: {
      body: gqlBody(
        `{ counsellors(page: { first: 20 }) { totalCount edges { cursor node { id displayName firstName lastName email role active avatarUrl languages descriptions { lang text } organisation { name timezone } } } } }`,
      ),
      auth: 'main',
    },
    'team-month': { body: gqlBody(free, { key: info.teamKey, ...month }) },
  };
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lotse-profile-'));
  const { url: databaseUrl, stop: stopDb } = await benchDatabase(path.join(tmp, 'pg'));
  const profFile = path.join(tmp, 'load.cpuprofile');
  const server = await startServer('Lotse', 'lotse.ts', { BENCH_DATABASE_URL: databaseUrl, DATABASE_URL: databaseUrl });
  const { info, url } = server;
  const c = process.env.PROFILE_QUERY
    ? { body: gqlBody(process.env.PROFILE_QUERY), auth: 'main' as const }
    : cases(info)[caseName];
  if (!c) throw new Error(`unknown case ${caseName}; one of ${Object.keys(cases(info)).join(', ')}`);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caseName === 'team-month') {
    const teamIds = info.teamIds as string[];
    await offer(url, await login(url, info.teamAdminLogin as string), teamIds, 8);
  }
  if (c.auth) {
    Object.assign(headers, await login(url, info[c.auth === 'main' ? 'adminLogin' : 'teamAdminLogin'] as string));
  }
  const check = await fetch(url, { method: 'POST', headers, body: c.body }).then((r) => r.text());
  if (check.includes('"errors"')) throw new Error(`case answers with errors: ${check.slice(0, 300)}`);
  // Warm-up (JIT, pools), then profile only the measured load.
  await autocannon({ url: url, method: 'POST', headers, body: c.body, connections: 8, duration: 2 });
  const before = await server.stats();
  await server.profile({ type: 'profile-start', alloc: ALLOC });
  const result = await autocannon({
    url: url,
    method: 'POST',
    headers,
    body: c.body,
    connections: Number(connectionsArg),
    duration: Number(secondsArg),
  });
  await server.profile({ type: 'profile-stop', file: profFile });
  const after = await server.stats();
  const n = result.requests.total;
  console.log(
    `${caseName}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, ` +
      `server CPU ${((after.cpuMicros - before.cpuMicros) / n).toFixed(0)} µs/req ` +
      `(system ${((after.systemMicros - before.systemMicros) / n).toFixed(0)}), ` +
      `SQL ${((after.sql - before.sql) / n).toFixed(2)}/req (under the profiler)`,
  );
  await server.stop();
  const profile: unknown = JSON.parse(readFileSync(profFile, 'utf8'));
  if (ALLOC) reportAllocations(profile as HeapProfile, n);
  else report(profile as CpuProfile);
  await stopDb();
  rmSync(tmp, { recursive: true, force: true });
}

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
interface HeapProfile {
  head: HeapNode;
}

/** Where functions and packages sit in the report: `function  file:line`, and the package of the file. */
function place(f: { functionName: string; url: string; lineNumber: number }): { key: string; pkg: string } {
  const file = f.url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ??
    (file ? (file.startsWith('node:') ? 'node' : 'lotse') : '(native)');
  return {
    key: `${f.functionName || '(anonymous)'}  ${file.replace(/.*node_modules\//, '')}:${f.lineNumber + 1}`,
    pkg,
  };
}

function reportAllocations(profile: HeapProfile, requests: number): void {
  const byFn = new Map<string, number>();
  const byPkg = new Map<string, number>();
  let total = 0;
  const walk = (n: HeapNode) => {
    if (n.selfSize) {
      const { key, pkg } = place(n.callFrame);
      byFn.set(key, (byFn.get(key) ?? 0) + n.selfSize);
      byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + n.selfSize);
      total += n.selfSize;
    }
    for (const c of n.children) walk(c);
  };
  walk(profile.head);
  const kb = (bytes: number) => `${(bytes / requests / 1024).toFixed(1).padStart(6)} KB`;
  console.log(`\nallocated per request: ${kb(total).trim()} (sampled every KB, collected objects included)`);
  console.log('\nby package');
  for (const [k, t] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${kb(t)}  ${k}`);
  console.log('\nby function');
  for (const [k, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${kb(t)}  ${k}`);
}

function report(profile: CpuProfile): void {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  const byPkg = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const t = self.get(n.id) ?? 0;
    if (!t) continue;
    total += t;
    const { key, pkg } = place(n.callFrame);
    byFn.set(key, (byFn.get(key) ?? 0) + t);
    byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
  }
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
  console.log('\nself time by package');
  for (const [k, t] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(t)}  ${k}`);
  console.log('\nself time by function');
  for (const [k, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${pct(t)}  ${k}`);

  // Who calls the native hot spots (three frames up).
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const callers = new Map<string, number>();
  // PROFILE_CALLERS=fnA,fnB adds functions to trace back to their callers.
  const hotSpots = ['writeBuffer', 'writev', '(garbage collector)', ...(process.env.PROFILE_CALLERS?.split(',') ?? [])];
  for (const n of profile.nodes) {
    const t = self.get(n.id) ?? 0;
    if (!t || !hotSpots.includes(n.callFrame.functionName)) continue;
    const chain: string[] = [];
    for (let p = parent.get(n.id); p && chain.length < 12; p = parent.get(p.id))
      chain.push(
        `${p.callFrame.functionName || '(anon)'}@${p.callFrame.url.split('/').slice(-1)[0]}:${p.callFrame.lineNumber + 1}`,
      );
    const key = `${n.callFrame.functionName} ← ${chain.join(' ← ')}`;
    callers.set(key, (callers.get(key) ?? 0) + t);
  }
  console.log('\ncallers of native hot spots');
  for (const [k, t] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${pct(t)}  ${k}`);

  // Inclusive time of the stages of a request (a function's own time plus its callees').
  const inclusive = new Map<number, number>();
  const total_ = (n: ProfileNode): number => {
    let t = inclusive.get(n.id);
    if (t !== undefined) return t;
    t = self.get(n.id) ?? 0;
    for (const c of n.children ?? []) t += total_(byId.get(c)!);
    inclusive.set(n.id, t);
    return t;
  };
  const stages = new Map<string, number>();
  const watch = process.env.PROFILE_STAGES?.split(',') ?? [
    'handleGraphQL',
    'createContext',
    'processGraphQLRequest',
    'parse',
    'validate',
    'execute',
    'executeFields',
    'prettyJSONStringify',
    'handleRowDescription',
    'handleDataRow',
    'garbage collector',
  ];
  const walk = (n: ProfileNode, inside: Set<string>) => {
    const name = n.callFrame.functionName.replace(/[()]/g, '');
    const counted = watch.includes(name) && !inside.has(name);
    if (counted) stages.set(name, (stages.get(name) ?? 0) + total_(n));
    const next = counted ? new Set(inside).add(name) : inside;
    for (const c of n.children ?? []) walk(byId.get(c)!, next);
  };
  walk(profile.nodes[0]!, new Set());
  console.log('\ninclusive time of request stages');
  for (const name of watch) console.log(`${pct(stages.get(name) ?? 0)}  ${name}`);
}

await main();
