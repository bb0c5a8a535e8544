import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';
import {
  buildClient,
  buildCounsellor,
  buildTwoOrganisations,
  loginAs,
  uniq,
} from '../../../../tests/support/builders.js';
import { Appointment } from './appointment.entity.js';
import { Client } from '../client/client.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { expireHold } from './hold-expiry.job.js';
import { CANCEL_BOOKING, CONFIRM, FREE_SLOTS, at, dayFromToday, offer, reserve } from './test-support.js';

let server: TestServer;
let smtp: TestSmtp;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const em = () => server.orm.em.fork() as EntityManager;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url });
  world = await buildTwoOrganisations(server);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

/** A fresh counsellor of organisation A with 09:00–12:00 windows every day (50 + 10 minutes). */
async function bookableCounsellor(opts: Parameters<typeof offer>[2] = {}) {
  const counsellor = await buildCounsellor(server, world.a.org);
  const admin = await loginAs(server, world.a.admin);
  const serviceId = await offer(admin, counsellor.id, opts);
  return { counsellor, serviceId, admin };
}

const key = () => world.a.org.publicKey;
const day = dayFromToday(3);

async function slotsOf(counsellorId: string, date = day, client = server.client()) {
  const r = await client.ok(FREE_SLOTS, {
    key: key(),
    from: at(date, 0).toISOString(),
    to: at(date, 24).toISOString(),
    counsellorId,
  });
  return (r.freeSlots as { starts: string[]; serviceId: string }[]).flatMap((g) =>
    g.starts.map((s) => ({ start: s, serviceId: g.serviceId })),
  );
}

