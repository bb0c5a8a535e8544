import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import { buildAdmin, buildClient, buildCounsellor, buildOrganisation } from '../../../../tests/support/builders.js';
import { Organisation, Topic } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { MailRequest } from './mail-request.entity.js';
import {
  ANSWER,
  apiAs,
  CLOSE,
  em,
  MY_REQUEST,
  MY_REQUESTS,
  PREVIOUS,
  RELEASE,
  REPLY,
  REQUEST,
  REQUESTS,
  requestState,
  SAVE_DRAFT,
  sendRequest,
  TAKE_OVER,
} from './mail.test-support.js';

let server: TestServer;
let org: Organisation;
let counsellor: Counsellor;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server, { mailOverdueHours: 48 });
  counsellor = await buildCounsellor(server, org);
});
afterAll(() => server?.close());

/** Requests in the shared organisation go to `counsellor` (colleagues join it in other tests). */
const toCounsellor = (over: Record<string, unknown> = {}) => ({ counsellorId: counsellor.id, ...over });

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

async function setWaitingSince(id: string, at: Date | null) {
  const e = em(server);
  (await e.findOneOrFail(MailRequest, id)).waitingSince = at;
  await e.flush();
}

describe('answerMailRequest and replyToMailRequest', () => {
  it('keeps the thread newest last and moves the status between ASSIGNED and ANSWERED', async () => {
    const client = await buildClient(server, org);
    const capi = await apiAs(server, client);
    const sapi = await apiAs(server, counsellor);
    const { id } = await sendRequest(capi, toCounsellor({ message: 'eins' }));

    const answered = (await sapi.ok(ANSWER, { input: { requestId: id, message: 'zwei' } })).answerMailRequest;
    expect(answered).toMatchObject({ status: 'ANSWERED', waitingSince: null, overdue: false, dueAt: null });
    const replied = (await capi.ok(REPLY, { input: { requestId: id, message: 'drei' } })).replyToMailRequest;
    expect(replied.status).toBe('WAITING');
    expect(replied.messages).toEqual([
      { seq: 1, fromClient: true, counsellorName: null, body: 'eins' },
      { seq: 2, fromClient: false, counsellorName: counsellor.displayName, body: 'zwei' },
      { seq: 3, fromClient: true, counsellorName: null, body: 'drei' },
    ]);
    const staffView = (await sapi.ok(REQUEST, { id })).mailRequest;
    expect(staffView.status).toBe('ASSIGNED');
    expect(staffView.messages.map((m: { authorKind: string }) => m.authorKind)).toEqual([
      'CLIENT',
      'COUNSELLOR',
      'CLIENT',
    ]);
    expect(staffView.messages[1].counsellor.id).toBe(counsellor.id);
  });

  it('only lets the assigned counsellor answer', async () => {
    const { id } = await sendRequest(await apiAs(server, await buildClient(server, org)), toCounsellor());
    const before = await requestState(server, id);
    const colleague = await apiAs(server, await buildCounsellor(server, org));
    await colleague.fails('NOT_FOUND', ANSWER, { input: { requestId: id, message: 'x' } });
    const admin = await apiAs(server, await buildAdmin(server, org));
    const err = await admin.fails('FORBIDDEN', ANSWER, { input: { requestId: id, message: 'x' } });
    expect(err.extensions?.reason).toBe('NOT_ASSIGNED');
    expect(await requestState(server, id)).toEqual(before);
  });

  it('rejects bad input with BAD_USER_INPUT and changes nothing', async () => {
    const capi = await apiAs(server, await buildClient(server, org));
    const { id } = await sendRequest(capi, toCounsellor());
    const sapi = await apiAs(server, counsellor);
    const before = await requestState(server, id);
    for (const input of [
      { requestId: id, message: '' },
      { requestId: id, message: 'x'.repeat(20_001) },
      { requestId: 'not-a-uuid', message: 'x' },
    ]) {
      await sapi.fails('BAD_USER_INPUT', ANSWER, { input });
      await capi.fails('BAD_USER_INPUT', REPLY, { input });
    }
    await capi.fails('BAD_USER_INPUT', REPLY, { input: { requestId: id, message: 7 } });
    expect(await requestState(server, id)).toEqual(before);
  });

  it('closes for good: nobody can write to a closed request', async () => {
    const capi = await apiAs(server, await buildClient(server, org));
    const { id } = await sendRequest(capi, toCounsellor());
    const sapi = await apiAs(server, counsellor);
    await sapi.ok(SAVE_DRAFT, { input: { requestId: id, body: 'Entwurf' } });
    const closed = (await sapi.ok(CLOSE, { input: { requestId: id } })).closeMailRequest;
    expect(closed).toMatchObject({ status: 'CLOSED', overdue: false, draft: null });
    expect(closed.closedAt).not.toBeNull();
    const before = await requestState(server, id);
    expect((await capi.fails('CONFLICT', REPLY, { input: { requestId: id, message: 'x' } })).extensions?.reason).toBe(
      'REQUEST_CLOSED',
    );
    await sapi.fails('CONFLICT', ANSWER, { input: { requestId: id, message: 'x' } });
    await sapi.fails('CONFLICT', CLOSE, { input: { requestId: id } });
    await sapi.fails('CONFLICT', RELEASE, { input: { requestId: id } });
    expect(await requestState(server, id)).toEqual(before);
    expect((await capi.ok(MY_REQUEST, { id })).myMailRequest.status).toBe('CLOSED');
  });
});

