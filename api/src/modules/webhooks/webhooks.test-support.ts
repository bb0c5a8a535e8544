/**
 * A webhook receiver for tests: a local HTTP server that records every request per path and answers
 * with the statuses a test queues for that path (200 once the queue is empty).
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Statuses to answer on `path`, in order. */
  answer(path: string, ...statuses: number[]): void;
  on(path: string): Received[];
  /** Waits until `path` got `count` requests (or fails after `ms`). */
  waitFor(path: string, count?: number, ms?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const queued = new Map<string, number[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const status = queued.get(path)?.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 200 ? 'ok' : `receiver says ${status} ${'x'.repeat(500)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const on = (path: string) => received.filter((r) => r.path === path);
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (path, ...statuses) => queued.set(path, [...(queued.get(path) ?? []), ...statuses]),
    on,
    async waitFor(path, count = 1, ms = 15_000) {
      const until = Date.now() + ms;
      while (on(path).length < count) {
        if (Date.now() > until) throw new Error(`${path}: ${on(path).length} of ${count} requests after ${ms} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return on(path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What a receiver does (README "Webhooks"): recompute the HMAC of `timestamp.body` and compare. */
export function verify(secret: string, r: Received): boolean {
  const timestamp = String(r.headers['lotse-timestamp']);
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${r.body}`).digest('hex')}`;
  return r.headers['lotse-signature'] === expected;
}
