import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildAdmin, buildClient, buildCounsellor, buildOrganisation } from '../../../../tests/support/builders.js';
import { Client } from '../client/client.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { MailAvailability } from './mail-availability.js';
import { MailRequest, MailRequestStatus } from './mail-request.entity.js';
import { ANSWER, apiAs, em, SET_AVAILABILITY, SEND, sendRequest, stored } from './mail.test-support.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const NONE = { mailAvailability: MailAvailability.NONE };
const capacity = (n: number) => ({ mailAvailability: MailAvailability.CAPACITY, mailCapacity: n });

async function setFallback(org: Organisation, c: Counsellor | null) {
  const e = em(server);
  const o = await e.findOneOrFail(Organisation, org.id);
  o.fallbackCounsellor = c ? e.getReference(Counsellor, c.id) : null;
  await e.flush();
}

/** Sends a request as `client` and returns the stored row. */
async function route(client: Client, over: Record<string, unknown> = {}) {
  const { id } = await sendRequest(await apiAs(server, client), over);
  return stored(server, id);
}

describe('sendMailRequest routing', () => {
  it('1. gives the request to the counsellor the client chose', async () => {
    const org = await buildOrganisation(server);
    await buildCounsellor(server, org);
    const chosen = await buildCounsellor(server, org, capacity(5));
    const r = await route(await buildClient(server, org), { counsellorId: chosen.id });
    expect(r).toMatchObject({ status: MailRequestStatus.ASSIGNED, routedBy: 'CHOSEN' });
    expect(r.counsellor?.id).toBe(chosen.id);
    expect(r.chosenCounsellor?.id).toBe(chosen.id);
  });

  it('1. falls through when the chosen counsellor has NONE, is full, only takes regular clients or is inactive', async () => {
    const org = await buildOrganisation(server);
    const other = await buildCounsellor(server, org);
    const refused = [
      await buildCounsellor(server, org, NONE),
      await buildCounsellor(server, org, { onlyRegularClients: true }),
      await buildCounsellor(server, org, { active: false }),
      await buildCounsellor(server, org, capacity(1)),
    ];
    // Fill the CAPACITY(1) counsellor first (by choice).
    const filler = await route(await buildClient(server, org), { counsellorId: refused[3]!.id });
    expect(filler.counsellor?.id).toBe(refused[3]!.id);
    for (const chosen of refused) {
      const r = await route(await buildClient(server, org), { counsellorId: chosen.id });
      expect(r.routedBy).toBe('LEAST_LOADED');
      expect(r.counsellor?.id).toBe(other.id);
      expect(r.chosenCounsellor?.id).toBe(chosen.id);
    }
  });

  it('1. lets a regular client choose their own counsellor who only takes regular clients', async () => {
    const org = await buildOrganisation(server);
    await buildCounsellor(server, org);
    const own = await buildCounsellor(server, org, { onlyRegularClients: true, ...NONE });
    const client = await buildClient(server, org, { primaryCounsellor: own.id } as never);
    const r = await route(client, { counsellorId: own.id });
    expect(r.routedBy).toBe('CHOSEN');
    expect(r.counsellor?.id).toBe(own.id);
  });

  it('2. routes to the primary counsellor even when their availability is NONE', async () => {
    const org = await buildOrganisation(server);
    await buildCounsellor(server, org);
    const primary = await buildCounsellor(server, org, NONE);
    const r = await route(await buildClient(server, org, { primaryCounsellor: primary.id } as never));
    expect(r.routedBy).toBe('PRIMARY');
    expect(r.counsellor?.id).toBe(primary.id);
  });

  it('2. routes to the counsellor the client last had contact with, even when NONE', async () => {
    const org = await buildOrganisation(server);
    const first = await buildCounsellor(server, org);
    const client = await buildClient(server, org);
    const earlier = await route(client);
    expect(earlier.counsellor?.id).toBe(first.id);
    await (await apiAs(server, first)).ok(ANSWER, { input: { requestId: earlier.id, message: 'Hallo!' } });
    // The counsellor stops taking new requests, and a colleague with no load joins.
    const e = em(server);
    (await e.findOneOrFail(Counsellor, first.id)).mailAvailability = MailAvailability.NONE;
    await e.flush();
    await buildCounsellor(server, org);
    const r = await route(client);
    expect(r.routedBy).toBe('LAST_CONTACT');
    expect(r.counsellor?.id).toBe(first.id);
  });

  it('3. routes to the least-loaded counsellor with room', async () => {
    const org = await buildOrganisation(server);
    const busy = await buildCounsellor(server, org);
    for (let i = 0; i < 2; i++) await route(await buildClient(server, org), { counsellorId: busy.id });
    const idle = await buildCounsellor(server, org, capacity(1));
    await buildCounsellor(server, org, NONE);
    const r = await route(await buildClient(server, org));
    expect(r.routedBy).toBe('LEAST_LOADED');
    expect(r.counsellor?.id).toBe(idle.id);
    // Now idle is full (1/1): the next goes to busy (UNLIMITED), not over idle's capacity.
    const next = await route(await buildClient(server, org));
    expect(next.counsellor?.id).toBe(busy.id);
  });

  it('4. falls back to the organisation’s fallback counsellor when nobody has room', async () => {
    const org = await buildOrganisation(server);
    await buildCounsellor(server, org, NONE);
    const fallback = await buildCounsellor(server, org, NONE);
    await setFallback(org, fallback);
    const r = await route(await buildClient(server, org));
    expect(r.routedBy).toBe('FALLBACK');
    expect(r.counsellor?.id).toBe(fallback.id);
    expect(r.status).toBe(MailRequestStatus.ASSIGNED);
  });

  it('5. leaves the request NEW and unassigned when there is no fallback counsellor', async () => {
    const org = await buildOrganisation(server);
    await buildCounsellor(server, org, NONE);
    const r = await route(await buildClient(server, org));
    expect(r).toMatchObject({ status: MailRequestStatus.NEW, routedBy: 'UNASSIGNED', counsellor: null });
  });

  it('sets the primary counsellor on the first request when the organisation asks for it', async () => {
    const auto = await buildOrganisation(server, { autoPrimaryCounsellor: true });
    const a = await buildCounsellor(server, auto);
    const client = await buildClient(server, auto);
    const r = await route(client);
    expect(r.counsellor?.id).toBe(a.id);
    expect((await em(server).findOneOrFail(Client, client.id)).primaryCounsellor?.id).toBe(a.id);

    // A client who already wrote before the setting was on keeps having no primary counsellor.
    const manual = await buildOrganisation(server);
    await buildCounsellor(server, manual);
    const c2 = await buildClient(server, manual);
    await route(c2);
    expect((await em(server).findOneOrFail(Client, c2.id)).primaryCounsellor).toBeNull();
    const e = em(server);
    (await e.findOneOrFail(Organisation, manual.id)).autoPrimaryCounsellor = true;
    await e.flush();
    await route(c2);
    expect((await em(server).findOneOrFail(Client, c2.id)).primaryCounsellor).toBeNull();
  });

  it('never pushes a counsellor past capacity under 20 concurrent requests; the rest go to the fallback', async () => {
    const org = await buildOrganisation(server);
    const a = await buildCounsellor(server, org, capacity(3));
    const b = await buildCounsellor(server, org, capacity(3));
    const fallback = await buildCounsellor(server, org, NONE);
    await setFallback(org, fallback);
    const clients = await Promise.all(Array.from({ length: 20 }, () => buildClient(server, org)));
    const apis = await Promise.all(clients.map((c) => apiAs(server, c)));
    const results = await Promise.all(
      apis.map((api, i) => api.ok(SEND, { input: { subject: `Anfrage ${i}`, message: `Text ${i}` } })),
    );
    expect(results).toHaveLength(20);
    const rows = await em(server).find(MailRequest, { organisation: org.id });
    const load = (c: Counsellor) => rows.filter((r) => r.counsellor?.id === c.id).length;
    expect(load(a)).toBe(3);
    expect(load(b)).toBe(3);
    expect(load(fallback)).toBe(14);
    expect(rows.filter((r) => r.routedBy === 'FALLBACK')).toHaveLength(14);
  });
});

