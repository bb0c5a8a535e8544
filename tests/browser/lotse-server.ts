/**
 * The real Lotse server for the browser tests (loaded by global-setup.ts through tsx): a PostgreSQL
 * cluster and migrated template exactly as the api project makes them (tests/support/global-setup.ts),
 * a fresh database cloned from it, the demo organisation seeded, on a random port.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import databaseSetup, { withDatabase } from '../support/global-setup.js';
import { startTestServer } from '../support/server.js';
import type { LotseCommandImplementations } from './commands.js';
import { serverCommands } from './server-commands.js';

export interface BrowserTestServer {
  url: string;
  commands: LotseCommandImplementations;
  close(): Promise<void>;
}

export async function startBrowserTestServer(): Promise<BrowserTestServer> {
  const provided: Record<string, string> = {};
  const stopDatabase = await databaseSetup({
    provide: (key: string, value: string) => (provided[key] = value),
  } as unknown as TestProject);
  const maintenanceUrl = provided.pgMaintenanceUrl!;
  const template = provided.pgTemplate!;

  try {
    const name = `${template}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: maintenanceUrl });
    await admin.connect();
    try {
      await admin.query(`create database "${name}" template "${template}"`);
    } finally {
      await admin.end();
    }
    // The api project's test configuration (silent logs, random key, generous per-IP limits), on our database.
    const server = await startTestServer({ seedDemo: true }, { databaseUrl: withDatabase(maintenanceUrl, name) });
    return {
      url: server.url,
      commands: serverCommands(server),
      async close() {
        await server.close();
        await stopDatabase();
      },
    };
  } catch (err) {
    await stopDatabase();
    throw err;
  }
}
