import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildOrganisation, loginAs } from '../../../tests/support/builders.js';
import type { Organisation } from '../modules/organisation/organisation.entity.js';
import { Client } from '../modules/client/client.entity.js';
import { Counsellor } from '../modules/staff/counsellor.entity.js';
import { AccountStatus } from '../modules/identity/account.entity.js';
import { TokenService } from '../shared/auth/tokens.js';
import { createSchema } from '../graphql/schema.js';
import { createAppPubSub } from '../shared/pubsub.js';
import { connectWs, MESSAGES_SUB, openStream, send, until, type TestWs } from '../modules/chat/chat.test-support.js';
import { shareKey } from './websocket.js';

let server: TestServer;
let org: Organisation;
const sockets: TestWs[] = [];
const ws = (token?: string | (() => string | undefined)) => {
  const s = connectWs(server, token);
  sockets.push(s);
  return s;
};

beforeAll(async () => {
  server = await startTestServer({ realtime: { authRecheckMs: 300, heartbeatMs: 200, presenceGraceMs: 1000 } });
  org = await buildOrganisation(server);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

describe('WebSocket authentication', () => {
  it('refuses an invalid token at connect with 4403', async () => {
    const s = ws('not-a-token');
    await until(() => s.closes.length > 0, 3000, 'close');
    expect(s.closes[0]!.code).toBe(4403);
  });

  it('closes with 4403 when the access token expires', async () => {
    const c = await buildCounsellor(server, org);
    const api = await loginAs(server, c);
    const viewer = (await server.app.tokens.verifyAccess(api.token!)) as Exclude<
      Awaited<ReturnType<TokenService['verifyAccess']>>,
      'expired' | null
    >;
    const shortLived = await new TokenService(server.app.config.jwtSecret, 2).signAccess(viewer);
    const s = ws(shortLived);
    await new Promise((r) => setTimeout(r, 300));
    expect(s.closes).toEqual([]);
    await until(() => s.closes.length > 0, 4000, 'close on expiry');
    expect(s.closes[0]).toMatchObject({ code: 4403, reason: 'Token expired' });
  });

  it('closes a revoked session with 4403; the client reconnects with a fresh token and resumes without gaps', async () => {
    const staff = await loginAs(server, await buildCounsellor(server, org));
    const cl = await buildClient(server, org);
    const { id } = await openStream(staff, { clientId: cl.id });
    let token = (await loginAs(server, cl)).token;
    const first = ws(() => token);
    const sub = first.subscribe(MESSAGES_SUB, { streamId: id, afterSeq: 0 });
    await new Promise((r) => setTimeout(r, 150));
    await send(staff, id, 'eins');
    await sub.waitFor(1);

    // Blocking ends every session at once (token version raised).
    const em = server.orm.em.fork();
    const row = await em.findOneOrFail(Client, cl.id);
    row.status = AccountStatus.BLOCKED;
    row.tokenVersion += 1;
    await em.flush();
    await until(() => first.closes.length > 0, 3000, 'close on revocation');
    expect(first.closes[0]).toMatchObject({ code: 4403, reason: 'Session ended' });
    await send(staff, id, 'zwei');
    await send(staff, id, 'drei');

    row.status = AccountStatus.ACTIVE;
    await em.flush();
    token = (await loginAs(server, cl)).token;
    const second = ws(() => token);
    const resumed = second.subscribe(MESSAGES_SUB, { streamId: id, afterSeq: sub.items.at(-1)!.seq });
    await resumed.waitFor(2);
    await send(staff, id, 'vier');
    await resumed.waitFor(3);
    expect([...sub.items, ...resumed.items].map((m) => m.body)).toEqual(['eins', 'zwei', 'drei', 'vier']);
  });

  it('re-checks the account on each new operation', async () => {
    // A server whose periodic re-check is far away, so only the per-operation check can notice.
    const quiet = await startTestServer({ realtime: { authRecheckMs: 60_000 } }, { databaseUrl: server.databaseUrl });
    try {
      const c = await buildCounsellor(quiet, org);
      const api = await loginAs(quiet, c);
      const s = connectWs(quiet, api.token);
      sockets.push(s);
      await new Promise((r) => setTimeout(r, 1200));
      const em = quiet.orm.em.fork();
      const row = await em.findOneOrFail(Counsellor, c.id);
      row.tokenVersion += 1;
      await em.flush();
      const sub = s.subscribe(`subscription { chatInboxUpdated { streamId } }`);
      await sub.ended(3000);
      expect(JSON.stringify(sub.errors)).toContain('UNAUTHENTICATED');
      await until(() => s.closes.length > 0, 3000, 'close');
      expect(s.closes[0]!.code).toBe(4403);
    } finally {
      await quiet.close();
    }
  });
});

describe('shared subscription payloads', () => {
  it('gives each subscriber its own selection even though events are executed once per selection', async () => {
    const staff = await loginAs(server, await buildCounsellor(server, org));
    const { id } = await openStream(staff, { clientId: (await buildClient(server, org)).id });
    const small = ws(staff.token).subscribe(`subscription($s: ID!) { chatMessageAdded(streamId: $s) { seq } }`, {
      s: id,
    });
    const big = ws(staff.token).subscribe(MESSAGES_SUB, { streamId: id });
    const aliased = ws(staff.token).subscribe(
      `subscription($s: ID!) { m: chatMessageAdded(streamId: $s) { n: seq text: body } }`,
      {
        s: id,
      },
    );
    await new Promise((r) => setTimeout(r, 200));
    await send(staff, id, 'hallo');
    expect(await small.waitFor(1)).toEqual([{ seq: 1 }]);
    expect((await big.waitFor(1))[0]).toMatchObject({ seq: 1, body: 'hallo', kind: 'TEXT' });
    expect(await aliased.waitFor(1)).toEqual([{ n: 1, text: 'hallo' }]);
  });

  it('keys results by selection, role and nested variables, not by root arguments', async () => {
    const { pubSub } = createAppPubSub();
    const schema = await createSchema(pubSub);
    const query = `subscription($s: ID!, $a: Int, $skip: Boolean!) { chatMessageAdded(streamId: $s, afterSeq: $a) { seq body @skip(if: $skip) } }`;
    const key = (variableValues: Record<string, unknown>, role = 'CLIENT') =>
      shareKey(schema, { schema, document: parse(query), variableValues, contextValue: { viewer: { role } } }, query);
    const base = key({ s: 'x', a: 1, skip: false });
    expect(base).not.toBeNull();
    expect(key({ s: 'y', a: 7, skip: false })).toBe(base);
    expect(key({ s: 'x', a: 1, skip: true })).not.toBe(base);
    expect(key({ s: 'x', a: 1, skip: false }, 'COUNSELLOR')).not.toBe(base);
    const inbox = 'subscription { chatInboxUpdated { streamId } }';
    expect(shareKey(schema, { schema, document: parse(inbox), contextValue: { viewer: null } }, inbox)).toBeNull();
  });
});
