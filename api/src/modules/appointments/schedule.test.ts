import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import { buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import { BookingWindow, CounsellorSchedule } from './booking-window.entity.js';
import { AppointmentService } from './appointment-service.entity.js';
import { Absence } from './absence.entity.js';
import { findFreeSlots } from './availability.service.js';
import { CREATE_SERVICE, FREE_SLOTS, SET_TIMES, at, dayFromToday, offer } from './test-support.js';
import { zonedToUtc } from './local-time.js';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const em = () => server.orm.em.fork() as EntityManager;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

const BOOKING_TIMES = `query($c: ID!) { bookingTimes(counsellorId: $c) { counsellorId horizonWeeks windows { weekday from to service { id } } } }`;
const CHANNELS = `mutation($input: SetCounsellorChannelsInput!) { setCounsellorChannels(input: $input) { channel externalUrl address { street city } } }`;

describe('setBookingTimes', () => {
  it('requires authentication and staff', async () => {
    const input = { counsellorId: world.a.counsellor.id, horizonWeeks: 4, windows: [] };
    await server.client().fails('UNAUTHENTICATED', SET_TIMES, { input });
    await (await loginAs(server, world.a.client)).fails('FORBIDDEN', SET_TIMES, { input });
    await (await loginAs(server, world.a.client)).fails('FORBIDDEN', BOOKING_TIMES, { c: world.a.counsellor.id });
  });

  it('a counsellor manages their own booking times, an admin everyone’s', async () => {
    const admin = await loginAs(server, world.a.admin);
    const serviceId = (
      await admin.ok(CREATE_SERVICE, {
        input: { internalName: 'intern', publicName: 'Beratung', durationMinutes: 45, channel: 'PHONE' },
      })
    ).createAppointmentService.id;
    const me = await buildCounsellor(server, world.a.org);
    const colleague = await buildCounsellor(server, world.a.org);
    const api = await loginAs(server, me);
    const windows = [{ weekday: 1, from: '09:00', to: '12:30', serviceId }];
    const own = await api.ok(SET_TIMES, { input: { counsellorId: me.id, horizonWeeks: 2, windows } });
    expect(own.setBookingTimes).toMatchObject({
      horizonWeeks: 2,
      windows: [{ weekday: 1, from: '09:00', to: '12:30' }],
    });
    await api.fails('FORBIDDEN', SET_TIMES, { input: { counsellorId: colleague.id, horizonWeeks: 2, windows } });
    expect(await em().count(BookingWindow, { counsellor: colleague.id })).toBe(0);
    // Reading a colleague's booking times is fine for staff.
    expect((await api.ok(BOOKING_TIMES, { c: colleague.id })).bookingTimes.windows).toEqual([]);
    const byAdmin = await admin.ok(SET_TIMES, { input: { counsellorId: colleague.id, horizonWeeks: 8, windows } });
    expect(byAdmin.setBookingTimes.horizonWeeks).toBe(8);
    // Counsellors cannot create services (admin setting).
    await api.fails('FORBIDDEN', CREATE_SERVICE, {
      input: { internalName: 'x', publicName: 'x', durationMinutes: 30, channel: 'CHAT' },
    });
  });

  it('rejects bad input with typed errors and changes nothing', async () => {
    const admin = await loginAs(server, world.a.admin);
    const c = await buildCounsellor(server, world.a.org);
    const serviceId = await offer(admin, c.id, { weekdays: [2] });
    const bad = [
      { counsellorId: c.id, horizonWeeks: 3, windows: [] },
      { counsellorId: c.id, horizonWeeks: 4, windows: [{ weekday: 8, from: '09:00', to: '10:00', serviceId }] },
      { counsellorId: c.id, horizonWeeks: 4, windows: [{ weekday: 1, from: '11:00', to: '10:00', serviceId }] },
      { counsellorId: c.id, horizonWeeks: 4, windows: [{ weekday: 1, from: '9:00', to: '10:00', serviceId }] },
      { counsellorId: c.id, horizonWeeks: 4, windows: [{ weekday: 1, from: '09:00', to: '25:00', serviceId }] },
      { counsellorId: 'nope', horizonWeeks: 4, windows: [] },
      {
        counsellorId: c.id,
        horizonWeeks: 4,
        windows: Array.from({ length: 201 }, () => ({ weekday: 1, from: '09:00', to: '10:00', serviceId })),
      },
    ];
    for (const input of bad) await admin.fails('BAD_USER_INPUT', SET_TIMES, { input });
    await admin.fails('BAD_USER_INPUT', SET_TIMES, { input: { counsellorId: c.id, horizonWeeks: '4', windows: [] } });
    // Another organisation's counsellor or service: NOT_FOUND.
    const foreignAdmin = await loginAs(server, world.b.admin);
    const foreignService = await offer(foreignAdmin, world.b.counsellor.id);
    await admin.fails('NOT_FOUND', SET_TIMES, {
      input: { counsellorId: world.b.counsellor.id, horizonWeeks: 4, windows: [] },
    });
    await admin.fails('NOT_FOUND', SET_TIMES, {
      input: {
        counsellorId: c.id,
        horizonWeeks: 4,
        windows: [{ weekday: 1, from: '09:00', to: '10:00', serviceId: foreignService }],
      },
    });
    const after = (await admin.ok(BOOKING_TIMES, { c: c.id })).bookingTimes;
    expect(after).toEqual({
      counsellorId: c.id,
      horizonWeeks: 4,
      windows: [{ weekday: 2, from: '09:00', to: '12:00', service: { id: serviceId } }],
    });
  });

  it('cannot see another organisation’s booking times, services or absences', async () => {
    const admin = await loginAs(server, world.a.admin);
    await admin.fails('NOT_FOUND', BOOKING_TIMES, { c: world.b.counsellor.id });
    const services = await admin.ok(
      `{ appointmentServices(includeArchived: true) { id organisationServiceCheck: publicName } }`,
    );
    const foreign = await em().find(AppointmentService, { organisation: world.b.org.id });
    expect(services.appointmentServices.map((s: { id: string }) => s.id)).not.toEqual(
      expect.arrayContaining(foreign.map((s) => s.id)),
    );
    await admin.fails(
      'NOT_FOUND',
      `query($c: ID!, $f: DateTimeISO!, $t: DateTimeISO!) { absences(counsellorId: $c, from: $f, to: $t) { id } }`,
      {
        c: world.b.counsellor.id,
        f: new Date().toISOString(),
        t: new Date(Date.now() + 86_400_000).toISOString(),
      },
    );
  });
});

describe('createAbsence / deleteAbsence', () => {
  it('counsellors manage their own absences; bad ranges change nothing', async () => {
    const me = await buildCounsellor(server, world.a.org);
    const api = await loginAs(server, me);
    const CREATE = `mutation($input: CreateAbsenceInput!) { createAbsence(input: $input) { id start end note } }`;
    const start = new Date(Date.now() + 86_400_000);
    const end = new Date(start.getTime() + 3_600_000);
    await api.fails('BAD_USER_INPUT', CREATE, {
      input: { counsellorId: me.id, start: end.toISOString(), end: start.toISOString() },
    });
    await api.fails('BAD_USER_INPUT', CREATE, {
      input: { counsellorId: me.id, start: start.toISOString(), end: end.toISOString(), note: 'x'.repeat(201) },
    });
    await api.fails('FORBIDDEN', CREATE, {
      input: { counsellorId: world.a.counsellor.id, start: start.toISOString(), end: end.toISOString() },
    });
    expect(await em().count(Absence, { counsellor: me.id })).toBe(0);
    const created = await api.ok(CREATE, {
      input: { counsellorId: me.id, start: start.toISOString(), end: end.toISOString(), note: 'Fortbildung' },
    });
    expect(created.createAbsence.note).toBe('Fortbildung');
    await (
      await loginAs(server, world.b.admin)
    ).fails('NOT_FOUND', `mutation($input: IdInput!) { deleteAbsence(input: $input) }`, {
      input: { id: created.createAbsence.id },
    });
    expect(
      (
        await api.ok(`mutation($input: IdInput!) { deleteAbsence(input: $input) }`, {
          input: { id: created.createAbsence.id },
        })
      ).deleteAbsence,
    ).toBe(true);
  });
});

describe('setCounsellorChannels', () => {
  it('sets VIDEO with an external URL and ON_SITE with an address; rejects invalid combinations', async () => {
    const me = await buildCounsellor(server, world.a.org);
    const api = await loginAs(server, me);
    const r = await api.ok(CHANNELS, {
      input: {
        counsellorId: me.id,
        channels: [
          { channel: 'VIDEO', externalUrl: 'https://video.example.org/room-1' },
          { channel: 'ON_SITE', address: { street: 'Hafenstraße 1', city: 'Berlin' } },
          { channel: 'CHAT' },
        ],
      },
    });
    expect(r.setCounsellorChannels).toHaveLength(3);
    await api.fails('BAD_USER_INPUT', CHANNELS, { input: { counsellorId: me.id, channels: [{ channel: 'ON_SITE' }] } });
    await api.fails('BAD_USER_INPUT', CHANNELS, {
      input: { counsellorId: me.id, channels: [{ channel: 'CHAT', externalUrl: 'https://x.example' }] },
    });
    await api.fails('BAD_USER_INPUT', CHANNELS, {
      input: { counsellorId: me.id, channels: [{ channel: 'VIDEO', externalUrl: 'javascript:alert(1)' }] },
    });
    await api.fails('BAD_USER_INPUT', CHANNELS, {
      input: { counsellorId: me.id, channels: [{ channel: 'CHAT' }, { channel: 'CHAT' }] },
    });
    await api.fails('FORBIDDEN', CHANNELS, { input: { counsellorId: world.a.counsellor.id, channels: [] } });
    const now = await api.ok(`query($c: ID!) { counsellorChannels(counsellorId: $c) { channel } }`, { c: me.id });
    expect(now.counsellorChannels.map((c: { channel: string }) => c.channel).sort()).toEqual([
      'CHAT',
      'ON_SITE',
      'VIDEO',
    ]);
  });
});

describe('availability query SQL', () => {
  /**
   * Counts SQL statements the server runs while `fn` runs (knex emits one 'query' per statement). The
   * recorder sees every statement of the process, and background work of earlier tests (job polls,
   * notices) can fall into one run: the fewest of three runs is what the query itself needs.
   */
  async function countStatements(fn: () => Promise<unknown>): Promise<number> {
    const counts: number[] = [];
    for (let run = 0; run < 3; run++) {
      const recorder = recordStatements(server);
      try {
        await fn();
      } finally {
        recorder.stop();
      }
      counts.push(recorder.statements.length);
    }
    return Math.min(...counts);
  }

  it('runs the same number of statements (≤ 3) for 1 or 5 counsellors and 1 or 8 weeks', async () => {
    const org = (await import('../../../../tests/support/builders.js')).buildOrganisation;
    const team = await org(server);
    const admin = await loginAs(
      server,
      await (await import('../../../../tests/support/builders.js')).buildAdmin(server, team),
    );
    const counsellors: { id: string }[] = [];
    let serviceId: string | undefined;
    for (let i = 0; i < 5; i++) {
      const c = await buildCounsellor(server, team);
      counsellors.push(c);
      serviceId = await offer(admin, c.id, {
        serviceId,
        horizonWeeks: 8,
        extraWindows: [1, 2, 3, 4, 5]
          .map((weekday) => ({ weekday, from: '13:00', to: '17:00', serviceId: serviceId ?? '' }))
          .filter((w) => w.serviceId),
      });
    }
    const from = at(dayFromToday(1), 0);
    const query = (weeks: number, counsellorId?: string) =>
      server.client().ok(FREE_SLOTS, {
        key: team.publicKey,
        from: from.toISOString(),
        to: new Date(from.getTime() + weeks * 7 * 86_400_000).toISOString(),
        counsellorId,
      });
    await query(1); // warm-up
    const counts = {
      one1: await countStatements(() => query(1, counsellors[0]!.id)),
      one8: await countStatements(() => query(8, counsellors[0]!.id)),
      five1: await countStatements(() => query(1)),
      five8: await countStatements(() => query(8)),
    };
    expect(counts, JSON.stringify(counts)).toEqual({
      one1: counts.five8,
      one8: counts.five8,
      five1: counts.five8,
      five8: counts.five8,
    });
    expect(counts.five8).toBeLessThanOrEqual(3);
    expect(counts.five8).toBeGreaterThan(0);
    const all = await query(8);
    expect(all.freeSlots).toHaveLength(5);
  });
});

describe('DST days', () => {
  it('09:00–12:00 windows yield 09:00 local slots on the switch days (real database, fixed "now")', async () => {
    const team = await (
      await import('../../../../tests/support/builders.js')
    ).buildOrganisation(server, { holidayRegion: 'XX' } as never);
    const admin = await loginAs(
      server,
      await (await import('../../../../tests/support/builders.js')).buildAdmin(server, team),
    );
    const c = await buildCounsellor(server, team);
    await offer(admin, c.id, { weekdays: [7], horizonWeeks: 8, durationMinutes: 50, followUpMinutes: 10 });
    for (const [date, offset] of [
      ['2026-03-29', '+02:00'],
      ['2026-10-25', '+01:00'],
      ['2027-03-28', '+02:00'],
      ['2027-10-31', '+01:00'],
    ] as const) {
      const dayStart = zonedToUtc('Europe/Berlin', date, 0);
      const { groups } = await findFreeSlots(server.app, {
        organisation: { publicKey: team.publicKey },
        from: new Date(dayStart),
        to: new Date(dayStart + 86_400_000),
        now: dayStart - 7 * 86_400_000,
      });
      expect(groups.flatMap((g) => g.starts).map((s) => new Date(s).toISOString())).toEqual(
        ['09:00', '10:00', '11:00'].map((t) => new Date(`${date}T${t}:00${offset}`).toISOString()),
      );
    }
  });
});

describe('availability query scale', () => {
  // Its speed is measured by `npm run bench`; this checks the answer and the statement count.
  it('computes 50 counsellors × 8 weeks × 3 windows a day in two statements, one once the schedule is cached', async () => {
    const builders = await import('../../../../tests/support/builders.js');
    const team = await builders.buildOrganisation(server);
    const admin = await loginAs(server, await builders.buildAdmin(server, team));
    const serviceId = (
      await admin.ok(CREATE_SERVICE, {
        input: { internalName: 'x', publicName: 'Beratung', durationMinutes: 50, followUpMinutes: 10, channel: 'CHAT' },
      })
    ).createAppointmentService.id;
    const e = em();
    for (let i = 0; i < 50; i++) {
      const c = await buildCounsellor(server, team);
      e.create(CounsellorSchedule, { organisation: team.id, counsellor: c.id, horizonWeeks: 8 });
      for (let weekday = 1; weekday <= 7; weekday++) {
        for (const [from, to] of [
          [8 * 60, 10 * 60],
          [11 * 60, 13 * 60],
          [14 * 60, 17 * 60],
        ] as const) {
          e.create(BookingWindow, {
            organisation: team.id,
            counsellor: c.id,
            weekday,
            startMinute: from,
            endMinute: to,
            service: serviceId,
          } as never);
        }
      }
    }
    await e.flush();
    const from = at(dayFromToday(1), 0);
    const run = () =>
      findFreeSlots(server.app, {
        organisation: { publicKey: team.publicKey },
        from,
        to: new Date(from.getTime() + 8 * 7 * 86_400_000),
      });
    const recorder = recordStatements(server);
    await run();
    expect(recorder.statements).toHaveLength(2);
    recorder.reset();
    const { groups } = await run();
    recorder.stop();
    expect(recorder.statements).toHaveLength(1);
    expect(groups).toHaveLength(50);
    // Every counsellor: 7 slots a day, every day for at least 7 full weeks of the 8.
    for (const g of groups) expect(g.starts.length).toBeGreaterThanOrEqual(7 * 7 * 7);
  });
});
