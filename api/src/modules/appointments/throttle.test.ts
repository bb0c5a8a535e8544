import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildAdmin, buildCounsellor, buildOrganisation, loginAs } from '../../../../tests/support/builders.js';
import { Appointment } from './appointment.entity.js';
import { RESERVE, at, dayFromToday, offer } from './test-support.js';

let server: TestServer;

beforeAll(async () => {
  // A small budget so the test reaches it: two holds per IP per 10 minutes.
  server = await startTestServer({ reserveIpLimit: 2 });
});
afterAll(() => server?.close());

describe('reserveSlot throttle', () => {
  it('stops one visitor from holding a whole calendar: RATE_LIMITED past the per-IP budget, no hold made', async () => {
    const org = await buildOrganisation(server);
    const counsellor = await buildCounsellor(server, org);
    const serviceId = await offer(await loginAs(server, await buildAdmin(server, org)), counsellor.id);
    const day = dayFromToday(3);
    const input = (hour: number) => ({
      input: {
        organisationKey: org.publicKey,
        serviceId,
        counsellorId: counsellor.id,
        start: at(day, hour).toISOString(),
      },
    });
    const holds = () => (server.orm.em.fork() as EntityManager).count(Appointment, { counsellor: counsellor.id });

    for (const hour of [9, 10]) {
      const r = await server.client().ok(RESERVE, input(hour));
      expect(r.reserveSlot.__typename).toBe('Reservation');
    }
    expect(await holds()).toBe(2);
    const err = await server.client().fails('RATE_LIMITED', RESERVE, input(11));
    expect(err.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await holds()).toBe(2);
  });
});
