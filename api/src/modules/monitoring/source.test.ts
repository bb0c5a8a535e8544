import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { AppointmentKind } from '../appointments/appointment.enums.js';
import { openStream, send } from '../chat/chat.test-support.js';
import { Monitoring } from './monitoring.entity.js';
import {
  FROM_SOURCE,
  PREFILL,
  buildAppointment,
  buildMailRequest,
  buildTopic,
  fork,
} from './monitoring.test-support.js';
import { localDate } from './period.js';

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let admin: GraphQLClient;
let counsellor: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
  admin = await loginAs(server, orgs.a.admin);
  counsellor = await loginAs(server, orgs.a.counsellor);
});
afterAll(() => server?.close());

const fromSource = (api: GraphQLClient, kind: string, id: string, over: Record<string, unknown> = {}) =>
  api.ok(FROM_SOURCE, { input: { source: { kind, id }, ...over } }).then((r) => r.createMonitoringFromSource);

describe('createMonitoringFromSource: appointment', () => {
  it('takes date (organisation timezone), channel, duration, topic and subject from the appointment', async () => {
    const topic = await buildTopic(server, orgs.a.org, 'Schulden');
    // 23:30 UTC on 31 March is 1 April 01:30 in Berlin (summer time).
    const a = await buildAppointment(server, orgs.a.org, orgs.a.counsellor, {
      client: orgs.a.client,
      start: new Date('2026-03-31T23:30:00Z'),
      end: new Date('2026-04-01T00:20:00Z'),
      topic,
    });
    const m = await fromSource(counsellor, 'APPOINTMENT', a.id, { notes: 'gut verlaufen' });
    expect(m).toMatchObject({
      date: '2026-04-01',
      durationMinutes: 50,
      channel: 'PHONE',
      subject: 'Schuldnerberatung intern',
      notes: 'gut verlaufen',
      counsellor: { id: orgs.a.counsellor.id },
      client: { id: orgs.a.client.id },
      topics: [{ id: topic.id }],
      source: { kind: 'APPOINTMENT', id: a.id },
    });
  });

  it('lets given fields override the prefill', async () => {
    const a = await buildAppointment(server, orgs.a.org, orgs.a.counsellor, {
      client: orgs.a.client,
      start: new Date('2026-05-04T08:00:00Z'),
      end: new Date('2026-05-04T09:00:00Z'),
      title: 'Gespräch',
    });
    const m = await fromSource(counsellor, 'APPOINTMENT', a.id, { durationMinutes: 75, channel: 'ON_SITE' });
    expect(m).toMatchObject({ date: '2026-05-04', durationMinutes: 75, channel: 'ON_SITE', subject: 'Gespräch' });
  });

  it('refuses appointments without a single client, and another organisation’s', async () => {
    const group = await buildAppointment(server, orgs.a.org, orgs.a.counsellor, {
      kind: AppointmentKind.GROUP,
      start: new Date('2026-05-05T08:00:00Z'),
      end: new Date('2026-05-05T09:00:00Z'),
    });
    const err = await counsellor.fails('BAD_USER_INPUT', FROM_SOURCE, {
      input: { source: { kind: 'APPOINTMENT', id: group.id } },
    });
    expect(err.extensions?.reason).toBe('NO_SINGLE_CLIENT');
    const foreign = await buildAppointment(server, orgs.b.org, orgs.b.counsellor, {
      client: orgs.b.client,
      start: new Date('2026-05-05T08:00:00Z'),
      end: new Date('2026-05-05T09:00:00Z'),
    });
    await counsellor.fails('NOT_FOUND', FROM_SOURCE, { input: { source: { kind: 'APPOINTMENT', id: foreign.id } } });
    expect(await fork(server).count(Monitoring, { appointment: foreign.id })).toBe(0);
  });
});

