/** The long-lived services of one API process, handed to resolvers through the request context. */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Sql } from '../db/sql.js';
import type { AccountStateRow } from './context.js';
import type { OrganisationRow } from '../modules/organisation/organisation.reads.js';
import type { RowCache } from './row-cache.js';
import type { ScheduleCache } from '../modules/appointments/availability.service.js';
import type { Logger } from './logger.js';
import type { TokenService } from './auth/tokens.js';
import type { MailService } from './mail.js';
import type { FileStorage } from './storage.js';
import type { Jobs } from './jobs.js';
import type { PubSub } from './pubsub.js';
import type { Limiter } from './rate-limit.js';
import type { Metrics } from './metrics.js';

export interface AppServices {
  config: Config;
  orm: MikroORM;
  /** Plain SQL with prepared statements for hot read paths (db/sql.ts); writes go through `orm`. */
  db: Sql;
  /** Hot rows cached per process, dropped on every change PostgreSQL announces (row-cache.ts). */
  caches: {
    /** The login state of accounts, read on every authenticated request. */
    accountState: RowCache<AccountStateRow | null>;
    /** Organisations (full lean rows, frozen), read by most responses. */
    organisations: RowCache<OrganisationRow | null>;
    /** Booking schedules, checked against their version on every use (availability.service.ts). */
    schedules: ScheduleCache;
  };
  log: Logger;
  tokens: TokenService;
  mail: MailService;
  storage: FileStorage;
  jobs: Jobs;
  pubSub: PubSub;
  limits: {
    /** Failed logins per account (login name or email). */
    loginAccount: Limiter;
    /** Login attempts per client IP. */
    loginIp: Limiter;
    /** Password-reset and registration requests per IP. */
    sensitiveIp: Limiter;
    /** Slot reservations per IP, so one visitor cannot hold a whole calendar. */
    reserveIp: Limiter;
    /** Chat messages per account, so one account cannot flood a stream. */
    chatMessage: Limiter;
    /** Typing notices per account (each one is fanned out to the stream). */
    chatTyping: Limiter;
  };
  /** Prometheus metrics of this process; unset when metrics are off (metrics.settings.ts). */
  metrics?: Metrics;
  /** Base URL for links in mails (PUBLIC_URL or the listening address). */
  publicUrl(): string;
}
