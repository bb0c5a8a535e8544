import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  uniq,
} from '../../../../tests/support/builders.js';
import { Client } from '../client/client.entity.js';
import { registerLimitKey } from '../client/registration.service.js';
import { MasterDataFieldType, Organisation, Topic } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { MailAvailability } from './mail-availability.js';
import { MailRequest } from './mail-request.entity.js';
import {
  apiAs,
  COPY,
  em,
  MAIL_FORM_COUNSELLORS,
  MY_REQUESTS,
  REQUEST,
  SEND,
  SEND_AS_NEW,
  sendRequest,
} from './mail.test-support.js';

const PASSWORD = 'Leuchtkäfer-Mondsichel-64';

let server: TestServer;
let org: Organisation;
let counsellor: Counsellor;
let topic: Topic;

const fields = [
  {
    key: 'ageGroup',
    label: 'Alter',
    type: MasterDataFieldType.SELECT,
    options: ['unter 18', '18–26'],
    askInMailForm: true,
  },
  { key: 'postcode', label: 'PLZ', type: MasterDataFieldType.TEXT, options: [], askInMailForm: false },
];

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server, { masterDataFields: fields });
  counsellor = await buildCounsellor(server, org);
  const e = em(server);
  topic = e.create(Topic, { organisation: org.id, name: 'Schulden' } as never);
  await e.flush();
});
afterAll(() => server?.close());
beforeEach(async () => {
  await server.app.limits.sensitiveIp.reset(registerLimitKey('127.0.0.1'));
});

const newClientInput = (over: Record<string, unknown> = {}) => ({
  organisationKey: org.publicKey,
  pseudonym: uniq('Nachtfalter'),
  password: PASSWORD,
  privacyNoticeAccepted: true,
  subject: 'Ich brauche Hilfe',
  message: 'Seit Wochen schlafe ich schlecht.',
  ...over,
});

async function counts(o: Organisation = org) {
  const e = em(server);
  return {
    clients: await e.count(Client, { organisation: o.id }),
    requests: await e.count(MailRequest, { organisation: o.id }),
  };
}