describe('overdue', () => {
  it('is computed from the organisation’s period since the client started waiting, and filterable', async () => {
    const o = await buildOrganisation(server, { mailOverdueHours: 48 });
    const c = await buildCounsellor(server, o);
    const capi = await apiAs(server, await buildClient(server, o));
    const late = await Promise.all([0, 1, 2].map(() => sendRequest(capi)));
    const fresh = await Promise.all([0, 1].map(() => sendRequest(capi)));
    for (const r of late) await setWaitingSince(r.id, hoursAgo(49));
    await setWaitingSince(fresh[0]!.id, hoursAgo(47));

    const sapi = await apiAs(server, c);
    const one = (await sapi.ok(REQUEST, { id: late[0]!.id })).mailRequest;
    expect(one.overdue).toBe(true);
    expect(new Date(one.dueAt).getTime()).toBeCloseTo(hoursAgo(1).getTime(), -4);

    // Filter and pagination agree: 3 overdue in pages of 2.
    const page1 = (await sapi.ok(REQUESTS, { filter: { overdue: true }, page: { first: 2 } })).mailRequests;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await sapi.ok(REQUESTS, { filter: { overdue: true }, page: { first: 2, after: page1.pageInfo.endCursor } })
    ).mailRequests;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string; overdue: boolean } }) => {
      expect(e.node.overdue).toBe(true);
      return e.node.id;
    });
    expect(ids.sort()).toEqual(late.map((r) => r.id).sort());
    const notOverdue = (await sapi.ok(REQUESTS, { filter: { overdue: false } })).mailRequests;
    expect(notOverdue.totalCount).toBe(2);

    // A shorter period makes the 47-hour one overdue too.
    const e = em(server);
    (await e.findOneOrFail(Organisation, o.id)).mailOverdueHours = 24;
    await e.flush();
    expect((await sapi.ok(REQUESTS, { filter: { overdue: true } })).mailRequests.totalCount).toBe(4);

    // An answer stops the clock; a new client message starts it again from now.
    const answered = (await sapi.ok(ANSWER, { input: { requestId: late[0]!.id, message: 'Antwort' } }))
      .answerMailRequest;
    expect(answered.overdue).toBe(false);
    await capi.ok(REPLY, { input: { requestId: late[0]!.id, message: 'Danke, noch eine Frage' } });
    const again = (await sapi.ok(REQUEST, { id: late[0]!.id })).mailRequest;
    expect(again.overdue).toBe(false);
    expect(Date.now() - new Date(again.waitingSince).getTime()).toBeLessThan(60_000);
  });

  it('keeps counting from the first unanswered message when the client writes again', async () => {
    const capi = await apiAs(server, await buildClient(server, org));
    const { id } = await sendRequest(capi, toCounsellor());
    await setWaitingSince(id, hoursAgo(50));
    await capi.ok(REPLY, { input: { requestId: id, message: 'Hallo? Ist jemand da?' } });
    const r = (await (await apiAs(server, counsellor)).ok(REQUEST, { id })).mailRequest;
    expect(r.overdue).toBe(true);
  });
});

