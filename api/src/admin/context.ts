/**
 * What the admin commands run on: the configuration `npm start` reads, the same database (the
 * embedded cluster under DATA_DIR, or DATABASE_URL), migrated like at start, and the real mail path.
 * No HTTP server, no caches: a running server learns of the changes through PostgreSQL's change
 * notifications (migration 0900) like of any other write.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../config.js';
import { ensureDatabase, runningEmbeddedPostgres, startEmbeddedPostgres } from '../db/embedded.js';
import { initOrm, migrate, type Orm } from '../db/orm.js';
import { Jobs } from '../shared/jobs.js';
import { createLogger } from '../shared/logger.js';
import { MAIL_RETRY_JOB, MailService } from '../shared/mail.js';
import type { PlatformDeps } from '../modules/organisation/platform.service.js';
import { CliError } from './command.js';

export interface AdminContext extends PlatformDeps {
  config: Config;
  /** A fresh EntityManager (one per operation). */
  em(): EntityManager;
  /** Whether SMTP_URL is set (else mails stay in the outbox). */
  smtp: boolean;
  close(): Promise<void>;
}

export interface AdminOptions {
  /** The command sends mail: start the job queue so failed deliveries are retried. */
  mail?: boolean;
}

export async function openAdmin(opts: AdminOptions = {}): Promise<AdminContext> {
  // The commands sign no tokens, but mails seal their one-time links with a key derived from JWT_SECRET
  // (shared/mail-seal.ts), so a retry by the server can open them: use the server's secret (in
  // development the one kept in DATA_DIR, as `npm start` does). Where production lacks it, the commands
  // still run; an invitation whose first delivery fails is then retried without its link.
  const env = { ...process.env };
  if (!env.JWT_SECRET && env.NODE_ENV === 'production') env.JWT_SECRET = randomBytes(32).toString('hex');
  const config = loadConfig(env);
  // Logs go to stderr, quiet unless asked for: stdout is the command's answer.
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
  const closers: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const fn of closers.reverse()) await fn().catch((err: unknown) => log.warn({ err }, 'error during close'));
  };
  try {
    const url = await databaseUrl(config, closers);
    let orm: Orm;
    try {
      orm = await initOrm(url, { logger: () => {} });
      closers.push(() => orm.close(true));
      await migrate(orm);
    } catch (err) {
      // The first statement of a command: where an unreachable or refusing database shows.
      throw new CliError(`Cannot use the database at ${where(url)}: ${message(err).split('\n')[0]}`);
    }
    let jobs: Jobs | undefined;
    if (opts.mail && config.smtpUrl) {
      jobs = new Jobs(url, log);
      closers.push(() => jobs!.stop());
    }
    const mail = new MailService(
      orm,
      log,
      {
        smtpUrl: config.smtpUrl,
        from: config.mailFrom,
        jwtSecret: config.jwtSecret,
        previousJwtSecrets: config.previousJwtSecrets,
      },
      jobs,
    );
    closers.push(() => mail.close());
    if (jobs) {
      jobs.register<{ mailId: string }>(MAIL_RETRY_JOB, (data) => mail.deliver(data.mailId));
      await jobs.start();
    }
    return {
      config,
      log,
      mail,
      smtp: Boolean(config.smtpUrl),
      // Without PUBLIC_URL the server links to its listening address; the same default here.
      publicUrl: () => config.publicUrl ?? `http://localhost:${config.port}`,
      em: () => orm.em.fork() as EntityManager,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * DATABASE_URL, else the embedded cluster of DATA_DIR: the running one when `npm start` has it
 * (PostgreSQL allows one server per data directory), else started here and stopped at the end.
 */
async function databaseUrl(config: Config, closers: (() => Promise<unknown>)[]): Promise<string> {
  if (config.databaseUrl) return config.databaseUrl;
  const dir = path.join(config.dataDir, 'postgres');
  const running = runningEmbeddedPostgres(dir);
  if (running) {
    try {
      return await ensureDatabase(running.url, 'lotse');
    } catch (err) {
      throw new CliError(
        `Cannot reach the embedded PostgreSQL of ${config.dataDir} (process ${running.pid}, port ${running.port}): ${message(err)}. ` +
          'If no Lotse server is running, it may still be shutting down; try again.',
      );
    }
  }
  try {
    const embedded = await startEmbeddedPostgres({ dir });
    closers.push(() => embedded.stop());
    return await ensureDatabase(embedded.url, 'lotse');
  } catch (err) {
    throw new CliError(
      `Cannot start the embedded PostgreSQL in ${dir}: ${message(err).split('\n')[0]}. ` +
        'If `npm start` is starting right now, wait until it runs and try again; or set DATABASE_URL.',
    );
  }
}

/** Host, port and database of a URL: enough to recognise it, without the password. */
function where(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
