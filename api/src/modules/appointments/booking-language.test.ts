/**
 * The visitor's language of a booking (issue 15): a booking or group seat made in English gets its
 * confirmation, change and cancellation mails in English (texts, date format, the service's or group's
 * English name) through the real SMTP server, and "my appointments" shows the English names; a German
 * booking, or one in a language the organisation has no texts in, stays German.
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
import { Appointment, GroupParticipant } from './appointment.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { CANCEL_BOOKING, CONFIRM, at, dayFromToday, offer, reserve } from './test-support.js';

let server: TestServer;
let smtp: TestSmtp;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const em = () => server.orm.em.fork() as EntityManager;
const day = dayFromToday(5);
const key = () => world.a.org.publicKey;

const CREATE_SERVICE = `mutation($input: CreateAppointmentServiceInput!) { createAppointmentService(input: $input) { id } }`;
const CREATE_GROUP = `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) {
  __typename ... on Appointment { id } } }`;
const UPDATE_GROUP = `mutation($input: UpdateGroupAppointmentInput!) { updateGroupAppointment(input: $input) {
  __typename ... on Appointment { id title titles { lang text } } } }`;
const BOOK_SEAT = `mutation($input: BookGroupSeatInput!) { bookGroupSeat(input: $input) {
  __typename ... on Booking { id title cancelToken calendarFile } } }`;
const MINE = `query($from: DateTimeISO!, $to: DateTimeISO!, $lang: String) {
  myAppointments(from: $from, to: $to, lang: $lang) { id title service { name } calendarFile } }`;
const BY_LINK = `query($token: String!, $lang: String) { appointmentByLink(token: $token, lang: $lang) { id title service { name } } }`;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url });
  world = await buildTwoOrganisations(server);
  await em().nativeUpdate(Organisation, { id: world.a.org.id }, { contentLanguages: ['de', 'en'] });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

/** A counsellor of organisation A offering "Schuldnerberatung" / "Debt advice" 09:00–12:00 every day. */
async function debtAdvice() {
  const counsellor = await buildCounsellor(server, world.a.org);
  const admin = await loginAs(server, world.a.admin);
  const { createAppointmentService: s } = await admin.ok(CREATE_SERVICE, {
    input: {
      internalName: 'Schulden intern',
      publicName: 'Schuldnerberatung',
      publicNames: [{ lang: 'en', text: 'Debt advice' }],
      durationMinutes: 50,
      followUpMinutes: 10,
      channel: 'PHONE',
    },
  });
  await offer(admin, counsellor.id, { serviceId: s.id });
  return { counsellor, serviceId: s.id as string };
}

async function book(hour: number, extra: Record<string, unknown>) {
  const { counsellor, serviceId } = await debtAdvice();
  const hold = await reserve(server.client(), key(), serviceId, counsellor.id, at(day, hour));
  const pseudonym = uniq('lang');
  const email = `${pseudonym}@example.net`;
  const r = await server.client().ok(CONFIRM, {
    input: { reservationId: hold.id, holdToken: hold.holdToken, pseudonym, email, consent: true, ...extra },
  });
  return { booking: r.confirmBooking, email, hold };
}