describe('mailRequests search and previousRequests', () => {
  it('finds requests by pseudonym, client number or subject, and lists the client’s other requests', async () => {
    const o = await buildOrganisation(server);
    const c = await buildCounsellor(server, o);
    const anna = await buildClient(server, o, { pseudonym: 'Anna_Wolke', loginName: 'Anna_Wolke' } as never);
    const bert = await buildClient(server, o);
    const aapi = await apiAs(server, anna);
    const a1 = await sendRequest(aapi, { subject: 'Streit mit den Eltern' });
    const a2 = await sendRequest(aapi, { subject: 'Schule 100%_sicher?' });
    const b1 = await sendRequest(await apiAs(server, bert), { subject: 'Schulden' });
    const sapi = await apiAs(server, c);
    const find = async (search: string) =>
      (await sapi.ok(REQUESTS, { filter: { search } })).mailRequests.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );

    expect((await find('wolke')).sort()).toEqual([a1.id, a2.id].sort());
    expect(await find(bert.clientNumber)).toEqual([b1.id]);
    expect((await find('schul')).sort()).toEqual([a2.id, b1.id].sort());
    expect(await find('100%_')).toEqual([a2.id]);
    expect(await find('%')).toEqual([a2.id]);
    expect(await find('nichts')).toEqual([]);

    const prev = (await sapi.ok(PREVIOUS, { id: a2.id })).mailRequest.previousRequests;
    expect(prev).toEqual([{ id: a1.id, subject: 'Streit mit den Eltern' }]);
    const byClient = (await sapi.ok(REQUESTS, { filter: { clientId: anna.id } })).mailRequests;
    expect(byClient.totalCount).toBe(2);
    await sapi.fails('BAD_USER_INPUT', REQUESTS, { filter: { search: 'x'.repeat(101) } });
    await sapi.fails('BAD_USER_INPUT', REQUESTS, { page: { first: 101 } });
    await sapi.fails('BAD_USER_INPUT', REQUESTS, { page: { after: 'garbage' } });
  });

  it('filters by topic, combined with the other filters; another organisation’s topic matches nothing', async () => {
    const o = await buildOrganisation(server);
    const other = await buildOrganisation(server);
    const c = await buildCounsellor(server, o);
    const e = em(server);
    const [debts, family, foreign] = [
      e.create(Topic, { organisation: o.id, name: 'Schulden' } as never),
      e.create(Topic, { organisation: o.id, name: 'Familie' } as never),
      e.create(Topic, { organisation: other.id, name: 'Schulden' } as never),
    ];
    await e.flush();
    const capi = await apiAs(server, await buildClient(server, o));
    const d1 = await sendRequest(capi, { topicId: debts.id, subject: 'Mahnung' });
    const f1 = await sendRequest(capi, { topicId: family.id, subject: 'Streit' });
    await sendRequest(capi, { subject: 'Ohne Thema' });
    const sapi = await apiAs(server, c);
    const ids = async (filter: Record<string, unknown>) =>
      (await sapi.ok(REQUESTS, { filter })).mailRequests.edges.map((x: { node: { id: string } }) => x.node.id);
    expect(await ids({ topicId: debts.id })).toEqual([d1.id]);
    expect(await ids({ topicId: family.id, search: 'Streit' })).toEqual([f1.id]);
    expect(await ids({ topicId: family.id, search: 'Mahnung' })).toEqual([]);
    expect(await ids({ topicId: foreign.id })).toEqual([]);
    await sapi.fails('BAD_USER_INPUT', REQUESTS, { filter: { topicId: 'not-an-id' } });
  });
});

