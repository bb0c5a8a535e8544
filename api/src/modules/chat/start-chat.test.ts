import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildOrganisation, loginAs } from '../../../../tests/support/builders.js';
import { Account } from '../identity/account.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { PresenceStatus } from '../presence/presence.enums.js';
import { ChatStream } from './chat-stream.entity.js';
import { connectWs, openStream, send, until, type TestWs } from './chat.test-support.js';

let server: TestServer;
let org: Organisation;
let other: Organisation;
const sockets: TestWs[] = [];

const START = `mutation($input: StartChatInput!) {
  startChat(input: $input) {
    session { accessToken refreshToken me { id kind client { pseudonym clientNumber } } }
    stream { id kind title unreadCount counterpart { id kind displayName } }
  }
}`;
const AVAILABILITY = `query($key: String!) { chatAvailability(organisationKey: $key) { counsellors { counsellorId state } } }`;

const counts = async () => {
  const em = server.orm.em.fork();
  return { accounts: await em.count(Account, {}), streams: await em.count(ChatStream, {}) };
};
let n = 0;
const pseudonym = () => `besucher${Date.now().toString(36)}${n++}`;

async function online(counsellorId: string, key: string) {
  const api = await loginAs(server, {
    loginName: (await server.orm.em.fork().findOneOrFail(Account, counsellorId)).loginName,
  });
  const s = connectWs(server, api.token);
  sockets.push(s);
  await until(
    async () => {
      const { chatAvailability } = await server.client().ok(AVAILABILITY, { key });
      return chatAvailability.counsellors.some((c: any) => c.counsellorId === counsellorId && c.state === 'ONLINE');
    },
    3000,
    'counsellor online',
  );
  return api;
}

