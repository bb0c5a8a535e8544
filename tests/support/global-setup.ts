/**
 * One PostgreSQL cluster per test run: embedded (default) or the server at TEST_DATABASE_URL.
 * Migrations (and the job queue's schema) run once into a template database; each test file then
 * gets its own database with `CREATE DATABASE … TEMPLATE` (see server.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded.js';
import { initOrm, migrate } from '../../api/src/db/orm.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgMaintenanceUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedDatabase | undefined;
  let tmpDir: string | undefined;
  let maintenanceUrl = process.env.TEST_DATABASE_URL;
  if (!maintenanceUrl) {
    // Under /tmp: the postgres OS user must be able to reach the directory.
    tmpDir = mkdtempSync(path.join(os.tmpdir(), 'lotse-test-pg-'));
    embedded = await startEmbeddedPostgres({ dir: tmpDir, persistent: false });
    maintenanceUrl = embedded.url;
  }
  const template = `lotse_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`create database "${template}"`);
  const templateUrl = withDatabase(maintenanceUrl, template);
  const orm = await initOrm(templateUrl, { logger: () => {} });
  await migrate(orm);
  await orm.close(true);
  // The job queue's schema, installed once here instead of by every test server's first start.
  const tpl = new pg.Client({ connectionString: templateUrl });
  await tpl.connect();
  await tpl.query(PgBoss.getConstructionPlans('pgboss'));
  await tpl.end();

  project.provide('pgMaintenanceUrl', maintenanceUrl);
  project.provide('pgTemplate', template);

  return async () => {
    // Drop every database this run created (its name starts with the template's).
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `${template}%`,
    ]);
    for (const { datname } of rows.sort((a, b) => b.datname.length - a.datname.length)) {
      await admin.query(`drop database if exists "${datname}" with (force)`).catch(() => {});
    }
    await admin.end();
    await embedded?.stop();
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