describe('createMonitoringFromSource: mail request', () => {
  it('takes channel MAIL, topic, request data and subject; the duration must be given', async () => {
    const topic = await buildTopic(server, orgs.a.org, 'Sucht');
    const r = await buildMailRequest(server, orgs.a.org, orgs.a.client, {
      counsellor: orgs.a.counsellor,
      topic,
      requestData: { ageGroup: '18-26', gender: 'divers' },
      subject: 'Frage zur Beratung',
    });
    const err = await counsellor.fails('BAD_USER_INPUT', FROM_SOURCE, {
      input: { source: { kind: 'MAIL_REQUEST', id: r.id } },
    });
    expect(err.extensions?.fields?.[0]?.path).toBe('durationMinutes');
    const m = await fromSource(counsellor, 'MAIL_REQUEST', r.id, { durationMinutes: 25, date: '2026-02-02' });
    expect(m).toMatchObject({
      date: '2026-02-02',
      durationMinutes: 25,
      channel: 'MAIL',
      subject: 'Frage zur Beratung',
      client: { id: orgs.a.client.id },
      topics: [{ id: topic.id }],
      source: { kind: 'MAIL_REQUEST', id: r.id },
    });
    expect(m.requestData).toEqual(
      expect.arrayContaining([
        { key: 'ageGroup', value: '18-26' },
        { key: 'gender', value: 'divers' },
      ]),
    );
  });

  it('needs the viewer to see the request: a colleague’s assigned request is NOT_FOUND in a restricted organisation', async () => {
    const em = fork(server);
    const org = await em.findOneOrFail('Organisation', orgs.a.org.id);
    (org as { opennessLevel: string }).opennessLevel = 'RESTRICTED';
    await em.flush();
    const other = await buildCounsellor(server, orgs.a.org);
    const r = await buildMailRequest(server, orgs.a.org, orgs.a.client, { counsellor: other });
    await counsellor.fails('NOT_FOUND', FROM_SOURCE, {
      input: { source: { kind: 'MAIL_REQUEST', id: r.id }, durationMinutes: 10 },
    });
    const m = await fromSource(admin, 'MAIL_REQUEST', r.id, { durationMinutes: 10 });
    expect(m.counsellor.id).toBe(orgs.a.admin.id);
    const foreign = await buildMailRequest(server, orgs.b.org, orgs.b.client, { counsellor: orgs.b.counsellor });
    await admin.fails('NOT_FOUND', FROM_SOURCE, {
      input: { source: { kind: 'MAIL_REQUEST', id: foreign.id }, durationMinutes: 10 },
    });
  });
});

describe('createMonitoringFromSource: chat stream', () => {
  it('takes the first message’s day and the minutes from the first to the last message', async () => {
    const cl = await buildClient(server, orgs.a.org);
    const { id } = await openStream(counsellor, { clientId: cl.id });
    await send(counsellor, id, 'Hallo');
    await send(await loginAs(server, cl), id, 'Hallo zurück');
    await send(counsellor, id, 'Tschüss');
    // Controlled times: 22:50 UTC on 31 January is 1 February 23:50 in Berlin… no: 23:50 on 31 January.
    await fork(server)
      .getConnection()
      .execute(
        `update chat_message set created_at = timestamptz '2026-01-31 22:50:00+00' + (seq - 1) * interval '16 minutes' where stream_id = ?`,
        [id],
      );
    const m = await fromSource(counsellor, 'CHAT_STREAM', id);
    expect(m).toMatchObject({
      date: '2026-01-31',
      durationMinutes: 32,
      channel: 'CHAT',
      client: { id: cl.id },
      source: { kind: 'CHAT_STREAM', id },
    });
  });

  it('needs membership (admins: any stream) and exactly one client', async () => {
    const cl = await buildClient(server, orgs.a.org);
    const { id } = await openStream(counsellor, { clientId: cl.id });
    await send(counsellor, id, 'Hallo');
    const outsider = await loginAs(server, await buildCounsellor(server, orgs.a.org));
    await outsider.fails('NOT_FOUND', FROM_SOURCE, { input: { source: { kind: 'CHAT_STREAM', id } } });
    expect((await fromSource(admin, 'CHAT_STREAM', id)).client.id).toBe(cl.id);

    const { id: colleagues } = await openStream(counsellor, { counsellorId: orgs.a.admin.id });
    await send(counsellor, colleagues, 'Kaffee?');
    const err = await counsellor.fails('BAD_USER_INPUT', FROM_SOURCE, {
      input: { source: { kind: 'CHAT_STREAM', id: colleagues } },
    });
    expect(err.extensions?.reason).toBe('NO_SINGLE_CLIENT');
    await (
      await loginAs(server, orgs.b.admin)
    ).fails('NOT_FOUND', FROM_SOURCE, {
      input: { source: { kind: 'CHAT_STREAM', id } },
    });
  });

  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', FROM_SOURCE, {
      input: { source: { kind: 'CHAT_STREAM', id: orgs.a.client.id } },
    });
  });
});