describe('a booking’s language', () => {
  it('booked in English: English confirmation, cancel page and cancellation mail with the English service name', async () => {
    const { booking, email, hold } = await book(9, { lang: 'en-GB' });
    expect(booking.service.name).toBe('Debt advice');
    expect((await em().findOneOrFail(Appointment, hold.id)).lang).toBe('en');

    const mail = await smtp.waitFor(email);
    expect(mail.subject).toBe('Appointment confirmed: Debt advice');
    expect(mail.text).toContain('Your appointment is confirmed.');
    expect(mail.text).toContain('Debt advice with ');
    // en-GB dates: the English weekday and month, no "Uhr".
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/Berlin' }).format(at(day, 9));
    expect(mail.text).toContain(weekday);
    expect(mail.text).not.toContain('Uhr');
    expect(mail.text).toContain('If you cannot come, please cancel here:');
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString();
    expect(ics).toContain('SUMMARY:Debt advice');

    const page = await (await fetch(booking.cancelUrl)).text();
    expect(page).toContain('Cancel appointment');
    expect(page).toContain('Debt advice');

    // The link of the mail shows the appointment in the language it was booked in, or the one asked for.
    expect((await server.client().ok(BY_LINK, { token: booking.cancelToken })).appointmentByLink.service.name).toBe(
      'Debt advice',
    );
    const inGerman = await server.client().ok(BY_LINK, { token: booking.cancelToken, lang: 'de' });
    expect(inGerman.appointmentByLink.service.name).toBe('Schuldnerberatung');

    await server.client().ok(CANCEL_BOOKING, { input: { token: booking.cancelToken } });
    const cancelled = await smtp.waitFor(email, (m) => m.subject?.includes('cancelled') ?? false);
    expect(cancelled.subject).toBe('Appointment cancelled: Debt advice');
    expect(cancelled.text).toContain('Your appointment has been cancelled.');
  });

  it('booked in German, without a language or in one the organisation has no texts in: German', async () => {
    for (const [hour, lang] of [
      [10, 'de'],
      [11, undefined],
      [9, 'tr'],
    ] as const) {
      const { booking, email, hold } = await book(hour, lang ? { lang } : {});
      expect(booking.service.name).toBe('Schuldnerberatung');
      expect((await em().findOneOrFail(Appointment, hold.id)).lang).toBe(lang === 'de' ? 'de' : null);
      const mail = await smtp.waitFor(email);
      expect(mail.subject).toBe('Terminbestätigung: Schuldnerberatung');
      expect(mail.text).toContain('Ihr Termin ist bestätigt.');
      expect(mail.text).toContain(' Uhr ');
    }
  });

  it('refuses a malformed language with BAD_USER_INPUT, the hold unchanged', async () => {
    const { counsellor, serviceId } = await debtAdvice();
    const hold = await reserve(server.client(), key(), serviceId, counsellor.id, at(day, 10));
    const err = await server.client().fails('BAD_USER_INPUT', CONFIRM, {
      input: {
        reservationId: hold.id,
        holdToken: hold.holdToken,
        pseudonym: uniq('p'),
        consent: true,
        lang: 'English!',
      },
    });
    expect(err.extensions?.fields?.[0]?.path).toBe('lang');
    const row = await em().findOneOrFail(Appointment, hold.id);
    expect(row.status).toBe('HELD');
    expect(row.lang ?? null).toBeNull();
  });

  it('my appointments in the language asked for: the service’s English name', async () => {
    const { counsellor, serviceId } = await debtAdvice();
    const client = await buildClient(server, world.a.org, { email: `${uniq('mine')}@example.net` });
    const api = await loginAs(server, client);
    const hold = await reserve(api, key(), serviceId, counsellor.id, at(day, 11));
    await api.ok(CONFIRM, { input: { reservationId: hold.id, holdToken: hold.holdToken, consent: true, lang: 'en' } });
    const range = { from: at(day, 0).toISOString(), to: at(day, 24).toISOString() };
    const en = (await api.ok(MINE, { ...range, lang: 'en' })).myAppointments;
    expect(en).toEqual([expect.objectContaining({ id: hold.id, service: { name: 'Debt advice' } })]);
    expect(en[0].calendarFile).toContain('SUMMARY:Debt advice');
    const de = (await api.ok(MINE, { ...range, lang: 'de' })).myAppointments;
    expect(de[0].service.name).toBe('Schuldnerberatung');
    await api.fails('BAD_USER_INPUT', MINE, { ...range, lang: 'x'.repeat(40) });
  });
});

