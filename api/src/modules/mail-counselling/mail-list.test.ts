import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildTwoOrganisations } from '../../../../tests/support/builders.js';
import { apiAs, em, sendRequest } from './mail.test-support.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const SORTED = `query($filter: MailRequestFilter, $page: PageInput, $sort: MailRequestSort) {
  mailRequests(filter: $filter, page: $page, sort: $sort) {
    totalCount
    edges { cursor node { id subject overdue dueAt waitingSince client { id pseudonym } } }
    pageInfo { hasNextPage endCursor }
  } }`;

interface Node {
  id: string;
  subject: string;
  overdue: boolean;
  dueAt: string | null;
  waitingSince: string | null;
}

interface Connection {
  edges: { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of `sort`, two at a time, following the cursors. */
async function allPages(api: Awaited<ReturnType<typeof apiAs>>, sort: string | null, filter = {}) {
  const out: Node[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const res: Connection = (await api.ok(SORTED, { sort, filter, page: { first: 2, after } })).mailRequests;
    out.push(...res.edges.map((e) => e.node));
    if (!res.pageInfo.hasNextPage) return out;
    after = res.pageInfo.endCursor;
  }
  throw new Error('more than 20 pages');
}

/**
 * One counsellor's five requests with chosen creation and waiting times: two created in the same
 * millisecond (microseconds apart: a cursor rounded to milliseconds would skip one), one nobody waits
 * on (answered), one overdue.
 */
async function fiveRequests() {
  const { a, b } = await buildTwoOrganisations(server);
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    const client = await buildClient(server, a.org);
    ids.push((await sendRequest(await apiAs(server, client), { counsellorId: a.counsellor.id, subject: `R${i}` })).id);
  }
  const times: [string, string | null][] = [
    ['2026-03-01T10:00:00.000100Z', '2026-03-05T10:00:00Z'],
    ['2026-03-02T10:00:00.000200Z', '2026-03-03T10:00:00Z'],
    ['2026-03-02T10:00:00.000300Z', null],
    ['2026-03-04T10:00:00Z', '2026-03-04T10:00:00Z'],
    ['2026-03-05T10:00:00Z', '2020-01-01T10:00:00Z'],
  ];
  const conn = em(server).getConnection();
  for (const [i, [created, waiting]] of times.entries()) {
    await conn.execute(
      `update mail_request set created_at = ?::timestamptz, waiting_since = ?::timestamptz, status = ? where id = ?`,
      [created, waiting, waiting ? 'ASSIGNED' : 'ANSWERED', ids[i]],
    );
  }
  return { a, b, ids };
}

describe('mailRequests sort', () => {
  it('pages newest first by default, oldest first, and by the reply due soonest, each complete and in order', async () => {
    const { a } = await fiveRequests();
    const api = await apiAs(server, a.counsellor);
    const subjects = async (sort: string | null) => (await allPages(api, sort)).map((n) => n.subject);
    expect(await subjects(null)).toEqual(['R4', 'R3', 'R2', 'R1', 'R0']);
    expect(await subjects('NEWEST')).toEqual(['R4', 'R3', 'R2', 'R1', 'R0']);
    expect(await subjects('OLDEST')).toEqual(['R0', 'R1', 'R2', 'R3', 'R4']);
    // Overdue since 2020 first; the answered request (nobody waits) last.
    const due = await allPages(api, 'DUE_SOONEST');
    expect(due.map((n) => n.subject)).toEqual(['R4', 'R1', 'R3', 'R0', 'R2']);
    expect(due[0]!.overdue).toBe(true);
    expect(due.at(-1)!.dueAt).toBeNull();
    const dues = due.slice(0, 4).map((n) => Date.parse(n.dueAt!));
    expect(dues).toEqual([...dues].sort((x, y) => x - y));
  });

  it('combines with the filters (and the total counts the filter, not the page)', async () => {
    const { a } = await fiveRequests();
    const api = await apiAs(server, a.counsellor);
    const waiting = await allPages(api, 'DUE_SOONEST', { status: ['ASSIGNED'] });
    expect(waiting.map((n) => n.subject)).toEqual(['R4', 'R1', 'R3', 'R0']);
    // Every waiting time above lies in the past of the overdue period: only the answered one is not overdue.
    const overdue = (await api.ok(SORTED, { sort: 'OLDEST', filter: { overdue: true }, page: { first: 1 } }))
      .mailRequests;
    expect(overdue.totalCount).toBe(4);
    expect(overdue.edges.map((e: { node: Node }) => e.node.subject)).toEqual(['R0']);
    const notOverdue = (await api.ok(SORTED, { sort: 'DUE_SOONEST', filter: { overdue: false } })).mailRequests;
    expect(notOverdue.edges.map((e: { node: Node }) => e.node.subject)).toEqual(['R2']);
  });

  it('refuses a cursor of another order, and a forged one (BAD_USER_INPUT)', async () => {
    const { a } = await fiveRequests();
    const api = await apiAs(server, a.counsellor);
    const first = async (sort: string) =>
      (await api.ok(SORTED, { sort, page: { first: 1 } })).mailRequests.pageInfo.endCursor as string;
    const newest = await first('NEWEST');
    const due = await first('DUE_SOONEST');
    await api.fails('BAD_USER_INPUT', SORTED, { sort: 'DUE_SOONEST', page: { first: 1, after: newest } });
    await api.fails('BAD_USER_INPUT', SORTED, { sort: 'NEWEST', page: { first: 1, after: due } });
    await api.fails('BAD_USER_INPUT', SORTED, { sort: 'OLDEST', page: { first: 1, after: due } });
    const forged = Buffer.from(JSON.stringify(['d:nonsense', a.counsellor.id])).toString('base64url');
    await api.fails('BAD_USER_INPUT', SORTED, { sort: 'DUE_SOONEST', page: { first: 1, after: forged } });
    await api.fails('BAD_USER_INPUT', SORTED, { sort: 'SIDEWAYS' });
  });

  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', SORTED, { sort: 'OLDEST' });
  });

  it('cannot see another organisation’s requests in any order', async () => {
    const { b } = await fiveRequests();
    for (const account of [b.admin, b.counsellor]) {
      const api = await apiAs(server, account);
      for (const sort of ['NEWEST', 'OLDEST', 'DUE_SOONEST']) {
        const res = (await api.ok(SORTED, { sort })).mailRequests;
        expect(res.totalCount).toBe(0);
        expect(res.edges).toEqual([]);
      }
    }
  });
});
