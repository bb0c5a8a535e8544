/**
 * Prometheus metrics of one API process (prom-client): GraphQL operations and other HTTP routes
 * (rate and latency), WebSocket connections and subscriptions, background jobs (runs, failures, queue
 * depth), database pools, and Node's default process metrics. Served by http/metrics.ts.
 *
 * Off unless configured (metrics.settings.ts): then there is no registry and every hook is a null
 * check. On, a GraphQL request costs two `performance.now()` calls, a small record carried on
 * Apollo's request and one histogram observation (metrics-histogram.ts); the gauges (sockets,
 * pools, queues) are read when Prometheus scrapes, not kept up to date per event.
 *
 * Label values are bounded by construction, so no caller can grow the number of series: operations
 * are labelled by name only when the widgets or the dashboard send that name with that type
 * (graphql/known-operations.ts, generated), everything else as `(other)`; routes by their pattern
 * (`/files/:id`), never the path. No label ever carries variables, ids or anything a person typed.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { KNOWN_OPERATIONS } from '../graphql/known-operations.js';
import { SeriesHistogram, type HistogramSeries } from './metrics-histogram.js';

export type OperationType = 'query' | 'mutation' | 'subscription';

/** The label value of every operation the clients do not send under that name (and unnamed ones). */
export const OTHER_OPERATION = '(other)';
/** The route label of a request no route matched (404). */
export const UNMATCHED_ROUTE = '(unmatched)';

/** Seconds; requests here take around a millisecond, a slow one a second. */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds; jobs send mails and delete data in batches. */
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The two series of one operation, made once so that observing allocates nothing. */
interface OperationSeries {
  operation: string;
  ok: HistogramSeries;
  error: HistogramSeries;
}

/** The key under which a GraphQL-over-HTTP request carries its measure through Apollo (`request.http`). */
export const MEASURE = Symbol('lotse.metrics.measure');

/** What the Apollo plugin learns about a request's operation (http/graphql-http.ts). */
export interface OperationMeasure {
  /** Set once Apollo resolved the operation. */
  series: OperationSeries | null;
  /** The response carries errors. */
  failed: boolean;
}

/** Apollo's `request.http` of a measured request. */
export interface MeasuredRequest {
  [MEASURE]?: OperationMeasure;
}

/** A connection pool's use at one moment. */
export interface PoolStats {
  /** Open connections. */
  total: number;
  /** Open connections not in use. */
  idle: number;
  /** Callers waiting for a connection (for the pipelined read path: statements queued behind another). */
  waiting: number;
  /** The most connections the pool opens. */
  max: number;
}

