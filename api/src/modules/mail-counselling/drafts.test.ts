import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildAdmin, buildClient, buildCounsellor, buildOrganisation } from '../../../../tests/support/builders.js';
import { OpennessLevel, type Organisation } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { MailDraft } from './mail-draft.entity.js';
import {
  ANSWER,
  apiAs,
  ASSIGN,
  DELETE_DRAFT,
  em,
  RELEASE,
  REQUEST,
  REQUESTS,
  requestState,
  SAVE_DRAFT,
  sendRequest,
  stored,
  TAKE_OVER,
} from './mail.test-support.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** An organisation at `level` with an owner counsellor, a colleague, an admin, and a request of the owner with a draft. */
async function setup(level: OpennessLevel) {
  const org: Organisation = await buildOrganisation(server, { opennessLevel: level });
  const owner: Counsellor = await buildCounsellor(server, org);
  const colleague = await buildCounsellor(server, org);
  const admin = await buildAdmin(server, org);
  const { id } = await sendRequest(await apiAs(server, await buildClient(server, org)), { counsellorId: owner.id });
  const ownerApi = await apiAs(server, owner);
  await ownerApi.ok(SAVE_DRAFT, { input: { requestId: id, body: 'Mein Entwurf' } });
  return {
    org,
    owner,
    colleague,
    admin,
    id,
    ownerApi,
    colleagueApi: await apiAs(server, colleague),
    adminApi: await apiAs(server, admin),
  };
}

describe('saveMailDraft', () => {
  it('keeps one draft per request, replaced on each save, visible to whoever sees the request', async () => {
    const s = await setup(OpennessLevel.OPEN);
    const saved = (await s.ownerApi.ok(SAVE_DRAFT, { input: { requestId: s.id, body: 'Zweiter Stand' } }))
      .saveMailDraft;
    expect(saved).toMatchObject({ body: 'Zweiter Stand', author: { id: s.owner.id } });
    expect(await em(server).count(MailDraft, { mailRequest: s.id })).toBe(1);
    expect((await s.adminApi.ok(REQUEST, { id: s.id })).mailRequest.draft.body).toBe('Zweiter Stand');
  });

  it('is only for the assigned counsellor, and bad input changes nothing', async () => {
    const s = await setup(OpennessLevel.VERY_OPEN);
    const before = await requestState(server, s.id);
    const err = await s.colleagueApi.fails('FORBIDDEN', SAVE_DRAFT, { input: { requestId: s.id, body: 'fremd' } });
    expect(err.extensions?.reason).toBe('NOT_ASSIGNED');
    await s.adminApi.fails('FORBIDDEN', SAVE_DRAFT, { input: { requestId: s.id, body: 'admin' } });
    await s.ownerApi.fails('BAD_USER_INPUT', SAVE_DRAFT, { input: { requestId: s.id, body: 'x'.repeat(20_001) } });
    await s.ownerApi.fails('BAD_USER_INPUT', SAVE_DRAFT, { input: { requestId: 'nope', body: 'x' } });
    await s.ownerApi.fails('BAD_USER_INPUT', SAVE_DRAFT, { input: { requestId: s.id } });
    expect(await requestState(server, s.id)).toEqual(before);
  });

  it('is deleted when the answer is sent, or on request', async () => {
    const s = await setup(OpennessLevel.OPEN);
    expect((await s.ownerApi.ok(DELETE_DRAFT, { input: { requestId: s.id } })).deleteMailDraft).toBe(true);
    expect((await s.ownerApi.ok(DELETE_DRAFT, { input: { requestId: s.id } })).deleteMailDraft).toBe(false);
    await s.ownerApi.ok(SAVE_DRAFT, { input: { requestId: s.id, body: 'Neu' } });
    const answered = (await s.ownerApi.ok(ANSWER, { input: { requestId: s.id, message: 'Neu' } })).answerMailRequest;
    expect(answered.draft).toBeNull();
    expect(await em(server).count(MailDraft, { mailRequest: s.id })).toBe(0);
  });
});