describe('sendMailRequestAsNewClient', () => {
  it('registers the client, sends the request and returns a session that reads it', async () => {
    const email = `${uniq('n')}@example.org`;
    const input = newClientInput({
      email,
      topicId: topic.id,
      requestData: [{ key: 'ageGroup', value: '18–26' }],
    });
    const res = (await server.client().ok(SEND_AS_NEW, { input })).sendMailRequestAsNewClient;
    expect(res.request).toMatchObject({
      subject: input.subject,
      status: 'WAITING',
      counsellorName: counsellor.displayName,
      messages: [{ seq: 1, fromClient: true, body: input.message, counsellorName: null }],
    });
    expect(res.session.me).toMatchObject({ kind: 'CLIENT', client: { pseudonym: input.pseudonym } });
    expect(res.session.me.client.clientNumber).toMatch(/^\d{5}$/);

    const mine = await server.client(res.session.accessToken).ok(MY_REQUESTS);
    expect(mine.myMailRequests.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([res.request.id]);

    const e = em(server);
    const client = await e.findOneOrFail(Client, res.session.me.id);
    expect(client.email).toBe(email);
    // Request data fills the profile.
    expect(client.masterData).toEqual({ ageGroup: '18–26' });
    const request = await e.findOneOrFail(MailRequest, res.request.id);
    expect(request).toMatchObject({ status: 'ASSIGNED', requestData: { ageGroup: '18–26' } });
    expect(request.topic?.id).toBe(topic.id);
  });

  it('refuses a pseudonym taken in the organisation (case-insensitive) and creates nothing', async () => {
    // Another organisation's pseudonyms do not count (identity/login-names.test.ts).
    const taken = await buildClient(server, org);
    const before = await counts();
    const err = await server
      .client()
      .fails('CONFLICT', SEND_AS_NEW, { input: newClientInput({ pseudonym: taken.pseudonym.toUpperCase() }) });
    expect(err.extensions?.reason).toBe('PSEUDONYM_TAKEN');
    expect(await counts()).toEqual(before);
  });

  it('answers bad input with BAD_USER_INPUT naming the fields, and creates nothing', async () => {
    const before = await counts();
    const bad: [Record<string, unknown>, string][] = [
      [{ subject: '' }, 'subject'],
      [{ subject: 'x'.repeat(201) }, 'subject'],
      [{ subject: 'zwei\nZeilen' }, 'subject'],
      [{ message: '   ' }, 'message'],
      [{ message: 'x'.repeat(20_001) }, 'message'],
      [{ pseudonym: 'a b' }, 'pseudonym'],
      [{ email: 'not-an-email' }, 'email'],
      [{ privacyNoticeAccepted: false }, 'privacyNoticeAccepted'],
      [{ password: 'kurz' }, 'password'],
      [{ password: 'passwort12345' }, 'password'],
      [{ topicId: 'nope' }, 'topicId'],
      [{ counsellorId: '00000000-0000-4000-8000-000000000000' }, 'counsellorId'],
      [{ requestData: [{ key: 'ageGroup', value: 'über 90' }] }, 'requestData.0.value'],
      [{ requestData: [{ key: 'unknown', value: 'x' }] }, 'requestData.0.key'],
      [{ requestData: Array.from({ length: 51 }, () => ({ key: 'postcode', value: '1' })) }, 'requestData'],
    ];
    for (const [over, path] of bad) {
      const err = await server.client().fails('BAD_USER_INPUT', SEND_AS_NEW, { input: newClientInput(over) });
      expect(
        err.extensions?.fields?.map((f) => f.path),
        JSON.stringify(over).slice(0, 80),
      ).toContain(path);
    }
    // Wrong types are refused by GraphQL itself.
    await server.client().fails('BAD_USER_INPUT', SEND_AS_NEW, { input: newClientInput({ subject: 42 }) });
    await server.client().fails('BAD_USER_INPUT', SEND_AS_NEW, { input: { ...newClientInput(), message: undefined } });
    expect(await counts()).toEqual(before);
  });

  it('refuses a topic or counsellor of another organisation without creating anything', async () => {
    const other = await buildOrganisation(server);
    const foreignCounsellor = await buildCounsellor(server, other);
    const e = em(server);
    const foreignTopic = e.create(Topic, { organisation: other.id, name: 'Fremd' } as never);
    await e.flush();
    const before = await counts();
    const err = await server.client().fails('BAD_USER_INPUT', SEND_AS_NEW, {
      input: newClientInput({ topicId: foreignTopic.id, counsellorId: foreignCounsellor.id }),
    });
    expect(err.extensions?.fields?.map((f) => f.path).sort()).toEqual(['counsellorId', 'topicId']);
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown organisation key', async () => {
    const before = await counts();
    await server.client().fails('NOT_FOUND', SEND_AS_NEW, { input: newClientInput({ organisationKey: 'pk_nope' }) });
    expect(await counts()).toEqual(before);
  });
});

describe('sendMailRequest', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', SEND, { input: { subject: 'a', message: 'b' } });
  });

  it('is for clients only', async () => {
    const admin = await apiAs(server, await buildAdmin(server, org));
    await admin.fails('FORBIDDEN', SEND, { input: { subject: 'a', message: 'b' } });
  });

  it('sends a request as the logged-in client, keeping existing profile values', async () => {
    const client = await buildClient(server, org, { masterData: { ageGroup: 'unter 18' } });
    const api = await apiAs(server, client);
    const res = await api.ok(SEND, {
      input: {
        subject: '  Schulden  ',
        message: 'Ich kann die Miete nicht zahlen.',
        requestData: [
          { key: 'ageGroup', value: '18–26' },
          { key: 'postcode', value: '10115' },
        ],
      },
    });
    expect(res.sendMailRequest).toMatchObject({ subject: 'Schulden', status: 'WAITING' });
    const after = await em(server).findOneOrFail(Client, client.id);
    expect(after.masterData).toEqual({ ageGroup: 'unter 18', postcode: '10115' });
  });

  it('answers bad input with BAD_USER_INPUT and creates nothing', async () => {
    const client = await buildClient(server, org);
    const api = await apiAs(server, client);
    const before = await counts();
    for (const input of [
      { subject: '', message: 'x' },
      { subject: 'x', message: '' },
      { subject: 'x', message: 'y', topicId: '00000000-0000-4000-8000-000000000000' },
      { subject: 'x', message: 'y', requestData: [{ key: 'ageGroup', value: 'kein' }] },
    ]) {
      await api.fails('BAD_USER_INPUT', SEND, { input });
    }
    expect(await counts()).toEqual(before);
  });
});