beforeAll(async () => {
  server = await startTestServer({ realtime: { heartbeatMs: 200, presenceGraceMs: 600 } });
  org = await buildOrganisation(server);
  other = await buildOrganisation(server);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

describe('startChat', () => {
  it('answers NOBODY_REACHABLE when no counsellor is online, creating nothing', async () => {
    await buildCounsellor(server, org);
    const before = await counts();
    const err = await server
      .client()
      .fails('CONFLICT', START, { input: { organisationKey: org.publicKey, pseudonym: pseudonym() } });
    expect(err.extensions?.reason).toBe('NOBODY_REACHABLE');
    expect(await counts()).toEqual(before);
  });

  it('creates a client on the fly and opens a chat with the chosen counsellor', async () => {
    const c = await buildCounsellor(server, org);
    const staff = await loginAs(server, c);
    const inbox = connectWs(server, staff.token);
    sockets.push(inbox);
    const updates = inbox.subscribe(`subscription { chatInboxUpdated { streamId } }`);
    await new Promise((r) => setTimeout(r, 150));

    const name = pseudonym();
    const { startChat } = await server.client().ok(START, {
      input: { organisationKey: org.publicKey, pseudonym: name, counsellorId: c.id },
    });
    expect(startChat.session.me).toMatchObject({ kind: 'CLIENT', client: { pseudonym: name } });
    expect(startChat.session.me.client.clientNumber).toMatch(/^\d{5,}$/);
    expect(startChat.stream).toMatchObject({
      kind: 'CLIENT',
      title: c.displayName,
      counterpart: { id: c.id, kind: 'STAFF' },
    });
    const [update] = await updates.waitFor(1);
    expect(update).toEqual({ streamId: startChat.stream.id });

    // The session works (and is kept by its refresh token); the visitor writes, the counsellor reads.
    const visitor = server.client(startChat.session.accessToken);
    await send(visitor, startChat.stream.id, 'Hallo, ich brauche Hilfe');
    const history = await staff.ok(
      `query($id: ID!) { chatHistory(streamId: $id) { messages { body sender { displayName } } } }`,
      {
        id: startChat.stream.id,
      },
    );
    expect(history.chatHistory.messages).toEqual([{ body: 'Hallo, ich brauche Hilfe', sender: { displayName: name } }]);
    const refreshed = await server
      .client()
      .ok(`mutation($i: RefreshSessionInput!) { refreshSession(input: $i) { accessToken } }`, {
        i: { refreshToken: startChat.session.refreshToken },
      });
    expect(refreshed.refreshSession.accessToken).toBeTruthy();
  });

  it('assigns the least busy counsellor shown online', async () => {
    const own = await buildOrganisation(server);
    const busy = await buildCounsellor(server, own);
    const idle = await buildCounsellor(server, own);
    await buildCounsellor(server, own); // offline: never chosen
    const busyApi = await online(busy.id, own.publicKey);
    await online(idle.id, own.publicKey);
    for (let i = 0; i < 2; i++) {
      const s = await openStream(busyApi, { clientId: (await buildClient(server, own)).id });
      await send(busyApi, s.id, 'x');
    }
    for (let i = 0; i < 2; i++) {
      const { startChat } = await server
        .client()
        .ok(START, { input: { organisationKey: own.publicKey, pseudonym: pseudonym() } });
      expect(startChat.stream.counterpart.id).toBe(idle.id);
    }
  });

  it('refuses a pseudonym that is taken (ignoring case), and counsellors who do not accept new clients', async () => {
    const c = await buildCounsellor(server, org);
    // Taken in this organisation (another organisation's pseudonyms do not count: login-names.test.ts).
    const taken = await buildClient(server, org);
    const before = await counts();
    const err = await server.client().fails('CONFLICT', START, {
      input: { organisationKey: org.publicKey, pseudonym: taken.pseudonym.toUpperCase(), counsellorId: c.id },
    });
    expect(err.extensions?.reason).toBe('PSEUDONYM_TAKEN');

    const em = server.orm.em.fork();
    const row = await em.findOneOrFail(Account, c.id);
    Object.assign(row, { presenceStatus: PresenceStatus.UNAVAILABLE });
    await em.flush();
    const unavailable = await server.client().fails('FORBIDDEN', START, {
      input: { organisationKey: org.publicKey, pseudonym: pseudonym(), counsellorId: c.id },
    });
    expect(unavailable.extensions?.reason).toBe('COUNSELLOR_UNAVAILABLE');
    Object.assign(row, { presenceStatus: PresenceStatus.REGULAR_CLIENTS_ONLY });
    await em.flush();
    const regular = await server.client().fails('FORBIDDEN', START, {
      input: { organisationKey: org.publicKey, pseudonym: pseudonym(), counsellorId: c.id },
    });
    expect(regular.extensions?.reason).toBe('REGULAR_CLIENTS_ONLY');
    expect(await counts()).toEqual(before);
  });

  it('rejects bad input and other organisations, creating nothing', async () => {
    const c = await buildCounsellor(server, org);
    const foreign = await buildCounsellor(server, other);
    const before = await counts();
    const fail = (code: string, input: Record<string, unknown>) => server.client().fails(code, START, { input });
    await fail('BAD_USER_INPUT', { organisationKey: org.publicKey, pseudonym: 'ab', counsellorId: c.id });
    await fail('BAD_USER_INPUT', { organisationKey: org.publicKey, pseudonym: 'mit leerzeichen', counsellorId: c.id });
    await fail('BAD_USER_INPUT', { organisationKey: org.publicKey, pseudonym: 'x'.repeat(65), counsellorId: c.id });
    await fail('BAD_USER_INPUT', { organisationKey: org.publicKey, pseudonym: pseudonym(), counsellorId: 'nope' });
    await fail('BAD_USER_INPUT', { organisationKey: 'k'.repeat(65), pseudonym: pseudonym() });
    await fail('NOT_FOUND', { organisationKey: 'pk_unknown', pseudonym: pseudonym(), counsellorId: c.id });
    await fail('NOT_FOUND', { organisationKey: org.publicKey, pseudonym: pseudonym(), counsellorId: foreign.id });
    expect(await counts()).toEqual(before);
  });
});
