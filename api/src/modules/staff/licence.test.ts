import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import { buildAdmin, buildOrganisation, buildTwoOrganisations } from '../../../../tests/support/builders.js';
import { LicenceRequest } from './licence-request.entity.js';
import { apiAs } from './staff.test-support.js';

const REQUEST = `mutation($input: RequestLicenceIncreaseInput!) {
  requestLicenceIncrease(input: $input) { id contactPerson email requestedVolume currentVolume remark createdAt requestedBy { id } }
}`;
const LIST = `query($page: PageInput) {
  licenceRequests(page: $page) { totalCount pageInfo { hasNextPage endCursor } edges { node { id requestedVolume requestedBy { id } } } }
}`;
const OPERATOR = 'operator@platform.example';

let server: TestServer;
let smtp: TestSmtp;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url, operatorEmail: OPERATOR });
  two = await buildTwoOrganisations(server);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const requestsOf = (orgId: string) =>
  (server.orm.em.fork() as EntityManager).count(LicenceRequest, { organisation: orgId });

const valid = (extra: Record<string, unknown> = {}) => ({
  contactPerson: 'Maria Schneider',
  email: 'leitung@beratung.example',
  requestedVolume: 12,
  remark: 'Neue Außenstelle ab März',
  ...extra,
});

describe('requestLicenceIncrease', () => {
  it('records the request, mails it to the operator and confirms it to the requester', async () => {
    const org = await buildOrganisation(server, { name: 'Beratung Nord', licenceVolume: 5 });
    const admin = await buildAdmin(server, org);
    const api = await apiAs(server, admin);
    const { requestLicenceIncrease: r } = await api.ok(REQUEST, { input: valid() });
    expect(r).toMatchObject({
      contactPerson: 'Maria Schneider',
      email: 'leitung@beratung.example',
      requestedVolume: 12,
      currentVolume: 5,
      remark: 'Neue Außenstelle ab März',
      requestedBy: { id: admin.id },
    });

    const toOperator = await smtp.waitFor(OPERATOR, (m) => (m.text ?? '').includes(r.id));
    expect(toOperator.subject).toContain('Beratung Nord');
    expect(toOperator.text).toContain('Aktuelles Volumen: 5');
    expect(toOperator.text).toContain('Gewünschtes Volumen: 12');
    expect(toOperator.text).toContain('leitung@beratung.example');
    expect(toOperator.text).toContain('Neue Außenstelle ab März');
    // The operator's way to grant it (the admin CLI), ready to copy.
    expect(toOperator.text).toContain(`npm run lotse -- org set-licence --slug ${org.slug} --volume 12`);

    const confirmation = await smtp.waitFor('leitung@beratung.example');
    expect(confirmation.subject).toMatch(/Lizenzerweiterung/);
    expect(confirmation.text).toContain('von 5 auf 12');
  });

  it('writes in English for an English-speaking organisation', async () => {
    const org = await buildOrganisation(server, { locale: 'en', licenceVolume: 3 });
    const api = await apiAs(server, await buildAdmin(server, org));
    await api.ok(REQUEST, { input: valid({ email: 'boss@english.example', requestedVolume: 4, remark: null }) });
    const confirmation = await smtp.waitFor('boss@english.example');
    expect(confirmation.subject).toBe('We have received your licence request');
    expect(confirmation.text).toContain('from 3 to 4');
  });

  it('requires authentication and the admin role', async () => {
    const before = await requestsOf(two.a.org.id);
    await server.client().fails('UNAUTHENTICATED', REQUEST, { input: valid() });
    await (await apiAs(server, two.a.counsellor)).fails('FORBIDDEN', REQUEST, { input: valid() });
    await (await apiAs(server, two.a.client)).fails('FORBIDDEN', REQUEST, { input: valid() });
    expect(await requestsOf(two.a.org.id)).toBe(before);
  });

  it('rejects bad input, including a volume that is no increase, and records nothing', async () => {
    const org = await buildOrganisation(server, { licenceVolume: 5 });
    const api = await apiAs(server, await buildAdmin(server, org));
    const noIncrease = await api.fails('BAD_USER_INPUT', REQUEST, { input: valid({ requestedVolume: 5 }) });
    expect(noIncrease.extensions?.reason).toBe('VOLUME_NOT_INCREASED');
    for (const input of [
      valid({ contactPerson: '' }),
      valid({ contactPerson: 'x'.repeat(201) }),
      valid({ email: 'nope' }),
      valid({ requestedVolume: 0 }),
      valid({ requestedVolume: 10_001 }),
      valid({ requestedVolume: 7.5 }),
      valid({ requestedVolume: '12' }),
      valid({ remark: 'x'.repeat(2001) }),
      { contactPerson: 'A', email: 'a@b.example' },
    ]) {
      await api.fails('BAD_USER_INPUT', REQUEST, { input });
    }
    expect(await requestsOf(org.id)).toBe(0);
  });
});

describe('licenceRequests', () => {
  it('lists the organisation’s requests newest first, page by page, and never another organisation’s', async () => {
    const org = await buildOrganisation(server, { licenceVolume: 1 });
    const admin = await buildAdmin(server, org);
    const api = await apiAs(server, admin);
    for (const v of [2, 3, 4]) await api.ok(REQUEST, { input: valid({ requestedVolume: v }) });
    // Another organisation's request stays invisible.
    await (await apiAs(server, two.b.admin)).ok(REQUEST, { input: valid({ requestedVolume: 99 }) });

    const first = await api.ok(LIST, { page: { first: 2 } });
    expect(first.licenceRequests.totalCount).toBe(3);
    expect(first.licenceRequests.pageInfo.hasNextPage).toBe(true);
    const second = await api.ok(LIST, { page: { first: 2, after: first.licenceRequests.pageInfo.endCursor } });
    expect(second.licenceRequests.pageInfo.hasNextPage).toBe(false);
    const volumes = [...first.licenceRequests.edges, ...second.licenceRequests.edges].map(
      (e: { node: { requestedVolume: number } }) => e.node.requestedVolume,
    );
    expect(volumes).toEqual([4, 3, 2]);
    expect(first.licenceRequests.edges[0].node.requestedBy).toEqual({ id: admin.id });
  });

  it('requires authentication and the admin role', async () => {
    await server.client().fails('UNAUTHENTICATED', LIST);
    await (await apiAs(server, two.a.counsellor)).fails('FORBIDDEN', LIST);
  });
});
