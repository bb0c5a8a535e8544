/**
 * Chat fan-out benchmark: Lotse's graphql-ws subscriptions against a bare `ws` broadcast, measured in
 * the same run with the same client code.
 *
 * - fan-out: one message to 1,000 subscribers of a stream, from the server's publish to the last
 *   frame at the clients (p50/p99 over many messages);
 * - burst: a burst of messages published back to back, deliveries per second at the clients;
 * - memory per idle subscribed connection with 5,000 connections (server RSS and heap+external).
 *
 * Each server runs in its own child process (`--expose-gc`), controlled over IPC; the publish instant
 * is taken in the server (Lotse: when the stream event is published, after the message is stored),
 * the arrival instant in this process, both as `performance.timeOrigin + performance.now()`.
 *
 * Use: `chatSuite` for bench/suites.ts (`extraSuites.push(chatSuite)`), or standalone
 * `npx tsx bench/chat.ts` (embedded PostgreSQL). Sizes: BENCH_CHAT_SUBSCRIBERS (1000),
 * BENCH_CHAT_IDLE (5000), BENCH_CHAT_MESSAGES (50), BENCH_CHAT_BURST (100).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import type { Suite, SuiteResult } from './suites.js';
import { startNodeOptions } from '../scripts/start-command.js';

const SELF = fileURLToPath(import.meta.url);
const SUBSCRIBERS = Number(process.env.BENCH_CHAT_SUBSCRIBERS ?? 1000);
const IDLE = Number(process.env.BENCH_CHAT_IDLE ?? 5000);
const MESSAGES = Number(process.env.BENCH_CHAT_MESSAGES ?? 50);
const BURST = Number(process.env.BENCH_CHAT_BURST ?? 100);
const JWT_SECRET = 'bench-chat-secret-bench-chat-secret-42';

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const MESSAGE_QUERY = `subscription($s: ID!) { chatMessageAdded(streamId: $s) {
  id streamId seq kind body createdAt clientMessageId sender { id kind displayName } } }`;
const BODY = 'Guten Tag! Ich wollte fragen, ob wir unser Gespräch von letzter Woche fortsetzen können.';

// ───────────────────────────── IPC between the bench and its servers ─────────────────────────────

type Request = { type: 'send'; seq?: number } | { type: 'burst'; count: number } | { type: 'mem' } | { type: 'stop' };
interface Ready {
  type: 'ready';
  url: string;
  /** Lotse: stream ids and one token per subscriber. */
  fanoutStream?: string;
  idleStream?: string;
  tokens?: string[];
}
type Reply =
  | { type: 'sent'; seq: number; t0: number }
  | { type: 'burst'; first: number; t0: number; count: number }
  | { type: 'mem'; rss: number; heap: number };

