/**
 * Throttling counters shared by every API process: in Redis when REDIS_URL is set, otherwise in a
 * PostgreSQL table (never only in one process's memory).
 */
import pg from 'pg';
import { Redis } from 'ioredis';
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimited } from './errors.js';

export interface LimiterSpec {
  /** Distinguishes counters of different limiters in the shared store. */
  keyPrefix: string;
  /** Attempts allowed per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
  /** Seconds a key stays blocked once it used up its points. */
  blockDuration?: number;
}

export interface Limiter {
  /** Counts one attempt; throws RATE_LIMITED when the key has none left. */
  consume(key: string): Promise<void>;
  /** Throws RATE_LIMITED if the key is blocked now, without counting an attempt. */
  check(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

export interface LimiterFactory {
  create(spec: LimiterSpec): Promise<Limiter>;
  close(): Promise<void>;
}

export function createLimiterFactory(opts: { redisUrl?: string; databaseUrl: string }): LimiterFactory {
  let redis: Redis | undefined;
  let pool: pg.Pool | undefined;
  const build = async (spec: LimiterSpec): Promise<RateLimiterAbstract> => {
    if (opts.redisUrl) {
      redis ??= new Redis(opts.redisUrl, { enableOfflineQueue: true, maxRetriesPerRequest: 3 });
      return new RateLimiterRedis({ storeClient: redis, ...spec });
    }
    if (!pool) {
      pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 5 });
      // An idle connection dropped by the server (restart, shutdown) must not crash the process;
      // the pool replaces it on next use, and a failing query still reports to its caller.
      pool.on('error', () => {});
    }
    // The table is created by a migration, so no process races to create it.
    return new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      ...spec,
    });
  };
  return {
    async create(spec) {
      const limiter = await build(spec);
      const throwIfLimited = (res: unknown) => {
        if (res instanceof RateLimiterRes) throw rateLimited(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
        throw res;
      };
      return {
        consume: async (key) => {
          await limiter.consume(key).catch(throwIfLimited);
        },
        check: async (key) => {
          const res = await limiter.get(key);
          if (res && res.remainingPoints <= 0 && res.msBeforeNext > 0) throwIfLimited(res);
        },
        reset: async (key) => {
          await limiter.delete(key);
        },
      };
    },
    async close() {
      await Promise.allSettled([redis?.quit(), pool?.end()]);
    },
  };
}
