import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { Monitoring } from './monitoring.entity.js';
import { CREATE, DELETE, LIST, ONE, UPDATE, buildTopic, document, fork } from './monitoring.test-support.js';

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let admin: GraphQLClient;
let counsellor: GraphQLClient;
let colleague: GraphQLClient;
let colleagueId: string;

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
  admin = await loginAs(server, orgs.a.admin);
  counsellor = await loginAs(server, orgs.a.counsellor);
  const c = await buildCounsellor(server, orgs.a.org);
  colleagueId = c.id;
  colleague = await loginAs(server, c);
});
afterAll(() => server?.close());

const stored = (id: string) => fork(server).findOne(Monitoring, id);

describe('createMonitoring', () => {
  it('documents work with a client: figures, topics and notes, owned by the counsellor', async () => {
    const topic = await buildTopic(server, orgs.a.org, 'Schulden');
    const m = await document(counsellor, orgs.a.client.id, {
      durationMinutes: 50,
      channel: 'PHONE',
      topicIds: [topic.id, topic.id],
      notes: 'Vereinbart: Unterlagen mitbringen',
    });
    expect(m).toMatchObject({
      date: '2026-03-10',
      durationMinutes: 50,
      subject: 'Erstgespräch',
      channel: 'PHONE',
      notes: 'Vereinbart: Unterlagen mitbringen',
      anonymised: false,
      counsellor: { id: orgs.a.counsellor.id },
      client: { id: orgs.a.client.id },
      topics: [{ id: topic.id, name: 'Schulden' }],
      source: null,
    });
  });

  it('dates a monitoring today in the organisation timezone when no date is given', async () => {
    const m = await document(counsellor, orgs.a.client.id, { date: null });
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
    expect(m.date).toBe(today);
  });

  it('refuses missing or insane figures with BAD_USER_INPUT and stores nothing', async () => {
    const before = await fork(server).count(Monitoring, { organisation: orgs.a.org.id });
    for (const over of [
      { durationMinutes: 0 },
      { durationMinutes: -5 },
      { durationMinutes: 1441 },
      { subject: '   ' },
      { subject: 'x'.repeat(201) },
      { date: '2026-02-30' },
      { date: '10.03.2026' },
      { notes: 'x'.repeat(20_001) },
    ]) {
      const err = await counsellor.fails('BAD_USER_INPUT', CREATE, {
        input: { clientId: orgs.a.client.id, durationMinutes: 30, subject: 'ok', ...over },
      });
      expect(err.extensions?.fields?.length).toBeGreaterThan(0);
    }
    const res = await counsellor.request(
      `mutation { createMonitoring(input: { clientId: "${orgs.a.client.id}" }) { id } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await fork(server).count(Monitoring, { organisation: orgs.a.org.id })).toBe(before);
  });

  it('lets an admin document for a colleague, but not a counsellor', async () => {
    const m = await document(admin, orgs.a.client.id, { counsellorId: colleagueId });
    expect(m.counsellor.id).toBe(colleagueId);
    await counsellor.fails('FORBIDDEN', CREATE, {
      input: { clientId: orgs.a.client.id, durationMinutes: 30, subject: 'x', counsellorId: colleagueId },
    });
    await admin.fails('NOT_FOUND', CREATE, {
      input: { clientId: orgs.a.client.id, durationMinutes: 30, subject: 'x', counsellorId: orgs.b.counsellor.id },
    });
  });

  it('takes clients and topics of the own organisation only', async () => {
    await counsellor.fails('NOT_FOUND', CREATE, {
      input: { clientId: orgs.b.client.id, durationMinutes: 30, subject: 'x' },
    });
    await counsellor.fails('NOT_FOUND', CREATE, {
      input: { clientId: orgs.a.counsellor.id, durationMinutes: 30, subject: 'x' },
    });
    const foreignTopic = await buildTopic(server, orgs.b.org, 'Fremd');
    await counsellor.fails('BAD_USER_INPUT', CREATE, {
      input: { clientId: orgs.a.client.id, durationMinutes: 30, subject: 'x', topicIds: [foreignTopic.id] },
    });
  });
});

describe('monitoring, updateMonitoring, deleteMonitoring', () => {
  it('a counsellor sees and edits their own; a colleague gets NOT_FOUND and changes nothing', async () => {
    const m = await document(counsellor, orgs.a.client.id, { notes: 'privat' });
    expect((await counsellor.ok(ONE, { id: m.id })).monitoring.notes).toBe('privat');
    await colleague.fails('NOT_FOUND', ONE, { id: m.id });
    await colleague.fails('NOT_FOUND', UPDATE, { input: { id: m.id, subject: 'übernommen' } });
    await colleague.fails('NOT_FOUND', DELETE, { input: { id: m.id } });
    expect((await stored(m.id))?.subject).toBe('Erstgespräch');

    const updated = (
      await counsellor.ok(UPDATE, { input: { id: m.id, subject: 'Folgegespräch', durationMinutes: 20, notes: null } })
    ).updateMonitoring;
    expect(updated).toMatchObject({ subject: 'Folgegespräch', durationMinutes: 20, notes: null, date: '2026-03-10' });
    expect(await counsellor.ok(DELETE, { input: { id: m.id } })).toEqual({ deleteMonitoring: m.id });
    expect(await stored(m.id)).toBeNull();
    await counsellor.fails('NOT_FOUND', ONE, { id: m.id });
  });

  it('an admin sees, edits and deletes every monitoring of the organisation', async () => {
    const m = await document(counsellor, orgs.a.client.id);
    expect((await admin.ok(ONE, { id: m.id })).monitoring.counsellor.id).toBe(orgs.a.counsellor.id);
    const topic = await buildTopic(server, orgs.a.org, 'Wohnen');
    const u = (await admin.ok(UPDATE, { input: { id: m.id, topicIds: [topic.id], channel: 'VIDEO' } }))
      .updateMonitoring;
    expect(u).toMatchObject({ channel: 'VIDEO', topics: [{ id: topic.id }] });
    await admin.ok(DELETE, { input: { id: m.id } });
    expect(await stored(m.id)).toBeNull();
  });

  it('another organisation’s admin gets NOT_FOUND for everything', async () => {
    const m = await document(counsellor, orgs.a.client.id);
    const other = await loginAs(server, orgs.b.admin);
    await other.fails('NOT_FOUND', ONE, { id: m.id });
    await other.fails('NOT_FOUND', UPDATE, { input: { id: m.id, subject: 'x' } });
    await other.fails('NOT_FOUND', DELETE, { input: { id: m.id } });
    const list = (await other.ok(LIST, {})).monitorings;
    expect(list.edges.map((e: any) => e.node.id)).not.toContain(m.id);
    expect((await stored(m.id))?.subject).toBe('Erstgespräch');
  });

  it('requires authentication and staff', async () => {
    const anonymous = server.client();
    await anonymous.fails('UNAUTHENTICATED', LIST, {});
    await anonymous.fails('UNAUTHENTICATED', CREATE, {
      input: { clientId: orgs.a.client.id, durationMinutes: 30, subject: 'x' },
    });
    const client = await loginAs(server, orgs.a.client);
    await client.fails('FORBIDDEN', LIST, {});
    await client.fails('FORBIDDEN', CREATE, {
      input: { clientId: orgs.a.client.id, durationMinutes: 30, subject: 'x' },
    });
  });
});

describe('monitorings', () => {
  it('pages newest first with keyset cursors; counsellors get their own, admins all or one counsellor’s', async () => {
    const cl = await buildClient(server, orgs.a.org);
    const days = ['2025-12-31', '2026-01-02', '2026-01-02', '2026-02-14', '2026-01-01'];
    const mine = [];
    for (const date of days) mine.push(await document(colleague, cl.id, { date }));
    await document(counsellor, cl.id, { date: '2026-01-03' });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await colleague.ok(LIST, { filter: { clientId: cl.id }, first: 2, after })).monitorings;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const expected = [mine[3], mine[2], mine[1], mine[4], mine[0]].map((m) => m.id);
    expect(seen).toEqual(expected);

    const all = (await admin.ok(LIST, { filter: { clientId: cl.id } })).monitorings;
    expect(all.totalCount).toBe(6);
    const one = (await admin.ok(LIST, { filter: { clientId: cl.id, counsellorId: colleagueId } })).monitorings;
    expect(one.totalCount).toBe(5);
    await colleague.fails('FORBIDDEN', LIST, { filter: { counsellorId: orgs.a.counsellor.id } });
    const january = (await admin.ok(LIST, { filter: { clientId: cl.id, from: '2026-01-01', to: '2026-01-31' } }))
      .monitorings;
    expect(january.totalCount).toBe(4);
    await colleague.fails('BAD_USER_INPUT', LIST, { after: 'not-a-cursor' });
    await colleague.fails('BAD_USER_INPUT', LIST, { first: 101 });
  });

  it('sends the same number of statements for a page of 2 and a page of 40', async () => {
    const cl = await buildClient(server, orgs.a.org);
    const topics = [await buildTopic(server, orgs.a.org, 'A'), await buildTopic(server, orgs.a.org, 'B')];
    const c2 = await buildCounsellor(server, orgs.a.org);
    for (let i = 0; i < 40; i++) {
      const other = await buildClient(server, orgs.a.org);
      await document(admin, i % 2 ? cl.id : other.id, {
        counsellorId: i % 3 ? c2.id : orgs.a.counsellor.id,
        topicIds: topics.slice(0, i % 3).map((t) => t.id),
      });
    }
    const recorder = recordStatements(server);
    try {
      // The fewest of three runs: background jobs may slip a statement into one of them.
      const count = async (first: number) => {
        const counts = [];
        for (let run = 0; run < 3; run++) {
          recorder.reset();
          const res = (await admin.ok(LIST, { first })).monitorings;
          expect(res.edges).toHaveLength(first);
          counts.push(recorder.statements.length);
        }
        return Math.min(...counts);
      };
      const small = await count(2);
      const large = await count(40);
      expect(large).toBe(small);
    } finally {
      recorder.stop();
    }
  });
});