describe('freeSlots', () => {
  it('lists back-to-back slots of duration + follow-up in the organisation’s timezone, as UTC instants', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const slots = await slotsOf(counsellor.id);
    expect(slots.map((s) => s.start)).toEqual([at(day, 9), at(day, 10), at(day, 11)].map((d) => d.toISOString()));
    expect(slots.every((s) => s.serviceId === serviceId)).toBe(true);
  });

  it('drops absences, blockers, closing days and the minimum notice', async () => {
    const { counsellor, admin } = await bookableCounsellor();
    await admin.ok(`mutation($input: CreateAbsenceInput!) { createAbsence(input: $input) { id } }`, {
      input: { counsellorId: counsellor.id, start: at(day, 9).toISOString(), end: at(day, 9, 30).toISOString() },
    });
    await admin.ok(
      `mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { __typename ... on Appointment { id kind } } }`,
      {
        input: {
          counsellorId: counsellor.id,
          start: at(day, 11, 30).toISOString(),
          end: at(day, 11, 45).toISOString(),
        },
      },
    );
    expect((await slotsOf(counsellor.id)).map((s) => s.start)).toEqual([at(day, 10).toISOString()]);

    // Closing day of the organisation: nothing at all.
    const closed = dayFromToday(4);
    expect(await slotsOf(counsellor.id, closed)).toHaveLength(3);
    const e = em();
    const org = await e.findOneOrFail('Organisation', world.a.org.id);
    (org as { closingDays: { date: string }[] }).closingDays = [{ date: closed }];
    await e.flush();
    expect(await slotsOf(counsellor.id, closed)).toEqual([]);

    // Minimum notice (org default 120 min): today's slots within two hours never show.
    const today = dayFromToday(0);
    const todays = await slotsOf(counsellor.id, today);
    expect(todays.every((s) => Date.parse(s.start) >= Date.now() + 119 * 60_000)).toBe(true);
  });

  it('hides counsellors who only take their regular clients from visitors, not from their regular clients', async () => {
    const { counsellor } = await bookableCounsellor();
    const e = em();
    (await e.findOneOrFail(Counsellor, counsellor.id)).onlyRegularClients = true;
    await e.flush();
    expect(await slotsOf(counsellor.id)).toEqual([]);
    const regular = await buildClient(server, world.a.org, { primaryCounsellor: counsellor.id as never });
    expect(await slotsOf(counsellor.id, day, await loginAs(server, regular))).toHaveLength(3);
  });

  it('answers NOT_FOUND for an unknown organisation and BAD_USER_INPUT for bad ranges', async () => {
    const vars = { key: 'pk_nope', from: at(day, 0).toISOString(), to: at(day, 24).toISOString() };
    await server.client().fails('NOT_FOUND', FREE_SLOTS, vars);
    await server.client().fails('BAD_USER_INPUT', FREE_SLOTS, { ...vars, key: key(), to: vars.from });
    const long = { ...vars, key: key(), to: new Date(Date.parse(vars.from) + 70 * 86_400_000).toISOString() };
    const err = await server.client().fails('BAD_USER_INPUT', FREE_SLOTS, long);
    expect(err.extensions?.fields?.[0]?.path).toBe('range.to');
    await server.client().fails('BAD_USER_INPUT', FREE_SLOTS, { ...vars, key: key(), from: 'yesterday' });
    await server.client().fails('BAD_USER_INPUT', FREE_SLOTS, { ...vars, key: key(), counsellorId: 'x' });
  });

  it('never shows another organisation’s slots', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const r = await server.client().ok(FREE_SLOTS, {
      key: world.b.org.publicKey,
      from: at(day, 0).toISOString(),
      to: at(day, 24).toISOString(),
      counsellorId: counsellor.id,
    });
    expect(r.freeSlots).toEqual([]);
    const svc = await server.client().ok(`query($k: String!) { bookableServices(organisationKey: $k) { id } }`, {
      k: world.b.org.publicKey,
    });
    expect(svc.bookableServices.map((s: { id: string }) => s.id)).not.toContain(serviceId);
    // Reserving A's slot through B's key: not found.
    const res = await server
      .client()
      .request(`mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }`, {
        input: {
          organisationKey: world.b.org.publicKey,
          serviceId,
          counsellorId: counsellor.id,
          start: at(day, 9).toISOString(),
        },
      });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('bookableServices / bookableCounsellors', () => {
  it('show public fields only: no internal service name', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const res = await server
      .client()
      .request(`query($k: String!) { bookableServices(organisationKey: $k) { id internalName } }`, { k: key() });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await server.client().ok(
      `query($k: String!, $s: ID) { bookableServices(organisationKey: $k) { id name durationMinutes channel }
        bookableCounsellors(organisationKey: $k, serviceId: $s) { id displayName serviceIds onlyRegularClients } }`,
      { k: key(), s: serviceId },
    );
    expect(ok.bookableServices).toContainEqual({
      id: serviceId,
      name: 'Erstgespräch',
      durationMinutes: 50,
      channel: 'VIDEO',
    });
    expect(ok.bookableCounsellors).toEqual([
      { id: counsellor.id, displayName: counsellor.displayName, serviceIds: [serviceId], onlyRegularClients: false },
    ]);
  });
});

describe('reserveSlot', () => {
  it('50 concurrent reservations of the same slot: exactly one succeeds, 49 get SLOT_TAKEN', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const results = await Promise.all(
      Array.from({ length: 50 }, () => reserve(server.client(), key(), serviceId, counsellor.id, at(day, 10))),
    );
    const won = results.filter((r) => r.__typename === 'Reservation');
    const lost = results.filter((r) => r.__typename === 'SlotTaken');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    expect(lost.every((r) => r.reason === 'SLOT_TAKEN')).toBe(true);
    const rows = await em().find(Appointment, { counsellor: counsellor.id });
    expect(rows).toHaveLength(1);
    // The held slot is gone for everyone else.
    expect((await slotsOf(counsellor.id)).map((s) => s.start)).toEqual(
      [at(day, 9), at(day, 11)].map((d) => d.toISOString()),
    );
  });

  it('parallel slots: booking one removes every overlapping slot, also under concurrency', async () => {
    const counsellor = await buildCounsellor(server, world.a.org);
    const admin = await loginAs(server, world.a.admin);
    const chat = await offer(admin, counsellor.id, { channel: 'CHAT' });
    const onSite = (
      await admin.ok(
        `mutation($input: CreateAppointmentServiceInput!) { createAppointmentService(input: $input) { id } }`,
        {
          input: {
            internalName: 'Vor Ort',
            publicName: 'Vor Ort',
            durationMinutes: 50,
            followUpMinutes: 10,
            channel: 'ON_SITE',
          },
        },
      )
    ).createAppointmentService.id;
    await offer(admin, counsellor.id, {
      serviceId: chat,
      extraWindows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        from: '09:00',
        to: '12:00',
        serviceId: onSite,
      })),
    });
    expect(await slotsOf(counsellor.id)).toHaveLength(6);
    // Both parallel 10:00 slots at once: the database lets only one through.
    const [a, b] = await Promise.all([
      reserve(server.client(), key(), chat, counsellor.id, at(day, 10)),
      reserve(server.client(), key(), onSite, counsellor.id, at(day, 10)),
    ]);
    expect([a.__typename, b.__typename].sort()).toEqual(['Reservation', 'SlotTaken']);
    const left = await slotsOf(counsellor.id);
    expect(left).toHaveLength(4);
    expect(left.some((s) => s.start === at(day, 10).toISOString())).toBe(false);
  });

  it('answers SlotTaken for a time that is no slot, and typed errors for bad input, changing nothing', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    expect((await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 9, 7))).__typename).toBe(
      'SlotTaken',
    );
    const bad = [
      { organisationKey: '', serviceId, counsellorId: counsellor.id, start: at(day, 9).toISOString() },
      { organisationKey: key(), serviceId: 'nope', counsellorId: counsellor.id, start: at(day, 9).toISOString() },
      { organisationKey: key(), serviceId, counsellorId: counsellor.id, start: 'tomorrow' },
      { organisationKey: 'x'.repeat(300), serviceId, counsellorId: counsellor.id, start: at(day, 9).toISOString() },
    ];
    for (const input of bad) {
      const res = await server
        .client()
        .request(`mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }`, { input });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const other = await buildCounsellor(server, world.b.org);
    const res = await server
      .client()
      .request(`mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }`, {
        input: { organisationKey: key(), serviceId, counsellorId: other.id, start: at(day, 9).toISOString() },
      });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await em().count(Appointment, { counsellor: counsellor.id })).toBe(0);
    expect(await slotsOf(counsellor.id)).toHaveLength(3);
  });

  it('only for regular clients: visitors and other clients are refused, the regular client may book', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const e = em();
    (await e.findOneOrFail(Counsellor, counsellor.id)).onlyRegularClients = true;
    await e.flush();
    const refused = await server
      .client()
      .fails('FORBIDDEN', `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }`, {
        input: { organisationKey: key(), serviceId, counsellorId: counsellor.id, start: at(day, 9).toISOString() },
      });
    expect(refused.extensions?.reason).toBe('REGULAR_CLIENTS_ONLY');
    const stranger = await loginAs(server, await buildClient(server, world.a.org));
    await stranger.fails(
      'FORBIDDEN',
      `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }`,
      {
        input: { organisationKey: key(), serviceId, counsellorId: counsellor.id, start: at(day, 9).toISOString() },
      },
    );
    const regularClient = await buildClient(server, world.a.org, { primaryCounsellor: counsellor.id as never });
    const regular = await loginAs(server, regularClient);
    const hold = await reserve(regular, key(), serviceId, counsellor.id, at(day, 9));
    expect(hold.__typename).toBe('Reservation');
    const booked = await regular.ok(CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, consent: true },
    });
    expect(booked.confirmBooking).toMatchObject({
      __typename: 'Booking',
      status: 'BOOKED',
      pseudonym: regularClient.pseudonym,
    });
    expect(await em().count(Appointment, { counsellor: counsellor.id, status: 'BOOKED' as never })).toBe(1);
  });
});

