/**
 * Background jobs on PostgreSQL (pg-boss): hold expiry, reminders, deletion routine, overdue checks,
 * mail retries. Every API process works the queues; PostgreSQL hands each job to one of them.
 */
import PgBoss from 'pg-boss';
import type { Logger } from './logger.js';

export type JobHandler<T> = (data: T) => Promise<void>;

export interface SendOptions {
  /** Seconds from now, or an instant. */
  startAfter?: number | Date;
  /** Only one queued job per key (pg-boss singletonKey). */
  singletonKey?: string;
}

export class Jobs {
  private readonly boss: PgBoss;
  private started = false;
  private databaseStopping = false;
  private readonly handlers = new Map<string, JobHandler<never>>();

  constructor(
    connectionString: string,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({ connectionString, schema: 'pgboss', max: 5 });
    this.boss.on('error', (err: Error & { code?: string }) => {
      // 57P01: the server is shutting down (e.g. Ctrl-C reached the embedded PostgreSQL first).
      // Expected during shutdown, so one calm line instead of a stack trace per connection.
      if (err.code === '57P01') {
        if (!this.databaseStopping) this.log.info('job queue: database is shutting down');
        this.databaseStopping = true;
        return;
      }
      this.log.error({ err }, 'job queue error');
    });
  }

  /** Registers a handler; call before start(). */
  register<T>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler<never>);
  }

  async start(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const [name, handler] of this.handlers) {
      await this.boss.createQueue(name);
      await this.boss.work<never>(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(job.data);
          } catch (err) {
            this.log.error({ err, job: name, jobId: job.id }, 'job failed');
            throw err;
          }
        }
      });
    }
  }

  async send<T extends object>(name: string, data: T, opts: SendOptions = {}): Promise<string | null> {
    if (!this.started) throw new Error(`Job queue not started; cannot send ${name}`);
    return this.boss.send(name, data, {
      startAfter: opts.startAfter,
      singletonKey: opts.singletonKey,
      retryLimit: 3,
      retryBackoff: true,
    });
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 5000 });
    this.started = false;
  }
}
