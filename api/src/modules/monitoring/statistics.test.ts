import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  buildTwoOrganisations,
  loginAs,
} from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { AppointmentStatus } from '../appointments/appointment.enums.js';
import { openStream, send } from '../chat/chat.test-support.js';
import type { Client } from '../client/client.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { anonymiseMonitoringsOfClient } from './anonymise.js';
import { Monitoring } from './monitoring.entity.js';
import { StatisticsService } from './statistics.service.js';
import {
  ONE,
  STATS,
  UPDATE,
  buildAppointment,
  buildMailRequest,
  buildTopic,
  document,
  fork,
} from './monitoring.test-support.js';

let server: TestServer;
let org: Organisation;
let c1: Counsellor;
let c2: Counsellor;
let client: Client;
let admin: GraphQLClient;
let counsellor1: GraphQLClient;
let t1: string;
let t2: string;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server);
  const a = await buildAdmin(server, org, { firstName: 'Ada', lastName: 'Admin' });
  c1 = await buildCounsellor(server, org, { firstName: 'Berta', lastName: 'Eins' });
  c2 = await buildCounsellor(server, org, { firstName: 'Carl', lastName: 'Zwei' });
  client = await buildClient(server, org);
  admin = await loginAs(server, a);
  counsellor1 = await loginAs(server, c1);
  t1 = (await buildTopic(server, org, 'Arbeit')).id;
  t2 = (await buildTopic(server, org, 'Wohnen')).id;
  const doc = (
    counsellorId: string,
    date: string,
    durationMinutes: number,
    channel: string | null,
    topicIds: string[],
  ) => document(admin, client.id, { counsellorId, date, durationMinutes, channel, topicIds });
  await doc(c1.id, '2026-01-10', 30, 'PHONE', [t1]);
  await doc(c1.id, '2026-01-20', 60, 'VIDEO', [t1, t2]);
  await doc(c1.id, '2026-03-05', 15, null, []);
  await doc(c2.id, '2026-02-01', 45, 'CHAT', [t2]);
  await doc(c2.id, '2025-12-31', 100, 'PHONE', []);
  await doc(c2.id, '2026-04-01', 100, 'PHONE', []);
});
afterAll(() => server?.close());

const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const stats = async (api: GraphQLClient, vars: Record<string, unknown>) =>
  (await api.ok(STATS, vars)).monitoringStatistics;
const table = (s: any, grouping: string) =>
  s.tables.find((t: any) => t.grouping === grouping).rows.map((r: any) => [r.key, r.label, r.count, r.minutes]);
const figure = (s: any, key: string) => s.figures.find((f: any) => f.key === key).value;

