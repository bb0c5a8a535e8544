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
import { testConfig } from './test-config.js';

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
    config: testConfig(databaseUrl, config),
    migrate: opts.migrate ?? false,
    logger: opts.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
  });
  return { ...app, databaseUrl, client: (token?: string) => new GraphQLClient(`${app.url}/graphql`, token) };
}
