import { describe, expect, it } from 'vitest';
import { RowCache } from './row-cache.js';
import type { ChangeFeed } from '../db/change-feed.js';

/** The part of the change feed a cache uses, driven by hand. */
function feed() {
  const on = new Map<string, (id: string) => void>();
  const resets: (() => void)[] = [];
  const f = {
    live: true,
    on: (table: string, fn: (id: string) => void) => on.set(table, fn),
    onReset: (fn: () => void) => resets.push(fn),
    announce: (table: string, id: string) => on.get(table)?.(id),
    reset: () => resets.forEach((fn) => fn()),
  };
  return f;
}

const cache = (f: ReturnType<typeof feed>, ttlMs = 60_000, maxEntries = 100) =>
  new RowCache<string | null>(f as unknown as ChangeFeed, 'account', { ttlMs, maxEntries });

describe('RowCache', () => {
  it('serves a read until its row changes', async () => {
    const f = feed();
    const c = cache(f);
    let reads = 0;
    const load = async () => `v${++reads}`;
    expect(await c.get('a', load)).toBe('v1');
    expect(await c.get('a', load)).toBe('v1');
    f.announce('account', 'a');
    expect(c.peek('a')).toBeUndefined();
    expect(await c.get('a', load)).toBe('v2');
    f.announce('organisation', 'a'); // another table: no effect
    expect(c.peek('a')).toBe('v2');
  });

  it('does not store a read that raced with a change', async () => {
    const f = feed();
    const c = cache(f);
    let release!: () => void;
    const slow = c.get('a', () => new Promise<string>((resolve) => (release = () => resolve('old'))));
    f.announce('account', 'a'); // committed while the read was under way
    release();
    expect(await slow).toBe('old');
    expect(c.peek('a')).toBeUndefined();
  });

  it('reads through while the feed is down and forgets everything on a reset', async () => {
    const f = feed();
    const c = cache(f);
    await c.get('a', async () => 'v1');
    f.live = false;
    expect(c.peek('a')).toBeUndefined();
    expect(await c.get('a', async () => 'v2')).toBe('v2');
    f.reset();
    f.live = true;
    expect(c.peek('a')).toBeUndefined();
  });

  it('caches "no such row" too, expires entries and stays bounded', async () => {
    const f = feed();
    const c = cache(f, 0, 2);
    expect(await c.get('gone', async () => null)).toBeNull();
    await new Promise((r) => setTimeout(r, 2));
    expect(c.peek('gone')).toBeUndefined();
    const bounded = cache(f, 60_000, 2);
    await bounded.get('a', async () => 'a');
    await bounded.get('b', async () => 'b');
    await bounded.get('c', async () => 'c');
    expect(bounded.peek('a')).toBeUndefined();
    expect(bounded.peek('c')).toBe('c');
  });
});
