import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeJwt, jwtVerify } from 'jose';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildClient,
  buildCounsellor,
  buildTwoOrganisations,
  loginAs,
  uniq,
} from '../../../../tests/support/builders.js';
import { Appointment, GroupParticipant } from './appointment.entity.js';
import { at, dayFromToday, offer, reserve, CANCEL_BOOKING, CONFIRM, FREE_SLOTS } from './test-support.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';

const JITSI = { domain: 'meet.example.org', appId: 'lotse', appSecret: 'jitsi-secret-for-tests-0123456789' };
let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const em = () => server.orm.em.fork() as EntityManager;
const day = dayFromToday(5);

beforeAll(async () => {
  server = await startTestServer({ jitsi: JITSI });
  world = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

const CREATE_GROUP = `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) {
  __typename ... on Appointment { id kind status start end title maxParticipants bookableByClients sequence participantCount }
  ... on SlotTaken { reason } } }`;
const BOOK_SEAT = `mutation($input: BookGroupSeatInput!) { bookGroupSeat(input: $input) {
  __typename ... on Booking { id title pseudonym cancelToken } ... on GroupFull { reason capacity } } }`;
const CREATE_APPOINTMENT = `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) {
  __typename ... on Appointment { id kind status start end channel client { id pseudonym } counsellorId } ... on SlotTaken { reason } } }`;
const BLOCKER = `mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { __typename ... on Appointment { id kind } ... on SlotTaken { reason } } }`;
const CALENDAR = `query($from: DateTimeISO!, $to: DateTimeISO!, $scope: CalendarScope, $c: ID, $free: Boolean) {
  calendar(from: $from, to: $to, scope: $scope, counsellorId: $c, includeFreeSlots: $free) {
    appointments { id kind status counsellorId title participants { pseudonym } }
    freeSlots { counsellorId starts } } }`;
const CANCEL = `mutation($input: IdInput!) { cancelAppointment(input: $input) { status } }`;
const START_VIDEO = `mutation($input: AppointmentIdInput!) { startVideo(input: $input) { moderatorUrl guestUrl seminarUrl external expiresAt } }`;

async function group(counsellorId: string, max: number, from = '14:00', to = '15:30') {
  const admin = await loginAs(server, world.a.admin);
  const r = await admin.ok(CREATE_GROUP, {
    input: {
      counsellorId,
      title: 'Elterngruppe',
      remarks: 'Bitte pünktlich',
      date: day,
      from,
      to,
      followUpMinutes: 15,
      channel: 'VIDEO',
      maxParticipants: max,
      bookableByClients: true,
    },
  });
  return r.createGroupAppointment;
}

describe('createGroupAppointment / bookGroupSeat', () => {
  it('never books more seats than the maximum, however concurrent', async () => {
    const c = await buildCounsellor(server, world.a.org);
    const g = await group(c.id, 3);
    expect(g).toMatchObject({
      kind: 'GROUP',
      status: 'BOOKED',
      start: at(day, 14).toISOString(),
      end: at(day, 15, 30).toISOString(),
    });
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        server.client().ok(BOOK_SEAT, {
          input: {
            organisationKey: world.a.org.publicKey,
            appointmentId: g.id,
            pseudonym: uniq('seat'),
            consent: true,
          },
        }),
      ),
    );
    const booked = results.filter((r) => r.bookGroupSeat.__typename === 'Booking');
    expect(booked).toHaveLength(3);
    expect(results.filter((r) => r.bookGroupSeat.__typename === 'GroupFull')).toHaveLength(9);
    expect(await em().count(GroupParticipant, { appointment: g.id })).toBe(3);
    // Visitors who got no seat got no client account either.
    const seatClients = await em()
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from account where organisation_id = ? and kind = 'CLIENT' and pseudonym like 'seat%'`,
        [world.a.org.id],
      );
    expect(Number(seatClients[0]!.n)).toBe(3);
    const offers = await server
      .client()
      .ok(
        `query($k: String!, $f: DateTimeISO!, $t: DateTimeISO!) { groupOffers(organisationKey: $k, from: $f, to: $t) { id seatsLeft title } }`,
        { k: world.a.org.publicKey, f: at(day, 0).toISOString(), t: at(day, 24).toISOString() },
      );
    expect(offers.groupOffers.find((o: { id: string }) => o.id === g.id)).toMatchObject({
      seatsLeft: 0,
      title: 'Elterngruppe',
    });
  });

  it('staff add participants all-or-none within the maximum; update raises SEQUENCE; cancel frees the time', async () => {
    const c = await buildCounsellor(server, world.a.org);
    const g = await group(c.id, 2, '16:00', '17:00');
    const admin = await loginAs(server, world.a.admin);
    const clients = await Promise.all([1, 2, 3].map(() => buildClient(server, world.a.org)));
    const ADD = `mutation($input: GroupParticipantsInput!) { addGroupParticipants(input: $input) {
      __typename ... on Appointment { participantCount participants { id } } ... on GroupFull { capacity } } }`;
    const full = await admin.ok(ADD, { input: { appointmentId: g.id, clientIds: clients.map((x) => x.id) } });
    expect(full.addGroupParticipants).toEqual({ __typename: 'GroupFull', capacity: 2 });
    expect(await em().count(GroupParticipant, { appointment: g.id })).toBe(0);
    const ok = await admin.ok(ADD, { input: { appointmentId: g.id, clientIds: [clients[0]!.id, clients[1]!.id] } });
    expect(ok.addGroupParticipants.participantCount).toBe(2);
    await admin.fails('NOT_FOUND', ADD, { input: { appointmentId: g.id, clientIds: [world.b.client.id] } });

    const UPDATE = `mutation($input: UpdateGroupAppointmentInput!) { updateGroupAppointment(input: $input) {
      __typename ... on Appointment { start end title sequence maxParticipants } ... on GroupFull { capacity } ... on SlotTaken { reason } } }`;
    const moved = await admin.ok(UPDATE, { input: { id: g.id, from: '17:00', to: '18:00', title: 'Elternabend' } });
    expect(moved.updateGroupAppointment).toMatchObject({
      start: at(day, 17).toISOString(),
      end: at(day, 18).toISOString(),
      title: 'Elternabend',
      sequence: 1,
    });
    const shrink = await admin.ok(UPDATE, { input: { id: g.id, maxParticipants: 1 } });
    expect(shrink.updateGroupAppointment.__typename).toBe('GroupFull');
    await admin.fails('BAD_USER_INPUT', UPDATE, { input: { id: g.id, from: '18:00', to: '17:00' } });
    await admin.fails('BAD_USER_INPUT', UPDATE, { input: { id: g.id, date: '2027-02-30' } });
    const row = await em().findOneOrFail(Appointment, g.id);
    expect(row.title).toBe('Elternabend');
    expect(row.maxParticipants).toBe(2);

    // A blocker over the group's time is refused by the database.
    const clash = await admin.ok(BLOCKER, {
      input: { counsellorId: c.id, start: at(day, 17, 30).toISOString(), end: at(day, 19).toISOString() },
    });
    expect(clash.createBlocker).toEqual({ __typename: 'SlotTaken', reason: 'SLOT_TAKEN' });
    expect((await admin.ok(CANCEL, { input: { id: g.id } })).cancelAppointment.status).toBe('CANCELLED');
    const free = await admin.ok(BLOCKER, {
      input: { counsellorId: c.id, start: at(day, 17, 30).toISOString(), end: at(day, 19).toISOString() },
    });
    expect(free.createBlocker.__typename).toBe('Appointment');
  });

  it('rejects bad input and internal groups for seat booking', async () => {
    const admin = await loginAs(server, world.a.admin);
    const c = await buildCounsellor(server, world.a.org);
    const base = {
      counsellorId: c.id,
      title: 'Team',
      date: day,
      from: '08:00',
      to: '09:00',
      channel: 'ON_SITE',
      maxParticipants: 5,
      bookableByClients: false,
    };
    for (const input of [
      { ...base, maxParticipants: 0 },
      { ...base, from: '10:00' },
      { ...base, title: '' },
      { ...base, date: '05.12.2026' },
      { ...base, title: 'x'.repeat(201) },
    ])
      await admin.fails('BAD_USER_INPUT', CREATE_GROUP, { input });
    expect(await em().count(Appointment, { counsellor: c.id })).toBe(0);
    const team = (await admin.ok(CREATE_GROUP, { input: base })).createGroupAppointment;
    await server.client().fails('NOT_FOUND', BOOK_SEAT, {
      input: { organisationKey: world.a.org.publicKey, appointmentId: team.id, pseudonym: uniq('x'), consent: true },
    });
  });
});

describe('cancelBooking (group seat)', () => {
  it('gives the seat up once and answers a repeated cancel the same way (idempotent, one mail)', async () => {
    const c = await buildCounsellor(server, world.a.org);
    const g = await group(c.id, 2, '08:00', '09:00');
    const email = `${uniq('seat')}@example.org`;
    const seat = (
      await server.client().ok(BOOK_SEAT, {
        input: {
          organisationKey: world.a.org.publicKey,
          appointmentId: g.id,
          pseudonym: uniq('s'),
          email,
          consent: true,
        },
      })
    ).bookGroupSeat;
    const DESCRIBE = `query($t: String!) { bookingByCancelToken(token: $t) { appointmentId cancelled } }`;
    expect((await server.client().ok(DESCRIBE, { t: seat.cancelToken })).bookingByCancelToken.cancelled).toBe(false);
    const cancelMails = () => em().count(OutboxMail, { to: email, subject: { $ilike: '%abgesagt%' } });

    const first = await server.client().ok(CANCEL_BOOKING, { input: { token: seat.cancelToken } });
    expect(first.cancelBooking).toEqual({ appointmentId: g.id, status: 'CANCELLED' });
    const second = await server.client().ok(CANCEL_BOOKING, { input: { token: seat.cancelToken } });
    expect(second.cancelBooking).toEqual(first.cancelBooking);

    expect(await em().count(GroupParticipant, { appointment: g.id })).toBe(0);
    expect(await cancelMails()).toBe(1);
    // The group goes on; the link's page says the seat is given up.
    expect((await em().findOneOrFail(Appointment, g.id)).status).toBe('BOOKED');
    expect((await server.client().ok(DESCRIBE, { t: seat.cancelToken })).bookingByCancelToken).toEqual({
      appointmentId: g.id,
      cancelled: true,
    });
  });
});

describe('createAppointment / createBlocker', () => {
  it('staff book a single appointment for a client; it hides the slot; overlaps are SlotTaken', async () => {
    const c = await buildCounsellor(server, world.a.org);
    const admin = await loginAs(server, world.a.admin);
    const serviceId = await offer(admin, c.id);
    const api = await loginAs(server, c);
    const r = await api.ok(CREATE_APPOINTMENT, {
      input: { counsellorId: c.id, clientId: world.a.client.id, serviceId, start: at(day, 10).toISOString() },
    });
    expect(r.createAppointment).toMatchObject({
      __typename: 'Appointment',
      kind: 'SINGLE',
      status: 'BOOKED',
      channel: 'VIDEO',
      client: { id: world.a.client.id },
    });
    const slots = await server.client().ok(FREE_SLOTS, {
      key: world.a.org.publicKey,
      from: at(day, 0).toISOString(),
      to: at(day, 24).toISOString(),
      counsellorId: c.id,
    });
    expect(slots.freeSlots[0].starts).toEqual([at(day, 9).toISOString(), at(day, 11).toISOString()]);
    const clash = await api.ok(CREATE_APPOINTMENT, {
      input: {
        counsellorId: c.id,
        clientId: world.a.client.id,
        start: at(day, 10, 30).toISOString(),
        durationMinutes: 30,
        channel: 'PHONE',
      },
    });
    expect(clash.createAppointment.__typename).toBe('SlotTaken');
    // Permissions: a counsellor books only for themselves; wrong organisation → NOT_FOUND; bad input.
    await api.fails('FORBIDDEN', CREATE_APPOINTMENT, {
      input: {
        counsellorId: world.a.counsellor.id,
        clientId: world.a.client.id,
        serviceId,
        start: at(day, 9).toISOString(),
      },
    });
    await api.fails('NOT_FOUND', CREATE_APPOINTMENT, {
      input: { counsellorId: c.id, clientId: world.b.client.id, serviceId, start: at(day, 9).toISOString() },
    });
    await api.fails('BAD_USER_INPUT', CREATE_APPOINTMENT, {
      input: { counsellorId: c.id, clientId: world.a.client.id, start: at(day, 9).toISOString() },
    });
    await api.fails('BAD_USER_INPUT', BLOCKER, {
      input: { counsellorId: c.id, start: at(day, 12).toISOString(), end: at(day, 11).toISOString() },
    });
    expect(await em().count(Appointment, { counsellor: c.id })).toBe(1);
    await (
      await loginAs(server, world.a.client)
    ).fails('FORBIDDEN', CREATE_APPOINTMENT, {
      input: { counsellorId: c.id, clientId: world.a.client.id, serviceId, start: at(day, 9).toISOString() },
    });
  });
});

describe('calendar', () => {
  it('shows own / a colleague / all appointments of the organisation, optionally with free slots', async () => {
    const c1 = await buildCounsellor(server, world.a.org);
    const c2 = await buildCounsellor(server, world.a.org);
    const admin = await loginAs(server, world.a.admin);
    const serviceId = await offer(admin, c1.id);
    const hold = await reserve(server.client(), world.a.org.publicKey, serviceId, c1.id, at(day, 9));
    await server.client().ok(CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym: uniq('cal'), consent: true },
    });
    await admin.ok(BLOCKER, {
      input: {
        counsellorId: c2.id,
        start: at(day, 13).toISOString(),
        end: at(day, 14).toISOString(),
        title: 'Supervision',
      },
    });
    const range = { from: at(day, 0).toISOString(), to: at(day, 24).toISOString() };
    const me = await loginAs(server, c1);
    const own = (await me.ok(CALENDAR, { ...range, free: true })).calendar;
    expect(own.appointments.map((a: { id: string }) => a.id)).toEqual([hold.id]);
    expect(own.freeSlots).toEqual([
      { counsellorId: c1.id, starts: [at(day, 10).toISOString(), at(day, 11).toISOString()] },
    ]);
    const colleague = (await me.ok(CALENDAR, { ...range, scope: 'COUNSELLOR', c: c2.id })).calendar;
    expect(colleague.appointments).toMatchObject([{ kind: 'BLOCKER', title: 'Supervision', counsellorId: c2.id }]);
    expect(colleague.freeSlots).toEqual([]);
    const all = (await me.ok(CALENDAR, { ...range, scope: 'ALL' })).calendar;
    expect(all.appointments.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([hold.id]));
    expect(all.appointments.length).toBeGreaterThanOrEqual(2);
    // Another organisation sees none of it, and cannot name A's counsellor.
    const other = await loginAs(server, world.b.admin);
    const theirs = (await other.ok(CALENDAR, { ...range, scope: 'ALL' })).calendar;
    expect(theirs.appointments.map((a: { id: string }) => a.id)).not.toContain(hold.id);
    await other.fails('NOT_FOUND', CALENDAR, { ...range, scope: 'COUNSELLOR', c: c1.id });
    await other.fails('NOT_FOUND', `query($id: ID!) { appointment(id: $id) { id } }`, { id: hold.id });
    await server.client().fails('UNAUTHENTICATED', CALENDAR, range);
    await (await loginAs(server, world.a.client)).fails('FORBIDDEN', CALENDAR, range);
    await me.fails('BAD_USER_INPUT', CALENDAR, { from: range.to, to: range.from });
  });
});

describe('cancelAppointment', () => {
  it('the counsellor cancels their own, an admin any; a colleague may not', async () => {
    const c = await buildCounsellor(server, world.a.org);
    const api = await loginAs(server, c);
    const b = await api.ok(BLOCKER, {
      input: { counsellorId: c.id, start: at(day, 20).toISOString(), end: at(day, 21).toISOString() },
    });
    const colleague = await loginAs(server, world.a.counsellor);
    await colleague.fails('FORBIDDEN', CANCEL, { input: { id: b.createBlocker.id } });
    await (await loginAs(server, world.b.admin)).fails('NOT_FOUND', CANCEL, { input: { id: b.createBlocker.id } });
    expect((await em().findOneOrFail(Appointment, b.createBlocker.id)).status).toBe('BOOKED');
    expect((await api.ok(CANCEL, { input: { id: b.createBlocker.id } })).cancelAppointment.status).toBe('CANCELLED');
  });
});

describe('startVideo / joinVideo', () => {
  it('signs Jitsi tokens: counsellor owner/moderator, guest and seminar members; seminar starts muted', async () => {
    const c = await buildCounsellor(server, world.a.org);
    const admin = await loginAs(server, world.a.admin);
    const serviceId = await offer(admin, c.id, { channel: 'VIDEO' });
    const client = await buildClient(server, world.a.org);
    const clientApi = await loginAs(server, client);
    const hold = await reserve(clientApi, world.a.org.publicKey, serviceId, c.id, at(day, 11));
    const booked = await clientApi.ok(CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, consent: true },
    });
    const linkToken = booked.confirmBooking.cancelToken as string;

    const api = await loginAs(server, c);
    const links = (await api.ok(START_VIDEO, { input: { appointmentId: hold.id } })).startVideo;
    expect(links.external).toBe(false);
    const room = new URL(links.moderatorUrl).pathname.slice(1);
    expect(room).toMatch(/^lotse-[0-9a-f]{32}$/);
    const key = new TextEncoder().encode(JITSI.appSecret);
    const owner = await jwtVerify(new URL(links.moderatorUrl).searchParams.get('jwt')!, key, {
      audience: 'jitsi',
      issuer: 'lotse',
    });
    expect(owner.payload).toMatchObject({
      sub: JITSI.domain,
      room,
      context: { user: { id: c.id, name: c.displayName, affiliation: 'owner', moderator: true } },
    });
    expect(owner.payload.exp! * 1000).toBeGreaterThan(at(day, 11, 50).getTime());
    const guest = decodeJwt(new URL(links.guestUrl).searchParams.get('jwt')!);
    expect(guest).toMatchObject({ room, context: { user: { affiliation: 'member', moderator: false } } });
    expect(links.seminarUrl).toContain('#config.startWithAudioMuted=true&config.startWithVideoMuted=true');
    const seminar = decodeJwt(new URL(links.seminarUrl.split('#')[0]!).searchParams.get('jwt')!);
    expect(seminar).toMatchObject({ room, context: { user: { affiliation: 'member', moderator: false } } });

    const JOIN = `mutation($input: AppointmentIdInput!) { joinVideo(input: $input) }`;
    const JOIN_BY_LINK = `mutation($input: AppointmentLinkInput!) { joinVideoByLink(input: $input) }`;
    // Days ahead the room is not open for the client yet (the counsellor may start it any time).
    const early = await clientApi.fails('BAD_USER_INPUT', JOIN, { input: { appointmentId: hold.id } });
    expect(early.extensions?.reason).toBe('VIDEO_NOT_OPEN_YET');
    const earlyByLink = await server.client().fails('BAD_USER_INPUT', JOIN_BY_LINK, { input: { token: linkToken } });
    expect(earlyByLink.extensions?.reason).toBe('VIDEO_NOT_OPEN_YET');
    // Five minutes before the start it is.
    const startsAt = new Date(Date.now() + 5 * 60_000);
    const endsAt = new Date(startsAt.getTime() + 50 * 60_000);
    await em().nativeUpdate(Appointment, { id: hold.id }, { startsAt, endsAt, blockedUntil: endsAt });
    const joined = (await clientApi.ok(JOIN, { input: { appointmentId: hold.id } })).joinVideo as string;
    // The mail's link (no login) joins as the same client.
    const byLink = (await server.client().ok(JOIN_BY_LINK, { input: { token: linkToken } })).joinVideoByLink as string;
    expect(new URL(byLink).pathname.slice(1)).toBe(room);
    expect(
      (await jwtVerify(new URL(byLink).searchParams.get('jwt')!, key, { audience: 'jitsi' })).payload,
    ).toMatchObject({
      room,
      context: { user: { id: client.id, name: client.pseudonym, affiliation: 'member', moderator: false } },
    });
    await server.client().fails('NOT_FOUND', JOIN_BY_LINK, { input: { token: `${linkToken}x` } });
    expect(decodeJwt(new URL(joined).searchParams.get('jwt')!)).toMatchObject({
      room,
      context: { user: { name: client.pseudonym, affiliation: 'member' } },
    });
    await (await loginAs(server, world.a.client)).fails('NOT_FOUND', JOIN, { input: { appointmentId: hold.id } });
    await (
      await loginAs(server, world.a.counsellor)
    ).fails('FORBIDDEN', START_VIDEO, { input: { appointmentId: hold.id } });
    await (await loginAs(server, world.b.admin)).fails('NOT_FOUND', START_VIDEO, { input: { appointmentId: hold.id } });

    // A counsellor with an external video service gets the static URL instead.
    await api.ok(`mutation($input: SetCounsellorChannelsInput!) { setCounsellorChannels(input: $input) { channel } }`, {
      input: { counsellorId: c.id, channels: [{ channel: 'VIDEO', externalUrl: 'https://video.example.net/anna' }] },
    });
    const external = (await api.ok(START_VIDEO, { input: { appointmentId: hold.id } })).startVideo;
    expect(external).toMatchObject({
      external: true,
      moderatorUrl: 'https://video.example.net/anna',
      seminarUrl: 'https://video.example.net/anna',
    });
  });
});
