/**
 * Row-change notifications from PostgreSQL (migration 0900): one dedicated connection LISTENs on
 * `lotse_changes` and hands `<table>:<id>` to the caches of this process. While the connection is
 * down nothing can be trusted to be fresh, so `live` is false (caches read through) and every cache
 * is cleared when it comes back.
 */
import pg from 'pg';
import type { Logger } from '../shared/logger.js';

type Listener = (id: string) => void;

export class ChangeFeed {
  private client: pg.Client | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly resets = new Set<() => void>();
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  /** Whether notifications are arriving (else caches must not serve). */
  live = false;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (msg) => {
      const payload = msg.payload ?? '';
      const at = payload.indexOf(':');
      if (at < 0) return;
      for (const fn of this.listeners.get(payload.slice(0, at)) ?? []) fn(payload.slice(at + 1));
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query('listen lotse_changes');
      this.client = client;
      this.reset();
      this.live = true;
    } catch (err) {
      this.log.warn({ err }, 'change feed: cannot listen, caches read through until it can');
      this.lost(client);
    }
  }

  /** Calls `fn(id)` for every change of a row of `table`. */
  on(table: string, fn: Listener): void {
    let set = this.listeners.get(table);
    if (!set) this.listeners.set(table, (set = new Set()));
    set.add(fn);
  }

  /** Calls `fn` whenever notifications may have been missed: caches clear themselves. */
  onReset(fn: () => void): void {
    this.resets.add(fn);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = false;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private reset(): void {
    for (const fn of this.resets) fn();
  }

  private lost(client: pg.Client): void {
    if (this.client && this.client !== client) return;
    this.client = null;
    this.live = false;
    this.reset();
    client.removeAllListeners('end');
    void client.end().catch(() => {});
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.start();
    }, 1000);
    this.retry.unref();
  }
}