describe('hold expiry', () => {
  it('an expired hold frees the slot by itself (queries ignore it, the job marks it EXPIRED)', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const hold = await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 9));
    expect(Date.parse(hold.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(await slotsOf(counsellor.id)).toHaveLength(2);
    // Let the hold lapse.
    await em().nativeUpdate(Appointment, { id: hold.id }, { holdExpiresAt: new Date(Date.now() - 1000) });
    expect(await slotsOf(counsellor.id)).toHaveLength(3);
    // Another visitor may take the slot at once (the stale hold is expired in the same transaction).
    const second = await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 9));
    expect(second.__typename).toBe('Reservation');
    expect((await em().findOneOrFail(Appointment, hold.id)).status).toBe('EXPIRED');
    // The lapsed first hold cannot be confirmed over the second.
    const late = await server.client().ok(CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym: uniq('late'), consent: true },
    });
    expect(late.confirmBooking.__typename).toBe('SlotTaken');
  });

  it('the job expires a lapsed hold and announces it', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const hold = await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 11));
    await expireHold(server.app, hold.id); // not lapsed yet: nothing happens
    expect((await em().findOneOrFail(Appointment, hold.id)).status).toBe('HELD');
    await em().nativeUpdate(Appointment, { id: hold.id }, { holdExpiresAt: new Date(Date.now() - 1000) });
    await server.app.jobs.send('appointments.expireHold', { appointmentId: hold.id });
    await expect
      .poll(async () => (await em().findOneOrFail(Appointment, hold.id)).status, { timeout: 10_000 })
      .toBe('EXPIRED');
  });

  it('the organisation’s hold time is configurable', async () => {
    const admin = await loginAs(server, world.b.admin);
    const r = await admin.ok(
      `mutation { updateAppointmentSettings(input: { holdMinutes: 3 }) { holdMinutes minimumNoticeMinutes } }`,
    );
    expect(r.updateAppointmentSettings).toEqual({ holdMinutes: 3, minimumNoticeMinutes: 120 });
    const svc = await offer(admin, world.b.counsellor.id);
    const hold = await reserve(server.client(), world.b.org.publicKey, svc, world.b.counsellor.id, at(day, 9));
    expect(Date.parse(hold.expiresAt) - Date.now()).toBeLessThan(3 * 60_000 + 5000);
    await server.client().ok(`mutation($input: ReleaseReservationInput!) { releaseReservation(input: $input) }`, {
      input: { reservationId: hold.id, holdToken: hold.holdToken },
    });
    const free = await server.client().ok(FREE_SLOTS, {
      key: world.b.org.publicKey,
      from: at(day, 0).toISOString(),
      to: at(day, 24).toISOString(),
    });
    expect(free.freeSlots[0].starts).toHaveLength(3);
  });
});

