/**
 * Schema-aware fuzzing: every operation of the schema, as an anonymous visitor and as staff (an
 * admin of organisation A), with valid variables of which one to three places are replaced by
 * hostile values (see hostile.ts). Whatever is sent: never INTERNAL_SERVER_ERROR, never HTTP 5xx,
 * never an "unexpected error" in the log, and a mutation that is refused leaves every tenant table
 * as it was (row count and checksum of each).
 *
 * Reproducible: FUZZ_SEED fixes the values (printed with every failure), FUZZ_RUNS the runs per
 * operation and caller (default fits CI). The ids differ per run; the values and their places do not.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { captureLogs } from '../support/logs.js';
import { connectWs, type TestWs } from '../../api/src/modules/chat/chat.test-support.js';
import { documentFor, operations, type Operation } from './schema-operations.js';
import { validVariables } from './valid-arguments.js';
import { World } from './world.js';
import { hostileFor, materialise, slots, type Slot } from './hostile.js';
import { settleJobs, tenantSnapshot } from './tenant-snapshot.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const REPRODUCE = `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx vitest run tests/platform/fuzz.test.ts`;

let server: TestServer;
let world: World;
let otherIds: string[];
let ops: Operation[];
const logs = captureLogs('warn');
const sockets: TestWs[] = [];

beforeAll(async () => {
  server = await startTestServer({ trustProxyHops: 1 }, { logger: logs.logger });
  // FUZZ_ONLY=<regular expression> narrows the run to matching operations (to reproduce one).
  ops = (await operations()).filter((o) => new RegExp(process.env.FUZZ_ONLY ?? '').test(o.key));
  world = await World.build(server);
  const other = await World.build(server);
  [otherIds] = await Promise.all([other.allIds(), world.allIds()]);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

let calls = 0;
const nextIp = () => {
  calls++;
  return `10.${(calls >> 16) & 255}.${(calls >> 8) & 255}.${calls & 255}`;
};

type Caller = 'anonymous' | 'staff';
interface Answer {
  status: number;
  codes: string[];
  rejected: boolean;
  body: string;
}

async function post(op: Operation, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': nextIp(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: documentFor(op, Object.keys(variables)), variables }),
  });
  const body = await res.text();
  let parsed: { errors?: { extensions?: { code?: string } }[] } = {};
  try {
    parsed = JSON.parse(body);
  } catch {
    // Not JSON: the status decides.
  }
  const codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  return { status: res.status, codes, rejected: res.status >= 400 || codes.length > 0, body: body.slice(0, 500) };
}

/** The starting points (minimal and with every optional field) and their places. */
async function bases(op: Operation) {
  const minimal = await validVariables(op, world);
  const full = await validVariables(op, world, true);
  return [minimal, full].map((vars) => ({ vars, places: slots(op, vars) }));
}

function hostileVariables(b: Awaited<ReturnType<typeof bases>>) {
  return fc.integer({ min: 0, max: b.length - 1 }).chain((which) => {
    const { vars, places } = b[which]!;
    if (!places.length)
      // Nothing to vary: the call as it is, or with a variable the document does not declare.
      return fc.option(hostileFor({ path: ['unused'], kind: 'leaf', type: 'String' }, otherIds)).map((junk) => ({
        which,
        variables: junk === null ? vars : { ...vars, unused: junk },
        changed: [] as Slot['path'][],
      }));
    const change = fc
      .integer({ min: 0, max: places.length - 1 })
      .chain((i) => hostileFor(places[i]!, otherIds).map((value) => ({ slot: places[i]!, value })));
    return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
      let variables = vars;
      const changed: Slot['path'][] = [];
      for (const { slot, value } of changes) {
        try {
          variables = materialise(variables, slot.path, value);
          changed.push(slot.path);
        } catch {
          // An earlier change removed this place's parent; the others still apply.
        }
      }
      return { which, variables, changed };
    });
  });
}

/** Outcomes by caller and code, printed with FUZZ_STATS=1 (to see what the values reached). */
const tally = new Map<string, number>();
afterAll(() => {
  if (process.env.FUZZ_STATS)
    console.info(
      [...tally]
        .sort()
        .map(([k, n]) => `${k}: ${n}`)
        .join('\n'),
    );
});

