/**
 * Boots one API process: database (embedded PostgreSQL unless a URL is given), migrations, job
 * queue, pub/sub, mail, schema, HTTP + WebSocket server. Tests and the CLI both call `bootstrap`,
 * so tests drive the real application.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig, type Config } from './config.js';
import { initOrm, migrate, type Orm } from './db/orm.js';
import { Sql } from './db/sql.js';
import { ChangeFeed } from './db/change-feed.js';
import { RowCache } from './shared/row-cache.js';
import { CacheEviction } from './shared/cache-eviction.js';
import { ScheduleCache } from './modules/appointments/availability.service.js';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.js';
import { createLogger, type Logger } from './shared/logger.js';
import { TokenService } from './shared/auth/tokens.js';
import { MailService, MAIL_RETRY_JOB } from './shared/mail.js';
import { PostgresFileStorage } from './shared/storage.js';
import { Jobs } from './shared/jobs.js';
import { createAppPubSub } from './shared/pubsub.js';
import { createLimiterFactory } from './shared/rate-limit.js';
import type { AppServices } from './shared/app.js';
import { createSchema } from './graphql/schema.js';
import { createApollo, securityRules } from './http/graphql-http.js';
import { createHttpServer } from './http/server.js';
import { attachWebSocket } from './http/websocket.js';
import { moduleRoutes } from './http/module-routes.js';
import { registerJobs } from './jobs.js';
import { seedDemo, type DemoLogins } from './seed/demo.js';
import { Metrics, type PoolStats } from './shared/metrics.js';
import { metricsSettings } from './shared/metrics.settings.js';
import { metricsHandler, startMetricsListener } from './http/metrics.js';

export interface BootstrapOptions {
  /** Overrides for the environment-derived configuration. */
  config?: Partial<Config>;
  /** Run migrations at start. @default true */
  migrate?: boolean;
  logger?: Logger;
}

export interface App {
  url: string;
  port: number;
  app: AppServices;
  orm: Orm;
  /** Set when this start seeded the demo organisation. */
  demo: DemoLogins | null;
  /** Where the metrics are served, when they are on (the public port's `/metrics` or a listener of its own). */
  metricsUrl: string | null;
  close(): Promise<void>;
}

