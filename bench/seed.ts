/** Benchmark data: an organisation with 100 staff (admin + 99 counsellors) and a team of 5. */
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startEmbeddedPostgres } from '../api/src/db/embedded.js';
import { bootstrap, type App } from '../api/src/main.js';
import { Organisation } from '../api/src/modules/organisation/organisation.entity.js';
import { Counsellor, StaffRole } from '../api/src/modules/staff/counsellor.entity.js';
import { AccountKind } from '../api/src/modules/identity/account.entity.js';
import { hashPassword } from '../api/src/shared/auth/password.js';

/**
 * The benchmark database: BENCH_DATABASE_URL when set, else a fresh embedded PostgreSQL in `dir`
 * (stopped by `stop`).
 */
export async function benchDatabase(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  const db = await startEmbeddedPostgres({ dir, persistent: false });
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  await admin.query('create database lotse_bench');
  await admin.end();
  return { url: db.url.replace(/\/postgres$/, '/lotse_bench'), stop: db.stop };
}

/** Lotse as the benchmarks run it: booted as in production on BENCH_DATABASE_URL, quiet, no demo. */
export function bootBenchLotse(): Promise<App> {
  return bootstrap({
    config: {
      databaseUrl: process.env.BENCH_DATABASE_URL!,
      port: 0,
      host: '127.0.0.1',
      seedDemo: false,
      logLevel: 'silent',
    },
  });
}

export const BENCH_PASSWORD = 'Bench-Leuchtturm-Kaffeetasse-7';

export interface BenchData {
  adminLogin: string;
  organisationKey: string;
  counsellorIds: string[];
  /** A second organisation: a team of 5 (admin + 4 counsellors). */
  teamAdminLogin: string;
  teamKey: string;
  teamIds: string[];
}

export async function seedBenchData(app: App): Promise<BenchData> {
  const main = await seedOrg(app, 'bench', 100);
  const team = await seedOrg(app, 'team', 5);
  // A database in service has planner statistics (autovacuum gathers them within a minute of a
  // bulk insert); gather them now, so every round measures the plans production would run.
  await app.orm.em.getConnection().execute('analyze');
  return {
    adminLogin: main.adminLogin,
    organisationKey: main.organisationKey,
    counsellorIds: main.counsellorIds,
    teamAdminLogin: team.adminLogin,
    teamKey: team.organisationKey,
    teamIds: team.counsellorIds,
  };
}

async function seedOrg(
  app: App,
  prefix: string,
  size: number,
): Promise<{ adminLogin: string; organisationKey: string; counsellorIds: string[] }> {
  const em = app.orm.em.fork() as EntityManager;
  const org = em.create(Organisation, {
    name: `Bench ${prefix}`,
    slug: `${prefix}-${Date.now()}`,
    licenceVolume: 1000,
  } as never);
  const hash = await hashPassword(BENCH_PASSWORD);
  const adminLogin = `${prefix}.admin.${Date.now()}`;
  const admin = em.create(Counsellor, {
    organisation: org,
    kind: AccountKind.STAFF,
    loginName: adminLogin,
    email: `${adminLogin}@bench.local`,
    passwordHash: hash,
    role: StaffRole.ADMIN,
    firstName: 'Bench',
    lastName: 'Admin',
    displayName: 'Admin',
  } as never);
  const ids = [admin.id];
  for (let i = 0; i < size - 1; i++) {
    const c = em.create(Counsellor, {
      organisation: org,
      kind: AccountKind.STAFF,
      loginName: `${adminLogin}.c${i}`,
      email: `${adminLogin}.c${i}@bench.local`,
      passwordHash: hash,
      role: StaffRole.COUNSELLOR,
      firstName: `First${i}`,
      lastName: `Last${String(i).padStart(3, '0')}`,
      displayName: `Counsellor ${i}`,
      languages: ['de', 'en'],
      descriptions: [
        { lang: 'de', text: 'Beschreibung' },
        { lang: 'en', text: 'Description' },
      ],
    } as never);
    ids.push(c.id);
  }
  await em.flush();
  return { adminLogin, organisationKey: org.publicKey, counsellorIds: ids };
}