const unexpectedErrors = () => logs.entries().filter((e) => e.msg === 'unexpected error');
/** Unexpected errors logged while `run` ran (each with its request id and error, never data). */
async function newUnexpectedErrors(run: () => Promise<void>): Promise<unknown[]> {
  const before = unexpectedErrors().length;
  await run();
  return unexpectedErrors().slice(before);
}

async function fuzz(op: Operation, caller: Caller) {
  const b = await bases(op);
  const token = caller === 'staff' ? (await world.newSession(world.a.admin)).accessToken : undefined;
  const checkState = op.kind === 'Mutation';
  let settle = true;
  await fc.assert(
    fc.asyncProperty(fc.noBias(hostileVariables(b)), async ({ variables }) => {
      if (checkState && settle) await settleJobs(server);
      const before = checkState ? await tenantSnapshot(server) : undefined;
      let answer!: Answer;
      const logged = await newUnexpectedErrors(async () => {
        answer = await post(op, variables, token);
      });
      const outcome = `${caller} ${answer.codes[0] ?? (answer.rejected ? answer.status : 'OK')}`;
      tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
      if (process.env.FUZZ_STATS === '2')
        console.info(op.key, caller, JSON.stringify(variables).slice(0, 300), answer.body.slice(0, 300));
      expect(answer.status, `${op.key} as ${caller}: ${answer.body}`).toBeLessThan(500);
      expect(answer.codes, `${op.key} as ${caller}: ${answer.body}`).not.toContain('INTERNAL_SERVER_ERROR');
      expect(logged, `${op.key} as ${caller}: logged an unexpected error`).toEqual([]);
      settle = !answer.rejected;
      if (checkState && answer.rejected) {
        const after = await tenantSnapshot(server);
        const changed = Object.keys(after).filter((t) => after[t] !== before![t]);
        expect(changed, `${op.key} as ${caller} was refused (${answer.codes}) but changed these tables`).toEqual([]);
      }
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true, reporter: (d) => failure(d, op, caller) },
  );
}

function failure<T>(details: fc.RunDetails<T>, op: Operation, caller: Caller) {
  if (!details.failed) return;
  const example = JSON.stringify(details.counterexample)?.slice(0, 2000);
  throw new Error(
    `Fuzz failure in ${op.key} as ${caller} (seed ${SEED}, path ${details.counterexamplePath}). Reproduce: ${REPRODUCE}\n` +
      `Variables: ${example}\n${String(details.errorInstance)}`,
  );
}

async function fuzzSubscription(op: Operation, caller: Caller) {
  const b = await bases(op);
  const token = caller === 'staff' ? (await world.newSession(world.a.admin)).accessToken : undefined;
  const ws = connectWs(server, token);
  sockets.push(ws);
  await fc.assert(
    fc.asyncProperty(fc.noBias(hostileVariables(b)), async ({ variables }) => {
      let sub!: ReturnType<TestWs['subscribe']>;
      const logged = await newUnexpectedErrors(async () => {
        sub = ws.subscribe(documentFor(op, Object.keys(variables)), variables);
        await new Promise((r) => setTimeout(r, 100));
        sub.stop();
      });
      const errors = sub.errors.flat() as { extensions?: { code?: string }; closeCode?: number }[];
      expect(
        errors.map((e) => e.extensions?.code),
        op.key,
      ).not.toContain('INTERNAL_SERVER_ERROR');
      expect(
        errors.filter((e) => e.closeCode && e.closeCode !== 4400),
        op.key,
      ).toEqual([]);
      expect(logged, `${op.key} as ${caller}: logged an unexpected error`).toEqual([]);
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true, reporter: (d) => failure(d, op, caller) },
  );
}

describe(`fuzzing every operation (seed ${SEED}, ${RUNS} runs per operation and caller)`, () => {
  it('queries: never a server error', async () => {
    for (const op of ops.filter((o) => o.kind === 'Query'))
      for (const c of ['anonymous', 'staff'] as const) await fuzz(op, c);
  }, 150_000);

  it('subscriptions: never a server error, never a dropped socket', async () => {
    for (const op of ops.filter((o) => o.kind === 'Subscription'))
      for (const c of ['anonymous', 'staff'] as const) await fuzzSubscription(op, c);
  }, 60_000);

  it('mutations: never a server error, and refused ones change nothing', async () => {
    for (const op of ops.filter((o) => o.kind === 'Mutation'))
      for (const c of ['anonymous', 'staff'] as const) await fuzz(op, c);
  }, 300_000);
});
