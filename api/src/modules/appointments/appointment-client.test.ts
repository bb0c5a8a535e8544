/**
 * changeAppointmentClient: staff give a booked single appointment to another client (booked for the
 * wrong person) without freeing the time. Over HTTP with real SMTP: the former client gets the
 * cancellation, the new one the confirmation (with a cancel link that works; the former one's no longer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import {
  buildClient,
  buildCounsellor,
  buildTwoOrganisations,
  loginAs,
  uniq,
} from '../../../../tests/support/builders.js';
import { AccountStatus } from '../identity/account.entity.js';
import { Client } from '../client/client.entity.js';
import { Appointment } from './appointment.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { CANCEL_BOOKING, at, dayFromToday, offer } from './test-support.js';

let server: TestServer;
let smtp: TestSmtp;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const em = () => server.orm.em.fork() as EntityManager;
// Staff book any time (no booking window): a fixed hour well ahead, whatever the weekday.
const day = dayFromToday(20);

const CREATE = `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) {
  __typename ... on Appointment { id sequence } } }`;
const CHANGE = `mutation($input: ChangeAppointmentClientInput!) { changeAppointmentClient(input: $input) {
  id status sequence client { id pseudonym } } }`;
const CANCEL = `mutation($input: IdInput!) { cancelAppointment(input: $input) { status } }`;
const GROUP = `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) {
  __typename ... on Appointment { id } } }`;
const BLOCKER = `mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { __typename ... on Appointment { id } } }`;

let serviceId: string;
let hour = 7;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url });
  world = await buildTwoOrganisations(server);
  await em().nativeUpdate(Organisation, { id: world.a.org.id }, { contentLanguages: ['de', 'en'] });
  serviceId = await offer(await loginAs(server, world.a.admin), world.a.counsellor.id);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const client = (label: string) => buildClient(server, world.a.org, { email: `${uniq(label)}@example.net` });

/** A single appointment of A's counsellor (each at its own hour of `day`) for `owner`. */
async function appointment(owner: Client, counsellorId = world.a.counsellor.id) {
  const admin = await loginAs(server, world.a.admin);
  const r = await admin.ok(CREATE, {
    input: { counsellorId, clientId: owner.id, serviceId, start: at(day, hour++) },
  });
  const first = await smtp.waitFor(owner.email!);
  return { id: r.createAppointment.id as string, sequence: r.createAppointment.sequence as number, first };
}

const tokenOf = (text: string | undefined) => /token=([^\s]+)/.exec(text ?? '')?.[1];