describe('an appointment staff make for a client', () => {
  const CREATE = `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) {
    __typename ... on Appointment { id } } }`;

  it('is in the language staff choose, else the one the client last booked in, else the default', async () => {
    const { counsellor, serviceId } = await debtAdvice();
    const admin = await loginAs(server, world.a.admin);
    const create = async (clientId: string, hour: number, lang?: string) => {
      const r = await admin.ok(CREATE, {
        input: { counsellorId: counsellor.id, clientId, serviceId, start: at(dayFromToday(6), hour), lang },
      });
      return (await em().findOneOrFail(Appointment, r.createAppointment.id)).lang ?? null;
    };

    // A client who booked in English before: English again, without staff saying so.
    const { email } = await book(10, { lang: 'en' });
    await smtp.waitFor(email);
    const booked = await em().findOneOrFail(Appointment, { contactEmail: email }, { populate: ['client'] });
    expect(await create(booked.client!.id, 9)).toBe('en');
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/Berlin' });
    const mail = await smtp.waitFor(email, (m) => m.text?.includes(weekday.format(at(dayFromToday(6), 9))) ?? false);
    expect(mail.subject).toBe('Appointment confirmed: Debt advice');

    // Staff choose German for them: German.
    expect(await create(booked.client!.id, 10, 'de')).toBe('de');

    // A client who never booked: the organisation's default, in German.
    const fresh = await buildClient(server, world.a.org, { email: `${uniq('staff')}@example.net` });
    expect(await create(fresh.id, 11)).toBeNull();
    const german = await smtp.waitFor(fresh.email!);
    expect(german.subject).toBe('Terminbestätigung: Schuldnerberatung');

    // Chosen English for them: English mail with the English name.
    const other = await buildClient(server, world.a.org, { email: `${uniq('staff')}@example.net` });
    expect(await create(other.id, 12, 'en-GB')).toBe('en');
    expect((await smtp.waitFor(other.email!)).subject).toBe('Appointment confirmed: Debt advice');

    // A malformed language: BAD_USER_INPUT on the field, nothing created.
    const err = await admin.fails('BAD_USER_INPUT', CREATE, {
      input: {
        counsellorId: counsellor.id,
        clientId: other.id,
        serviceId,
        start: at(dayFromToday(6), 14),
        lang: 'Englisch!',
      },
    });
    expect(err.extensions?.fields?.[0]?.path).toBe('lang');
  });
});

describe('a group seat’s language', () => {
  it('seat booked in English: English mails (booking, change by staff, giving it up) with the English title', async () => {
    const counsellor = await buildCounsellor(server, world.a.org);
    const admin = await loginAs(server, world.a.admin);
    const { createGroupAppointment: g } = await admin.ok(CREATE_GROUP, {
      input: {
        counsellorId: counsellor.id,
        title: 'Gesprächskreis',
        titles: [{ lang: 'en', text: 'Discussion group' }],
        date: day,
        from: '16:00',
        to: '17:00',
        channel: 'VIDEO',
        maxParticipants: 5,
        bookableByClients: true,
      },
    });
    const enMail = `${uniq('seat-en')}@example.net`;
    const deMail = `${uniq('seat-de')}@example.net`;
    const seat = (email: string, lang: string) =>
      server.client().ok(BOOK_SEAT, {
        input: { organisationKey: key(), appointmentId: g.id, pseudonym: uniq('s'), email, consent: true, lang },
      });
    const { bookGroupSeat: en } = await seat(enMail, 'en');
    await seat(deMail, 'de');
    expect(en.title).toBe('Discussion group');
    expect(en.calendarFile).toContain('SUMMARY:Discussion group');
    const seats = await em().find(GroupParticipant, { appointment: g.id }, { orderBy: { createdAt: 'asc' } });
    expect(seats.map((s) => s.lang)).toEqual(['en', 'de']);

    const firstEn = await smtp.waitFor(enMail);
    const firstDe = await smtp.waitFor(deMail);
    expect(firstEn.subject).toBe('Appointment confirmed: Discussion group');
    expect(firstDe.subject).toBe('Terminbestätigung: Gesprächskreis');

    // Staff change the English title: each participant is told in their language.
    await admin.ok(UPDATE_GROUP, { input: { id: g.id, titles: [{ lang: 'en', text: 'Talking circle' }] } });
    const changedEn = await smtp.waitFor(enMail, (m) => m !== firstEn);
    expect(changedEn.subject).toBe('Appointment confirmed: Talking circle');
    expect(changedEn.text).toContain('Your appointment is confirmed.');
    expect((await smtp.waitFor(deMail, (m) => m !== firstDe)).subject).toBe('Terminbestätigung: Gesprächskreis');

    await server.client().ok(CANCEL_BOOKING, { input: { token: en.cancelToken } });
    const gone = await smtp.waitFor(enMail, (m) => m.subject?.includes('cancelled') ?? false);
    expect(gone.subject).toBe('Appointment cancelled: Talking circle');
  });
});
