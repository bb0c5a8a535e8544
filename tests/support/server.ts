/**
 * Starts the real Lotse application for a test file, on its own database cloned from the run's
 * template, on a random port. Everything is real: PostgreSQL, HTTP, WebSocket, jobs, mail.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { bootstrap, type App } from '../../api/src/main.js';
import type { Config } from '../../api/src/config.js';
import { createLogger, type Logger } from '../../api/src/shared/logger.js';
import { withDatabase } from './global-setup.js';
import { GraphQLClient } from './gql.js';

export interface TestServer extends App {
  databaseUrl: string;
  /** A GraphQL client for this server, optionally with a bearer token. */
  client(token?: string): GraphQLClient;
}

/** A fresh database cloned from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const maintenance = inject('pgMaintenanceUrl');
  const template = inject('pgTemplate');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: maintenance });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(maintenance, name);
}

export async function startTestServer(
  config: Partial<Config> = {},
  /** `databaseUrl`: a database of your own (e.g. on a cluster the test stops); `migrate` it first. */
  opts: { databaseUrl?: string; logger?: Logger; migrate?: boolean } = {},
): Promise<TestServer> {
  const databaseUrl = opts.databaseUrl ?? (await createTestDatabase());
  const app = await bootstrap({
    config: {
      env: 'test',
      port: 0,
      host: '127.0.0.1',
      databaseUrl,
      seedDemo: false,
      jwtSecret: randomBytes(32).toString('hex'),
      smtpUrl: undefined,
      redisUrl: undefined,
      logLevel: 'silent',
      // Every test logs in from 127.0.0.1; the per-IP limit has its own test with a low value.
      loginIpLimit: 100_000,
      reserveIpLimit: 100_000,
      chatMessageLimit: 100_000,
      chatTypingLimit: 100_000,
      ...config,
    },
    migrate: opts.migrate ?? false,
    logger: opts.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
  });
  return { ...app, databaseUrl, client: (token?: string) => new GraphQLClient(`${app.url}/graphql`, token) };
}