describe('changeAppointmentClient', () => {
  it('gives the appointment to the new client: cancellation to the former, confirmation to the new one', async () => {
    const former = await client('former');
    const next = await client('next');
    const a = await appointment(former);
    const oldToken = decodeURIComponent(tokenOf(a.first.text)!);
    const counsellor = await loginAs(server, world.a.counsellor);

    const { changeAppointmentClient: changed } = await counsellor.ok(CHANGE, {
      input: { appointmentId: a.id, clientId: next.id, lang: 'en' },
    });
    expect(changed).toMatchObject({ id: a.id, status: 'BOOKED', client: { id: next.id, pseudonym: next.pseudonym } });
    expect(changed.sequence).toBe(a.sequence + 1);

    const gone = await smtp.waitFor(former.email!, (m) => m.subject?.startsWith('Termin abgesagt') ?? false);
    expect(gone.text).toContain('Ihr Termin wurde abgesagt.');
    const ics = String(gone.attachments[0]?.content);
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain(`SEQUENCE:${a.sequence + 1}`);

    const confirmed = await smtp.waitFor(next.email!);
    expect(confirmed.subject).toMatch(/^Appointment confirmed: /);
    expect(String(confirmed.attachments[0]?.content)).toContain(`SEQUENCE:${a.sequence + 1}`);

    const row = await em().findOneOrFail(Appointment, a.id, { populate: ['client'] });
    expect(row).toMatchObject({ contactEmail: next.email, lang: 'en', startsAt: at(day, hour - 1) });
    // The former client's cancel link no longer cancels; the new client's does.
    await server.client().fails('NOT_FOUND', CANCEL_BOOKING, { input: { token: oldToken } });
    const newToken = decodeURIComponent(tokenOf(confirmed.text)!);
    expect((await server.client().ok(CANCEL_BOOKING, { input: { token: newToken } })).cancelBooking.status).toBe(
      'CANCELLED',
    );
  });

  it('in the new client’s latest booking language when none is given, else the default', async () => {
    const next = await client('default');
    const a = await appointment(await client('f'));
    await (await loginAs(server, world.a.admin)).ok(CHANGE, { input: { appointmentId: a.id, clientId: next.id } });
    expect((await smtp.waitFor(next.email!)).subject).toMatch(/^Terminbestätigung: /);
    expect((await em().findOneOrFail(Appointment, a.id)).lang ?? null).toBeNull();
  });

  it('an admin may change a counsellor’s appointment; a colleague may not (FORBIDDEN, nothing changes)', async () => {
    const former = await client('f');
    const a = await appointment(former);
    const colleague = await buildCounsellor(server, world.a.org);
    const other = await client('o');
    await (
      await loginAs(server, colleague)
    ).fails('FORBIDDEN', CHANGE, { input: { appointmentId: a.id, clientId: other.id } });
    expect((await em().findOneOrFail(Appointment, a.id)).client!.id).toBe(former.id);
    const admin = await loginAs(server, world.a.admin);
    const r = await admin.ok(CHANGE, { input: { appointmentId: a.id, clientId: other.id } });
    expect(r.changeAppointmentClient.client.id).toBe(other.id);
  });

  it('NOT_FOUND for another organisation’s appointment or client', async () => {
    const a = await appointment(await client('f'));
    const admin = await loginAs(server, world.a.admin);
    await admin.fails('NOT_FOUND', CHANGE, { input: { appointmentId: a.id, clientId: world.b.client.id } });
    const foreign = await (
      await loginAs(server, world.b.admin)
    ).ok(CREATE, {
      input: {
        counsellorId: world.b.counsellor.id,
        clientId: world.b.client.id,
        start: at(day, 9),
        durationMinutes: 30,
        channel: 'PHONE',
      },
    });
    await admin.fails('NOT_FOUND', CHANGE, {
      input: { appointmentId: foreign.createAppointment.id, clientId: world.a.client.id },
    });
    await (
      await loginAs(server, world.b.admin)
    ).fails('NOT_FOUND', CHANGE, {
      input: { appointmentId: a.id, clientId: world.b.client.id },
    });
  });

  it('BAD_USER_INPUT, nothing changed, for the same client, a blocked or deleted client, a cancelled or past appointment', async () => {
    const former = await client('f');
    const admin = await loginAs(server, world.a.admin);
    const a = await appointment(former);
    const reason = async (input: Record<string, unknown>) =>
      (await admin.fails('BAD_USER_INPUT', CHANGE, { input })).extensions?.reason;

    expect(await reason({ appointmentId: a.id, clientId: former.id })).toBe('SAME_CLIENT');
    for (const status of [AccountStatus.BLOCKED, AccountStatus.DELETION_PENDING]) {
      const c = await buildClient(server, world.a.org, { status } as never);
      expect(await reason({ appointmentId: a.id, clientId: c.id })).toBe('CLIENT_NOT_ACTIVE');
    }
    const other = await client('o');
    const past = await appointment(await client('p'));
    await em().nativeUpdate(
      Appointment,
      { id: past.id },
      {
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(Date.now() - 600_000),
        blockedUntil: new Date(Date.now() - 600_000),
      },
    );
    expect(await reason({ appointmentId: past.id, clientId: other.id })).toBe('APPOINTMENT_NOT_CHANGEABLE');
    await admin.ok(CANCEL, { input: { id: a.id } });
    expect(await reason({ appointmentId: a.id, clientId: other.id })).toBe('APPOINTMENT_CANCELLED');
    expect((await em().findOneOrFail(Appointment, a.id)).client!.id).toBe(former.id);
    expect(smtp.mails.some((m) => m.to && JSON.stringify(m.to).includes(other.email!))).toBe(false);
  });

  it('BAD_USER_INPUT for a group appointment or a blocker', async () => {
    const admin = await loginAs(server, world.a.admin);
    const c = await client('g');
    const { createGroupAppointment: g } = await admin.ok(GROUP, {
      input: {
        counsellorId: world.a.counsellor.id,
        title: 'Gruppe',
        date: day,
        from: '18:00',
        to: '19:00',
        channel: 'VIDEO',
        maxParticipants: 3,
        bookableByClients: false,
      },
    });
    const { createBlocker: b } = await admin.ok(BLOCKER, {
      input: { counsellorId: world.a.counsellor.id, start: at(day, 20), end: at(day, 21) },
    });
    for (const id of [g.id, b.id]) {
      const err = await admin.fails('BAD_USER_INPUT', CHANGE, { input: { appointmentId: id, clientId: c.id } });
      expect(err.extensions?.reason).toBe('NOT_A_SINGLE_APPOINTMENT');
    }
  });

  it('requires staff', async () => {
    const a = await appointment(await client('f'));
    await server
      .client()
      .fails('UNAUTHENTICATED', CHANGE, { input: { appointmentId: a.id, clientId: world.a.client.id } });
    const asClient = await loginAs(server, world.a.client);
    await asClient.fails('FORBIDDEN', CHANGE, { input: { appointmentId: a.id, clientId: world.a.client.id } });
  });
});
