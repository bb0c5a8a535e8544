/**
 * The read path's shared, pipelined connections (sql.ts) against a real PostgreSQL: statements
 * written behind each other get their own answers, a failing one fails alone, a slow one does not
 * hold up the others, and a lost connection is replaced.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/server.js';
import { Sql, type SqlOptions, type SqlStatement } from './sql.js';

let url: string;
let admin: pg.Client;

beforeAll(async () => {
  url = await createTestDatabase();
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
});

// Not through `statement()`: its registry is process-wide and these names are test-local.
const echo: SqlStatement = { name: 'test_echo', text: 'select $1::int as n' };
const divide: SqlStatement = { name: 'test_divide', text: 'select 10 / $1::int as n' };
const sleep: SqlStatement = { name: 'test_sleep', text: 'select pg_sleep($1::float8) is not null as slept' };
const backend: SqlStatement = { name: 'test_backend', text: 'select pg_backend_pid() as pid' };

async function withSql<T>(options: SqlOptions, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const sql = new Sql(url, options);
  try {
    return await fn(sql);
  } finally {
    await sql.close();
  }
}

describe('the pipelined read path', () => {
  it('answers many statements written on one connection each with its own rows', async () => {
    await withSql({ connections: 1 }, async (sql) => {
      const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => sql.query<{ n: number }>(echo, [i])));
      expect(answers.map((rows) => rows[0]!.n)).toEqual(Array.from({ length: 200 }, (_, i) => i));
      // One connection served them all.
      const pids = await Promise.all(Array.from({ length: 5 }, () => sql.query<{ pid: number }>(backend, [])));
      expect(new Set(pids.map((rows) => rows[0]!.pid)).size).toBe(1);
    });
  });

  it('plans a named statement once: every run uses the generic plan', async () => {
    const plans: SqlStatement = {
      name: 'test_plans',
      text: 'select generic_plans, custom_plans from pg_prepared_statements where name = $1',
    };
    await withSql({ connections: 1 }, async (sql) => {
      for (let i = 0; i < 8; i++) await sql.query(echo, [i]);
      // PostgreSQL's default would plan the first five runs for their values, and go on as long as
      // those plans look cheaper than the generic one.
      expect(await sql.query(plans, [echo.name])).toEqual([{ generic_plans: '8', custom_plans: '0' }]);
    });
  });

  it('fails only the statement that fails, not those written before or after it', async () => {
    await withSql({ connections: 1 }, async (sql) => {
      const results = await Promise.allSettled([
        sql.query<{ n: number }>(divide, [2]),
        sql.query<{ n: number }>(divide, [0]),
        sql.query<{ n: number }>(divide, [5]),
      ]);
      expect(results[0]).toEqual({ status: 'fulfilled', value: [{ n: 5 }] });
      expect(results[1]).toMatchObject({ status: 'rejected', reason: { code: '22012' } });
      expect(results[2]).toEqual({ status: 'fulfilled', value: [{ n: 2 }] });
    });
  });

  it('sends a statement to the connection with the fewest in flight, so a slow one holds up nothing', async () => {
    await withSql({ connections: 2 }, async (sql) => {
      await Promise.all([sql.query(echo, [1]), sql.query(echo, [2])]); // both connections open
      let slowDone = false;
      const slow = sql.query(sleep, [0.5]).then(() => (slowDone = true));
      for (let i = 0; i < 5; i++) expect(await sql.query<{ n: number }>(echo, [i])).toEqual([{ n: i }]);
      expect(slowDone).toBe(false);
      await slow;
    });
  });

  it('cancels a runaway statement after the timeout, and answers the ones written behind it', async () => {
    await withSql({ connections: 1, statementTimeoutMs: 300 }, async (sql) => {
      const started = Date.now();
      const runaway = sql.query(sleep, [5]);
      const behind = sql.query<{ n: number }>(echo, [9]);
      await expect(runaway).rejects.toMatchObject({ code: '57014' }); // query_canceled
      expect(await behind).toEqual([{ n: 9 }]);
      expect(Date.now() - started).toBeLessThan(3000);
      // The session survives the cancellation.
      expect(await sql.query(echo, [10])).toEqual([{ n: 10 }]);
    });
  });

  it('replaces a lost connection: the statement on it fails, the next one is answered', async () => {
    await withSql({ connections: 1 }, async (sql) => {
      const [{ pid }] = (await sql.query<{ pid: number }>(backend, [])) as [{ pid: number }];
      // Settled into a value at once: its rejection may arrive before the test awaits it.
      const inFlight = sql.query(sleep, [5]).then(
        () => 'answered',
        (err: unknown) => err,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      await admin.query('select pg_terminate_backend($1)', [pid]);
      expect(await inFlight).toMatchObject({ code: '57P01' }); // admin_shutdown
      const [again] = await sql.query<{ pid: number }>(backend, []);
      expect(again!.pid).not.toBe(pid);
      expect(await sql.query(echo, [7])).toEqual([{ n: 7 }]);
    });
  });

  it('answers what was written before close and refuses statements after it', async () => {
    const sql = new Sql(url, { connections: 2 });
    const written = sql.query<{ n: number }>(echo, [3]);
    await sql.close();
    expect(await written).toEqual([{ n: 3 }]);
    await expect(sql.query(echo, [4])).rejects.toThrow('closed');
  });

  it('reports every statement to its observers', async () => {
    await withSql({ connections: 1 }, async (sql) => {
      const seen: string[] = [];
      const stop = sql.onQuery((s) => seen.push(s.name));
      await sql.query(echo, [1]);
      stop();
      await sql.query(echo, [2]);
      expect(seen).toEqual(['test_echo']);
    });
  });
});
