/**
 * Timing of presence and WebSocket checks. Read from `config.realtime` (tests pass short values
 * through `startTestServer({ realtime: … })`) or else from the environment, validated once per app.
 *
 * Environment: PRESENCE_GRACE_SECONDS (@default 45), PRESENCE_HEARTBEAT_SECONDS (@default 15),
 * WS_AUTH_RECHECK_SECONDS (@default 30).
 */
import { z } from 'zod';
import type { Config } from '../../config.js';

export interface RealtimeSettings {
  /**
   * How long a counsellor stays shown online after their last connection closed or went silent, in
   * ms. Covers page reloads and short network drops. @default 45000
   */
  presenceGraceMs: number;
  /**
   * How often connections are pinged and their heartbeats written to the shared store, and how often
   * each process sweeps for counsellors whose grace ran out, in ms. Must be below the grace. @default 15000
   */
  heartbeatMs: number;
  /**
   * How often open sockets re-check that their account may still use its token (blocked, password
   * changed, sessions ended); a refused socket closes with 4403. @default 30000
   */
  authRecheckMs: number;
}

declare module '../../config.js' {
  interface Config {
    /** Presence and WebSocket timing; see modules/presence/realtime.settings.ts. */
    realtime?: Partial<RealtimeSettings>;
  }
}

const seconds = (fallback: number) => z.coerce.number().positive().max(3600).default(fallback);
const EnvSchema = z.object({
  PRESENCE_GRACE_SECONDS: seconds(45),
  PRESENCE_HEARTBEAT_SECONDS: seconds(15),
  WS_AUTH_RECHECK_SECONDS: seconds(30),
});

const cache = new WeakMap<Config, RealtimeSettings>();

export function realtimeSettings(config: Config, env: NodeJS.ProcessEnv = process.env): RealtimeSettings {
  const hit = cache.get(config);
  if (hit) return hit;
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid realtime settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const e = parsed.data;
  const settings: RealtimeSettings = {
    presenceGraceMs: e.PRESENCE_GRACE_SECONDS * 1000,
    heartbeatMs: e.PRESENCE_HEARTBEAT_SECONDS * 1000,
    authRecheckMs: e.WS_AUTH_RECHECK_SECONDS * 1000,
    ...config.realtime,
  };
  if (settings.heartbeatMs >= settings.presenceGraceMs) {
    throw new Error('Presence heartbeat interval must be shorter than the grace period');
  }
  cache.set(config, settings);
  return settings;
}