class ServerHandle {
  private waiting: ((r: Reply) => void)[] = [];
  constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readonly ready: Ready,
  ) {
    child.on('message', (m: Reply) => this.waiting.shift()?.(m));
  }
  ask<T extends Reply>(req: Request): Promise<T> {
    return new Promise((resolve) => {
      this.waiting.push(resolve as (r: Reply) => void);
      this.child.send(req);
    });
  }
  /** Asks the server to shut down cleanly, killing it if it has not exited after 10 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'stop' } satisfies Request);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

async function startChild(mode: 'bare' | 'lotse', env: Record<string, string>): Promise<ServerHandle> {
  const child = fork(SELF, [mode], {
    // Both servers run with the Node options of `npm start`; --expose-gc for the memory readings.
    execArgv: [...startNodeOptions(), '--expose-gc'],
    env: { ...process.env, ...env, NODE_ENV: 'production', LOG_LEVEL: 'silent', JWT_SECRET },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
    child.once('message', (m: Ready) => resolve(m));
  });
  child.removeAllListeners('exit');
  return new ServerHandle(mode === 'bare' ? 'bare ws broadcast' : 'Lotse graphql-ws', child, ready);
}

function memory(): { rss: number; heap: number } {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed + m.external + m.arrayBuffers };
}

/** Child: a bare `ws` server that broadcasts one pre-serialised frame per message to every client. */
async function bareServer(): Promise<void> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  let seq = 0;
  const broadcast = () => {
    seq += 1;
    const frame = JSON.stringify({
      id: '1',
      type: 'next',
      payload: {
        data: {
          chatMessageAdded: {
            id: randomUUID(),
            streamId: randomUUID(),
            seq,
            kind: 'TEXT',
            body: BODY,
            createdAt: new Date().toISOString(),
            clientMessageId: null,
            sender: { id: randomUUID(), kind: 'STAFF', displayName: 'Beraterin' },
          },
        },
      },
    });
    for (const c of wss.clients) c.send(frame);
    return seq;
  };
  process.on('message', (req: Request) => {
    if (req.type === 'send') {
      const t0 = now();
      process.send!({ type: 'sent', seq: broadcast(), t0 } satisfies Reply);
    } else if (req.type === 'burst') {
      const t0 = now();
      const first = seq + 1;
      for (let i = 0; i < req.count; i++) broadcast();
      process.send!({ type: 'burst', first, t0, count: req.count } satisfies Reply);
    } else if (req.type === 'mem') {
      process.send!({ type: 'mem', ...memory() } satisfies Reply);
    } else if (req.type === 'stop') process.exit(0);
  });
  process.send!({ type: 'ready', url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}` } satisfies Ready);
}

/** Child: Lotse, with an organisation, a counsellor, clients and two group streams. */
async function lotseServer(): Promise<void> {
  const { bootBenchLotse } = await import('./seed.js');
  const { Organisation } = await import('../api/src/modules/organisation/organisation.entity.js');
  const { Counsellor, StaffRole } = await import('../api/src/modules/staff/counsellor.entity.js');
  const { Client } = await import('../api/src/modules/client/client.entity.js');
  const { AccountKind } = await import('../api/src/modules/identity/account.entity.js');
  const { ChatStream } = await import('../api/src/modules/chat/chat-stream.entity.js');
  const { ChatStreamKind } = await import('../api/src/modules/chat/chat.enums.js');
  const { ChatMessageKind } = await import('../api/src/modules/chat/chat.enums.js');
  const { MessagesService } = await import('../api/src/modules/chat/messages.service.js');
  const { streamTopic } = await import('../api/src/modules/chat/chat.topics.js');
  const { insertMessage, newMessageView, announceMessage } = await import('../api/src/modules/chat/post-message.js');

  const app = await bootBenchLotse();
  const em = app.orm.em.fork();
  const stamp = Date.now().toString(36);
  const org = em.create(Organisation, { name: 'Chat bench', slug: `chat-bench-${stamp}` } as never);
  const counsellor = em.create(Counsellor, {
    organisation: org,
    kind: AccountKind.STAFF,
    loginName: `chat.bench.${stamp}`,
    role: StaffRole.COUNSELLOR,
    displayName: 'Beraterin',
  } as never);
  const clients = Array.from({ length: Math.max(SUBSCRIBERS, IDLE) }, (_, i) =>
    em.create(Client, {
      organisation: org,
      kind: AccountKind.CLIENT,
      loginName: `chat.bench.${stamp}.${i}`,
      pseudonym: `chat.bench.${stamp}.${i}`,
      clientNumber: String(i + 1).padStart(5, '0'),
    } as never),
  );
  const group = (name: string, size: number) =>
    em.create(ChatStream, {
      organisation: org,
      kind: ChatStreamKind.GROUP,
      name,
      createdBy: counsellor,
      memberCount: size + 1,
    } as never);
  const fanout = group('Fan-out', SUBSCRIBERS);
  const idle = group('Idle', IDLE);
  await em.flush();
  const conn = em.getConnection();
  const addMembers = async (stream: string, ids: string[]) => {
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      await conn.execute(
        `insert into "chat_member" ("id", "created_at", "updated_at", "organisation_id", "stream_id", "account_id", "last_read_seq")
         select gen_random_uuid(), now(), now(), ?, ?, a, 0 from unnest(?::uuid[]) as a`,
        [org.id, stream, `{${chunk.join(',')}}`],
      );
    }
  };
  await addMembers(fanout.id, [counsellor.id, ...clients.slice(0, SUBSCRIBERS).map((c) => c.id)]);
  await addMembers(idle.id, [counsellor.id, ...clients.slice(0, IDLE).map((c) => c.id)]);
  const tokens = await Promise.all(
    clients.map((c) =>
      app.app.tokens.signAccess({
        accountId: c.id,
        organisationId: org.id,
        kind: 'CLIENT',
        role: 'CLIENT',
        sessionId: randomUUID(),
        tokenVersion: 0,
      }),
    ),
  );

  // The publish instant of each message of the fan-out stream, taken where the stream event leaves.
  const published = new Map<number, number>();
  const pubSub = app.app.pubSub;
  const publish = pubSub.publish.bind(pubSub);
  const topic = streamTopic(fanout.id);
  pubSub.publish = ((t: string, payload: { type?: string; message?: { seq: number } }) => {
    if (t === topic && payload?.type === 'message') published.set(payload.message!.seq, now());
    return (publish as (t: string, p: unknown) => void)(t, payload);
  }) as typeof pubSub.publish;

  const post = async () => {
    const fork = app.orm.em.fork();
    const stream = await fork.findOneOrFail(ChatStream, fanout.id);
    const sender = await fork.findOneOrFail(Counsellor, counsellor.id);
    const m = await new MessagesService(fork, app.app).post(stream, sender, { kind: ChatMessageKind.TEXT, body: BODY });
    return m.seq;
  };
  process.on('message', (req: Request) => {
    void (async () => {
      if (req.type === 'send') {
        const seq = await post();
        process.send!({ type: 'sent', seq, t0: published.get(seq)! } satisfies Reply);
      } else if (req.type === 'burst') {
        // A burst: messages stored (one transaction), then announced back to back through the same
        // announce path as every message, so the clock measures fan-out, not inserts.
        const fork = app.orm.em.fork();
        const sender = await fork.findOneOrFail(Counsellor, counsellor.id);
        const ref = { id: fanout.id, organisationId: org.id };
        const m = { kind: ChatMessageKind.TEXT, body: BODY };
        const inserted = await fork.transactional(async (tx) => {
          const rows = [];
          for (let i = 0; i < req.count; i++) rows.push(await insertMessage(tx, ref, sender.id, m));
          return rows;
        });
        const views = inserted.map((row) => newMessageView(ref, row, sender, m));
        await Promise.all(views.map((view) => announceMessage(app.app, fork, view)));
        const first = views[0]!.seq;
        process.send!({ type: 'burst', first, t0: published.get(first)!, count: req.count } satisfies Reply);
      } else if (req.type === 'mem') {
        process.send!({ type: 'mem', ...memory() } satisfies Reply);
      } else if (req.type === 'stop') {
        await app.close();
        process.exit(0);
      }
    })();
  });
  process.send!({
    type: 'ready',
    url: app.url.replace(/^http/, 'ws') + '/graphql',
    fanoutStream: fanout.id,
    idleStream: idle.id,
    tokens,
  } satisfies Ready);
}

// ─────────────────────────────────────────── clients ───────────────────────────────────────────

/** Arrival bookkeeping shared by all sockets of one measurement: per sequence, frames and last arrival. */
class Arrivals {
  readonly count = new Map<number, number>();
  readonly last = new Map<number, number>();
  total = 0;
  lastAt = 0;
  record(frame: string): void {
    const match = /"seq":(\d+)/.exec(frame);
    if (!match) return;
    const seq = Number(match[1]);
    const at = now();
    this.count.set(seq, (this.count.get(seq) ?? 0) + 1);
    this.last.set(seq, at);
    this.total++;
    this.lastAt = at;
  }
  async until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`chat bench: timed out waiting for ${what}`);
      await sleep(2);
    }
  }
}

/** Opens `n` sockets; for Lotse each speaks graphql-transport-ws and subscribes to the stream. */
async function openClients(
  server: ServerHandle,
  n: number,
  stream: string | undefined,
  arrivals: Arrivals,
  tokenOffset = 0,
): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  const open = (i: number) =>
    new Promise<WebSocket>((resolve, reject) => {
      const lotse = !!stream;
      const ws = new WebSocket(server.ready.url, lotse ? 'graphql-transport-ws' : undefined, {
        perMessageDeflate: false,
      });
      ws.once('error', reject);
      ws.once('close', (code, reason) => reject(new Error(`socket ${i} closed: ${code} ${String(reason)}`)));
      ws.on('open', () => {
        if (!lotse) return resolve(ws);
        ws.send(
          JSON.stringify({
            type: 'connection_init',
            payload: { authorization: `Bearer ${server.ready.tokens![tokenOffset + i]}` },
          }),
        );
      });
      ws.on('message', (data) => {
        const text = String(data);
        if (text.startsWith('{"type":"connection_ack"')) {
          ws.send(
            JSON.stringify({ id: '1', type: 'subscribe', payload: { query: MESSAGE_QUERY, variables: { s: stream } } }),
          );
          resolve(ws);
          return;
        }
        if (text.includes('"type":"ping"')) {
          ws.send('{"type":"pong"}');
          return;
        }
        arrivals.record(text);
      });
    });
  for (let i = 0; i < n; i += 200) {
    const batch = await Promise.all(Array.from({ length: Math.min(200, n - i) }, (_, j) => open(i + j)));
    sockets.push(...batch);
  }
  return sockets;
}

async function closeClients(sockets: WebSocket[]): Promise<void> {
  await Promise.all(
    sockets.map(
      (ws) =>
        new Promise<void>((resolve) => {
          if (ws.readyState === ws.CLOSED) return resolve();
          ws.once('close', () => resolve());
          ws.terminate();
        }),
    ),
  );
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const median = (xs: number[]) => percentile(xs, 50);

interface FanoutResult {
  p50: number;
  p99: number;
  deliveriesPerSecond: number;
}

async function measureFanout(server: ServerHandle, stream: string | undefined): Promise<FanoutResult> {
  const arrivals = new Arrivals();
  const sockets = await openClients(server, SUBSCRIBERS, stream, arrivals);
  try {
    // Subscriptions become live asynchronously: wait until a probe message reaches every socket.
    let ready = false;
    for (let attempt = 0; attempt < 50 && !ready; attempt++) {
      const { seq } = await server.ask<Extract<Reply, { type: 'sent' }>>({ type: 'send' });
      await sleep(100);
      ready = (arrivals.count.get(seq) ?? 0) >= SUBSCRIBERS;
    }
    if (!ready) throw new Error(`${server.name}: not every subscriber received the probe`);
    for (let i = 0; i < 10; i++) {
      const { seq } = await server.ask<Extract<Reply, { type: 'sent' }>>({ type: 'send' });
      await arrivals.until(() => (arrivals.count.get(seq) ?? 0) >= SUBSCRIBERS, 10_000, 'warm-up');
    }

    const latencies: number[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const { seq, t0 } = await server.ask<Extract<Reply, { type: 'sent' }>>({ type: 'send' });
      await arrivals.until(() => (arrivals.count.get(seq) ?? 0) >= SUBSCRIBERS, 10_000, `message ${seq}`);
      latencies.push(arrivals.last.get(seq)! - t0);
      await sleep(10);
    }

    const before = arrivals.total;
    const burst = await server.ask<Extract<Reply, { type: 'burst' }>>({ type: 'burst', count: BURST });
    const expected = before + BURST * SUBSCRIBERS;
    await arrivals.until(() => arrivals.total >= expected, 60_000, 'burst');
    const deliveriesPerSecond = (BURST * SUBSCRIBERS) / ((arrivals.lastAt - burst.t0) / 1000);
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), deliveriesPerSecond };
  } finally {
    await closeClients(sockets);
  }
}

async function measureIdle(server: ServerHandle, stream: string | undefined): Promise<{ rss: number; heap: number }> {
  // Warm-up: the first connections also grow pools, JIT code and caches; that is not per connection.
  await closeClients(await openClients(server, Math.min(500, IDLE), stream, new Arrivals()));
  await sleep(500);
  const before = await server.ask<Extract<Reply, { type: 'mem' }>>({ type: 'mem' });
  const arrivals = new Arrivals();
  const sockets = await openClients(server, IDLE, stream, arrivals);
  try {
    await sleep(2000);
    const after = await server.ask<Extract<Reply, { type: 'mem' }>>({ type: 'mem' });
    return { rss: (after.rss - before.rss) / IDLE, heap: (after.heap - before.heap) / IDLE };
  } finally {
    await closeClients(sockets);
  }
}

/** Runs the whole comparison; `databaseUrl` is a migrated (or empty) Lotse database. */
export async function runChatBench(databaseUrl: string, rounds = 3): Promise<SuiteResult> {
  const bare = await startChild('bare', {});
  const lotse = await startChild('lotse', { BENCH_DATABASE_URL: databaseUrl, DATABASE_URL: databaseUrl });
  try {
    // Idle memory first, on fresh processes: later runs leave garbage that makes RSS deltas noisy.
    const bareIdle = await measureIdle(bare, undefined);
    const lotseIdle = await measureIdle(lotse, lotse.ready.idleStream);
    const results = new Map<string, FanoutResult[]>();
    for (let round = 1; round <= rounds; round++) {
      for (const [server, stream] of [
        [bare, undefined],
        [lotse, lotse.ready.fanoutStream],
      ] as const) {
        const r = await measureFanout(server, stream);
        results.set(server.name, [...(results.get(server.name) ?? []), r]);
      }
      process.stderr.write(`chat round ${round}/${rounds} done\n`);
    }
    const med = (name: string) => {
      const rs = results.get(name)!;
      return {
        p50: median(rs.map((r) => r.p50)),
        p99: median(rs.map((r) => r.p99)),
        deliveriesPerSecond: median(rs.map((r) => r.deliveriesPerSecond)),
      };
    };
    const b = med(bare.name);
    const l = med(lotse.name);
    const kb = (x: number) => (x / 1024).toFixed(1);
    const row = (name: string, m: FanoutResult, idle: { rss: number; heap: number }, ratio: boolean) => [
      name,
      m.p50.toFixed(2),
      m.p99.toFixed(2),
      ratio ? `${(m.p99 / b.p99).toFixed(2)}×` : '1.00×',
      m.deliveriesPerSecond.toFixed(0),
      ratio ? `${(m.deliveriesPerSecond / b.deliveriesPerSecond).toFixed(2)}×` : '1.00×',
      kb(idle.rss),
      kb(idle.heap),
    ];
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    return {
      title: `Chat fan-out (${SUBSCRIBERS} subscribers, ${MESSAGES} messages, bursts of ${BURST}; idle memory at ${IDLE} connections; median of ${rounds} rounds)`,
      header: [
        'case',
        'p50 ms',
        'p99 ms',
        'p99 vs bare',
        'burst deliveries/s',
        'vs bare',
        'KB/idle conn (RSS)',
        'KB/idle conn (heap+ext)',
      ],
      rows: [row(bare.name, b, bareIdle, false), row(lotse.name, l, lotseIdle, true)],
      notes: [
        `p99 ≤ 2× bare: ${met(l.p99 <= 2 * b.p99)} (${(l.p99 / b.p99).toFixed(2)}×)`,
        `burst ≥ 0.5× bare: ${met(l.deliveriesPerSecond >= 0.5 * b.deliveriesPerSecond)} (${(l.deliveriesPerSecond / b.deliveriesPerSecond).toFixed(2)}×)`,
        `≤ 32 KB per idle subscribed connection: ${met(Math.max(lotseIdle.rss, lotseIdle.heap) <= 32 * 1024)} (${kb(lotseIdle.rss)} KB RSS, ${kb(lotseIdle.heap)} KB heap+external)`,
        'Lotse stores every message before publishing it; the latency clock starts at the publish.',
      ],
    };
  } finally {
    await Promise.all([lotse.stop(), bare.stop()]);
  }
}

export const chatSuite: Suite = {
  name: 'chat',
  run: (ctx) => runChatBench(ctx.databaseUrl, ctx.rounds),
};

async function standalone(): Promise<void> {
  const { startEmbeddedPostgres } = await import('../api/src/db/embedded.js');
  const pg = (await import('pg')).default;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lotse-chat-bench-'));
  const db = await startEmbeddedPostgres({ dir: tmp, persistent: false });
  try {
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query('create database lotse_chat_bench');
    await admin.end();
    const result = await runChatBench(
      db.url.replace(/\/postgres$/, '/lotse_chat_bench'),
      Number(process.env.BENCH_ROUNDS ?? 3),
    );
    console.log(`\n## ${result.title}\n`);
    const widths = result.header.map((h, i) => Math.max(h.length, ...result.rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(line(result.header));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const r of result.rows) console.log(line(r));
    for (const n of result.notes ?? []) console.log(`- ${n}`);
  } finally {
    await db.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  const mode = process.argv[2];
  const run = mode === 'bare' ? bareServer() : mode === 'lotse' ? lotseServer() : standalone();
  run.then(
    () => {
      if (!mode) process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
