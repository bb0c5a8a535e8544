/**
 * Background jobs on PostgreSQL (pg-boss): hold expiry, reminders, deletion routine, overdue checks,
 * mail retries. Every API process works the queues; PostgreSQL hands each job to one of them.
 */
import PgBoss from 'pg-boss';
import type { Logger } from './logger.js';
import type { PoolStats, QueueStates } from './metrics.js';

export type JobHandler<T> = (data: T) => Promise<void>;

export interface SendOptions {
  /** Seconds from now, or an instant. */
  startAfter?: number | Date;
  /** Only one queued job per key (pg-boss singletonKey). */
  singletonKey?: string;
}

/**
 * Jobs a worker fetches at once. pg-boss waits out the polling interval after every fetch, so with
 * its default of one a queue drained one job a second per process (a hundred notices: minutes).
 */
const BATCH_SIZE = 20;
/** Connections of pg-boss's pool. */
const JOB_POOL_SIZE = 5;

/** The counters of a `pg.Pool` (pg-boss's). */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export interface RegisterOptions {
  /** Five-field cron expression (UTC): pg-boss also sends the job on this schedule, once per tick for all processes. */
  cron?: string;
  /** Never two runs at once, in all processes together (e.g. a long scheduled run and the next tick). */
  oneAtATime?: boolean;
}

export class Jobs {
  private readonly boss: PgBoss;
  private started = false;
  private databaseStopping = false;
  private readonly handlers = new Map<string, JobHandler<never>>();
  private readonly options = new Map<string, RegisterOptions>();
  /** This process's pg-boss worker per queue. */
  private readonly workers = new Map<string, string>();
  private readonly schedules = new Map<string, string>();
  private onDone?: (queue: string, failed: boolean, seconds: number) => void;

  constructor(
    connectionString: string,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({ connectionString, schema: 'pgboss', max: JOB_POOL_SIZE });
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

  /** Calls `listener` after every job this process runs (metrics). */
  observe(listener: (queue: string, failed: boolean, seconds: number) => void): void {
    this.onDone = listener;
  }

  /**
   * Jobs per queue by state, for all processes (one statement over pg-boss's job table; completed
   * jobs are not counted, so it scans only what is queued, running or recently failed).
   */
  async queueStates(): Promise<QueueStates[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `select q.name as "queue",
         count(j.id) filter (where j.state < 'active' and j.start_after <= now())::int as "waiting",
         count(j.id) filter (where j.state < 'active' and j.start_after > now())::int as "scheduled",
         count(j.id) filter (where j.state = 'active')::int as "active",
         count(j.id) filter (where j.state = 'failed')::int as "failed"
       from pgboss.queue q
       left join pgboss.job j on j.name = q.name and j.state in ('created', 'retry', 'active', 'failed')
       group by q.name`,
      [],
    );
    return rows as QueueStates[];
  }

  /** Use of pg-boss's own connection pool. */
  poolStats(): PoolStats {
    const pool = (this.boss.getDb() as unknown as { pool?: PgPoolCounts }).pool;
    const total = pool?.totalCount ?? 0;
    return { total, idle: pool?.idleCount ?? 0, waiting: pool?.waitingCount ?? 0, max: JOB_POOL_SIZE };
  }

  /** Registers a handler; call before start(). */
  register<T>(name: string, handler: JobHandler<T>, opts: RegisterOptions = {}): void {
    this.handlers.set(name, handler as JobHandler<never>);
    this.options.set(name, opts);
  }

  /**
   * Sends job `name` (with empty data) on a cron schedule in UTC, e.g. `'17 * * * *'` for hourly;
   * call before start(). The schedule lives in PostgreSQL: however many processes run, each tick
   * sends one job.
   */
  schedule(name: string, cron: string): void {
    this.schedules.set(name, cron);
  }

  async start(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const [name, handler] of this.handlers) {
      const { cron, oneAtATime } = this.options.get(name) ?? {};
      // pg-boss's "stately" policy: at most one job of the queue queued and one running.
      await this.boss.createQueue(name, oneAtATime ? { name, policy: 'stately' } : undefined);
      const worker = await this.boss.work<never>(
        name,
        { pollingIntervalSeconds: 1, batchSize: BATCH_SIZE },
        async (jobs) => {
          for (const job of jobs) await this.runOne(name, handler, job.id, job.data);
          // A full batch suggests more are waiting: fetch again without the polling pause.
          if (jobs.length === BATCH_SIZE) this.fetchNow(name);
        },
      );
      this.workers.set(name, worker);
      // An upsert: every process sets the same schedule, pg-boss keeps one.
      if (cron) await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
    }
    for (const [name, cron] of this.schedules) {
      await this.boss.schedule(name, cron, {}, { tz: 'UTC', retryLimit: 3, retryBackoff: true });
    }
  }

  /**
   * Runs one job of a batch. Each job fails on its own: pg-boss fails, and so retries, the whole
   * batch when the handler throws, which would send the mails of the jobs that went well again.
   * After the batch pg-boss completes only the jobs still active, so a failed one keeps its retries.
   */
  private async runOne(name: string, handler: JobHandler<never>, id: string, data: never): Promise<void> {
    const started = performance.now();
    try {
      await handler(data);
      this.onDone?.(name, false, (performance.now() - started) / 1000);
    } catch (err) {
      this.onDone?.(name, true, (performance.now() - started) / 1000);
      this.log.error({ err, job: name, jobId: id }, 'job failed');
      // If even that fails (the database is gone), the batch fails as a whole and is retried.
      await this.boss.fail(name, id, { message: err instanceof Error ? err.message : String(err) });
    }
  }

  async send<T extends object>(name: string, data: T, opts: SendOptions = {}): Promise<string | null> {
    if (!this.started) throw new Error(`Job queue not started; cannot send ${name}`);
    const id = await this.boss.send(name, data, {
      startAfter: opts.startAfter,
      singletonKey: opts.singletonKey,
      retryLimit: 3,
      retryBackoff: true,
    });
    // A job due now is fetched at once by this process's worker, not at its next poll.
    if (id && opts.startAfter === undefined) this.fetchNow(name);
    return id;
  }

  /** Has this process's worker of `name` fetch at once instead of waiting out its polling interval. */
  private fetchNow(name: string): void {
    const worker = this.workers.get(name);
    if (worker) this.boss.notifyWorker(worker);
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 5000 });
    this.started = false;
    this.workers.clear();
  }
}