describe('monitoringStatistics: tables', () => {
  it('counts and sums minutes by channel, topic, counsellor and month for the whole organisation', async () => {
    const s = await stats(admin, { period: Q1 });
    expect(s.period).toEqual(Q1);
    expect(s.counsellorId).toBeNull();
    expect(figure(s, 'MONITORINGS')).toBe(4);
    expect(figure(s, 'MINUTES')).toBe(150);
    expect(table(s, 'CHANNEL')).toEqual([
      ['VIDEO', 'Video', 1, 60],
      ['CHAT', 'Chat', 1, 45],
      ['PHONE', 'Telefon', 1, 30],
      ['ON_SITE', 'Vor Ort', 0, 0],
      ['MAIL', 'Mail', 0, 0],
      [null, 'Ohne Kanal', 1, 15],
    ]);
    expect(table(s, 'TOPIC')).toEqual([
      [t1, 'Arbeit', 2, 90],
      [t2, 'Wohnen', 2, 105],
    ]);
    expect(table(s, 'COUNSELLOR')).toEqual([
      [c1.id, 'Berta Eins', 3, 105],
      [c2.id, 'Carl Zwei', 1, 45],
    ]);
    expect(table(s, 'MONTH')).toEqual([
      ['2026-01', 'Januar 2026', 2, 90],
      ['2026-02', 'Februar 2026', 1, 45],
      ['2026-03', 'März 2026', 1, 15],
    ]);
  });

  it('gives a counsellor their own figures only, and an admin one counsellor’s on request', async () => {
    const own = await stats(counsellor1, { period: Q1 });
    expect(own.counsellorId).toBe(c1.id);
    expect([figure(own, 'MONITORINGS'), figure(own, 'MINUTES')]).toEqual([3, 105]);
    expect(table(own, 'COUNSELLOR')).toEqual([[c1.id, 'Berta Eins', 3, 105]]);
    await counsellor1.fails('FORBIDDEN', STATS, { period: Q1, counsellorId: c2.id });
    const theirs = await stats(admin, { period: Q1, counsellorId: c2.id });
    expect([figure(theirs, 'MONITORINGS'), figure(theirs, 'MINUTES')]).toEqual([1, 45]);
    expect(table(theirs, 'TOPIC')).toEqual([[t2, 'Wohnen', 1, 45]]);
  });

  it('writes every label and definition in the requested language, and every definition in both', async () => {
    const en = await stats(admin, { period: Q1, language: 'en' });
    expect(en.language).toBe('en');
    expect(en.tables.map((t: any) => t.title)).toEqual(['By channel', 'By topic', 'By counsellor', 'By month']);
    expect(table(en, 'MONTH')[0][1]).toBe('January 2026');
    for (const item of [...en.figures, ...en.tables]) {
      expect(item.definition.length).toBeGreaterThan(30);
      expect(item.definitions.map((d: any) => d.lang)).toEqual(['de', 'en']);
      expect(item.definitions[1].text).toBe(item.definition);
      expect(item.definitions[0].text).not.toBe(item.definitions[1].text);
    }
    const de = await stats(admin, { period: Q1 });
    expect(de.language).toBe('de');
    expect(de.figures[0].definition).toBe(en.figures[0].definitions[0].text);
    await admin.fails('BAD_USER_INPUT', STATS, { language: 'fr' });
    await admin.fails('BAD_USER_INPUT', STATS, { period: { from: '2026-03-01', to: '2026-02-01' } });
    await admin.fails('BAD_USER_INPUT', STATS, { period: { from: '2026-13-01' } });
  });

  it('keeps anonymised monitorings in the figures, without client, subject, notes or source', async () => {
    const purged = await buildClient(server, org);
    const m = await document(counsellor1, purged.id, {
      date: '2026-02-20',
      durationMinutes: 40,
      channel: 'MAIL',
      topicIds: [t1],
      notes: 'Name der Schwester: …',
    });
    const kept = await document(counsellor1, client.id, { date: '2026-02-21', durationMinutes: 5, notes: 'bleibt' });
    const before = await stats(admin, { period: Q1 });

    const em = fork(server);
    expect(await anonymiseMonitoringsOfClient(em, orgs2.b.org.id, purged.id)).toBe(0);
    expect(await anonymiseMonitoringsOfClient(em, org.id, purged.id)).toBe(1);
    const after = await stats(admin, { period: Q1 });
    expect(after.figures).toEqual(before.figures);
    expect(after.tables).toEqual(before.tables);

    const one = (await counsellor1.ok(ONE, { id: m.id })).monitoring;
    expect(one).toMatchObject({
      anonymised: true,
      client: null,
      subject: '',
      notes: null,
      source: null,
      durationMinutes: 40,
      date: '2026-02-20',
      channel: 'MAIL',
      counsellor: { id: c1.id },
      topics: [{ id: t1 }],
    });
    await counsellor1.fails('CONFLICT', UPDATE, { input: { id: m.id, subject: 'wieder da' } });
    expect((await fork(server).findOneOrFail(Monitoring, kept.id)).notes).toBe('bleibt');
    // The client row may now go: the monitoring stays.
    await fork(server).getConnection().execute('delete from account where id = ?', [purged.id]);
    expect(await fork(server).count(Monitoring, { id: m.id })).toBe(1);
  });
});

let orgs2: Awaited<ReturnType<typeof buildTwoOrganisations>>;
beforeAll(async () => {
  orgs2 = await buildTwoOrganisations(server);
});