describe('copyRequestDataToClient', () => {
  it('overwrites the client’s master data with the request’s values (all or chosen keys)', async () => {
    const client = await buildClient(server, org, { masterData: { ageGroup: 'unter 18', postcode: '20095' } });
    const { id } = await sendRequest(await apiAs(server, client), {
      requestData: [
        { key: 'ageGroup', value: '18–26' },
        { key: 'postcode', value: '10115' },
      ],
    });
    const staff = await apiAs(server, counsellor);
    const only = await staff.ok(COPY, { input: { requestId: id, keys: ['postcode'] } });
    expect(only.copyRequestDataToClient.masterData).toEqual([
      { key: 'ageGroup', value: 'unter 18' },
      { key: 'postcode', value: '10115' },
    ]);
    await staff.ok(COPY, { input: { requestId: id } });
    expect((await em(server).findOneOrFail(Client, client.id)).masterData).toEqual({
      ageGroup: '18–26',
      postcode: '10115',
    });
  });

  it('answers NOT_FOUND for another organisation’s request and changes nothing', async () => {
    const client = await buildClient(server, org, { masterData: { postcode: '20095' } });
    const { id } = await sendRequest(await apiAs(server, client), {
      requestData: [{ key: 'postcode', value: '10115' }],
    });
    const other = await buildOrganisation(server);
    const foreign = await apiAs(server, await buildAdmin(server, other));
    await foreign.fails('NOT_FOUND', COPY, { input: { requestId: id } });
    await foreign.fails('BAD_USER_INPUT', COPY, { input: { requestId: 'x' } });
    expect((await em(server).findOneOrFail(Client, client.id)).masterData).toEqual({ postcode: '20095' });
  });
});

describe('mailFormCounsellors', () => {
  it('lists the counsellors a new client may choose now: active, open to all clients, with room', async () => {
    const o = await buildOrganisation(server);
    const free = await buildCounsellor(server, o, { displayName: 'A Frei' });
    await buildCounsellor(server, o, { displayName: 'B Keine', mailAvailability: MailAvailability.NONE });
    await buildCounsellor(server, o, { displayName: 'C Stamm', onlyRegularClients: true });
    await buildCounsellor(server, o, { displayName: 'D Inaktiv', active: false });
    const full = await buildCounsellor(server, o, {
      displayName: 'E Voll',
      mailAvailability: MailAvailability.CAPACITY,
      mailCapacity: 1,
    });
    const roomy = await buildCounsellor(server, o, {
      displayName: 'F Platz',
      mailAvailability: MailAvailability.CAPACITY,
      mailCapacity: 2,
    });
    await sendRequest(await apiAs(server, await buildClient(server, o)), { counsellorId: full.id });
    const res = await server.client().ok(MAIL_FORM_COUNSELLORS, { key: o.publicKey });
    expect(res.mailFormCounsellors.map((c: { id: string }) => c.id)).toEqual([free.id, roomy.id]);
    await server.client().fails('NOT_FOUND', MAIL_FORM_COUNSELLORS, { key: 'pk_unknown' });
  });
});

describe('mailRequest (staff view of a new request)', () => {
  it('shows the request data, topic, routing and the first message', async () => {
    const client = await buildClient(server, org);
    const { id, subject, message } = await sendRequest(await apiAs(server, client), {
      topicId: topic.id,
      requestData: [{ key: 'ageGroup', value: 'unter 18' }],
    });
    const res = await (await apiAs(server, counsellor)).ok(REQUEST, { id });
    expect(res.mailRequest).toMatchObject({
      subject,
      status: 'ASSIGNED',
      client: { id: client.id, pseudonym: client.pseudonym },
      topic: { id: topic.id, name: 'Schulden' },
      requestData: [{ key: 'ageGroup', value: 'unter 18' }],
      messages: [{ seq: 1, authorKind: 'CLIENT', body: message, counsellor: null }],
      draft: null,
      overdue: false,
    });
  });
});
