/**
 * The client search's trigram index (migration 0950, `account_client_search_index`) is what the list
 * statement's search uses: the test EXPLAINs the very statement `listQuery` builds (same text, same
 * parameters) and looks for the index in the plan.
 *
 * It does so the way production would meet it: an organisation with 20 000 clients, planner statistics
 * gathered (ANALYZE, as autovacuum does after a bulk insert), default planner settings. With a handful
 * of rows a sequential scan is cheaper and the planner rightly takes it, so the plan would say nothing;
 * forcing `enable_seqscan = off` would prove only that the index *can* serve the expression, not that
 * the planner picks it. A control without the search shows the index is not used by accident.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildOrganisation } from '../../../../tests/support/builders.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { ClientScope, type ClientFilterData } from './client.inputs.js';
import { listQuery } from './client-list.service.js';
import { ACCESS_LOG_INSERT } from '../access-log/access-log.trail.js';

const INDEX = 'account_client_search_index';
const ROWS = 20_000;

let server: TestServer;
let sql: pg.Client;
let org: Organisation;
let viewer: Counsellor;
let findMe: string;

beforeAll(async () => {
  server = await startTestServer();
  sql = new pg.Client({ connectionString: server.databaseUrl });
  await sql.connect();
  org = await buildOrganisation(server);
  viewer = await buildCounsellor(server, org);
  const model = await buildClient(server, org, { pseudonym: 'Wolkenkratzer', loginName: 'wolkenkratzer' });
  findMe = model.clientNumber;
  // Copies of the built client (every column as it has it) but for what must be unique.
  const columns: string[] = (
    await sql.query(
      `select column_name from information_schema.columns where table_schema = 'public' and table_name = 'account' order by ordinal_position`,
    )
  ).rows.map((r: { column_name: string }) => r.column_name);
  const own: Record<string, string> = {
    id: 'gen_random_uuid()',
    pseudonym: `'Person-' || md5(i::text)`,
    login_name: `'person-' || md5(i::text)`,
    client_number: `lpad((100000 + i)::text, 6, '0')`,
    email: 'null',
  };
  const list = columns.map((c) => `"${c}"`).join(', ');
  const values = columns.map((c) => own[c] ?? `a."${c}"`).join(', ');
  await sql.query(
    `insert into account (${list}) select ${values} from account a, generate_series(1, $2) as i where a.id = $1`,
    [model.id, ROWS],
  );
  await sql.query('analyze account');
}, 120_000);
afterAll(async () => {
  await sql?.end();
  await server?.close();
});

/** The plan of the list statement for `filter`, as PostgreSQL would run it with these values. */
async function plan(filter: Partial<ClientFilterData>): Promise<string> {
  const { statement, values } = listQuery(
    server.orm,
    { organisationId: org.id, accountId: viewer.id },
    { scope: ClientScope.ALL, search: null, status: null, topicId: null, ...filter },
    50,
    null,
  );
  const rows = (await sql.query(`explain (format json) ${statement.text}`, values)).rows;
  return JSON.stringify(rows[0]['QUERY PLAN']);
}

const indexScans = (json: string) => json.split(`"Index Name":"${INDEX}"`).length - 1;

describe('client search', () => {
  it('uses the trigram index for a search, by pseudonym or by number', async () => {
    const byName = await plan({ scope: ClientScope.ALL, search: 'wolkenk' });
    // The matches are read once from the index (a bitmap index scan), for the total and the page.
    expect(indexScans(byName), byName).toBe(1);
    const byNumber = await plan({ scope: ClientScope.ALL, search: findMe });
    expect(indexScans(byNumber), byNumber).toBeGreaterThanOrEqual(1);
  });

  it('does not use it without a search (control)', async () => {
    const all = await plan({ scope: ClientScope.ALL });
    expect(indexScans(all), all).toBe(0);
  });

  it('finds what the plan promises', async () => {
    const { statement, values } = listQuery(
      server.orm,
      { organisationId: org.id, accountId: viewer.id },
      { scope: ClientScope.ALL, search: 'WOLKENK', status: null, topicId: null },
      50,
      null,
    );
    const [row] = (await sql.query(statement.text, values)).rows;
    expect(row.total).toBe(1);
  });
});

interface PlanNode {
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}
const planNodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(planNodes)];

/**
 * The access log's INSERT looks up each entry's client (its number is written with the entry). It
 * once joined `account` on the organisation with an OR for chat streams, which PostgreSQL ran as a
 * scan of every client account: a second per audited request at 1,100,000 accounts. Among these
 * 20,000 accounts its plan, generic as the read path runs it, must read `account` by key.
 */
describe('access log INSERT among many accounts', () => {
  it('reads each client by its id', async () => {
    await sql.query('set plan_cache_mode = force_generic_plan');
    await sql.query(`prepare audit_insert_plan as ${ACCESS_LOG_INSERT.text}`);
    try {
      const [row] = (
        await sql.query(
          `explain (format json) execute audit_insert_plan('{${org.id}}', '{${viewer.id}}', '{READ}', '{PROFILE}', '{${viewer.id}}', '{NULL}', now())`,
        )
      ).rows as { 'QUERY PLAN': { Plan: PlanNode }[] }[];
      const reads = planNodes(row!['QUERY PLAN'][0]!.Plan).filter((n) => n['Relation Name'] === 'account');
      expect(reads.length).toBe(2);
      for (const read of reads) expect(read['Index Cond'], JSON.stringify(read)).toMatch(/\(id = /);
    } finally {
      await sql.query('deallocate audit_insert_plan');
      await sql.query('reset plan_cache_mode');
    }
  });
});