describe('monitoringPrefill', () => {
  const prefill = (api: GraphQLClient, kind: string, id: string) =>
    api.ok(PREFILL, { source: { kind, id } }).then((r) => r.monitoringPrefill);

  it('answers what createMonitoringFromSource would save, and saves nothing', async () => {
    const topic = await buildTopic(server, orgs.a.org, 'Wohnen');
    const a = await buildAppointment(server, orgs.a.org, orgs.a.counsellor, {
      client: orgs.a.client,
      start: new Date('2026-06-02T08:00:00Z'),
      end: new Date('2026-06-02T08:45:00Z'),
      topic,
    });
    expect(await prefill(counsellor, 'APPOINTMENT', a.id)).toEqual({
      source: { kind: 'APPOINTMENT', id: a.id },
      client: { id: orgs.a.client.id, pseudonym: orgs.a.client.pseudonym },
      date: '2026-06-02',
      durationMinutes: 45,
      subject: 'Schuldnerberatung intern',
      channel: 'PHONE',
      topics: [{ id: topic.id, name: 'Wohnen' }],
      requestData: [],
    });
    expect(await fork(server).count(Monitoring, { appointment: a.id })).toBe(0);
  });

  it('leaves the duration of a mail request open and dates it today (organisation timezone)', async () => {
    const r = await buildMailRequest(server, orgs.a.org, orgs.a.client, {
      counsellor: orgs.a.counsellor,
      requestData: { ageGroup: '27-40' },
      subject: 'Schlafprobleme',
    });
    const p = await prefill(counsellor, 'MAIL_REQUEST', r.id);
    expect(p).toMatchObject({
      durationMinutes: null,
      subject: 'Schlafprobleme',
      channel: 'MAIL',
      requestData: [{ key: 'ageGroup', value: '27-40' }],
      date: localDate(new Date(), 'Europe/Berlin'),
    });
    expect(await fork(server).count(Monitoring, { mailRequest: r.id })).toBe(0);
  });

  it('has the same rules as creating: another organisation’s source is NOT_FOUND, a group NO_SINGLE_CLIENT', async () => {
    const foreign = await buildMailRequest(server, orgs.b.org, orgs.b.client, { counsellor: orgs.b.counsellor });
    await admin.fails('NOT_FOUND', PREFILL, { source: { kind: 'MAIL_REQUEST', id: foreign.id } });
    const group = await buildAppointment(server, orgs.a.org, orgs.a.counsellor, {
      kind: AppointmentKind.GROUP,
      start: new Date('2026-06-03T08:00:00Z'),
      end: new Date('2026-06-03T09:00:00Z'),
    });
    const err = await counsellor.fails('BAD_USER_INPUT', PREFILL, { source: { kind: 'APPOINTMENT', id: group.id } });
    expect(err.extensions?.reason).toBe('NO_SINGLE_CLIENT');
    await counsellor.fails('BAD_USER_INPUT', PREFILL, { source: { kind: 'APPOINTMENT', id: 'not-an-id' } });
  });

  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', PREFILL, { source: { kind: 'APPOINTMENT', id: orgs.a.client.id } });
  });
});
