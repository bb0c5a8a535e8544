import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildClient,
  buildCounsellor,
  buildTwoOrganisations,
  loginAs,
  uniq,
} from '../../../../tests/support/builders.js';
import { MasterDataFieldType, Organisation } from '../organisation/organisation.entity.js';
import { Client } from './client.entity.js';
import { ASSIGN, buildTopic, byId, CREATE, ONE, UPDATE, type ClientNode } from './client.test-support.js';

let server: TestServer;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;
const em = () => server.orm.em.fork() as EntityManager;

beforeAll(async () => {
  server = await startTestServer();
  two = await buildTwoOrganisations(server);
  await em().nativeUpdate(
    Organisation,
    { id: two.a.org.id },
    {
      masterDataFields: [
        {
          key: 'age',
          label: 'Altersgruppe',
          type: MasterDataFieldType.SELECT,
          options: ['<18', '18-27'],
          askInMailForm: false,
        },
        { key: 'plz', label: 'PLZ', type: MasterDataFieldType.TEXT, options: [], askInMailForm: false },
      ],
    },
  );
});
afterAll(() => server?.close());

const create = async (api: Awaited<ReturnType<typeof loginAs>>, input: Record<string, unknown>) =>
  (await api.ok<{ createClient: ClientNode }>(CREATE, { input })).createClient;

describe('createClient', () => {
  it('creates a client with number, master data, topics and primary counsellor; counsellors do not read email or phone', async () => {
    const topic = await buildTopic(server, two.a.org, uniq('Schulden '));
    const api = await loginAs(server, two.a.counsellor);
    const created = await create(api, {
      pseudonym: uniq('Müller.'),
      email: 'Jana@Example.org',
      phone: '+49 30 1234',
      masterData: [{ key: 'age', value: '18-27' }],
      topicIds: [topic.id],
      primaryCounsellorId: two.a.counsellor.id,
    });
    expect(created).toMatchObject({
      status: 'ACTIVE',
      email: null,
      phone: null,
      contactHidden: true,
      masterData: [{ key: 'age', value: '18-27' }],
      topics: [{ id: topic.id }],
      primaryCounsellor: { id: two.a.counsellor.id },
      watched: false,
      deletionRequestedAt: null,
    });
    expect(created.clientNumber).toMatch(/^\d{5,}$/);

    const admin = await loginAs(server, two.a.admin);
    const seen = (await admin.ok<{ client: ClientNode }>(ONE, { id: created.id })).client;
    expect(seen).toMatchObject({ email: 'jana@example.org', phone: '+49 30 1234', contactHidden: false });
  });

  it('numbers clients one after another within the organisation', async () => {
    const api = await loginAs(server, two.a.admin);
    const first = await create(api, { pseudonym: uniq('n') });
    const second = await create(api, { pseudonym: uniq('n') });
    expect(Number(second.clientNumber)).toBe(Number(first.clientNumber) + 1);
  });

  it('refuses bad input and changes nothing', async () => {
    const api = await loginAs(server, two.a.admin);
    const before = await em().count(Client, { organisation: two.a.org.id });
    const otherTopic = await buildTopic(server, two.b.org, uniq('B '));
    const cases: [Record<string, unknown>, string][] = [
      [{ pseudonym: 'x' }, 'pseudonym'],
      [{ pseudonym: 'has space' }, 'pseudonym'],
      [{ pseudonym: uniq('ok'), email: 'not-an-email' }, 'email'],
      [{ pseudonym: uniq('ok'), phone: 'call me' }, 'phone'],
      [{ pseudonym: uniq('ok'), masterData: [{ key: 'unknown', value: 'x' }] }, 'masterData.0.key'],
      [{ pseudonym: uniq('ok'), masterData: [{ key: 'age', value: '99' }] }, 'masterData.0.value'],
      [{ pseudonym: uniq('ok'), topicIds: [otherTopic.id] }, 'topicIds.0'],
      [{ pseudonym: uniq('ok'), topicIds: ['nope'] }, 'topicIds.0'],
    ];
    for (const [input, path] of cases) {
      const err = await api.fails('BAD_USER_INPUT', CREATE, { input });
      expect(
        err.extensions?.fields?.map((f) => f.path),
        JSON.stringify(input),
      ).toContain(path);
    }
    // Another organisation's counsellor is not found, not forbidden.
    await api.fails('NOT_FOUND', CREATE, {
      input: { pseudonym: uniq('ok'), primaryCounsellorId: two.b.counsellor.id },
    });
    expect(await em().count(Client, { organisation: two.a.org.id })).toBe(before);
  });

  it('answers PSEUDONYM_TAKEN (any case) and EMAIL_TAKEN within the organisation', async () => {
    const api = await loginAs(server, two.a.admin);
    const taken = await create(api, { pseudonym: uniq('Taken'), email: `${uniq('t')}@example.org` });
    const err = await api.fails('CONFLICT', CREATE, { input: { pseudonym: taken.pseudonym.toUpperCase() } });
    expect(err.extensions?.reason).toBe('PSEUDONYM_TAKEN');
    const admin = (await api.ok<{ client: ClientNode }>(ONE, { id: taken.id })).client;
    const dup = await api.fails('CONFLICT', CREATE, { input: { pseudonym: uniq('x'), email: admin.email } });
    expect(dup.extensions?.reason).toBe('EMAIL_TAKEN');
    // The same address in another organisation is another person's business.
    const b = await loginAs(server, two.b.admin);
    await create(b, { pseudonym: uniq('x'), email: admin.email });
  });

  it('requires authentication and is not for clients', async () => {
    await server.client().fails('UNAUTHENTICATED', CREATE, { input: { pseudonym: uniq('x') } });
    const client = await loginAs(server, two.a.client);
    await client.fails('FORBIDDEN', CREATE, { input: { pseudonym: uniq('x') } });
    await client.fails('FORBIDDEN', ONE, { id: two.a.client.id });
  });
});