describe('confirmBooking', () => {
  it('books under a pseudonym: creates a client without password, mails an ICS and a working cancel link', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const hold = await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 10));
    const pseudonym = uniq('moewe');
    const email = `${pseudonym}@example.net`;
    const r = await server.client().ok(CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym, email, consent: true },
    });
    const booking = r.confirmBooking;
    expect(booking).toMatchObject({
      __typename: 'Booking',
      status: 'BOOKED',
      pseudonym,
      start: at(day, 10).toISOString(),
    });
    expect(booking.cancelUrl).toBe(`${server.url}/appointments/cancel?token=${booking.cancelToken}`);
    expect(booking.calendarFile).toContain(`UID:${hold.id}@lotse`);

    const client = await em().findOneOrFail(Client, { pseudonym });
    expect(client.passwordHash).toBeNull();
    expect(client.clientNumber).toMatch(/^\d{5,}$/);
    expect((await em().findOneOrFail(Appointment, hold.id, { populate: ['client'] })).client?.id).toBe(client.id);

    const mail = await smtp.waitFor(email);
    expect(mail.subject).toContain('Terminbestätigung');
    expect(mail.text).toContain(booking.cancelUrl);
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString();
    expect(ics).toContain(`UID:${hold.id}@lotse`);
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('STATUS:CONFIRMED');
    // Calendar lines are folded at 75 octets (RFC 5545), which may split the link.
    const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, '');
    expect(unfold(ics)).toContain(booking.cancelToken);
    // The cancel link is the booker's alone: the outbox row keeps neither text nor calendar file with it.
    const [row] = await em().find(OutboxMail, { to: { $ilike: email } }, { populate: ['attachments', 'sealed'] });
    expect(row!.text).toContain('cancel?token=[redacted]');
    const atRest = [
      row!.text,
      row!.sealed ?? '',
      ...(row!.attachments ?? []).map((a) => unfold(atob(a.contentBase64))),
    ];
    expect(atRest.join('\n')).not.toContain(booking.cancelToken);
    expect(atRest.join('\n')).toContain('token=[redacted]');

    // The cancel page shows the booking on GET and cancels only on POST.
    const page = await fetch(booking.cancelUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Termin absagen');
    expect((await em().findOneOrFail(Appointment, hold.id)).status).toBe('BOOKED');
    const post = await fetch(`${server.url}/appointments/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams({ token: booking.cancelToken }).toString(),
    });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain('abgesagt');
    const cancelled = await em().findOneOrFail(Appointment, hold.id);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.sequence).toBe(1);
    const cancelMail = await smtp.waitFor(email, (m) => m.subject?.includes('abgesagt') ?? false);
    const cancelIcs = cancelMail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString();
    expect(cancelIcs).toContain('METHOD:CANCEL');
    expect(cancelIcs).toContain('SEQUENCE:1');
    expect(cancelIcs).toContain(`UID:${hold.id}@lotse`);
    // Cancelled time is free again.
    expect(await slotsOf(counsellor.id)).toHaveLength(3);
  });

  it('refuses a taken pseudonym (the hold stays), a missing consent and a wrong hold token, changing nothing', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const hold = await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 11));
    const taken = await server.client().fails('BAD_USER_INPUT', CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym: world.a.client.pseudonym, consent: true },
    });
    expect(taken.extensions?.reason).toBe('PSEUDONYM_TAKEN');
    const noConsent = await server.client().fails('BAD_USER_INPUT', CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym: uniq('p'), consent: false },
    });
    expect(noConsent.extensions?.fields?.[0]?.path).toBe('consent');
    await server.client().fails('BAD_USER_INPUT', CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, consent: true },
    });
    await server.client().fails('BAD_USER_INPUT', CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym: 'a b<script>', consent: true },
    });
    await server.client().fails('NOT_FOUND', CONFIRM, {
      input: { reservationId: hold.id, holdToken: 'x'.repeat(43), pseudonym: uniq('p'), consent: true },
    });
    const row = await em().findOneOrFail(Appointment, hold.id);
    expect(row.status).toBe('HELD');
    expect(row.client).toBeNull();
    // And then it works.
    const ok = await server.client().ok(CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym: uniq('p'), consent: true },
    });
    expect(ok.confirmBooking.__typename).toBe('Booking');
    // A second confirm of the same reservation: CONFLICT.
    const again = await server.client().fails('CONFLICT', CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym: uniq('p'), consent: true },
    });
    expect(again.extensions?.reason).toBe('RESERVATION_CLOSED');
  });
});

describe('the confirmation mail’s link back to the widget', () => {
  const BY_LINK = `query($token: String!) { appointmentByLink(token: $token) {
    id status start end channel service { name } counsellor { displayName } videoOpensAt videoClosesAt calendarFile } }`;
  const MINE = `query($from: DateTimeISO!, $to: DateTimeISO!) { myAppointments(from: $from, to: $to) {
    id status videoOpensAt calendarFile } }`;

  it('links to the widget’s page when its origin is allowed; the link shows, and cancels, the appointment', async () => {
    const { counsellor, serviceId } = await bookableCounsellor({ channel: 'VIDEO' });
    const page = 'https://beratung.example.org/termine?x=1';
    await em().nativeUpdate(Organisation, { id: world.a.org.id }, { allowedOrigins: ['https://beratung.example.org'] });
    const hold = await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 9));
    const pseudonym = uniq('kranich');
    const email = `${pseudonym}@example.net`;
    const { confirmBooking: booking } = await server.client().ok(CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym, email, consent: true, returnUrl: page },
    });
    const mail = await smtp.waitFor(email);
    const link = `https://beratung.example.org/termine?x=1#lotse-appointment=${booking.cancelToken}`;
    expect(mail.text).toContain(`Hier betreten Sie den Videoraum (er öffnet 10 Minuten vor Beginn)`);
    expect(mail.text).toContain(link);
    expect(mail.text).toContain(booking.cancelUrl);
    // Like the cancel link, the link is the booker's alone: the outbox keeps it redacted.
    const [row] = await em().find(OutboxMail, { to: { $ilike: email } });
    expect(row!.text).not.toContain(booking.cancelToken);

    const shown = (await server.client().ok(BY_LINK, { token: booking.cancelToken })).appointmentByLink;
    expect(shown).toMatchObject({
      id: hold.id,
      status: 'BOOKED',
      channel: 'VIDEO',
      start: at(day, 9).toISOString(),
      videoOpensAt: at(day, 8, 50).toISOString(),
      videoClosesAt: at(day, 10, 50).toISOString(),
      counsellor: { displayName: counsellor.displayName },
    });
    expect(shown.calendarFile).toContain(`UID:${hold.id}@lotse`);
    await server.client().fails('NOT_FOUND', BY_LINK, { token: `${booking.cancelToken}x` });
    await server.client().fails('BAD_USER_INPUT', BY_LINK, { token: 'short' });

    await server.client().ok(CANCEL_BOOKING, { input: { token: booking.cancelToken } });
    const cancelled = (await server.client().ok(BY_LINK, { token: booking.cancelToken })).appointmentByLink;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', videoOpensAt: null });
    expect(cancelled.calendarFile).toContain('METHOD:CANCEL');
  });

  it('leaves the link out for a page the organisation does not allow; myAppointments carries the same fields', async () => {
    const { counsellor, serviceId } = await bookableCounsellor({ channel: 'VIDEO' });
    const client = await buildClient(server, world.a.org, { email: `${uniq('reiher')}@example.net` });
    const api = await loginAs(server, client);
    const hold = await reserve(api, key(), serviceId, counsellor.id, at(day, 10));
    await api.ok(CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, consent: true, returnUrl: 'https://evil.example/' },
    });
    const mail = await smtp.waitFor(client.email!);
    expect(mail.text).not.toContain('lotse-appointment');
    expect(mail.text).not.toContain('evil.example');
    const mine = (await api.ok(MINE, { from: at(day, 0).toISOString(), to: at(day, 24).toISOString() })).myAppointments;
    expect(mine).toEqual([
      expect.objectContaining({ id: hold.id, status: 'BOOKED', videoOpensAt: at(day, 9, 50).toISOString() }),
    ]);
    expect(mine[0].calendarFile).toContain('STATUS:CONFIRMED');
    await server.client().fails('BAD_USER_INPUT', CONFIRM, {
      input: { reservationId: hold.id, holdToken: hold.holdToken, consent: true, returnUrl: 'javascript:alert(1)' },
    });
  });
});

