/**
 * Where the metrics are served, read from the environment once at boot (or `config.metrics` in
 * tests), validated with zod like config.ts:
 *
 * - `METRICS_PORT`: a listener of its own on `METRICS_HOST` (@default 127.0.0.1, so only the machine
 *   or the pod's network namespace reaches it), serving only `/metrics`; the public port has none.
 * - else `METRICS_TOKEN` alone: `/metrics` on the public port, for `Authorization: Bearer <token>` only.
 * - neither: metrics off, nothing collected.
 *
 * With both, the own listener also asks for the token.
 */
import { z } from 'zod';
import { ConfigError, type Config } from '../config.js';

export interface MetricsSettings {
  /** Port of the metrics listener; unset: `/metrics` on the public port (needs `token`). 0 picks a free port. */
  port?: number;
  /** Address the metrics listener binds to. @default '127.0.0.1' */
  host: string;
  /** Bearer token a scrape must present; at least 32 characters. */
  token?: string;
}

declare module '../config.js' {
  interface Config {
    /** Metrics exposure (METRICS_PORT, METRICS_HOST, METRICS_TOKEN); see shared/metrics.settings.ts. */
    metrics?: Partial<MetricsSettings>;
  }
}

const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const EnvSchema = z.object({
  METRICS_PORT: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(65535).optional()),
  METRICS_HOST: z.preprocess(blankIsUnset, z.string().trim().default('127.0.0.1')),
  METRICS_TOKEN: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .min(32, 'At least 32 characters, e.g. `openssl rand -hex 32`')
      .regex(/^[\x21-\x7e]+$/, 'Printable ASCII without spaces (it is sent in an HTTP header)')
      .optional(),
  ),
});

/** The metrics exposure, or null when metrics are off. Throws ConfigError naming the variable. */
export function metricsSettings(config: Config, env: NodeJS.ProcessEnv = process.env): MetricsSettings | null {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const settings: MetricsSettings = {
    port: e.METRICS_PORT,
    host: e.METRICS_HOST,
    token: e.METRICS_TOKEN,
    ...config.metrics,
  };
  if (settings.port === undefined && settings.token === undefined) return null;
  if (settings.port !== undefined && settings.port !== 0 && settings.port === config.port) {
    throw new ConfigError(
      'METRICS_PORT must differ from PORT (to serve metrics on the public port, set only METRICS_TOKEN).',
    );
  }
  return settings;
}
