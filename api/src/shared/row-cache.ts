/**
 * A process cache of hot rows (the login state of accounts, organisations) that is never stale
 * beyond what PostgreSQL has announced: entries are dropped on each change notification
 * (db/change-feed.ts) and by this process's own writes (`evict`), and the cache reads through while
 * the feed is down. A read that raced with a change is not stored (generation check). Entries also
 * expire after `ttlMs`, and the cache is cleared when it holds `maxEntries`.
 */
import type { ChangeFeed } from '../db/change-feed.js';

interface Entry<V> {
  value: V;
  expires: number;
}

export class RowCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private generation = 0;

  constructor(
    private readonly feed: ChangeFeed,
    table: string,
    private readonly opts: { ttlMs: number; maxEntries: number },
  ) {
    feed.on(table, (id) => this.evict(id));
    feed.onReset(() => this.clear());
  }

  /** The cached value, if fresh; never awaits. */
  peek(key: string): V | undefined {
    if (!this.feed.live) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** The cached value, else `load()`'s (stored unless a change arrived meanwhile). */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.peek(key);
    if (hit !== undefined) return hit;
    const generation = this.generation;
    const value = await load();
    this.store(key, value, generation);
    return value;
  }

  /** Stores a value read while the generation was `generation` (from `generationNow()`). */
  store(key: string, value: V, generation: number): void {
    if (generation !== this.generation || !this.feed.live) return;
    if (this.entries.size >= this.opts.maxEntries) this.entries.clear();
    this.entries.set(key, { value, expires: Date.now() + this.opts.ttlMs });
  }

  generationNow(): number {
    return this.generation;
  }

  /** Drops the row `id` (keys are row ids): a change announced, or made by this process. */
  evict(id: string): void {
    this.generation++;
    this.entries.delete(id);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