describe('cancelBooking', () => {
  it('cancels by the link token (idempotent), a logged-in client cancels their own, and the time is free again', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const hold = await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 9));
    const booked = (
      await server.client().ok(CONFIRM, {
        input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym: uniq('c'), consent: true },
      })
    ).confirmBooking;
    expect(await slotsOf(counsellor.id)).toHaveLength(2);
    const first = await server.client().ok(CANCEL_BOOKING, { input: { token: booked.cancelToken } });
    expect(first.cancelBooking).toEqual({ appointmentId: hold.id, status: 'CANCELLED' });
    const second = await server.client().ok(CANCEL_BOOKING, { input: { token: booked.cancelToken } });
    expect(second.cancelBooking.status).toBe('CANCELLED');
    expect((await em().findOneOrFail(Appointment, hold.id)).sequence).toBe(1);
    expect(await slotsOf(counsellor.id)).toHaveLength(3);
    await server.client().fails('NOT_FOUND', CANCEL_BOOKING, { input: { token: 'y'.repeat(43) } });
    await server.client().fails('BAD_USER_INPUT', CANCEL_BOOKING, { input: { token: 'short' } });

    // Logged in: a client cancels their own booking, not someone else's.
    const clientEntity = await buildClient(server, world.a.org);
    const me = await loginAs(server, clientEntity);
    const h2 = await reserve(me, key(), serviceId, counsellor.id, at(day, 10));
    await me.ok(CONFIRM, { input: { reservationId: h2.id, holdToken: h2.holdToken, consent: true } });
    const other = await loginAs(server, await buildClient(server, world.a.org));
    const CANCEL_MY = `mutation($input: AppointmentIdInput!) { cancelMyAppointment(input: $input) { status } }`;
    await other.fails('NOT_FOUND', CANCEL_MY, { input: { appointmentId: h2.id } });
    expect((await me.ok(CANCEL_MY, { input: { appointmentId: h2.id } })).cancelMyAppointment.status).toBe('CANCELLED');
    await server.client().fails('UNAUTHENTICATED', CANCEL_MY, { input: { appointmentId: h2.id } });
  });

  it('refuses a client’s cancel once the appointment has begun (link, page and logged in), changing nothing; staff still can', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const clientEntity = await buildClient(server, world.a.org);
    const me = await loginAs(server, clientEntity);
    const hold = await reserve(me, key(), serviceId, counsellor.id, at(day, 9));
    const booked = (
      await me.ok(CONFIRM, { input: { reservationId: hold.id, holdToken: hold.holdToken, consent: true } })
    ).confirmBooking;
    // It began ten minutes ago (the booking window forbids booking in the past, so the clock moves the row).
    const began = new Date(Date.now() - 10 * 60_000);
    await em().nativeUpdate(
      Appointment,
      { id: hold.id },
      {
        startsAt: began,
        endsAt: new Date(began.getTime() + 50 * 60_000),
        blockedUntil: new Date(began.getTime() + 50 * 60_000),
      },
    );
    const CANCEL_MY = `mutation($input: AppointmentIdInput!) { cancelMyAppointment(input: $input) { status } }`;
    const byLink = await server.client().fails('CONFLICT', CANCEL_BOOKING, { input: { token: booked.cancelToken } });
    expect(byLink.extensions?.reason).toBe('APPOINTMENT_STARTED');
    const loggedIn = await me.fails('CONFLICT', CANCEL_MY, { input: { appointmentId: hold.id } });
    expect(loggedIn.extensions?.reason).toBe('APPOINTMENT_STARTED');
    const page = await fetch(booked.cancelUrl);
    const text = await page.text();
    expect(text).toContain('hat bereits begonnen');
    expect(text).not.toContain('<form');
    const post = await fetch(`${server.url}/appointments/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams({ token: booked.cancelToken }).toString(),
    });
    expect(post.status).toBe(409);
    expect(await post.text()).toContain('hat bereits begonnen');
    const row = await em().findOneOrFail(Appointment, hold.id);
    expect([row.status, row.sequence]).toEqual(['BOOKED', 0]);
    // The counsellor can still cancel it (e.g. it did not take place).
    const staff = await loginAs(server, counsellor);
    const CANCEL_STAFF = `mutation($input: IdInput!) { cancelAppointment(input: $input) { status } }`;
    expect((await staff.ok(CANCEL_STAFF, { input: { id: hold.id } })).cancelAppointment.status).toBe('CANCELLED');
  });
});

describe('availabilityChanged', () => {
  it('announces another visitor’s reservation over a real WebSocket within a second', async () => {
    const { counsellor, serviceId } = await bookableCounsellor();
    const ws = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
    });
    const received: { counsellorId: string; reason: string }[] = [];
    let resolveReady!: () => void;
    const ready = new Promise<void>((r) => (resolveReady = r));
    const unsubscribe = ws.subscribe<{ availabilityChanged: { counsellorId: string; reason: string } }>(
      {
        query: `subscription($k: String!, $c: ID) { availabilityChanged(organisationKey: $k, counsellorId: $c) { counsellorId reason at } }`,
        variables: { k: key(), c: counsellor.id },
      },
      { next: (v) => v.data && received.push(v.data.availabilityChanged), error: () => {}, complete: () => {} },
    );
    ws.on('connected', () => resolveReady());
    await ready;
    await new Promise((r) => setTimeout(r, 200)); // the subscription is registered after connect
    // Another counsellor's change is not delivered to this filtered subscription.
    const other = await bookableCounsellor();
    await reserve(server.client(), key(), other.serviceId, other.counsellor.id, at(day, 9));
    const t0 = Date.now();
    await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 9));
    await expect.poll(() => received.length, { timeout: 1000, interval: 20 }).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(received).toEqual([{ counsellorId: counsellor.id, reason: 'RESERVED', at: expect.any(String) }]);
    unsubscribe();
    await ws.dispose();
  });

  it('refuses an unknown organisation key', async () => {
    const ws = createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket });
    const error = await new Promise<unknown>((resolve) => {
      ws.subscribe(
        { query: `subscription { availabilityChanged(organisationKey: "pk_none") { counsellorId } }` },
        { next: (v) => resolve(v.errors), error: resolve, complete: () => resolve(null) },
      );
    });
    expect(JSON.stringify(error)).toContain('NOT_FOUND');
    await ws.dispose();
  });
});