export async function bootstrap(opts: BootstrapOptions = {}): Promise<App> {
  const config: Config = { ...loadConfig(), ...opts.config };
  const log = opts.logger ?? createLogger(config.logLevel);
  const closers: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const fn of closers.reverse()) await fn().catch((err: unknown) => log.warn({ err }, 'error during shutdown'));
  };

  try {
    // Validated before anything starts, like the rest of the configuration.
    const metricsConfig = metricsSettings(config);
    let databaseUrl = config.databaseUrl;
    let embedded: EmbeddedDatabase | undefined;
    if (!databaseUrl) {
      log.info('starting embedded PostgreSQL');
      embedded = await startEmbeddedPostgres({ dir: path.join(config.dataDir, 'postgres') });
      closers.push(() => embedded!.stop());
      databaseUrl = await ensureDatabase(embedded.url, 'lotse');
    }

    const orm = await initOrm(databaseUrl, { logger: (message) => log.debug({ orm: true }, message) });
    closers.push(() => orm.close(true));
    if (opts.migrate !== false) await migrate(orm);
    const db = new Sql(databaseUrl);
    closers.push(() => db.close());
    const changes = new ChangeFeed(databaseUrl, log);
    await changes.start();
    closers.push(() => changes.close());
    const caches: AppServices['caches'] = {
      accountState: new RowCache(changes, 'account', { ttlMs: 60_000, maxEntries: 100_000 }),
      organisations: new RowCache(changes, 'organisation', { ttlMs: 60_000, maxEntries: 10_000 }),
      schedules: new ScheduleCache(),
    };
    orm.em.getEventManager().registerSubscriber(new CacheEviction(caches));

    const jobs = new Jobs(databaseUrl, log);
    const { pubSub, close: closePubSub } = createAppPubSub(config.redisUrl);
    closers.push(closePubSub);
    const limiterFactory = createLimiterFactory({ redisUrl: config.redisUrl, databaseUrl });
    closers.push(() => limiterFactory.close());
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

    let listeningUrl = '';
    const app: AppServices = {
      config,
      orm,
      db,
      caches,
      log,
      tokens: new TokenService(config.jwtSecret, config.accessTokenTtl),
      mail,
      storage: new PostgresFileStorage(),
      jobs,
      pubSub,
      limits: {
        loginAccount: await limiterFactory.create({
          keyPrefix: 'login_acct',
          points: 5,
          duration: 15 * 60,
          blockDuration: 15 * 60,
        }),
        loginIp: await limiterFactory.create({
          keyPrefix: 'login_ip',
          points: config.loginIpLimit,
          duration: 15 * 60,
          blockDuration: 15 * 60,
        }),
        sensitiveIp: await limiterFactory.create({ keyPrefix: 'sensitive_ip', points: 20, duration: 60 * 60 }),
        reserveIp: await limiterFactory.create({
          keyPrefix: 'reserve_ip',
          points: config.reserveIpLimit,
          duration: 10 * 60,
        }),
        chatMessage: await limiterFactory.create({
          keyPrefix: 'chat_msg',
          points: config.chatMessageLimit,
          duration: 60,
        }),
        chatTyping: await limiterFactory.create({
          keyPrefix: 'chat_typing',
          points: config.chatTypingLimit,
          duration: 60,
        }),
      },
      publicUrl: () => config.publicUrl ?? listeningUrl,
    };
    if (metricsConfig) {
      const metrics = new Metrics();
      app.metrics = metrics;
      jobs.observe((queue, failed, seconds) => metrics.jobDone(queue, failed, seconds));
      metrics.watchQueues(
        () => jobs.queueStates(),
        (err) => log.warn({ err }, 'metrics: job queue depth not readable'),
      );
      metrics.watchPools({ orm: () => ormPoolStats(orm), read: () => db.poolStats(), jobs: () => jobs.poolStats() });
    }

    jobs.register<{ mailId: string }>(MAIL_RETRY_JOB, (data) => mail.deliver(data.mailId));
    registerJobs(app);
    await jobs.start();
    closers.push(() => jobs.stop());

    const demo = config.seedDemo ? await seedDemo(app) : null;

    const schema = await createSchema(pubSub);
    const apollo = await createApollo(schema, log, { introspection: config.introspection, metrics: app.metrics });
    closers.push(() => apollo.stop());
    const server = createHttpServer({
      app,
      apollo,
      schema,
      routes: moduleRoutes(app),
      metricsEndpoint:
        app.metrics && metricsConfig?.port === undefined
          ? metricsHandler(app.metrics, metricsConfig?.token, log)
          : undefined,
    });
    const ws = attachWebSocket(server, schema, app, securityRules({ introspection: config.introspection }).rules);
    closers.push(async () => {
      await ws.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    listeningUrl = `http://${host}:${port}`;
    log.info({ url: listeningUrl }, 'Lotse is listening');
    let metricsUrl: string | null = null;
    if (app.metrics && metricsConfig?.port !== undefined) {
      const listener = await startMetricsListener(app.metrics, { ...metricsConfig, port: metricsConfig.port }, log);
      closers.push(() => listener.close());
      metricsUrl = listener.url;
    } else if (app.metrics) {
      metricsUrl = `${listeningUrl}/metrics`;
    }
    if (metricsUrl) log.info({ url: metricsUrl }, 'metrics are served');
    return { url: listeningUrl, port, app, orm, demo, metricsUrl, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Use of MikroORM's pool (knex's tarn pool) for writes and transactions. */
function ormPoolStats(orm: Orm): PoolStats {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  if (!pool) return { total: 0, idle: 0, waiting: 0, max: 0 };
  const used = pool.numUsed();
  const idle = pool.numFree();
  return { total: used + idle, idle, waiting: pool.numPendingAcquires(), max: pool.max };
}

/** The counters of a tarn pool (knex). */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}
