/**
 * Live subscriptions are bounded per WebSocket and per account (finding 9 of the security review):
 * one socket or one account cannot hold an unlimited number, each of which costs the server memory
 * and a pub/sub listener. Here with small limits (the defaults are 50 and 200).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildCounsellor, buildOrganisation, loginAs } from '../support/builders.js';
import { connectWs, type TestWs } from '../../api/src/modules/chat/chat.test-support.js';

const INBOX = `subscription { chatInboxUpdated { streamId } }`;

let server: TestServer;
const sockets: TestWs[] = [];

beforeAll(async () => {
  server = await startTestServer({ subscriptionLimits: { perSocket: 3, perAccount: 5 } });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

function socket(token?: string): TestWs {
  const ws = connectWs(server, token);
  sockets.push(ws);
  return ws;
}

/** Subscribes and waits until the server either holds it (no answer) or refused it. */
async function attempt(ws: TestWs, query = INBOX) {
  const sub = ws.subscribe(query);
  await new Promise((r) => setTimeout(r, 300));
  return sub;
}

describe('subscription limits', () => {
  it('refuses the subscription past the per-socket limit with RATE_LIMITED, and admits one again after another ended', async () => {
    const org = await buildOrganisation(server);
    const api = await loginAs(server, await buildCounsellor(server, org));
    const ws = socket(api.token);
    const held = [await attempt(ws), await attempt(ws), await attempt(ws)];
    expect(held.map((s) => s.errors)).toEqual([[], [], []]);

    const fourth = await attempt(ws);
    expect(fourth.errors.flat()).toMatchObject([
      { extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS' } },
    ]);
    // Queries over the same socket are not subscriptions and still run.
    const query = await attempt(ws, '{ __typename }');
    expect(query.items).toEqual(['Query']);

    held[0]!.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect((await attempt(ws)).errors).toEqual([]);
  });

  it('bounds an account over all its sockets, and frees its share when a socket closes', async () => {
    const org = await buildOrganisation(server);
    const api = await loginAs(server, await buildCounsellor(server, org));
    const first = socket(api.token);
    for (let i = 0; i < 3; i++) expect((await attempt(first)).errors).toEqual([]);
    const second = socket(api.token);
    for (let i = 0; i < 2; i++) expect((await attempt(second)).errors).toEqual([]);
    expect((await attempt(second)).errors.flat()).toMatchObject([{ extensions: { code: 'RATE_LIMITED' } }]);

    // Another account is not affected.
    const other = socket((await loginAs(server, await buildCounsellor(server, org))).token);
    expect((await attempt(other)).errors).toEqual([]);

    await first.dispose();
    await new Promise((r) => setTimeout(r, 300));
    expect((await attempt(second)).errors).toEqual([]);
  });
});
