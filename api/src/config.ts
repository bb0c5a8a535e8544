/**
 * Configuration, read from the environment once at boot and validated with zod.
 *
 * In development (the default) missing secrets are generated once and kept in `DATA_DIR/secrets.json`
 * so that tokens survive restarts; in production (`NODE_ENV=production`) a missing secret stops the
 * start with a message naming the variable. No secret has a fallback value in code.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.string().url().optional())
  .optional();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./.lotse-data'),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  SMTP_URL: optionalUrl,
  PUBLIC_URL: optionalUrl,
  MAIL_FROM: z.string().default('Lotse <no-reply@lotse.local>'),
  OPERATOR_EMAIL: z.string().email().default('operator@lotse.local'),
  /** HS256 key for access tokens; at least 32 bytes of entropy. */
  JWT_SECRET: z.string().min(32).optional(),
  /**
   * Earlier JWT_SECRETs during a rotation (comma-separated): what was sealed with them (two-factor
   * secrets, queued mails) still opens, and is sealed again under JWT_SECRET when used.
   */
  JWT_SECRET_PREVIOUS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((x) => x.length >= 32), 'Each previous secret has at least 32 characters'),
  /** Lifetime of an access token in seconds. @default 900 (15 minutes) */
  ACCESS_TOKEN_TTL: z.coerce.number().int().min(30).max(3600).default(900),
  /** Lifetime of a refresh token family in seconds. @default 2592000 (30 days) */
  REFRESH_TOKEN_TTL: z.coerce
    .number()
    .int()
    .min(300)
    .default(30 * 24 * 3600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seed a demo organisation on an empty database. @default true outside production */
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  /**
   * Schema introspection and "Did you mean …?" hints in error messages: both tell any caller the
   * schema's names. @default true outside production (the IDE at /ide needs introspection)
   */
  GRAPHQL_INTROSPECTION: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  /** Jitsi (video) settings; without them platform video links use meet.jit.si rooms without tokens. */
  JITSI_DOMAIN: z.string().default('meet.jit.si'),
  JITSI_APP_ID: z.string().optional(),
  JITSI_APP_SECRET: z.string().min(16).optional(),
  /** Login attempts allowed per client IP in 15 minutes. @default 100 */
  LOGIN_IP_LIMIT: z.coerce.number().int().min(1).default(100),
  /** Slot reservations (holds) allowed per client IP in 10 minutes. @default 30 */
  RESERVE_IP_LIMIT: z.coerce.number().int().min(1).default(30),
  CHAT_MESSAGE_LIMIT: z.coerce.number().int().min(1).default(60),
  CHAT_TYPING_LIMIT: z.coerce.number().int().min(1).default(120),
  /**
   * The access audit log (staff reads and changes of client records). `off` only to measure what it
   * costs (the bench's second server); an organisation's data-protection duties need it on. @default on
   */
  ACCESS_LOG: z.enum(['on', 'off']).default('on'),
  /** Live subscriptions one WebSocket may hold at once. @default 50 */
  WS_SUBSCRIPTION_LIMIT: z.coerce.number().int().min(1).default(50),
  /** Live subscriptions one account may hold at once over all its sockets (per API process). @default 200 */
  WS_ACCOUNT_SUBSCRIPTION_LIMIT: z.coerce.number().int().min(1).default(200),
  /**
   * Number of reverse proxies in front of the API whose X-Forwarded-For entries are trusted for the
   * client IP (rate limits). @default 0 (use the socket address)
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /**
   * Days between `org delete` and the deletion of the organisation's data, during which
   * `org restore` undoes it. @default 30
   */
  ORGANISATION_DELETION_GRACE_DAYS: z.coerce
    .number({ message: 'Expected a whole number of days' })
    .int('Expected a whole number of days')
    .min(1, 'At least 1 day: an operator must be able to undo a deletion')
    .max(365)
    .default(30),
  /**
   * Webhooks may target http://localhost / 127.0.0.1 / [::1] and private-network addresses (tests and
   * development with a receiver on the same machine). Refused with NODE_ENV=production: there an
   * endpoint must be https and resolve to a public address (no SSRF into the operator's network).
   * @default true outside production
   */
  WEBHOOK_ALLOW_LOCAL: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  /** Seconds before a webhook's first retry; each further retry waits four times longer. @default 30 */
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Milliseconds one webhook delivery attempt may take (connect, send, answer). @default 10000 */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Maximum upload size in bytes. @default 10 MiB */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  smtpUrl?: string;
  publicUrl?: string;
  mailFrom: string;
  operatorEmail: string;
  jwtSecret: string;
  /** JWT_SECRET_PREVIOUS: older secrets whose seals still open (rotation). */
  previousJwtSecrets: string[];
  accessTokenTtl: number;
  refreshTokenTtl: number;
  logLevel: Env['LOG_LEVEL'];
  seedDemo: boolean;
  /** Introspection and field suggestions on (see GRAPHQL_INTROSPECTION). */
  introspection: boolean;
  jitsi: { domain: string; appId?: string; appSecret?: string };
  maxUploadBytes: number;
  loginIpLimit: number;
  reserveIpLimit: number;
  /** Chat messages per account per minute. */
  chatMessageLimit: number;
  /** Typing notices per account per minute. */
  chatTypingLimit: number;
  /** Record staff access to client records in the access audit log (ACCESS_LOG, default on). */
  accessLog: boolean;
  /** Live subscriptions per WebSocket, and per account over all its sockets of one process. */
  subscriptionLimits: { perSocket: number; perAccount: number };
  trustProxyHops: number;
  /** Days an organisation marked for deletion stays restorable (ORGANISATION_DELETION_GRACE_DAYS). */
  organisationDeletionGraceDays: number;
  /** Webhook delivery (WEBHOOK_ALLOW_LOCAL, WEBHOOK_RETRY_BASE_SECONDS, WEBHOOK_TIMEOUT_MS). */
  webhooks: { allowLocal: boolean; retryBaseSeconds: number; timeoutMs: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment. Throws ConfigError with every problem listed. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const production = e.NODE_ENV === 'production';

  let jwtSecret = e.JWT_SECRET;
  if (!jwtSecret) {
    if (production) {
      throw new ConfigError(
        'JWT_SECRET is required when NODE_ENV=production (at least 32 characters, e.g. `openssl rand -base64 48`).',
      );
    }
    jwtSecret = devSecrets(dataDir).jwtSecret;
  }
  if (production && e.WEBHOOK_ALLOW_LOCAL) {
    throw new ConfigError(
      'WEBHOOK_ALLOW_LOCAL must not be set when NODE_ENV=production: webhooks then go to public https addresses only.',
    );
  }
  if (production && !e.DATABASE_URL) {
    throw new ConfigError('DATABASE_URL is required when NODE_ENV=production.');
  }

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    mailFrom: e.MAIL_FROM,
    operatorEmail: e.OPERATOR_EMAIL,
    jwtSecret,
    previousJwtSecrets: e.JWT_SECRET_PREVIOUS,
    accessTokenTtl: e.ACCESS_TOKEN_TTL,
    refreshTokenTtl: e.REFRESH_TOKEN_TTL,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO ?? !production,
    introspection: e.GRAPHQL_INTROSPECTION ?? !production,
    jitsi: { domain: e.JITSI_DOMAIN, appId: e.JITSI_APP_ID, appSecret: e.JITSI_APP_SECRET },
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    loginIpLimit: e.LOGIN_IP_LIMIT,
    reserveIpLimit: e.RESERVE_IP_LIMIT,
    chatMessageLimit: e.CHAT_MESSAGE_LIMIT,
    chatTypingLimit: e.CHAT_TYPING_LIMIT,
    accessLog: e.ACCESS_LOG === 'on',
    subscriptionLimits: { perSocket: e.WS_SUBSCRIPTION_LIMIT, perAccount: e.WS_ACCOUNT_SUBSCRIPTION_LIMIT },
    trustProxyHops: e.TRUST_PROXY_HOPS,
    organisationDeletionGraceDays: e.ORGANISATION_DELETION_GRACE_DAYS,
    webhooks: {
      allowLocal: e.WEBHOOK_ALLOW_LOCAL ?? !production,
      retryBaseSeconds: e.WEBHOOK_RETRY_BASE_SECONDS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
  };
}

/** Development secrets, generated on first use and kept (mode 0600) in the data directory. */
function devSecrets(dataDir: string): { jwtSecret: string } {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret?: string };
    if (stored.jwtSecret && stored.jwtSecret.length >= 32) return { jwtSecret: stored.jwtSecret };
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets = { jwtSecret: randomBytes(48).toString('base64url') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}