describe('releaseMailRequest', () => {
  it('makes the request OPEN with nobody assigned; the draft stays', async () => {
    const s = await setup(OpennessLevel.OPEN);
    const released = (await s.ownerApi.ok(RELEASE, { input: { requestId: s.id } })).releaseMailRequest;
    expect(released).toMatchObject({
      status: 'OPEN',
      counsellor: null,
      releasedBy: { id: s.owner.id },
      draft: { body: 'Mein Entwurf', author: { id: s.owner.id } },
      canTakeOver: true,
    });
    // The colleague now sees it in the pool.
    const pool = (await s.colleagueApi.ok(REQUESTS, { filter: { status: ['OPEN'] } })).mailRequests;
    expect(pool.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([s.id]);
  });

  it('is only for the assigned counsellor or an admin', async () => {
    const s = await setup(OpennessLevel.VERY_OPEN);
    const before = await requestState(server, s.id);
    await s.colleagueApi.fails('FORBIDDEN', RELEASE, { input: { requestId: s.id } });
    expect(await requestState(server, s.id)).toEqual(before);
    expect((await s.adminApi.ok(RELEASE, { input: { requestId: s.id } })).releaseMailRequest.status).toBe('OPEN');
    // Releasing again is not possible: nobody is assigned.
    await s.adminApi.fails('CONFLICT', RELEASE, { input: { requestId: s.id } });
  });
});

describe('takeOverMailRequest', () => {
  for (const level of [OpennessLevel.VERY_OPEN, OpennessLevel.OPEN]) {
    it(`lets a counsellor take over a released request with its draft (${level})`, async () => {
      const s = await setup(level);
      await s.ownerApi.ok(RELEASE, { input: { requestId: s.id } });
      const taken = (await s.colleagueApi.ok(TAKE_OVER, { input: { requestId: s.id } })).takeOverMailRequest;
      expect(taken).toMatchObject({
        status: 'ASSIGNED',
        counsellor: { id: s.colleague.id },
        draft: { body: 'Mein Entwurf', author: { id: s.colleague.id } },
      });
      // The taker can now answer; the former owner cannot.
      await s.ownerApi.fails(level === OpennessLevel.VERY_OPEN ? 'FORBIDDEN' : 'NOT_FOUND', ANSWER, {
        input: { requestId: s.id, message: 'zu spät' },
      });
      await s.colleagueApi.ok(ANSWER, { input: { requestId: s.id, message: 'Ich übernehme.' } });
    });
  }

  for (const level of [OpennessLevel.RESTRICTED, OpennessLevel.STRONGLY_RESTRICTED]) {
    it(`lets only admins take over (${level})`, async () => {
      const s = await setup(level);
      await s.ownerApi.ok(RELEASE, { input: { requestId: s.id } });
      const before = await requestState(server, s.id);
      const view = (await s.colleagueApi.ok(REQUEST, { id: s.id })).mailRequest;
      expect(view.canTakeOver).toBe(false);
      // Drafts of colleagues are hidden from counsellors only when strongly restricted.
      expect(view.draft?.body ?? null).toBe(level === OpennessLevel.RESTRICTED ? 'Mein Entwurf' : null);
      const err = await s.colleagueApi.fails('FORBIDDEN', TAKE_OVER, { input: { requestId: s.id } });
      expect(err.extensions?.reason).toBe('OPENNESS_LEVEL');
      expect(await requestState(server, s.id)).toEqual(before);

      const taken = (await s.adminApi.ok(TAKE_OVER, { input: { requestId: s.id } })).takeOverMailRequest;
      expect(taken).toMatchObject({ counsellor: { id: s.admin.id }, draft: { author: { id: s.admin.id } } });
    });
  }

  it('refuses a request someone is responsible for (ALREADY_TAKEN / ALREADY_YOURS)', async () => {
    const s = await setup(OpennessLevel.VERY_OPEN);
    const before = await requestState(server, s.id);
    expect((await s.colleagueApi.fails('CONFLICT', TAKE_OVER, { input: { requestId: s.id } })).extensions?.reason).toBe(
      'ALREADY_TAKEN',
    );
    expect((await s.ownerApi.fails('CONFLICT', TAKE_OVER, { input: { requestId: s.id } })).extensions?.reason).toBe(
      'ALREADY_YOURS',
    );
    await s.colleagueApi.fails('BAD_USER_INPUT', TAKE_OVER, { input: { requestId: '123' } });
    expect(await requestState(server, s.id)).toEqual(before);
  });

  it('lets exactly one of two colleagues win when both take over at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const s = await setup(OpennessLevel.OPEN);
      const third = await apiAs(server, await buildCounsellor(server, s.org));
      await s.ownerApi.ok(RELEASE, { input: { requestId: s.id } });
      const results = await Promise.all(
        [s.colleagueApi, third].map((api) => api.request(TAKE_OVER, { input: { requestId: s.id } })),
      );
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_TAKEN' });
      const winnerId = (winners[0]!.data as { takeOverMailRequest: { counsellor: { id: string } } }).takeOverMailRequest
        .counsellor.id;
      const row = await stored(server, s.id);
      expect(row.counsellor?.id).toBe(winnerId);
      expect((await em(server).findOneOrFail(MailDraft, { mailRequest: s.id })).author.id).toBe(winnerId);
    }
  });

  it('takes a NEW request nobody could be assigned to from the pool', async () => {
    const org = await buildOrganisation(server, { opennessLevel: OpennessLevel.OPEN });
    const c = await buildCounsellor(server, org, { mailAvailability: 'NONE' } as never);
    const { id } = await sendRequest(await apiAs(server, await buildClient(server, org)));
    expect((await stored(server, id)).status).toBe('NEW');
    const taken = (await (await apiAs(server, c)).ok(TAKE_OVER, { input: { requestId: id } })).takeOverMailRequest;
    expect(taken).toMatchObject({ status: 'ASSIGNED', counsellor: { id: c.id } });
  });
});

describe('assignMailRequest', () => {
  it('lets an admin hand a request with its draft to an active counsellor', async () => {
    const s = await setup(OpennessLevel.STRONGLY_RESTRICTED);
    const assigned = (await s.adminApi.ok(ASSIGN, { input: { requestId: s.id, counsellorId: s.colleague.id } }))
      .assignMailRequest;
    expect(assigned).toMatchObject({
      status: 'ASSIGNED',
      counsellor: { id: s.colleague.id },
      draft: { author: { id: s.colleague.id } },
    });
  });

  it('is for admins only, and refuses inactive or foreign counsellors without changing anything', async () => {
    const s = await setup(OpennessLevel.OPEN);
    const before = await requestState(server, s.id);
    await s.ownerApi.fails('FORBIDDEN', ASSIGN, { input: { requestId: s.id, counsellorId: s.colleague.id } });
    const inactive = await buildCounsellor(server, s.org, { active: false });
    const foreign = await buildCounsellor(server, await buildOrganisation(server));
    for (const counsellorId of [inactive.id, foreign.id, 'x']) {
      await s.adminApi.fails('BAD_USER_INPUT', ASSIGN, { input: { requestId: s.id, counsellorId } });
    }
    expect(await requestState(server, s.id)).toEqual(before);
  });
});
