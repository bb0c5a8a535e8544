/**
 * PostgreSQL restarted under load: clients keep sending chat messages while the cluster is stopped
 * (fast shutdown: every connection is cut) and started again on the same port. The API must answer
 * every request during the outage promptly with an error (no hang, no crash of the process), serve
 * again afterwards without being restarted itself, and every message it confirmed must be stored.
 *
 * This file runs its own embedded cluster in a temporary directory, since it stops it.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { captureLogs } from '../support/logs.js';
import { buildClient, buildCounsellor, buildOrganisation } from '../support/builders.js';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded.js';
import { apiAs } from '../../api/src/modules/mail-counselling/mail.test-support.js';
import { openStream } from '../../api/src/modules/chat/chat.test-support.js';

const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id seq } }`;
/** Longer than any answer may take; a request still open after this counts as hanging. */
const HANG_MS = 15_000;

let dir: string;
let cluster: EmbeddedDatabase;
let databaseUrl: string;
let server: TestServer;
const logs = captureLogs('warn');

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lotse-fault-pg-'));
  cluster = await startEmbeddedPostgres({ dir, persistent: true });
  databaseUrl = await ensureDatabase(cluster.url, 'lotse');
  server = await startTestServer({}, { databaseUrl, migrate: true, logger: logs.logger });
});
afterAll(async () => {
  await server?.close();
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Attempt {
  body: string;
  startedAt: number;
  ms: number;
  status: number;
  code?: string;
  reason?: string;
  requestId?: string;
  ok: boolean;
}

async function send(token: string, streamId: string, body: string): Promise<Attempt> {
  const startedAt = Date.now();
  try {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SEND, variables: { input: { streamId, body, clientMessageId: body } } }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const json = (await res.json()) as {
      data?: { sendChatMessage?: { id: string } };
      errors?: { extensions?: { code?: string; reason?: string; requestId?: string } }[];
    };
    return {
      body,
      startedAt,
      ms: Date.now() - startedAt,
      status: res.status,
      code: json.errors?.[0]?.extensions?.code,
      reason: json.errors?.[0]?.extensions?.reason,
      requestId: res.headers.get('x-request-id') ?? json.errors?.[0]?.extensions?.requestId,
      ok: !json.errors?.length && Boolean(json.data?.sendChatMessage?.id),
    };
  } catch (err) {
    return { body, startedAt, ms: Date.now() - startedAt, status: 0, code: (err as Error).name, ok: false };
  }
}

describe('PostgreSQL restarted under load', () => {
  it('answers during the outage, recovers without a restart, and loses no confirmed write', async () => {
    const org = await buildOrganisation(server);
    const counsellor = await buildCounsellor(server, org);
    const clients = await Promise.all([1, 2, 3, 4].map(() => buildClient(server, org)));
    const staff = await apiAs(server, counsellor);
    const writers = await Promise.all(
      clients.map(async (c) => {
        const stream = await openStream(staff, { clientId: c.id });
        return {
          token: (await apiAs(server, c)).token!,
          streamId: stream.id as string,
          prefix: `Vertraulich-${c.id.slice(0, 8)}`,
        };
      }),
    );

    const attempts: Attempt[] = [];
    let running = true;
    const load = writers.map(async (w) => {
      for (let i = 0; running; i++) {
        const a = await send(w.token, w.streamId, `${w.prefix}-${i}`);
        attempts.push(a);
        // During the outage answers come at once; do not spin.
        if (!a.ok) await new Promise((r) => setTimeout(r, 50));
      }
    });

    await new Promise((r) => setTimeout(r, 1500));
    const downAt = Date.now();
    await cluster.stop();
    await new Promise((r) => setTimeout(r, 2500));
    const upAt = Date.now();
    await cluster.start();
    // Keep the load on until requests have succeeded for a while after the restart.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && attempts.filter((a) => a.ok && a.startedAt > upAt).length < 40) {
      await new Promise((r) => setTimeout(r, 100));
    }
    running = false;
    await Promise.all(load);

    const during = attempts.filter((a) => a.startedAt >= downAt + 200 && a.startedAt < upAt);
    const after = attempts.filter((a) => a.startedAt > upAt);
    const summary = JSON.stringify({
      total: attempts.length,
      ok: attempts.filter((a) => a.ok).length,
      after: after.map((a) => `${a.status}/${a.code}/${a.ms}ms`).slice(0, 30),
      during: during.map((a) => `${a.status}/${a.code}/${a.reason}/${a.ms}ms`).slice(0, 20),
    });

    // What was answered before the outage went through (requests in flight at the stop may fail).
    expect(
      attempts.filter((a) => a.startedAt + a.ms < downAt).every((a) => a.ok),
      summary,
    ).toBe(true);
    // Every request got an answer: none hung until the client gave up, none was cut off.
    expect(
      attempts.filter((a) => a.status === 0).map((a) => `${a.code}/${a.ms}ms`),
      summary,
    ).toEqual([]);
    // During it: prompt error answers, no hang, no success that cannot have been stored.
    expect(during.length, summary).toBeGreaterThan(0);
    for (const a of during) {
      expect(a.ok, summary).toBe(false);
      expect(a.status, summary).toBe(503);
      expect(a.ms, summary).toBeLessThan(HANG_MS);
      // Said as what it is, so that a client can offer to try again.
      expect(a.reason, summary).toBe('DATABASE_UNAVAILABLE');
    }
    // The outage is logged as what it is, not as a bug. A request in flight at the stop may have
    // lost its connection between two statements of a transaction (knex then reports the
    // transaction as complete, which cannot be told from a mistake): those may be unexpected.
    const inFlight = new Set(
      attempts.filter((a) => a.startedAt <= downAt && a.startedAt + a.ms >= downAt).map((a) => a.requestId),
    );
    expect(
      logs
        .entries()
        .filter((e) => e.msg === 'unexpected error' && !inFlight.has(e.requestId as string))
        .map((e) => e.err),
    ).toEqual([]);
    expect(logs.entries().filter((e) => e.msg === 'database unavailable').length).toBeGreaterThan(0);
    // Nor does any statement bring a client's message into the log.
    expect(logs.text()).not.toContain('Vertraulich');
    // After it: the same process serves again; the last requests all succeed.
    expect(after.filter((a) => a.ok).length, summary).toBeGreaterThanOrEqual(40);
    const last = after.slice(-20);
    expect(
      last.every((a) => a.ok),
      summary,
    ).toBe(true);

    // Every confirmed message is stored, exactly once.
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ body: string }>('select body from chat_message where body = any($1)', [
        attempts.map((a) => a.body),
      ]);
      const stored = rows.map((r) => r.body);
      const confirmed = attempts.filter((a) => a.ok).map((a) => a.body);
      expect(
        confirmed.filter((b) => !stored.includes(b)),
        'confirmed but not stored',
      ).toEqual([]);
      expect(new Set(stored).size, 'stored twice').toBe(stored.length);
    } finally {
      await db.end();
    }
  }, 90_000);
});
