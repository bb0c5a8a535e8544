import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, uniq } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';
import { at, CONFIRM, dayFromToday, offer, reserve } from '../appointments/test-support.js';
import { ANSWER, sendRequest } from '../mail-counselling/mail.test-support.js';
import { connectWs, until, type TestWs } from '../chat/chat.test-support.js';
import { purgeDueClients } from '../client/client-purge.js';
import { byId } from '../client/client.test-support.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { startReceiver, verify, type Receiver } from './webhooks.test-support.js';
import { WebhookDelivery, WebhookEndpoint } from './webhooks.entities.js';
import { GroupParticipant } from '../appointments/appointment.entity.js';

const ENDPOINT = `id url description events active createdAt`;
const LIST = `query { webhookEndpoints { ${ENDPOINT} } }`;
const ATTEMPTS = `query($id: ID!, $page: PageInput) { webhookAttempts(endpointId: $id, page: $page) { totalCount
  pageInfo { hasNextPage endCursor }
  edges { node { id eventId eventType attempt statusCode durationMs error responseSnippet nextRetryAt deliveryStatus createdAt } } } }`;
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT} } } }`;
const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { ${ENDPOINT} } }`;
const ROTATE = `mutation($input: WebhookEndpointIdInput!) { rotateWebhookSecret(input: $input) { secret endpoint { id } } }`;
const DELETE = `mutation($input: WebhookEndpointIdInput!) { deleteWebhookEndpoint(input: $input) }`;
const TEST = `mutation($input: WebhookEndpointIdInput!) { sendWebhookTestEvent(input: $input) }`;
const CREATE_APPOINTMENT = `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) {
  __typename ... on Appointment { id } } }`;
const CANCEL = `mutation($input: IdInput!) { cancelAppointment(input: $input) { status } }`;
const CREATE_GROUP = `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) {
  __typename ... on Appointment { id } } }`;
const BOOK_SEAT = `mutation($input: BookGroupSeatInput!) { bookGroupSeat(input: $input) {
  __typename ... on Booking { id cancelToken } } }`;
const ADD_PARTICIPANTS = `mutation($input: GroupParticipantsInput!) { addGroupParticipants(input: $input) {
  __typename ... on Appointment { participants { id } } } }`;
const REMOVE_PARTICIPANT = `mutation($input: RemoveGroupParticipantInput!) { removeGroupParticipant(input: $input) { id } }`;
const UPDATE_GROUP = `mutation($input: UpdateGroupAppointmentInput!) { updateGroupAppointment(input: $input) {
  __typename } }`;
const CREATE_CLIENT_GROUP = `mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id } }`;
const CANCEL_BY_LINK = `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { status } }`;
const CANCEL_MY = `mutation($input: AppointmentIdInput!) { cancelMyAppointment(input: $input) { status } }`;
const START_CHAT = `mutation($input: StartChatInput!) { startChat(input: $input) { stream { id } session { me { id } } } }`;
const AVAILABILITY = `query($key: String!) { chatAvailability(organisationKey: $key) { counsellors { counsellorId state } } }`;

const ALL_EVENTS = [
  'BOOKING_CREATED',
  'BOOKING_CANCELLED',
  'MAIL_REQUEST_RECEIVED',
  'MAIL_REQUEST_ANSWERED',
  'CHAT_STARTED',
  'CLIENT_DELETED',
];

let server: TestServer;
let receiver: Receiver;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let admin: GraphQLClient;
let counsellor: GraphQLClient;
let otherAdmin: GraphQLClient;
const sockets: TestWs[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
  // Local receiver over http, and retries a second apart instead of 30 s.
  server = await startTestServer({ webhooks: { allowLocal: true, retryBaseSeconds: 1, timeoutMs: 3000 } });
  orgs = await buildTwoOrganisations(server);
  admin = await apiAs(server, orgs.a.admin);
  counsellor = await apiAs(server, orgs.a.counsellor);
  otherAdmin = await apiAs(server, orgs.b.admin);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
  await receiver?.close();
});

