/**
 * The authorization matrix: every Query, Mutation and Subscription field of the schema, called by
 * every caller of `CALLERS` with valid arguments that name organisation A's data, and the outcome
 * compared with the table kept in authorization-matrix.md. Any difference fails, and an ALLOW the
 * table does not say is reported first ("unexpected allow"). An operation or caller without its row
 * or column fails with how to regenerate the table (then review the diff like code).
 *
 * Mutations change what they touch, so after every call that was not refused the next one gets a
 * new world (fresh organisations A and B); refused calls change nothing (the fuzz test checks that),
 * so they share one. Subscriptions are classified by the handshake over graphql-ws.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { GraphQLClient, type GqlResult } from '../support/gql.js';
import { connectWs, type TestWs } from '../../api/src/modules/chat/chat.test-support.js';
import { documentFor, operations, type Operation } from './schema-operations.js';
import { validVariables } from './valid-arguments.js';
import { CALLERS, World, type Caller } from './world.js';
import { formatMatrix, parseMatrix, type Matrix } from './matrix-table.js';

const TABLE = fileURLToPath(new URL('./authorization-matrix.md', import.meta.url));
const REGENERATE = 'UPDATE_MATRIX=1 npx vitest run tests/platform/authorization-matrix.test.ts';
const UPDATE = process.env.UPDATE_MATRIX === '1';

let server: TestServer;
let ops: Operation[];
const actual: Matrix = new Map();
const sockets: TestWs[] = [];

beforeAll(async () => {
  // Each call comes from its own address (X-Forwarded-For), so per-IP throttles do not decide cells.
  server = await startTestServer({ trustProxyHops: 1 });
  ops = await operations();
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

/** The outcome of one call, as the table writes it. */
function classify(res: GqlResult, field: string): string {
  if (res.status >= 500) return `HTTP_${res.status}`;
  const code = res.errors?.[0]?.extensions?.code;
  if (res.errors?.length) return outcomeOf(code);
  return res.data && field in res.data ? 'ALLOW' : `HTTP_${res.status}`;
}

function outcomeOf(code: unknown): string {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return 'DENY';
    case 'BAD_USER_INPUT':
      return 'INPUT';
    case 'INTERNAL_SERVER_ERROR':
      return 'ERROR';
    default:
      return typeof code === 'string' ? code : 'NO_CODE';
  }
}

async function call(world: World, caller: Caller, op: Operation): Promise<string> {
  const session = await caller.session(world);
  const variables = await validVariables(op, world);
  const api = new GraphQLClient(`${server.url}/graphql`, session?.accessToken, { 'x-forwarded-for': nextIp() });
  const res = await api.request(documentFor(op, Object.keys(variables)), variables);
  return classify(res, op.name);
}

function record(op: Operation, caller: Caller, outcome: string) {
  const row = actual.get(op.key) ?? {};
  row[caller.name] = outcome;
  actual.set(op.key, row);
}

async function inParallel<T>(items: T[], width: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) await run(item);
    }),
  );
}

describe('authorization matrix', () => {
  it('queries: every caller, one world', async () => {
    const world = await World.build(server);
    for (const op of ops.filter((o) => o.kind === 'Query')) {
      for (const caller of CALLERS) record(op, caller, await call(world, caller, op));
    }
  }, 120_000);

  it('mutations: a fresh world after every call that went through', async () => {
    // Operations never share a world, so they run side by side without changing each other's cells.
    await inParallel(
      ops.filter((o) => o.kind === 'Mutation'),
      4,
      async (op) => {
        let world: World | undefined;
        for (const caller of CALLERS) {
          world ??= await World.build(server);
          const outcome = await call(world, caller, op);
          record(op, caller, outcome);
          if (!['DENY', 'NOT_FOUND', 'INPUT'].includes(outcome)) world = undefined;
        }
      },
    );
  }, 240_000);

  it('subscriptions: the handshake over graphql-ws', async () => {
    const world = await World.build(server);
    const subs = ops.filter((o) => o.kind === 'Subscription');
    await Promise.all(
      CALLERS.map(async (caller) => {
        const session = await caller.session(world);
        const ws = connectWs(server, session?.accessToken);
        sockets.push(ws);
        const started = [];
        for (const op of subs) {
          const variables = await validVariables(op, world);
          started.push({ op, sub: ws.subscribe(documentFor(op, Object.keys(variables)), variables) });
        }
        // Refusals arrive at once; what is still open after this is held (allowed).
        await new Promise((r) => setTimeout(r, 800));
        for (const { op, sub } of started) {
          const err = (sub.errors.flat() as { extensions?: { code?: string }; closeCode?: number }[])[0];
          const outcome = !err ? 'ALLOW' : err.closeCode ? `CLOSED_${err.closeCode}` : outcomeOf(err.extensions?.code);
          record(op, caller, outcome);
          sub.stop();
        }
      }),
    );
  }, 60_000);

  it('matches the table in authorization-matrix.md: no unexpected allow, no server error', async () => {
    const errors = [...actual].flatMap(([key, row]) =>
      Object.entries(row)
        .filter(([, o]) => o === 'ERROR' || o.startsWith('HTTP_5') || o === 'GRAPHQL_VALIDATION_FAILED')
        .map(([c, o]) => `${key} as ${c}: ${o}`),
    );
    expect(errors, 'calls with valid arguments must never fail inside the server').toEqual([]);
    if (UPDATE) {
      // In the house style already, so that the format check passes without another step.
      const options = (await prettier.resolveConfig(TABLE)) ?? {};
      writeFileSync(TABLE, await prettier.format(formatMatrix(actual, CALLERS, ops), { ...options, filepath: TABLE }));
      return;
    }
    const expected = parseMatrix(readFileSync(TABLE, 'utf8'));
    const problems: string[] = [];
    const missingCallers = CALLERS.filter((c) => !expected.callers.includes(c.name)).map((c) => c.name);
    if (missingCallers.length)
      problems.push(`The table has no column for caller(s) ${missingCallers.join(', ')}. Regenerate: ${REGENERATE}`);
    const unexpectedAllows: string[] = [];
    for (const op of ops) {
      const want = expected.rows.get(op.key);
      if (!want) {
        problems.push(`${op.key} has no row in the table. Regenerate it (${REGENERATE}) and review the new row.`);
        continue;
      }
      for (const caller of CALLERS) {
        const got = actual.get(op.key)?.[caller.name];
        const exp = want[caller.name];
        if (exp === undefined || got === exp) continue;
        if (got === 'ALLOW') unexpectedAllows.push(`${op.key} as ${caller.name}: ALLOW, table says ${exp}`);
        else problems.push(`${op.key} as ${caller.name}: ${got}, table says ${exp}`);
      }
    }
    for (const key of expected.rows.keys())
      if (!ops.some((o) => o.key === key))
        problems.push(`${key} is in the table but not in the schema: remove its row.`);
    expect(unexpectedAllows, 'unexpected allows').toEqual([]);
    expect(problems, `differences from the table (if intended: ${REGENERATE})`).toEqual([]);
  });
});
