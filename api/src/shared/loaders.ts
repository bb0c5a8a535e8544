/**
 * Per-request memo: one DataLoader (or any per-request object) per GraphQL context and key, so the
 * rows of a page share one batched statement and a request never reads the same row twice.
 */
import type { Context } from './context.js';

const byContext = new WeakMap<Context, Map<string, unknown>>();

export function perRequest<T>(ctx: Context, key: string, create: () => T): T {
  let memo = byContext.get(ctx);
  if (!memo) byContext.set(ctx, (memo = new Map()));
  let value = memo.get(key) as T | undefined;
  if (value === undefined) memo.set(key, (value = create()));
  return value;
}