describe('setMailAvailability', () => {
  it('lets a counsellor set their own availability and an admin anyone’s', async () => {
    const org = await buildOrganisation(server);
    const c = await buildCounsellor(server, org);
    const colleague = await buildCounsellor(server, org);
    const api = await apiAs(server, c);
    const res = await api.ok(SET_AVAILABILITY, { input: { availability: 'CAPACITY', capacity: 3 } });
    expect(res.setMailAvailability).toEqual({ id: c.id, mailAvailability: 'CAPACITY', mailCapacity: 3 });
    const none = await api.ok(SET_AVAILABILITY, { input: { availability: 'NONE', capacity: 3 } });
    expect(none.setMailAvailability).toMatchObject({ mailAvailability: 'NONE', mailCapacity: null });

    await api.fails('FORBIDDEN', SET_AVAILABILITY, {
      input: { counsellorId: colleague.id, availability: 'NONE' },
    });
    const admin = await apiAs(server, await buildAdmin(server, org));
    await admin.ok(SET_AVAILABILITY, { input: { counsellorId: colleague.id, availability: 'CAPACITY', capacity: 1 } });
    expect(await em(server).findOneOrFail(Counsellor, colleague.id)).toMatchObject({
      mailAvailability: 'CAPACITY',
      mailCapacity: 1,
    });
  });

  it('rejects bad input and other organisations’ counsellors, changing nothing', async () => {
    const org = await buildOrganisation(server);
    const c = await buildCounsellor(server, org, capacity(2));
    const api = await apiAs(server, c);
    for (const input of [
      { availability: 'CAPACITY' },
      { availability: 'CAPACITY', capacity: 0 },
      { availability: 'CAPACITY', capacity: 1001 },
      { availability: 'SOMETIMES' },
      { availability: 'NONE', counsellorId: 'x' },
    ]) {
      await api.fails('BAD_USER_INPUT', SET_AVAILABILITY, { input });
    }
    const other = await buildOrganisation(server);
    const foreign = await buildCounsellor(server, other);
    const admin = await apiAs(server, await buildAdmin(server, org));
    await admin.fails('NOT_FOUND', SET_AVAILABILITY, { input: { counsellorId: foreign.id, availability: 'NONE' } });
    expect(await em(server).findOneOrFail(Counsellor, c.id)).toMatchObject({
      mailAvailability: 'CAPACITY',
      mailCapacity: 2,
    });
    expect((await em(server).findOneOrFail(Counsellor, foreign.id)).mailAvailability).toBe('UNLIMITED');
    await server.client().fails('UNAUTHENTICATED', SET_AVAILABILITY, { input: { availability: 'NONE' } });
    await (
      await apiAs(server, await buildClient(server, org))
    ).fails('FORBIDDEN', SET_AVAILABILITY, {
      input: { availability: 'NONE' },
    });
  });
});