describe('updateClient', () => {
  it('changes master data and topics; email and phone only by admins', async () => {
    const t1 = await buildTopic(server, two.a.org, uniq('T1 '));
    const t2 = await buildTopic(server, two.a.org, uniq('T2 '));
    const target = await buildClient(server, two.a.org, { email: `${uniq('c')}@example.org` });
    const counsellor = await loginAs(server, two.a.counsellor);
    const updated = (
      await counsellor.ok<{ updateClient: ClientNode }>(UPDATE, {
        input: { id: target.id, masterData: [{ key: 'plz', value: '10115' }], topicIds: [t1.id, t2.id] },
      })
    ).updateClient;
    expect(updated.masterData).toEqual([{ key: 'plz', value: '10115' }]);
    expect(updated.topics.map((t: { id: string }) => t.id).sort()).toEqual([t1.id, t2.id].sort());

    await counsellor.fails('FORBIDDEN', UPDATE, { input: { id: target.id, email: 'new@example.org' } });
    await counsellor.fails('FORBIDDEN', UPDATE, { input: { id: target.id, phone: null } });
    expect((await em().findOneOrFail(Client, target.id)).email).toBe(target.email);

    const admin = await loginAs(server, two.a.admin);
    const byAdmin = (
      await admin.ok<{ updateClient: ClientNode }>(UPDATE, { input: { id: target.id, email: '', phone: '030 99' } })
    ).updateClient;
    expect(byAdmin).toMatchObject({ email: null, phone: '030 99', topics: expect.any(Array) });
    expect(byAdmin.topics).toHaveLength(2);
  });

  it('cannot touch a client of another organisation (NOT_FOUND), and bad input changes nothing', async () => {
    const admin = await loginAs(server, two.a.admin);
    await admin.fails('NOT_FOUND', UPDATE, { input: { id: two.b.client.id, masterData: [] } });
    await admin.fails('NOT_FOUND', ONE, { id: two.b.client.id });
    const err = await admin.fails('BAD_USER_INPUT', UPDATE, {
      input: { id: two.a.client.id, phone: '030 1', masterData: [{ key: 'age', value: 'old' }] },
    });
    expect(err.extensions?.fields?.[0]?.path).toBe('masterData.0.value');
    expect((await em().findOneOrFail(Client, two.a.client.id)).phone ?? null).toBeNull();
  });
});

describe('assignPrimaryCounsellor', () => {
  it('sets and removes the primary counsellor; only active staff of the organisation', async () => {
    const api = await loginAs(server, two.a.counsellor);
    const target = await buildClient(server, two.a.org);
    const set = await api.ok<{ assignPrimaryCounsellor: ClientNode }>(ASSIGN, {
      input: { clientId: target.id, counsellorId: two.a.admin.id },
    });
    expect(set.assignPrimaryCounsellor.primaryCounsellor).toEqual({ id: two.a.admin.id });
    await api.fails('NOT_FOUND', ASSIGN, { input: { clientId: target.id, counsellorId: two.b.counsellor.id } });
    await api.fails('NOT_FOUND', ASSIGN, { input: { clientId: two.b.client.id, counsellorId: two.a.admin.id } });
    const inactive = await buildCounsellor(server, two.a.org, { active: false });
    await api.fails('BAD_USER_INPUT', ASSIGN, { input: { clientId: target.id, counsellorId: inactive.id } });
    const cleared = await api.ok<{ assignPrimaryCounsellor: ClientNode }>(ASSIGN, {
      input: { clientId: target.id, counsellorId: null },
    });
    expect(cleared.assignPrimaryCounsellor.primaryCounsellor).toBeNull();
  });
});

describe('watchClient / unwatchClient', () => {
  it('is per counsellor and idempotent; another organisation’s client is NOT_FOUND', async () => {
    const target = await buildClient(server, two.a.org);
    const me = await loginAs(server, two.a.counsellor);
    const colleague = await loginAs(server, two.a.admin);
    const watch = byId('watchClient');
    expect((await me.ok(watch, { input: { clientId: target.id } })).watchClient.watched).toBe(true);
    expect((await me.ok(watch, { input: { clientId: target.id } })).watchClient.watched).toBe(true);
    expect((await me.ok(ONE, { id: target.id })).client.watched).toBe(true);
    expect((await colleague.ok(ONE, { id: target.id })).client.watched).toBe(false);
    expect((await me.ok(byId('unwatchClient'), { input: { clientId: target.id } })).unwatchClient.watched).toBe(false);
    expect((await me.ok(ONE, { id: target.id })).client.watched).toBe(false);
    await me.fails('NOT_FOUND', watch, { input: { clientId: two.b.client.id } });
    await server.client().fails('UNAUTHENTICATED', watch, { input: { clientId: target.id } });
    await (await loginAs(server, two.a.client)).fails('FORBIDDEN', watch, { input: { clientId: target.id } });
  });
});

describe('me.client', () => {
  it('shows the client their own email but no staff internals', async () => {
    const email = `${uniq('me')}@example.org`;
    const self = await buildClient(server, two.a.org, { email, primaryCounsellor: two.a.counsellor.id } as never);
    const api = await loginAs(server, self);
    const { me } = await api.ok(
      `{ me { client { id email contactHidden topics { id } primaryCounsellor { id } watched } } }`,
    );
    expect(me.client).toEqual({
      id: self.id,
      email,
      contactHidden: false,
      topics: [],
      primaryCounsellor: null,
      watched: false,
    });
  });
});
