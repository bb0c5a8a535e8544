/**
 * `calendar(bookedSince)` and `Appointment.bookedAt`: what was booked in a counsellor's calendar since an
 * instant (the notification centre after a lost connection), the client's confirmation counting, not
 * their hold nor what staff made, whenever it takes place; under the calendar's rules (the organisation's staff, never another organisation's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildCounsellor, buildTwoOrganisations, loginAs, uniq } from '../../../../tests/support/builders.js';
import { Appointment } from './appointment.entity.js';
import { at, CONFIRM, dayFromToday, offer, reserve } from './test-support.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const em = () => server.orm.em.fork() as EntityManager;
const day = dayFromToday(5);

beforeAll(async () => {
  server = await startTestServer();
  world = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

const CALENDAR = `query($from: DateTimeISO!, $to: DateTimeISO!, $scope: CalendarScope, $c: ID, $since: DateTimeISO) {
  calendar(from: $from, to: $to, scope: $scope, counsellorId: $c, bookedSince: $since) {
    appointments { id kind status counsellorId createdAt bookedAt } } }`;
const CREATE_APPOINTMENT = `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) {
  __typename ... on Appointment { id bookedAt } } }`;

const range = { from: at(dayFromToday(0), 0).toISOString(), to: at(dayFromToday(9), 0).toISOString() };
const ids = (r: Record<string, any>): string[] => r.calendar.appointments.map((a: { id: string }) => a.id).sort();

describe('calendar(bookedSince)', () => {
  it('lists the appointments clients booked after the instant: confirmations, no holds, none staff made', async () => {
    const counsellor = await buildCounsellor(server, world.a.org);
    const admin = await loginAs(server, world.a.admin);
    const serviceId = await offer(admin, counsellor.id, { horizonWeeks: 8 });
    const since = new Date(Date.now() - 1_000).toISOString();
    const own = await loginAs(server, counsellor);

    const hold = await reserve(server.client(), world.a.org.publicKey, serviceId, counsellor.id, at(day, 9));
    const made = (
      await own.ok(CREATE_APPOINTMENT, {
        input: {
          counsellorId: counsellor.id,
          clientId: world.a.client.id,
          serviceId,
          start: at(day, 11).toISOString(),
        },
      })
    ).createAppointment;
    expect(Date.parse(made.bookedAt)).toBeGreaterThan(Date.parse(since));
    // The hold is in the calendar, but not booked.
    expect(ids(await own.ok(CALENDAR, range))).toEqual([hold.id, made.id].sort());
    // Staff made it: the live BOOKED event is a client's alone, and so is `bookedSince`.
    expect(ids(await own.ok(CALENDAR, { ...range, since }))).toEqual([]);

    const beforeConfirm = new Date().toISOString();
    await server.client().ok(CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym: uniq('gast'), consent: true },
    });
    const booked = (await own.ok(CALENDAR, { ...range, since })).calendar.appointments;
    expect(booked.map((a: { id: string }) => a.id)).toEqual([hold.id]);
    const confirmed = booked.find((a: { id: string }) => a.id === hold.id);
    // Booked when confirmed, not when reserved.
    expect(confirmed.bookedAt >= beforeConfirm && confirmed.createdAt < beforeConfirm).toBe(true);
    expect(ids(await own.ok(CALENDAR, { ...range, since: beforeConfirm }))).toEqual([hold.id]);
    expect(ids(await own.ok(CALENDAR, { ...range, since: new Date().toISOString() }))).toEqual([]);
    expect((await em().findOneOrFail(Appointment, hold.id)).bookedAt!.toISOString()).toBe(confirmed.bookedAt);

    // A colleague's own calendar has none of them; the organisation's staff see them in theirs (scope rules).
    const colleague = await loginAs(server, world.a.counsellor);
    expect(ids(await colleague.ok(CALENDAR, { ...range, since }))).toEqual([]);
    expect(ids(await colleague.ok(CALENDAR, { ...range, since, scope: 'COUNSELLOR', c: counsellor.id }))).toEqual([
      hold.id,
    ]);

    // Another organisation: nothing of it, and the counsellor is not found.
    for (const account of [world.b.admin, world.b.counsellor]) {
      const outsider = await loginAs(server, account);
      const all = await outsider.ok(CALENDAR, { ...range, since, scope: 'ALL' });
      expect(ids(all).filter((id) => id === hold.id || id === made.id)).toEqual([]);
      await outsider.fails('NOT_FOUND', CALENDAR, { ...range, since, scope: 'COUNSELLOR', c: counsellor.id });
    }
  });

  it('lists a booking whenever it takes place, beyond the range asked for', async () => {
    const counsellor = await buildCounsellor(server, world.a.org);
    const admin = await loginAs(server, world.a.admin);
    const serviceId = await offer(admin, counsellor.id, { horizonWeeks: 8 });
    const since = new Date(Date.now() - 1_000).toISOString();
    // Seven weeks ahead: after a gap of weeks, a booking of its first day may start past since + 63 days.
    const far = await reserve(
      server.client(),
      world.a.org.publicKey,
      serviceId,
      counsellor.id,
      at(dayFromToday(49), 9),
    );
    await server.client().ok(CONFIRM, {
      input: { reservationId: far.id, holdToken: far.holdToken, pseudonym: uniq('gast'), consent: true },
    });
    const own = await loginAs(server, counsellor);
    // The range alone (the next nine days) does not reach it; with `bookedSince` it is there.
    expect(ids(await own.ok(CALENDAR, range))).toEqual([]);
    expect(ids(await own.ok(CALENDAR, { ...range, since }))).toEqual([far.id]);
  });

  it('refuses a `bookedSince` more than 31 days ago (BAD_USER_INPUT)', async () => {
    const api = await loginAs(server, world.a.counsellor);
    const err = await api.fails('BAD_USER_INPUT', CALENDAR, {
      ...range,
      since: new Date(Date.now() - 32 * 86_400_000).toISOString(),
    });
    expect(err.extensions?.fields).toEqual([{ path: 'bookedSince', message: 'At most 31 days ago' }]);
  });
});