type Created = { secret: string; endpoint: { id: string; url: string; events: string[]; active: boolean } };
const create = async (path: string, events = ['BOOKING_CREATED'], api = admin): Promise<Created> =>
  (await api.ok(CREATE, { input: { url: `${receiver.url}${path}`, events, description: 'CRM' } }))
    .createWebhookEndpoint;

const attempts = async (id: string, api = admin) => (await api.ok(ATTEMPTS, { id })).webhookAttempts;

/** The endpoints and deliveries as stored: what a refused call must leave untouched. */
const stored = async () => {
  const em = server.orm.em.fork();
  const endpoints = await em.find(WebhookEndpoint, {}, { orderBy: { id: 'asc' }, populate: ['secretSealed'] });
  return {
    endpoints: endpoints.map((e) => [e.id, e.url, e.events.join(), e.active, e.description, e.secretSealed]),
    deliveries: await em.count(WebhookDelivery, {}),
  };
};

describe('webhook delivery', () => {
  it('signs a test event with the secret shown at creation; the receiver recomputes the HMAC', async () => {
    const path = `/${uniq('hook')}`;
    const { secret, endpoint } = await create(path);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const eventId = (await admin.ok(TEST, { input: { id: endpoint.id } })).sendWebhookTestEvent;

    const [got] = await receiver.waitFor(path);
    expect(verify(secret, got!)).toBe(true);
    expect(verify('whsec_wrong', got!)).toBe(false);
    expect(Math.abs(Number(got!.headers['lotse-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.headers['lotse-event-id']).toBe(eventId);
    expect(got!.headers['lotse-event-type']).toBe('webhook.test');
    const payload = JSON.parse(got!.body);
    expect(payload).toEqual({
      id: eventId,
      type: 'webhook.test',
      createdAt: expect.any(String),
      organisationId: orgs.a.org.id,
      data: { endpointId: endpoint.id },
    });

    // The secret is sealed at rest: the column does not contain it.
    const row = await server.orm.em.fork().findOneOrFail(WebhookEndpoint, endpoint.id, { populate: ['secretSealed'] });
    expect(row.secretSealed).toMatch(/^v1\./);
    expect(row.secretSealed).not.toContain(secret.slice(6));

    await until(async () => (await attempts(endpoint.id)).totalCount === 1, 5000, 'attempt logged');
    const log = await attempts(endpoint.id);
    expect(log.edges[0].node).toMatchObject({
      eventId,
      eventType: 'webhook.test',
      attempt: 1,
      statusCode: 200,
      error: null,
      responseSnippet: 'ok',
      nextRetryAt: null,
      deliveryStatus: 'DELIVERED',
    });
    expect(log.edges[0].node.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('retries after a failing receiver with backoff: 500 first, delivered on the second attempt', async () => {
    const path = `/${uniq('flaky')}`;
    receiver.answer(path, 500);
    const { secret, endpoint } = await create(path);
    const eventId = (await admin.ok(TEST, { input: { id: endpoint.id } })).sendWebhookTestEvent;

    const [first, second] = await receiver.waitFor(path, 2);
    // The same bytes, signed anew, a backoff (1 s in this test) apart.
    expect(second!.body).toBe(first!.body);
    expect(verify(secret, first!)).toBe(true);
    expect(verify(secret, second!)).toBe(true);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);

    await until(async () => (await attempts(endpoint.id)).totalCount === 2, 5000, 'both attempts logged');
    const [latest, earlier] = (await attempts(endpoint.id)).edges.map((e: any) => e.node);
    expect(earlier).toMatchObject({ eventId, attempt: 1, statusCode: 500, error: 'HTTP 500' });
    expect(earlier.nextRetryAt).not.toBeNull();
    // A short snippet of the answer, never the whole body.
    expect(earlier.responseSnippet.length).toBeLessThanOrEqual(200);
    expect(earlier.responseSnippet).toMatch(/^receiver says 500/);
    expect(latest).toMatchObject({ eventId, attempt: 2, statusCode: 200, error: null, deliveryStatus: 'DELIVERED' });
    expect(receiver.on(path)).toHaveLength(2);
  });

  it('logs a receiver that cannot be reached and keeps the delivery pending for the next retry', async () => {
    const { endpoint } = await admin
      .ok(CREATE, { input: { url: 'http://127.0.0.1:1/closed', events: ['CHAT_STARTED'] } })
      .then((r) => r.createWebhookEndpoint);
    await admin.ok(TEST, { input: { id: endpoint.id } });
    await until(async () => (await attempts(endpoint.id)).totalCount >= 1, 5000, 'attempt logged');
    const [node] = (await attempts(endpoint.id)).edges.map((e: any) => e.node);
    expect(node).toMatchObject({ attempt: 1, statusCode: null, deliveryStatus: 'PENDING' });
    expect(node.error).toMatch(/ECONNREFUSED/);
    await admin.ok(DELETE, { input: { id: endpoint.id } });
  });

  it('signs with the new secret after rotation; the old one no longer verifies', async () => {
    const path = `/${uniq('rotate')}`;
    const { secret: old, endpoint } = await create(path);
    const { secret } = (await admin.ok(ROTATE, { input: { id: endpoint.id } })).rotateWebhookSecret;
    expect(secret).not.toBe(old);
    await admin.ok(TEST, { input: { id: endpoint.id } });
    const [got] = await receiver.waitFor(path);
    expect(verify(secret, got!)).toBe(true);
    expect(verify(old, got!)).toBe(false);
  });
});

describe('webhook events', () => {
  it('each event type is emitted by its real operation, with ids and no personal data', async () => {
    const org = orgs.a.org;
    await server.orm.em.fork().nativeUpdate(Organisation, org.id, { retentionDays: 7 });
    const path = `/${uniq('all')}`;
    const { secret, endpoint } = await create(path, ALL_EVENTS);
    // Subscribed to one event only, and an inactive one: neither receives the rest.
    const onlyDeletedPath = `/${uniq('deleted-only')}`;
    await create(onlyDeletedPath, ['CLIENT_DELETED']);
    const inactivePath = `/${uniq('inactive')}`;
    const inactive = await create(inactivePath, ALL_EVENTS);
    await admin.ok(UPDATE, { input: { id: inactive.endpoint.id, active: false } });

    const c = await buildCounsellor(server, org, { displayName: 'Beraterin Xaver' } as never);
    const capi = await apiAs(server, c);
    const serviceId = await offer(admin, c.id);
    const day = dayFromToday(3);

    // booking.created by a client (public booking) and by staff; booking.cancelled by staff.
    const hold = await reserve(server.client(), org.publicKey, serviceId, c.id, at(day, 9));
    const booked = (
      await server.client().ok(CONFIRM, {
        input: {
          reservationId: hold.id,
          holdToken: hold.holdToken,
          pseudonym: 'Quokka77',
          email: 'quokka@example.org',
          consent: true,
        },
      })
    ).confirmBooking;
    expect(booked.__typename).toBe('Booking');
    const client = await buildClient(server, org, { pseudonym: 'Wombat42', email: 'wombat@example.org' } as never);
    const staffBooked = (
      await capi.ok(CREATE_APPOINTMENT, {
        input: { counsellorId: c.id, clientId: client.id, serviceId, start: at(day, 11).toISOString() },
      })
    ).createAppointment;
    await capi.ok(CANCEL, { input: { id: staffBooked.id } });

    // mail_request.received and mail_request.answered.
    const clientApi = await apiAs(server, client);
    const request = await sendRequest(clientApi, {
      counsellorId: c.id,
      subject: 'Geheimer Betreff',
      message: 'Sehr privat',
    });
    await capi.ok(ANSWER, { input: { requestId: request.id, message: 'Vertrauliche Antwort' } });

    // chat.started: from the widget, with the counsellor online.
    const ws = connectWs(server, capi.token!);
    sockets.push(ws);
    await until(
      async () =>
        (await server.client().ok(AVAILABILITY, { key: org.publicKey })).chatAvailability.counsellors.some(
          (x: any) => x.counsellorId === c.id && x.state === 'ONLINE',
        ),
      5000,
      'counsellor online',
    );
    const started = (
      await server.client().ok(START_CHAT, {
        input: { organisationKey: org.publicKey, pseudonym: uniq('Besuch'), counsellorId: c.id },
      })
    ).startChat;

    // client.deleted: marked for deletion, then purged by the deletion routine after the retention period.
    await admin.ok(byId('deleteClient'), { input: { clientId: client.id } });
    expect(await purgeDueClients(server.app, new Date(Date.now() + 8 * 86_400_000))).toBeGreaterThanOrEqual(1);

    const got = await receiver.waitFor(path, 7);
    for (const r of got) expect(verify(secret, r)).toBe(true);
    const payloads = got.map((r) => JSON.parse(r.body));
    const byType = (type: string) => payloads.filter((p) => p.type === type).map((p) => p.data);
    const bookingId = booked.id;
    expect(byType('booking.created')).toEqual(
      expect.arrayContaining([
        {
          appointmentId: bookingId,
          counsellorId: c.id,
          clientId: expect.any(String),
          bookedBy: 'CLIENT',
          seat: false,
        },
        { appointmentId: staffBooked.id, counsellorId: c.id, clientId: client.id, bookedBy: 'STAFF', seat: false },
      ]),
    );
    expect(byType('booking.cancelled')).toEqual([
      { appointmentId: staffBooked.id, counsellorId: c.id, clientId: client.id, seat: false },
    ]);
    expect(byType('mail_request.received')).toEqual([
      { mailRequestId: request.id, clientId: client.id, counsellorId: c.id, topicId: null },
    ]);
    expect(byType('mail_request.answered')).toEqual([{ mailRequestId: request.id, counsellorId: c.id }]);
    expect(byType('chat.started')).toEqual([
      { chatStreamId: started.stream.id, clientId: started.session.me.id, counsellorId: c.id },
    ]);
    expect(byType('client.deleted')).toEqual([{ clientId: client.id }]);
    for (const p of payloads) {
      expect(Object.keys(p).sort()).toEqual(['createdAt', 'data', 'id', 'organisationId', 'type']);
      expect(p.organisationId).toBe(org.id);
      for (const [key, value] of Object.entries(p.data)) {
        expect(['bookedBy', 'seat'].includes(key) || /Id$/.test(key), key).toBe(true);
        if (key === 'seat') expect(typeof value).toBe('boolean');
        else if (key !== 'bookedBy' && value !== null) expect(value).toMatch(/^[0-9a-f-]{36}$/);
      }
    }
    // No names, addresses, subjects or texts anywhere in what left the server.
    const everything = got.map((r) => r.body).join('\n');
    for (const personal of [
      'Quokka77',
      'quokka@example.org',
      'Wombat42',
      'wombat@example.org',
      'Geheimer Betreff',
      'Sehr privat',
      'Vertrauliche Antwort',
      'Beraterin Xaver',
    ]) {
      expect(everything).not.toContain(personal);
    }

    // The endpoint subscribed to client.deleted got that one only; the inactive one nothing.
    const [onlyDeleted] = await receiver.waitFor(onlyDeletedPath);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.on(onlyDeletedPath).map((r) => JSON.parse(r.body).type)).toEqual(['client.deleted']);
    expect(JSON.parse(onlyDeleted!.body).data).toEqual({ clientId: client.id });
    expect(receiver.on(inactivePath)).toEqual([]);
    expect((await attempts(endpoint.id)).totalCount).toBeGreaterThanOrEqual(7);
  });
});

describe('webhook events: group seats', () => {
  it('a seat booked, given, given up or taken away is booking.created / booking.cancelled with seat: true', async () => {
    const org = orgs.a.org;
    const path = `/${uniq('seats')}`;
    const { secret } = await create(path, ['BOOKING_CREATED', 'BOOKING_CANCELLED']);
    const c = await buildCounsellor(server, org);
    const capi = await apiAs(server, c);
    const group = (
      await capi.ok(CREATE_GROUP, {
        input: {
          counsellorId: c.id,
          title: 'Gesprächskreis Trauer',
          date: dayFromToday(4),
          from: '14:00',
          to: '15:30',
          channel: 'VIDEO',
          maxParticipants: 8,
          bookableByClients: true,
        },
      })
    ).createGroupAppointment;
    expect(group.__typename).toBe('Appointment');
    const seat = (input: Record<string, unknown>) => ({
      organisationKey: org.publicKey,
      appointmentId: group.id,
      consent: true,
      ...input,
    });

    // 1. A visitor books a seat (a client is created for them), 2. a logged-in client books one.
    const visitor = (
      await server
        .client()
        .ok(BOOK_SEAT, { input: seat({ pseudonym: 'Seepferdchen9', email: 'seepferd@example.org' }) })
    ).bookGroupSeat;
    expect(visitor.__typename).toBe('Booking');
    const member = await buildClient(server, org, { pseudonym: 'Kranich3', email: 'kranich@example.org' } as never);
    const memberApi = await apiAs(server, member);
    expect((await memberApi.ok(BOOK_SEAT, { input: seat({}) })).bookGroupSeat.__typename).toBe('Booking');
    // 3.–4. Staff seat two clients at once (one event each); the visitor already seated is not announced again.
    const given = [await buildClient(server, org), await buildClient(server, org)];
    const visitorRow = await server.orm.em
      .fork()
      .findOneOrFail(GroupParticipant, { appointment: group.id, client: { $nin: [member.id] } });
    const added = (
      await capi.ok(ADD_PARTICIPANTS, {
        input: { appointmentId: group.id, clientIds: [...given.map((g) => g.id), visitorRow.client.id] },
      })
    ).addGroupParticipants;
    expect(added.participants).toHaveLength(4);
    const created = await receiver.waitFor(path, 4);

    // 5. The visitor gives the seat up by the cancel link, 6. the member in My appointments,
    // 7. staff take a seat away. 8. Removing someone who has no seat announces nothing.
    await server.client().ok(CANCEL_BY_LINK, { input: { token: visitor.cancelToken } });
    await memberApi.ok(CANCEL_MY, { input: { appointmentId: group.id } });
    await capi.ok(REMOVE_PARTICIPANT, { input: { appointmentId: group.id, clientId: given[0]!.id } });
    await capi.ok(REMOVE_PARTICIPANT, { input: { appointmentId: group.id, clientId: given[0]!.id } });
    // 9. The group appointment itself is cancelled: one event for it, not one per seat.
    await capi.ok(CANCEL, { input: { id: group.id } });

    const got = await receiver.waitFor(path, 8);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.on(path)).toHaveLength(8);
    for (const r of got) expect(verify(secret, r)).toBe(true);
    const payloads = got.map((r) => JSON.parse(r.body));
    const data = (type: string) => payloads.filter((p) => p.type === type).map((p) => p.data);
    const base = { appointmentId: group.id, counsellorId: c.id };
    expect(created.map((r) => JSON.parse(r.body).type)).toEqual(Array(4).fill('booking.created'));
    // Deliveries run through the job queue and may arrive in any order: compared as sets.
    const key = (d: { clientId: string | null }) => d.clientId ?? '';
    const sorted = <T extends { clientId: string | null }>(list: T[]) =>
      [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(data('booking.created'))).toEqual(
      sorted([
        { ...base, clientId: visitorRow.client.id, bookedBy: 'CLIENT', seat: true },
        { ...base, clientId: member.id, bookedBy: 'CLIENT', seat: true },
        ...given.map((g) => ({ ...base, clientId: g.id, bookedBy: 'STAFF', seat: true })),
      ]),
    );
    expect(sorted(data('booking.cancelled'))).toEqual(
      sorted([
        { ...base, clientId: visitorRow.client.id, seat: true },
        { ...base, clientId: member.id, seat: true },
        { ...base, clientId: given[0]!.id, seat: true },
        { ...base, clientId: null, seat: false },
      ]),
    );
    const everything = got.map((r) => r.body).join('\n');
    for (const personal of ['Seepferdchen9', 'seepferd@example.org', 'Kranich3', 'kranich@example.org', 'Trauer']) {
      expect(everything).not.toContain(personal);
    }
  });

  it('seats given through client groups (on creating or changing the group appointment) are announced each', async () => {
    const org = orgs.a.org;
    const path = `/${uniq('group-seats')}`;
    await create(path, ['BOOKING_CREATED']);
    const c = await buildCounsellor(server, org);
    const capi = await apiAs(server, c);
    const first = [await buildClient(server, org), await buildClient(server, org)];
    const later = await buildClient(server, org);
    const group = async (clients: { id: string }[]) =>
      (
        await capi.ok(CREATE_CLIENT_GROUP, {
          input: { name: uniq('Gruppe'), clientIds: clients.map((x) => x.id) },
        })
      ).createClientGroup.id as string;
    const g1 = await group(first);
    const g2 = await group([first[0]!, later]);
    const created = (
      await capi.ok(CREATE_GROUP, {
        input: {
          counsellorId: c.id,
          title: 'Elternabend',
          date: dayFromToday(5),
          from: '18:00',
          to: '19:30',
          channel: 'ON_SITE',
          maxParticipants: 5,
          bookableByClients: false,
          clientGroupIds: [g1],
        },
      })
    ).createGroupAppointment;
    // The second group's member already seated is not announced again.
    await capi.ok(UPDATE_GROUP, { input: { id: created.id, clientGroupIds: [g2] } });
    const got = await receiver.waitFor(path, 3);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.on(path)).toHaveLength(3);
    const base = { appointmentId: created.id, counsellorId: c.id, bookedBy: 'STAFF', seat: true };
    // Deliveries run through the job queue: compared as a set.
    const byClient = (a: { clientId: string }, b: { clientId: string }) => a.clientId.localeCompare(b.clientId);
    expect(got.map((r) => JSON.parse(r.body).data).sort(byClient)).toEqual(
      [...first, later].map((x) => ({ ...base, clientId: x.id })).sort(byClient),
    );
  });
});

describe('webhook endpoints: access', () => {
  it('require authentication; counsellors and clients are FORBIDDEN; nothing changes', async () => {
    const { endpoint } = await create(`/${uniq('acl')}`);
    const before = await stored();
    const clientApi = await apiAs(server, orgs.a.client);
    const calls: [string, Record<string, unknown>][] = [
      [LIST, {}],
      [ATTEMPTS, { id: endpoint.id }],
      [CREATE, { input: { url: `${receiver.url}/x`, events: ['BOOKING_CREATED'] } }],
      [UPDATE, { input: { id: endpoint.id, active: false } }],
      [ROTATE, { input: { id: endpoint.id } }],
      [DELETE, { input: { id: endpoint.id } }],
      [TEST, { input: { id: endpoint.id } }],
    ];
    for (const [query, variables] of calls) {
      await server.client().fails('UNAUTHENTICATED', query, variables);
      await counsellor.fails('FORBIDDEN', query, variables);
      await clientApi.fails('FORBIDDEN', query, variables);
    }
    expect(await stored()).toEqual(before);
  });

  it('are invisible to another organisation: NOT_FOUND for every id, nothing changes', async () => {
    const { endpoint } = await create(`/${uniq('mine')}`);
    const before = await stored();
    await otherAdmin.fails('NOT_FOUND', ATTEMPTS, { id: endpoint.id });
    await otherAdmin.fails('NOT_FOUND', UPDATE, { input: { id: endpoint.id, url: `${receiver.url}/stolen` } });
    await otherAdmin.fails('NOT_FOUND', ROTATE, { input: { id: endpoint.id } });
    await otherAdmin.fails('NOT_FOUND', DELETE, { input: { id: endpoint.id } });
    await otherAdmin.fails('NOT_FOUND', TEST, { input: { id: endpoint.id } });
    const theirs = (await otherAdmin.ok(LIST)).webhookEndpoints.map((e: any) => e.id);
    expect(theirs).not.toContain(endpoint.id);
    expect(await stored()).toEqual(before);
  });
});

describe('webhook endpoints: input', () => {
  it('refuses invalid URLs and unknown or missing events with BAD_USER_INPUT, creating nothing', async () => {
    const before = await stored();
    for (const url of [
      'not a url',
      'ftp://example.org/hook',
      'http://example.org/hook',
      'https://user:pw@example.org/',
    ]) {
      const err = await admin.fails('BAD_USER_INPUT', CREATE, { input: { url, events: ['BOOKING_CREATED'] } });
      expect(err.extensions?.fields?.[0]?.path, url).toBe('url');
    }
    await admin.fails('BAD_USER_INPUT', CREATE, { input: { url: `${receiver.url}/x`, events: ['BOOKING_EXPLODED'] } });
    const none = await admin.fails('BAD_USER_INPUT', CREATE, { input: { url: `${receiver.url}/x`, events: [] } });
    expect(none.extensions?.fields?.[0]?.path).toBe('events');
    await admin.fails('BAD_USER_INPUT', CREATE, {
      input: { url: `${receiver.url}/x`, events: ['BOOKING_CREATED'], description: 'x'.repeat(201) },
    });
    const { endpoint } = await create(`/${uniq('edit')}`);
    const mid = await stored();
    await admin.fails('BAD_USER_INPUT', UPDATE, { input: { id: endpoint.id, url: 'http://example.org/hook' } });
    await admin.fails('BAD_USER_INPUT', UPDATE, { input: { id: endpoint.id, events: ['NOPE'] } });
    await admin.fails('BAD_USER_INPUT', ATTEMPTS, { id: 'not-an-id' });
    await admin.fails('BAD_USER_INPUT', ATTEMPTS, { id: endpoint.id, page: { after: 'garbage' } });
    expect(await stored()).toEqual(mid);
    expect(mid.endpoints.length).toBe(before.endpoints.length + 1);
  });

  it('changes events, description and active; deleting removes the endpoint with its log', async () => {
    const path = `/${uniq('change')}`;
    const { endpoint } = await create(path);
    const changed = (
      await admin.ok(UPDATE, {
        input: { id: endpoint.id, events: ['CHAT_STARTED', 'CLIENT_DELETED'], description: '', active: false },
      })
    ).updateWebhookEndpoint;
    expect(changed).toMatchObject({ events: ['CHAT_STARTED', 'CLIENT_DELETED'], description: null, active: false });
    // A test event reaches an inactive endpoint: admins check a receiver before switching it on.
    await admin.ok(TEST, { input: { id: endpoint.id } });
    await receiver.waitFor(path);
    expect(await admin.ok(DELETE, { input: { id: endpoint.id } })).toEqual({ deleteWebhookEndpoint: true });
    await admin.fails('NOT_FOUND', ATTEMPTS, { id: endpoint.id });
    expect(await server.orm.em.fork().count(WebhookDelivery, { endpoint: endpoint.id })).toBe(0);
  });
});
