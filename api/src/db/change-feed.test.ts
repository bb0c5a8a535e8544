/**
 * The process caches of login states and organisations (shared/row-cache.ts) against changes they
 * did not make: by another API process on the same database, and by plain SQL. PostgreSQL announces
 * each change (migration 0900) and every process drops its copy.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import {
  buildAdmin,
  buildCounsellor,
  buildOrganisation,
  loginAs,
  TEST_PASSWORD,
} from '../../../tests/support/builders.js';

let a: TestServer;
let b: TestServer;
let sql: pg.Client;

beforeAll(async () => {
  const jwtSecret = randomBytes(32).toString('hex');
  a = await startTestServer({ jwtSecret });
  b = await startTestServer({ jwtSecret }, { databaseUrl: a.databaseUrl });
  sql = new pg.Client({ connectionString: a.databaseUrl });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await b?.close();
  await a?.close();
});

/** Polls until `check` passes (change notifications arrive within milliseconds; allow a second). */
async function eventually(check: () => Promise<unknown>): Promise<void> {
  const until = Date.now() + 1000;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

describe('process caches follow changes made elsewhere', () => {
  it('a password changed through one process ends the session in the other', async () => {
    const org = await buildOrganisation(a);
    const c = await buildCounsellor(a, org);
    const onA = await loginAs(a, c);
    const onB = b.client(onA.token);
    await onB.ok('{ me { id } }'); // cached in B
    await onA.ok('mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }', {
      i: { currentPassword: TEST_PASSWORD, newPassword: 'Neues-Leuchtturm-Passwort-93' },
    });
    await onA.fails('UNAUTHENTICATED', '{ me { id } }');
    await eventually(() => onB.fails('UNAUTHENTICATED', '{ me { id } }'));
  });

  it('an account blocked by plain SQL is refused, and a renamed organisation shows its new name', async () => {
    const org = await buildOrganisation(a);
    const c = await buildCounsellor(a, org);
    const api = await loginAs(a, c);
    expect((await api.ok('{ me { organisation { name } } }')).me.organisation.name).toBe(org.name);

    await sql.query('update organisation set name = $1 where id = $2', ['Neuer Name', org.id]);
    await eventually(async () => {
      expect((await api.ok('{ me { organisation { name } } }')).me.organisation.name).toBe('Neuer Name');
    });

    await sql.query(`update account set status = 'BLOCKED' where id = $1`, [c.id]);
    await eventually(() => api.fails('UNAUTHENTICATED', '{ me { id } }'));
  });
});

describe('cached booking schedules', () => {
  it('are never used after a change, whoever made it (version checked in the same statement)', async () => {
    const org = await buildOrganisation(a);
    const admin = await loginAs(a, await buildAdmin(a, org));
    const c = await buildCounsellor(a, org);
    const { createAppointmentService: service } = await admin.ok(
      `mutation($input: CreateAppointmentServiceInput!) { createAppointmentService(input: $input) { id } }`,
      {
        input: { internalName: 'x', publicName: 'Beratung', durationMinutes: 50, followUpMinutes: 10, channel: 'CHAT' },
      },
    );
    const windows = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      from: '09:00',
      to: '12:00',
      serviceId: service.id,
    }));
    await admin.ok(`mutation($input: SetBookingTimesInput!) { setBookingTimes(input: $input) { counsellorId } }`, {
      input: { counsellorId: c.id, horizonWeeks: 2, windows },
    });
    const from = new Date(Date.now() + 2 * 86_400_000);
    const vars = {
      key: org.publicKey,
      from: from.toISOString(),
      to: new Date(from.getTime() + 7 * 86_400_000).toISOString(),
    };
    const count = async (server: TestServer) => {
      const { freeSlots } = await server
        .client()
        .ok(
          `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!) { freeSlots(organisationKey: $key, from: $from, to: $to) { starts } }`,
          vars,
        );
      return (freeSlots as { starts: string[] }[]).reduce((n, g) => n + g.starts.length, 0);
    };
    expect(await count(b)).toBe(21); // 3 slots a day, cached in B now
    await sql.query('update booking_window set end_minute = 600 where counsellor_id = $1', [c.id]);
    expect(await count(b)).toBe(7); // at once: B's next query sees the new version
    await sql.query(`update account set active = false where id = $1`, [c.id]);
    expect(await count(b)).toBe(0);
  });
});