describe('subject', () => {
  it('can never be changed: no operation takes it, and the database refuses an update', async () => {
    // No mutation of this module except the two that create a request accepts a subject.
    const schema = await server
      .client()
      .ok(`{ __schema { mutationType { fields { name args { name type { ofType { name } } } } } } }`);
    const inputs = await server.client().ok(`{ __schema { types { name inputFields { name } } } }`);
    const fieldsOf = new Map<string, string[]>(
      inputs.__schema.types.map((t: { name: string; inputFields: { name: string }[] | null }) => [
        t.name,
        (t.inputFields ?? []).map((f) => f.name),
      ]),
    );
    const mailMutations = schema.__schema.mutationType.fields.filter((f: { name: string }) =>
      /Mail(Request|Draft)|RequestData/.test(f.name),
    );
    expect(mailMutations.length).toBeGreaterThanOrEqual(10);
    const withSubject = mailMutations
      .filter((m: { args: { type: { ofType: { name: string } | null } }[] }) =>
        m.args.some((a) => fieldsOf.get(a.type.ofType?.name ?? '')?.includes('subject')),
      )
      .map((m: { name: string }) => m.name)
      .sort();
    expect(withSubject).toEqual(['sendMailRequest', 'sendMailRequestAsNewClient']);

    // Through the whole life of a request the subject stays.
    const capi = await apiAs(server, await buildClient(server, org));
    const { id, subject } = await sendRequest(capi, toCounsellor({ subject: 'Unveränderlich' }));
    const sapi = await apiAs(server, counsellor);
    const taker = await apiAs(server, await buildCounsellor(server, org));
    await sapi.ok(ANSWER, { input: { requestId: id, message: 'a' } });
    await capi.fails('BAD_USER_INPUT', REPLY, { input: { requestId: id, message: 'b', subject: 'Neu' } });
    await capi.ok(REPLY, { input: { requestId: id, message: 'b' } });
    await sapi.ok(RELEASE, { input: { requestId: id } });
    await taker.ok(TAKE_OVER, { input: { requestId: id } });
    expect((await capi.ok(MY_REQUESTS)).myMailRequests.edges[0].node.subject).toBe(subject);

    // Even a direct update is refused by the database.
    await expect(em(server).nativeUpdate(MailRequest, { id }, { subject: 'Geändert' } as never)).rejects.toThrow(
      /cannot be changed/,
    );
    const e = em(server);
    const row = await e.findOneOrFail(MailRequest, id);
    (row as { subject: string }).subject = 'Geändert';
    await expect(e.flush()).rejects.toThrow(/cannot be changed/);
    expect((await em(server).findOneOrFail(MailRequest, id)).subject).toBe('Unveränderlich');
  });
});

describe('mailRequests SQL', () => {
  it('does not grow with the page size', async () => {
    const INBOX = `query($page: PageInput) { mailRequests(page: $page) { totalCount edges { node {
      id overdue client { pseudonym } counsellor { displayName } topic { name } requestData { key }
      messages { body counsellor { displayName } } draft { body author { displayName } } previousRequests { id }
      canTakeOver } } } }`;
    const o = await buildOrganisation(server);
    const c = await buildCounsellor(server, o);
    const sapi = await apiAs(server, c);
    for (let i = 0; i < 12; i++) {
      const { id } = await sendRequest(await apiAs(server, await buildClient(server, o)));
      await sapi.ok(ANSWER, { input: { requestId: id, message: `Antwort ${i}` } });
      await sapi.ok(SAVE_DRAFT, { input: { requestId: id, body: `Entwurf ${i}` } });
    }
    const statements = async (first: number) => {
      const recorder = recordStatements(server);
      try {
        const res = await sapi.ok(INBOX, { page: { first } });
        expect(res.mailRequests.edges).toHaveLength(first);
      } finally {
        recorder.stop();
      }
      return recorder.statements;
    };
    // The counter sees every statement of the process, including the notification jobs of the
    // answers above, which run in the background (with retries) and add statements to a run they overlap:
    // the shortest of five runs is the request's. On failure, both statement lists are shown.
    const fewest = async (first: number) => {
      const runs: string[][] = [];
      for (let i = 0; i < 5; i++) runs.push(await statements(first));
      return runs.reduce((a, b) => (b.length < a.length ? b : a));
    };
    const small = await fewest(2);
    const large = await fewest(12);
    // Context, page, count, then one batched statement per relation (client, counsellors, topic,
    // messages, drafts, previous requests): about ten, never per row.
    expect(small.length).toBeGreaterThan(3);
    expect(small.length).toBeLessThan(15);
    // A loader's batch may be split in two when its callers resolve in different ticks (seen in CI:
    // the counsellors of the messages and of the drafts), so the counts may differ by one; a load per
    // row would add ten. The statements themselves, with their id lists folded, must be the same.
    const shapes = (list: string[]) =>
      [...new Set(list.map((s) => s.replace(/\((\?|\$\d+)(, (\?|\$\d+))*\)/g, '(…)')))].sort();
    const both = `page of 2:\n${small.join('\n')}\n\npage of 12:\n${large.join('\n')}`;
    expect(shapes(large), both).toEqual(shapes(small));
    expect(Math.abs(large.length - small.length), both).toBeLessThanOrEqual(1);
  });
});
