import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  buildTwoOrganisations,
} from '../../../../tests/support/builders.js';
import { OpennessLevel } from '../organisation/organisation.entity.js';
import { MailAvailability } from './mail-availability.js';
import {
  ANSWER,
  apiAs,
  CLOSE,
  DELETE_DRAFT,
  MY_REQUEST,
  MY_REQUESTS,
  PREVIOUS,
  RELEASE,
  REPLY,
  REQUEST,
  REQUESTS,
  requestState,
  SAVE_DRAFT,
  sendRequest,
  TAKE_OVER,
} from './mail.test-support.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('mail counselling resolvers', () => {
  it('require authentication', async () => {
    const anon = server.client();
    const id = '00000000-0000-4000-8000-000000000000';
    await anon.fails('UNAUTHENTICATED', MY_REQUESTS);
    await anon.fails('UNAUTHENTICATED', MY_REQUEST, { id });
    await anon.fails('UNAUTHENTICATED', REPLY, { input: { requestId: id, message: 'x' } });
    await anon.fails('UNAUTHENTICATED', REQUESTS);
    await anon.fails('UNAUTHENTICATED', REQUEST, { id });
    await anon.fails('UNAUTHENTICATED', TAKE_OVER, { input: { requestId: id } });
    await server.client('not-a-token').fails('UNAUTHENTICATED', REQUESTS);
  });

  it('keep client and staff operations apart (FORBIDDEN)', async () => {
    const { a } = await buildTwoOrganisations(server);
    const client = await apiAs(server, a.client);
    const staff = await apiAs(server, a.counsellor);
    await client.fails('FORBIDDEN', REQUESTS);
    await client.fails('FORBIDDEN', ANSWER, {
      input: { requestId: '00000000-0000-4000-8000-000000000000', message: 'x' },
    });
    await staff.fails('FORBIDDEN', MY_REQUESTS);
    await staff.fails('FORBIDDEN', REPLY, {
      input: { requestId: '00000000-0000-4000-8000-000000000000', message: 'x' },
    });
  });

  it('cannot see or touch another organisation’s requests (NOT_FOUND, nothing changed)', async () => {
    const { a, b } = await buildTwoOrganisations(server);
    const { id } = await sendRequest(await apiAs(server, a.client), { counsellorId: a.counsellor.id });
    await (await apiAs(server, a.counsellor)).ok(SAVE_DRAFT, { input: { requestId: id, body: 'Entwurf' } });
    const before = await requestState(server, id);
    for (const account of [b.admin, b.counsellor]) {
      const api = await apiAs(server, account);
      await api.fails('NOT_FOUND', REQUEST, { id });
      await api.fails('NOT_FOUND', PREVIOUS, { id });
      await api.fails('NOT_FOUND', ANSWER, { input: { requestId: id, message: 'x' } });
      await api.fails('NOT_FOUND', SAVE_DRAFT, { input: { requestId: id, body: 'x' } });
      await api.fails('NOT_FOUND', DELETE_DRAFT, { input: { requestId: id } });
      await api.fails('NOT_FOUND', RELEASE, { input: { requestId: id } });
      await api.fails('NOT_FOUND', TAKE_OVER, { input: { requestId: id } });
      await api.fails('NOT_FOUND', CLOSE, { input: { requestId: id } });
      const list = (await api.ok(REQUESTS)).mailRequests;
      expect(list.totalCount).toBe(0);
    }
    const otherClient = await apiAs(server, b.client);
    await otherClient.fails('NOT_FOUND', MY_REQUEST, { id });
    await otherClient.fails('NOT_FOUND', REPLY, { input: { requestId: id, message: 'x' } });
    expect((await otherClient.ok(MY_REQUESTS)).myMailRequests.totalCount).toBe(0);
    expect(await requestState(server, id)).toEqual(before);
  });

  it('show a client only their own requests, in the client view', async () => {
    const org = await buildOrganisation(server);
    await buildCounsellor(server, org);
    const mine = await apiAs(server, await buildClient(server, org));
    const theirs = await apiAs(server, await buildClient(server, org));
    const own = await sendRequest(mine);
    const other = await sendRequest(theirs);
    const before = await requestState(server, other.id);
    const list = (await mine.ok(MY_REQUESTS)).myMailRequests;
    expect(list.totalCount).toBe(1);
    expect(list.edges[0].node.id).toBe(own.id);
    await mine.fails('NOT_FOUND', MY_REQUEST, { id: other.id });
    await mine.fails('NOT_FOUND', REPLY, { input: { requestId: other.id, message: 'x' } });
    await mine.fails('BAD_USER_INPUT', MY_REQUEST, { id: 'nope' });
    expect(await requestState(server, other.id)).toEqual(before);

    // The client view has no internal fields at all.
    const type = await mine.ok(`{ __type(name: "ClientMailRequest") { fields { name } } }`);
    expect(type.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(
      ['counsellorName', 'createdAt', 'id', 'lastMessageAt', 'messages', 'status', 'subject'].sort(),
    );
    const msg = await mine.ok(`{ __type(name: "ClientMailMessage") { fields { name } } }`);
    expect(msg.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(
      ['body', 'counsellorName', 'createdAt', 'fromClient', 'id', 'seq'].sort(),
    );
  });

  it('show a counsellor their own and the unassigned requests; colleagues’ only when VERY_OPEN; admins all', async () => {
    for (const level of [OpennessLevel.VERY_OPEN, OpennessLevel.OPEN, OpennessLevel.STRONGLY_RESTRICTED]) {
      const org = await buildOrganisation(server, { opennessLevel: level });
      const me = await buildCounsellor(server, org);
      const colleague = await buildCounsellor(server, org);
      const admin = await buildAdmin(server, org, { mailAvailability: MailAvailability.NONE });
      const capi = await apiAs(server, await buildClient(server, org));
      const mineReq = await sendRequest(capi, { counsellorId: me.id });
      const theirs = await sendRequest(capi, { counsellorId: colleague.id });
      const pooled = await sendRequest(capi, { counsellorId: colleague.id });
      await (await apiAs(server, colleague)).ok(RELEASE, { input: { requestId: pooled.id } });

      const api = await apiAs(server, me);
      const seen = (await api.ok(REQUESTS)).mailRequests;
      const ids = seen.edges.map((e: { node: { id: string } }) => e.node.id).sort();
      const expected = level === OpennessLevel.VERY_OPEN ? [mineReq.id, theirs.id, pooled.id] : [mineReq.id, pooled.id];
      expect(ids, level).toEqual(expected.sort());
      expect(seen.totalCount).toBe(expected.length);
      if (level === OpennessLevel.VERY_OPEN) await api.ok(REQUEST, { id: theirs.id });
      else await api.fails('NOT_FOUND', REQUEST, { id: theirs.id });
      // "Previous requests" follow the same rule.
      const prev = (await api.ok(PREVIOUS, { id: mineReq.id })).mailRequest.previousRequests.map(
        (r: { id: string }) => r.id,
      );
      expect(prev.sort()).toEqual(expected.filter((x) => x !== mineReq.id).sort());

      const all = (await (await apiAs(server, admin)).ok(REQUESTS)).mailRequests;
      expect(all.totalCount).toBe(3);
    }
  });
});