describe('monitoringStatistics: figures of the other modules', () => {
  // 29 March 2026 is the first day of summer time, 25 October the last: the period's instants are
  // 28 March 23:00 UTC (CET) and 25 October 23:00 UTC (CET again).
  const DST = { from: '2026-03-29', to: '2026-10-25' };

  it('counts clients, mail requests, appointments and chats at the period’s local edges', async () => {
    const o = await buildOrganisation(server);
    const boss = await loginAs(server, await buildAdmin(server, o));
    const x1 = await buildCounsellor(server, o);
    const x2 = await buildCounsellor(server, o);
    const cl = await buildClient(server, o);
    await buildClient(server, o, { createdAt: new Date('2026-03-28T23:30:00Z'), primaryCounsellor: x1 } as never);
    await buildClient(server, o, { createdAt: new Date('2026-10-25T22:30:00Z') } as never);
    await buildClient(server, o, { createdAt: new Date('2026-10-25T23:00:00Z') } as never);
    const mail = (createdAt: string, counsellor: Counsellor, answerAfterMinutes: number | null) =>
      buildMailRequest(server, o, cl, {
        counsellor,
        createdAt: new Date(createdAt),
        answeredAt: answerAfterMinutes === null ? null : new Date(Date.parse(createdAt) + answerAfterMinutes * 60_000),
        waitingSince: answerAfterMinutes === null ? new Date(createdAt) : null,
      });
    await mail('2026-03-28T23:30:00Z', x1, 30);
    await mail('2026-03-28T22:59:00Z', x1, 5);
    await mail('2026-10-25T22:30:00Z', x2, 90);
    await mail('2026-10-25T23:00:00Z', x2, null);
    await mail('2026-06-01T10:00:00Z', x1, null);
    const appt = async (start: string, c: Counsellor, status = AppointmentStatus.BOOKED) => {
      const a = await buildAppointment(server, o, c, {
        client: cl,
        start: new Date(start),
        end: new Date(Date.parse(start) + 3_600_000),
      });
      if (status !== AppointmentStatus.BOOKED) {
        await fork(server).getConnection().execute('update appointment set status = ? where id = ?', [status, a.id]);
      }
    };
    await appt('2026-03-28T23:30:00Z', x1);
    await appt('2026-05-01T08:00:00Z', x1);
    await appt('2026-06-01T08:00:00Z', x2, AppointmentStatus.CANCELLED);
    await appt('2026-10-25T23:00:00Z', x2);
    const x1api = await loginAs(server, x1);
    const { id: stream } = await openStream(x1api, { clientId: cl.id });
    await send(x1api, stream, 'Hallo');
    await fork(server)
      .getConnection()
      .execute(`update chat_message set created_at = '2026-07-01T10:00:00Z' where stream_id = ?`, [stream]);
    const { id: later } = await openStream(await loginAs(server, x2), { clientId: cl.id });
    await send(await loginAs(server, x2), later, 'Heute');

    const all = await stats(boss, { period: DST });
    expect(Object.fromEntries(all.figures.map((f: any) => [f.key, f.value]))).toEqual({
      MONITORINGS: 0,
      MINUTES: 0,
      NEW_CLIENTS: 2,
      MAIL_REQUESTS_RECEIVED: 3,
      MAIL_REQUESTS_ANSWERED: 2,
      MAIL_REQUESTS_OVERDUE: 1,
      MEDIAN_FIRST_RESPONSE_MINUTES: 60,
      APPOINTMENTS_BOOKED: 2,
      APPOINTMENTS_CANCELLED: 1,
      CHATS: 1,
    });
    const own = await stats(x1api, { period: DST });
    expect(Object.fromEntries(own.figures.map((f: any) => [f.key, f.value]))).toMatchObject({
      NEW_CLIENTS: 1,
      MAIL_REQUESTS_RECEIVED: 2,
      MAIL_REQUESTS_ANSWERED: 1,
      MAIL_REQUESTS_OVERDUE: 1,
      MEDIAN_FIRST_RESPONSE_MINUTES: 30,
      APPOINTMENTS_BOOKED: 2,
      APPOINTMENTS_CANCELLED: 0,
      CHATS: 1,
    });
    expect(all.figures.find((f: any) => f.key === 'MEDIAN_FIRST_RESPONSE_MINUTES').unit).toBe('MINUTES');
  });

  it('defaults to this year up to the end of this month by the organisation’s clock (controlled clock)', async () => {
    const o = await buildOrganisation(server);
    const a = await buildAdmin(server, o);
    const cl = await buildClient(server, o);
    const api = await loginAs(server, a);
    await document(api, cl.id, { date: '2026-12-31', durationMinutes: 10 });
    await document(api, cl.id, { date: '2027-01-01', durationMinutes: 20 });
    const viewer: Viewer = {
      accountId: a.id,
      organisationId: o.id,
      kind: 'STAFF',
      role: 'ADMIN',
      sessionId: 'test',
      tokenVersion: 0,
    };
    const at = (now: string) => new StatisticsService(fork(server)).statistics(viewer, {}, new Date(now));
    const newYear = await at('2026-12-31T23:30:00Z');
    expect(newYear.period).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    expect(newYear.figures.find((f) => f.key === 'MINUTES')!.value).toBe(20);
    const oldYear = await at('2026-12-31T22:30:00Z');
    expect(oldYear.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(oldYear.figures.find((f) => f.key === 'MINUTES')!.value).toBe(10);
    expect(oldYear.tables.find((t) => t.grouping === 'MONTH')!.rows).toHaveLength(12);
    // Through the API the default is today's.
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
    expect((await stats(api, {})).period.from).toBe(`${today.slice(0, 4)}-01-01`);
  });

  it('requires authentication and staff, and never counts another organisation', async () => {
    await server.client().fails('UNAUTHENTICATED', STATS, {});
    await (await loginAs(server, client)).fails('FORBIDDEN', STATS, {});
    const other = await stats(await loginAs(server, orgs2.b.admin), { period: Q1 });
    expect(figure(other, 'MONITORINGS')).toBe(0);
    await (await loginAs(server, orgs2.b.admin)).fails('NOT_FOUND', ONE, { id: (await document(admin, client.id)).id });
  });
});
