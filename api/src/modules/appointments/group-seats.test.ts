/**
 * Group seats as the booking widget uses them: the confirmation mail's link back to the widget's page
 * (`returnUrl`), the live `SEATS_CHANGED` announcement, and the client's own seats in `myAppointments`
 * and `cancelMyAppointment`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
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
import { GroupParticipant } from './appointment.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { at, dayFromToday } from './test-support.js';

let server: TestServer;
let smtp: TestSmtp;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const em = () => server.orm.em.fork() as EntityManager;
const day = dayFromToday(6);
const PAGE = 'https://beratung.example.org/gruppen?x=1';

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url });
  world = await buildTwoOrganisations(server);
  await em().nativeUpdate(Organisation, { id: world.a.org.id }, { allowedOrigins: ['https://beratung.example.org'] });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const CREATE_GROUP = `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) {
  __typename ... on Appointment { id } } }`;
const BOOK_SEAT = `mutation($input: BookGroupSeatInput!) { bookGroupSeat(input: $input) {
  __typename ... on Booking { id kind title pseudonym cancelToken cancelUrl } ... on GroupFull { reason capacity } } }`;
const MINE = `query($from: DateTimeISO!, $to: DateTimeISO!) { myAppointments(from: $from, to: $to) { id kind status title } }`;
const CANCEL_MY = `mutation($input: AppointmentIdInput!) { cancelMyAppointment(input: $input) { appointmentId status } }`;

/** A bookable group appointment of organisation A with a fresh counsellor. */
async function group(max: number, from = '14:00', to = '15:00') {
  const counsellor = await buildCounsellor(server, world.a.org);
  const admin = await loginAs(server, world.a.admin);
  const r = await admin.ok(CREATE_GROUP, {
    input: {
      counsellorId: counsellor.id,
      title: 'Gesprächskreis',
      date: day,
      from,
      to,
      channel: 'VIDEO',
      maxParticipants: max,
      bookableByClients: true,
    },
  });
  return { id: r.createGroupAppointment.id as string, counsellor };
}

const seatInput = (appointmentId: string, extra: Record<string, unknown> = {}) => ({
  organisationKey: world.a.org.publicKey,
  appointmentId,
  pseudonym: uniq('platz'),
  consent: true,
  ...extra,
});

/** Subscribes to availabilityChanged of organisation A; resolves once the subscription is registered. */
async function listen(counsellorId: string | null) {
  const ws: WsClient = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
  });
  const received: { counsellorId: string; reason: string }[] = [];
  const connected = new Promise<void>((resolve) => ws.on('connected', () => resolve()));
  const unsubscribe = ws.subscribe<{ availabilityChanged: { counsellorId: string; reason: string } }>(
    {
      query: `subscription($k: String!, $c: ID) { availabilityChanged(organisationKey: $k, counsellorId: $c) { counsellorId reason } }`,
      variables: { k: world.a.org.publicKey, c: counsellorId },
    },
    { next: (v) => v.data && received.push(v.data.availabilityChanged), error: () => {}, complete: () => {} },
  );
  await connected;
  await new Promise((r) => setTimeout(r, 200)); // the subscription is registered after connect
  return {
    received,
    close: async () => {
      unsubscribe();
      await ws.dispose();
    },
  };
}

describe('bookGroupSeat returnUrl', () => {
  it('links the confirmation mail back to the widget’s page when the organisation allows its origin', async () => {
    const g = await group(3);
    const email = `${uniq('seat')}@example.net`;
    const { bookGroupSeat: seat } = await server
      .client()
      .ok(BOOK_SEAT, { input: seatInput(g.id, { email, returnUrl: PAGE }) });
    expect(seat).toMatchObject({ __typename: 'Booking', kind: 'GROUP', title: 'Gesprächskreis' });
    const mail = await smtp.waitFor(email);
    expect(mail.text).toContain(`https://beratung.example.org/gruppen?x=1#lotse-appointment=${seat.cancelToken}`);
    expect(mail.text).toContain(seat.cancelUrl);
  });

  it('leaves the link out for a page of another origin, and refuses a returnUrl that is no web address', async () => {
    const g = await group(3, '16:00', '17:00');
    const email = `${uniq('seat')}@example.net`;
    await server.client().ok(BOOK_SEAT, { input: seatInput(g.id, { email, returnUrl: 'https://evil.example/' }) });
    const mail = await smtp.waitFor(email);
    expect(mail.text).not.toContain('lotse-appointment');
    expect(mail.text).not.toContain('evil.example');

    const error = await server
      .client()
      .fails('BAD_USER_INPUT', BOOK_SEAT, { input: seatInput(g.id, { returnUrl: 'javascript:alert(1)' }) });
    expect(JSON.stringify(error.extensions)).toContain('returnUrl');
    // Nothing changed: still the one seat from before.
    expect(await em().count(GroupParticipant, { appointment: g.id })).toBe(1);
  });

  it('answers NOT_FOUND for a group of another organisation', async () => {
    const g = await group(3, '18:00', '19:00');
    await server.client().fails('NOT_FOUND', BOOK_SEAT, {
      input: { ...seatInput(g.id), organisationKey: world.b.org.publicKey },
    });
    expect(await em().count(GroupParticipant, { appointment: g.id })).toBe(0);
  });
});

describe('group seats live and in myAppointments', () => {
  it('announces SEATS_CHANGED when a seat is booked and given up; the client lists and cancels their seat', async () => {
    const g = await group(2, '10:00', '11:00');
    const live = await listen(null);
    const client = await buildClient(server, world.a.org);
    const me = await loginAs(server, client);
    try {
      const booked = await me.ok(BOOK_SEAT, {
        input: { organisationKey: world.a.org.publicKey, appointmentId: g.id, consent: true },
      });
      expect(booked.bookGroupSeat.__typename).toBe('Booking');
      await expect
        .poll(() => live.received, { timeout: 2000, interval: 20 })
        .toContainEqual({ counsellorId: g.counsellor.id, reason: 'SEATS_CHANGED' });

      const range = { from: at(day, 0).toISOString(), to: at(day, 24).toISOString() };
      expect((await me.ok(MINE, range)).myAppointments).toEqual([
        { id: g.id, kind: 'GROUP', status: 'BOOKED', title: 'Gesprächskreis' },
      ]);
      // A client of another organisation does not find it; nor does a visitor without login.
      const stranger = await loginAs(server, world.b.client);
      await stranger.fails('NOT_FOUND', CANCEL_MY, { input: { appointmentId: g.id } });
      await server.client().fails('UNAUTHENTICATED', CANCEL_MY, { input: { appointmentId: g.id } });
      expect(await em().count(GroupParticipant, { appointment: g.id })).toBe(1);

      live.received.length = 0;
      const cancelled = await me.ok(CANCEL_MY, { input: { appointmentId: g.id } });
      // The seat is given up; the group goes on without it.
      expect(cancelled.cancelMyAppointment).toEqual({ appointmentId: g.id, status: 'CANCELLED' });
      expect(await em().count(GroupParticipant, { appointment: g.id })).toBe(0);
      await expect
        .poll(() => live.received, { timeout: 2000, interval: 20 })
        .toContainEqual({ counsellorId: g.counsellor.id, reason: 'SEATS_CHANGED' });
      expect((await me.ok(MINE, range)).myAppointments).toEqual([]);
      // Not twice: the seat is no longer the client's.
      await me.fails('NOT_FOUND', CANCEL_MY, { input: { appointmentId: g.id } });
    } finally {
      await live.close();
    }
  });
});
