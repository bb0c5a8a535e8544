/**
 * Block, unblock, delete and restore: admins only, sessions end at once in every API process (two
 * servers on one database, as behind a load balancer: in this process, and one in a child OS process
 * of its own holding the client's WebSocket), blocked and deletion-pending clients cannot log in.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { startServerProcess, type ServerProcess } from '../../../../tests/support/server-process.js';
import WebSocket from 'ws';
import { connectWs } from '../chat/chat.test-support.js';
import { buildClient, buildTwoOrganisations, loginAs, TEST_PASSWORD } from '../../../../tests/support/builders.js';
import { AccountStatus } from '../identity/account.entity.js';
import { Client } from './client.entity.js';
import { byId, ONE, type ClientNode } from './client.test-support.js';

let a: TestServer;
let b: TestServer;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let jwtSecret: string;
const em = () => a.orm.em.fork() as EntityManager;

beforeAll(async () => {
  jwtSecret = randomBytes(32).toString('hex');
  a = await startTestServer({ jwtSecret });
  b = await startTestServer({ jwtSecret }, { databaseUrl: a.databaseUrl });
  two = await buildTwoOrganisations(a);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`;

async function status(api: Awaited<ReturnType<typeof loginAs>>, name: string, clientId: string): Promise<ClientNode> {
  return (await api.ok<Record<string, ClientNode>>(byId(name), { input: { clientId } }))[name]!;
}

describe('blockClient / unblockClient', () => {
  it('ends the client’s sessions at once in the other process too, and refuses their login until unblocked', async () => {
    const client = await buildClient(a, two.a.org);
    const onA = await loginAs(a, client);
    const onB = b.client(onA.token);
    await onB.ok('{ me { id } }'); // B now holds the login state in its cache

    const admin = await loginAs(a, two.a.admin);
    const blocked = await status(admin, 'blockClient', client.id);
    expect(blocked.status).toBe('BLOCKED');

    await onA.fails('UNAUTHENTICATED', '{ me { id } }');
    await expect
      .poll(async () => (await onB.request('{ me { id } }')).errors?.[0]?.extensions?.code, {
        timeout: 2000,
        interval: 20,
      })
      .toBe('UNAUTHENTICATED');
    await a.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: onA.refreshToken } });
    const refused = await a.client().fails('FORBIDDEN', LOGIN, {
      input: { login: client.loginName, password: TEST_PASSWORD, organisationKey: two.a.org.publicKey },
    });
    expect(refused.extensions?.reason).toBe('ACCOUNT_BLOCKED');

    // Idempotent, then undone.
    expect((await status(admin, 'blockClient', client.id)).status).toBe('BLOCKED');
    expect((await status(admin, 'unblockClient', client.id)).status).toBe('ACTIVE');
    await loginAs(b, client);
  });

  describe('with the other API process a separate OS process', () => {
    let child: ServerProcess;
    beforeAll(async () => {
      // Re-checks its open sockets every 300 ms (30 s in production), so the test need not wait long.
      child = await startServerProcess(
        { jwtSecret, realtime: { authRecheckMs: 300, heartbeatMs: 200, presenceGraceMs: 1000 } },
        { databaseUrl: a.databaseUrl },
      );
    }, 90_000);
    afterAll(async () => {
      await child?.close();
    });

    it('ends the client’s WebSocket and HTTP session there when an admin blocks here; unblocked, they log in there', async () => {
      expect(child.pid).not.toBe(process.pid);
      const client = await buildClient(a, two.a.org);
      const session = await loginAs(a, client);
      const there = child.client(session.token);
      expect((await there.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(client.id);
      const ws = connectWs(child, session.token);
      try {
        const sub = ws.subscribe(`subscription { chatInboxUpdated { streamId } }`);
        await expect.poll(() => ws.socket()?.readyState, { timeout: 5000, interval: 20 }).toBe(WebSocket.OPEN);
        // Held across several re-checks while the client may use it.
        await new Promise((r) => setTimeout(r, 1000));
        expect(sub.done, JSON.stringify(sub.errors)).toBe(false);

        const admin = await loginAs(a, two.a.admin);
        expect((await status(admin, 'blockClient', client.id)).status).toBe('BLOCKED');

        await sub.ended(5000);
        await expect.poll(() => ws.closes[0]?.code, { timeout: 5000, interval: 20 }).toBe(4403);
        const refused = await there.fails('UNAUTHENTICATED', '{ me { id } }');
        expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
        const login = { login: client.loginName, password: TEST_PASSWORD, organisationKey: two.a.org.publicKey };
        expect((await child.client().fails('FORBIDDEN', LOGIN, { input: login })).extensions?.reason).toBe(
          'ACCOUNT_BLOCKED',
        );

        expect((await status(admin, 'unblockClient', client.id)).status).toBe('ACTIVE');
        const again = await child.client().ok<{ login: { accessToken: string } }>(LOGIN, { input: login });
        expect((await child.client(again.login.accessToken).ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(
          client.id,
        );
      } finally {
        await ws.dispose();
      }
    });
  });

  it('is for admins of the organisation only', async () => {
    const client = await buildClient(a, two.a.org);
    const [counsellor, self, otherAdmin, admin] = await Promise.all(
      [two.a.counsellor, two.a.client, two.b.admin, two.a.admin].map((who) => loginAs(a, who)),
    );
    for (const name of ['blockClient', 'unblockClient', 'deleteClient', 'restoreClient']) {
      const input = { clientId: client.id };
      await counsellor.fails('FORBIDDEN', byId(name), { input });
      await a.client().fails('UNAUTHENTICATED', byId(name), { input });
      await self!.fails('FORBIDDEN', byId(name), { input });
      // Another organisation's admin does not find the client.
      await otherAdmin!.fails('NOT_FOUND', byId(name), { input });
      await admin!.fails('BAD_USER_INPUT', byId(name), { input: { clientId: 'x' } });
    }
    const row = await em().findOneOrFail(Client, client.id);
    expect(row.status).toBe(AccountStatus.ACTIVE);
    expect(row.tokenVersion).toBe(0);
  });
});

describe('deleteClient / restoreClient', () => {
  it('marks the client for deletion (no login, still listed, restorable); restore brings back what was', async () => {
    const client = await buildClient(a, two.a.org);
    const session = await loginAs(a, client);
    const admin = await loginAs(a, two.a.admin);
    const deleted = await status(admin, 'deleteClient', client.id);
    expect(deleted.status).toBe('DELETION_PENDING');
    expect(Date.parse(deleted.deletionRequestedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(Date.parse(deleted.purgeDueAt) - Date.parse(deleted.deletionRequestedAt)).toBe(30 * 86_400_000);
    await session.fails('UNAUTHENTICATED', '{ me { id } }');
    const refused = await a.client().fails('FORBIDDEN', LOGIN, {
      input: { login: client.loginName, password: TEST_PASSWORD, organisationKey: two.a.org.publicKey },
    });
    expect(refused.extensions?.reason).toBe('ACCOUNT_DELETION_PENDING');

    // Staff still find the client, flagged; blocking waits for a restore.
    const counsellor = await loginAs(a, two.a.counsellor);
    expect((await counsellor.ok<{ client: ClientNode }>(ONE, { id: client.id })).client.status).toBe(
      'DELETION_PENDING',
    );
    const conflict = await admin.fails('CONFLICT', byId('blockClient'), { input: { clientId: client.id } });
    expect(conflict.extensions?.reason).toBe('CLIENT_DELETION_PENDING');
    // Deleting again keeps the first request's time (the retention period runs from it).
    const again = await status(admin, 'deleteClient', client.id);
    expect(again.deletionRequestedAt).toBe(deleted.deletionRequestedAt);

    const restored = await status(admin, 'restoreClient', client.id);
    expect(restored).toMatchObject({ status: 'ACTIVE', deletionRequestedAt: null, purgeDueAt: null });
    await loginAs(a, client);
  });

  it('restores a client who was blocked before as blocked', async () => {
    const client = await buildClient(a, two.a.org);
    const admin = await loginAs(a, two.a.admin);
    await status(admin, 'blockClient', client.id);
    await status(admin, 'deleteClient', client.id);
    expect((await status(admin, 'restoreClient', client.id)).status).toBe('BLOCKED');
    expect((await status(admin, 'restoreClient', client.id)).status).toBe('BLOCKED');
  });
});