/** Jobs of one queue by state, from pg-boss's table (the same for every process). */
export interface QueueStates {
  queue: string;
  /** Due and not yet picked up: the backlog. */
  waiting: number;
  /** Due later (scheduled, or waiting out a retry's backoff). */
  scheduled: number;
  active: number;
  /** Failed after all retries, until pg-boss archives them. */
  failed: number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operations: SeriesHistogram;
  private readonly routes: Histogram<'method' | 'route' | 'status'>;
  private readonly wsOperations: Counter<'operation' | 'type'>;
  private readonly jobRuns: Histogram<'queue'>;
  private readonly jobFailures: Counter<'queue'>;
  private readonly known = new Map<string, OperationSeries>();
  private readonly other: Record<OperationType | 'unknown', OperationSeries>;

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.operations = new SeriesHistogram(
      'lotse_graphql_operation_duration_seconds',
      'GraphQL operations over HTTP, from request to response: count and duration. operation: the name, if the widgets or the dashboard send it, else (other); outcome: error when the response carries errors.',
      REQUEST_BUCKETS,
      this.registry,
    );
    this.routes = new Histogram({
      name: 'lotse_http_request_duration_seconds',
      help: 'HTTP requests other than GraphQL operations (files, pages, widgets, health), by route pattern: count and duration.',
      labelNames: ['method', 'route', 'status'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.wsOperations = new Counter({
      name: 'lotse_graphql_ws_operations_total',
      help: 'GraphQL operations started over WebSocket (mostly subscriptions), by operation as for HTTP.',
      labelNames: ['operation', 'type'],
      registers,
    });
    this.jobRuns = new Histogram({
      name: 'lotse_job_duration_seconds',
      help: 'Background jobs run by this process: count and duration, failed runs included.',
      labelNames: ['queue'],
      buckets: JOB_BUCKETS,
      registers,
    });
    this.jobFailures = new Counter({
      name: 'lotse_jobs_failed_total',
      help: 'Background job runs in this process that failed (each is retried until its retries are used up).',
      labelNames: ['queue'],
      registers,
    });
    const series = (operation: string, type: string): OperationSeries => ({
      operation,
      ok: this.operations.seriesFor({ operation, type, outcome: 'ok' }),
      error: this.operations.seriesFor({ operation, type, outcome: 'error' }),
    });
    for (const [name, type] of KNOWN_OPERATIONS) this.known.set(name, series(name, type));
    this.other = {
      query: series(OTHER_OPERATION, 'query'),
      mutation: series(OTHER_OPERATION, 'mutation'),
      subscription: series(OTHER_OPERATION, 'subscription'),
      // Not parsed or not valid: no operation to name.
      unknown: series(OTHER_OPERATION, 'unknown'),
    };
  }

  /** The series of an operation: by its name only if the clients send that name with that type. */
  seriesOf(type: OperationType, name: string | undefined): OperationSeries {
    if (name !== undefined && KNOWN_OPERATIONS.get(name) === type) return this.known.get(name)!;
    return this.other[type];
  }

  /**
   * Counts a GraphQL-over-HTTP request and its duration. `failed`: the request failed outside
   * Apollo's plugins (a body that is not JSON, an HTTP error status).
   */
  observeOperation(measure: OperationMeasure, failed: boolean, seconds: number): void {
    const series = measure.series ?? this.other.unknown;
    this.operations.observe(failed || measure.failed ? series.error : series.ok, seconds);
  }

  /** Counts an operation started over WebSocket. */
  wsOperation(type: OperationType, name: string | undefined): void {
    this.wsOperations.inc({ operation: this.seriesOf(type, name).operation, type });
  }

  /** Counts a request to a route other than GraphQL, by its pattern (`/files/:id`). */
  observeRoute(method: string | undefined, route: string, status: number, seconds: number): void {
    const m = method && METHODS.has(method) ? method : 'other';
    this.routes.observe({ method: m, route, status: String(status) }, seconds);
  }

  /** Counts a finished job run. */
  jobDone(queue: string, failed: boolean, seconds: number): void {
    this.jobRuns.observe({ queue }, seconds);
    if (failed) this.jobFailures.inc({ queue });
  }

  /** Open sockets and running subscriptions, read at each scrape. */
  watchWebSocket(read: () => { connections: number; subscriptions: number }): void {
    const registers = [this.registry];
    new Gauge({
      name: 'lotse_ws_connections',
      help: 'Open GraphQL WebSocket connections to this process.',
      registers,
      collect() {
        this.set(read().connections);
      },
    });
    new Gauge({
      name: 'lotse_ws_subscriptions',
      help: 'Running GraphQL subscriptions on this process.',
      registers,
      collect() {
        this.set(read().subscriptions);
      },
    });
  }

  /** Connection pools by name (`orm`, `read`, `jobs`), read at each scrape. */
  watchPools(pools: Record<string, () => PoolStats>): void {
    const registers = [this.registry];
    const gauge = (field: keyof PoolStats, name: string, help: string) =>
      new Gauge({
        name,
        help,
        labelNames: ['pool'],
        registers,
        collect() {
          for (const [pool, read] of Object.entries(pools)) this.set({ pool }, read()[field]);
        },
      });
    gauge('total', 'lotse_db_pool_connections', 'Open database connections of this process, by pool.');
    gauge('idle', 'lotse_db_pool_idle_connections', 'Open database connections not in use, by pool.');
    gauge(
      'waiting',
      'lotse_db_pool_waiting',
      'Callers waiting for a database connection, by pool (read: statements queued behind another on its pipelined connection).',
    );
    gauge('max', 'lotse_db_pool_max_connections', 'The most database connections a pool opens.');
  }

  /**
   * Job queues by state, read from PostgreSQL at each scrape: the same numbers on every process of
   * a deployment. A failed read leaves the series out of that scrape (and is counted).
   */
  watchQueues(read: () => Promise<QueueStates[]>, onError: (err: unknown) => void): void {
    const registers = [this.registry];
    const readErrors = new Counter({
      name: 'lotse_job_queue_read_errors_total',
      help: 'Scrapes in which the job queue depth could not be read.',
      registers,
    });
    new Gauge({
      name: 'lotse_job_queue_jobs',
      help: 'Jobs per queue by state (waiting: due, not yet picked up; scheduled: due later; active; failed: after all retries, until archived). The same on every process.',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        this.reset();
        let rows: QueueStates[];
        try {
          rows = await read();
        } catch (err) {
          readErrors.inc();
          onError(err);
          return;
        }
        for (const { queue, ...states } of rows) {
          for (const [state, count] of Object.entries(states)) this.set({ queue, state }, count);
        }
      },
    });
  }

  /** The exposition text (Prometheus text format 0.0.4). */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
