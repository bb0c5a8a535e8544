import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import {
  buildAdmin,
  buildCounsellor,
  buildOrganisation,
  loginAs,
  operatorClient,
  TEST_PASSWORD,
  uniq,
} from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { LicenceRequest, LicenceRequestStatus } from '../staff/licence-request.entity.js';
import { apiAs } from '../staff/staff.test-support.js';
import { recordStatements } from '../../../../tests/support/statements.js';

const ORG_FIELDS = `id name slug publicKey locale timezone licenceVolume activeCounsellors pendingLicenceRequests suspendedAt createdAt`;
const ORGANISATIONS = `{ platformOrganisations { ${ORG_FIELDS} } }`;
const CREATE = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { ${ORG_FIELDS} } adminId adminLoginName invitationExpiresAt }
}`;
const SUSPEND = `mutation($input: OrganisationIdInput!) { suspendOrganisation(input: $input) { id suspendedAt } }`;
const RESUME = `mutation($input: OrganisationIdInput!) { resumeOrganisation(input: $input) { id suspendedAt } }`;
const SET_LICENCE = `mutation($input: SetLicenceVolumeInput!) {
  setLicenceVolume(input: $input) { id licenceVolume activeCounsellors }
}`;
const REQUEST_FIELDS = `id contactPerson email requestedVolume currentVolume remark status createdAt answeredAt grantedVolume answerMessage
  organisation { id slug licenceVolume activeCounsellors pendingLicenceRequests }`;
const REQUESTS = `query($status: LicenceRequestStatus, $page: PageInput) {
  platformLicenceRequests(status: $status, page: $page) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${REQUEST_FIELDS} } } }
}`;
const ANSWER = `mutation($input: AnswerLicenceRequestInput!) { answerLicenceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const REQUEST_INCREASE = `mutation($input: RequestLicenceIncreaseInput!) { requestLicenceIncrease(input: $input) { id } }`;
const ORG_REQUESTS = `{ licenceRequests { edges { node { id status answeredAt grantedVolume answerMessage } } } }`;
const SET_PASSWORD = `mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) { accessToken } }`;
const ME = `{ me { role organisation { slug licenceVolume } } }`;

let server: TestServer;
let smtp: TestSmtp;
let operator: GraphQLClient;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url, publicUrl: 'https://lotse.example.org' });
  operator = await operatorClient(server);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const em = () => server.orm.em.fork() as EntityManager;
/** The answer mails to `email` (the request's confirmation goes there too). */
const isAnswer = (m: { subject?: string }) => /bewilligt|abgelehnt|granted|declined/.test(m.subject ?? '');
const answerTo = (email: string) => smtp.waitFor(email, isAnswer);
const volumeOf = async (id: string) => (await em().findOneOrFail(Organisation, id, { refresh: true })).licenceVolume;

/** An organisation with an admin (and `counsellors` more active counsellors), and a pending request. */
async function orgWithRequest(opts: { licence?: number; counsellors?: number; requested?: number } = {}) {
  const org = await buildOrganisation(server, { licenceVolume: opts.licence ?? 3 });
  const admin = await buildAdmin(server, org);
  for (let i = 0; i < (opts.counsellors ?? 0); i++) await buildCounsellor(server, org);
  const email = `${uniq('leitung')}@beratung.example`;
  const adminApi = await apiAs(server, admin);
  const { requestLicenceIncrease } = await adminApi.ok(REQUEST_INCREASE, {
    input: { contactPerson: 'Maria Schneider', email, requestedVolume: opts.requested ?? 8, remark: 'Außenstelle' },
  });
  return { org, admin, adminApi, email, requestId: requestLicenceIncrease.id as string };
}

describe('platformOrganisations', () => {
  it('lists every organisation with licence use, suspension and pending licence requests', async () => {
    const { org } = await orgWithRequest({ licence: 4, counsellors: 2 });
    const { platformOrganisations } = await operator.ok(ORGANISATIONS);
    expect(platformOrganisations.find((o: { id: string }) => o.id === org.id)).toEqual({
      id: org.id,
      name: org.name,
      slug: org.slug,
      publicKey: org.publicKey,
      locale: 'de',
      timezone: 'Europe/Berlin',
      licenceVolume: 4,
      activeCounsellors: 3,
      pendingLicenceRequests: 1,
      suspendedAt: null,
      createdAt: expect.any(String),
    });
  });
});

describe('createOrganisation', () => {
  it('creates the organisation and its first admin, who is invited by mail and logs in', async () => {
    const slug = uniq('nord-');
    const { createOrganisation: created } = await operator.ok(CREATE, {
      input: {
        name: 'Beratung Nord',
        slug,
        adminEmail: 'Ida@Nord.example',
        adminLogin: `${slug}.admin`,
        adminFirstName: 'Ida',
        adminLastName: null,
        licenceVolume: 7,
        locale: 'en',
      },
    });
    expect(created.organisation).toMatchObject({
      name: 'Beratung Nord',
      slug,
      licenceVolume: 7,
      activeCounsellors: 1,
      pendingLicenceRequests: 0,
      locale: 'en',
      timezone: 'Europe/Berlin',
    });
    expect(created.adminLoginName).toBe(`${slug}.admin`);
    const mail = await smtp.waitFor('ida@nord.example');
    expect(mail.subject).toBe('Invitation – Beratung Nord');
    const token = new URL(/https:\/\/lotse\.example\.org\/set-password\S+/.exec(mail.text ?? '')![0]).searchParams.get(
      'token',
    );
    await server.client().ok(SET_PASSWORD, { input: { token, password: TEST_PASSWORD } });
    const admin = await loginAs(server, { loginName: `${slug}.admin` });
    expect((await admin.ok(ME)).me).toEqual({ role: 'ADMIN', organisation: { slug, licenceVolume: 7 } });
  });

  it('refuses a taken slug (CONFLICT) and invalid fields (BAD_USER_INPUT), creating nothing', async () => {
    const taken = await buildOrganisation(server);
    const base = { name: 'Zweite', adminEmail: 'x@zwei.example', adminLogin: uniq('zwei.') };
    const before = await em().count(Organisation, {});
    const conflict = await operator.fails('CONFLICT', CREATE, { input: { ...base, slug: taken.slug } });
    expect(conflict.extensions?.reason).toBe('SLUG_TAKEN');
    const bad = await operator.fails('BAD_USER_INPUT', CREATE, {
      input: { ...base, slug: 'Nicht Gültig', adminEmail: 'no-email', licenceVolume: 0 },
    });
    expect(bad.extensions?.fields?.map((f) => f.path).sort()).toEqual(['adminEmail', 'licenceVolume', 'slug']);
    expect(await em().count(Organisation, {})).toBe(before);
  });
});

describe('suspendOrganisation and resumeOrganisation', () => {
  it('suspending ends the organisation’s sessions and refuses its logins; resuming lets them in again', async () => {
    const org = await buildOrganisation(server);
    const admin = await buildAdmin(server, org);
    const session = await loginAs(server, admin);
    const { suspendOrganisation } = await operator.ok(SUSPEND, { input: { organisationId: org.id } });
    expect(suspendOrganisation).toEqual({ id: org.id, suspendedAt: expect.any(String) });
    expect((await session.fails('UNAUTHENTICATED', ME)).extensions?.reason).toBe('REVOKED');
    const refused = await server
      .client()
      .fails('FORBIDDEN', `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
        input: { login: admin.loginName, password: TEST_PASSWORD },
      });
    expect(refused.extensions?.reason).toBe('ORGANISATION_SUSPENDED');
    // Suspending again changes nothing.
    const again = await operator.ok(SUSPEND, { input: { organisationId: org.id } });
    expect(again.suspendOrganisation.suspendedAt).toBe(suspendOrganisation.suspendedAt);

    expect((await operator.ok(RESUME, { input: { organisationId: org.id } })).resumeOrganisation).toEqual({
      id: org.id,
      suspendedAt: null,
    });
    expect((await (await loginAs(server, admin)).ok(ME)).me.organisation.slug).toBe(org.slug);
  });

  it('answers NOT_FOUND for an unknown organisation and BAD_USER_INPUT for an id that is none', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await operator.fails('NOT_FOUND', SUSPEND, { input: { organisationId: unknown } });
    await operator.fails('NOT_FOUND', RESUME, { input: { organisationId: unknown } });
    await operator.fails('BAD_USER_INPUT', SUSPEND, { input: { organisationId: 'nord' } });
  });
});

describe('setLicenceVolume', () => {
  it('sets the volume, which the admin sees', async () => {
    const org = await buildOrganisation(server, { licenceVolume: 2 });
    const admin = await buildAdmin(server, org);
    const { setLicenceVolume } = await operator.ok(SET_LICENCE, { input: { organisationId: org.id, volume: 9 } });
    expect(setLicenceVolume).toEqual({ id: org.id, licenceVolume: 9, activeCounsellors: 1 });
    expect((await (await apiAs(server, admin)).ok(ME)).me.organisation.licenceVolume).toBe(9);
  });

  it('refuses a volume below the active counsellors with LICENCE_BELOW_ACTIVE and changes nothing', async () => {
    const org = await buildOrganisation(server, { licenceVolume: 5 });
    await buildAdmin(server, org);
    await buildCounsellor(server, org);
    await buildCounsellor(server, org);
    const below = await operator.fails('CONFLICT', SET_LICENCE, { input: { organisationId: org.id, volume: 2 } });
    expect(below.extensions).toMatchObject({ reason: 'LICENCE_BELOW_ACTIVE', activeCounsellors: 3, licenceVolume: 2 });
    expect(await volumeOf(org.id)).toBe(5);
    const zero = await operator.fails('BAD_USER_INPUT', SET_LICENCE, { input: { organisationId: org.id, volume: 0 } });
    expect(zero.extensions?.fields?.[0]?.path).toBe('volume');
  });
});

describe('platformLicenceRequests', () => {
  it('lists requests of every organisation, newest first, filtered by status, in pages', async () => {
    const first = await orgWithRequest();
    const second = await orgWithRequest();
    const { platformLicenceRequests: all } = await operator.ok(REQUESTS, { status: 'PENDING', page: { first: 1 } });
    expect(all.totalCount).toBeGreaterThanOrEqual(2);
    expect(all.edges[0].node).toMatchObject({
      id: second.requestId,
      contactPerson: 'Maria Schneider',
      email: second.email,
      requestedVolume: 8,
      currentVolume: 3,
      remark: 'Außenstelle',
      status: 'PENDING',
      answeredAt: null,
      organisation: { id: second.org.id, slug: second.org.slug, licenceVolume: 3, pendingLicenceRequests: 1 },
    });
    const { platformLicenceRequests: next } = await operator.ok(REQUESTS, {
      status: 'PENDING',
      page: { first: 1, after: all.pageInfo.endCursor },
    });
    expect(next.edges[0].node.id).toBe(first.requestId);

    await operator.ok(ANSWER, { input: { id: first.requestId, grant: false } });
    const declined = (await operator.ok(REQUESTS, { status: 'DECLINED' })).platformLicenceRequests;
    expect(declined.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(first.requestId);
    const pending = (await operator.ok(REQUESTS, { status: 'PENDING', page: { first: 100 } })).platformLicenceRequests;
    expect(pending.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(first.requestId);
  });
});

describe('answerLicenceRequest', () => {
  it('granting sets the requested volume, mails the requester and shows the answer to the organisation', async () => {
    const { org, adminApi, email, requestId } = await orgWithRequest({ requested: 8 });
    const { answerLicenceRequest: answered } = await operator.ok(ANSWER, {
      input: { id: requestId, grant: true, message: 'Viel Erfolg mit der Außenstelle!' },
    });
    expect(answered).toMatchObject({
      status: 'GRANTED',
      grantedVolume: 8,
      answerMessage: 'Viel Erfolg mit der Außenstelle!',
      answeredAt: expect.any(String),
      organisation: { id: org.id, licenceVolume: 8, pendingLicenceRequests: 0 },
    });
    expect(await volumeOf(org.id)).toBe(8);
    const mail = await answerTo(email);
    expect(mail.subject).toBe('Ihre Anfrage zur Lizenzerweiterung wurde bewilligt');
    expect(mail.text).toContain('Guten Tag Maria Schneider');
    expect(mail.text).toContain('jetzt 8 aktive Beratende (angefragt: 8)');
    expect(mail.text).toContain('Viel Erfolg mit der Außenstelle!');
    const { licenceRequests } = await adminApi.ok(ORG_REQUESTS);
    expect(licenceRequests.edges[0].node).toMatchObject({
      id: requestId,
      status: 'GRANTED',
      grantedVolume: 8,
      answerMessage: 'Viel Erfolg mit der Außenstelle!',
    });
  });

  it('grants another volume than requested, and declines with a mail in the organisation’s language', async () => {
    const granted = await orgWithRequest({ requested: 10 });
    await operator.ok(ANSWER, { input: { id: granted.requestId, grant: true, volume: 6 } });
    expect(await volumeOf(granted.org.id)).toBe(6);
    expect((await answerTo(granted.email)).text).toContain('jetzt 6 aktive Beratende (angefragt: 10)');

    const declined = await orgWithRequest();
    await em().nativeUpdate(Organisation, { id: declined.org.id }, { locale: 'en' });
    const { answerLicenceRequest } = await operator.ok(ANSWER, {
      input: { id: declined.requestId, grant: false, message: 'Please call us first.' },
    });
    expect(answerLicenceRequest).toMatchObject({ status: 'DECLINED', grantedVolume: null });
    expect(await volumeOf(declined.org.id)).toBe(3);
    const mail = await answerTo(declined.email);
    expect(mail.subject).toBe('Your licence request was declined');
    expect(mail.text).toContain('Please call us first.');
  });

  it('refuses a volume below the active counsellors: the request stays pending, the volume unchanged, no mail', async () => {
    const { org, email, requestId } = await orgWithRequest({ licence: 5, counsellors: 3 });
    const below = await operator.fails('CONFLICT', ANSWER, { input: { id: requestId, grant: true, volume: 2 } });
    expect(below.extensions).toMatchObject({ reason: 'LICENCE_BELOW_ACTIVE', activeCounsellors: 4 });
    const row = await em().findOneOrFail(LicenceRequest, requestId);
    expect(row).toMatchObject({ status: LicenceRequestStatus.PENDING, answeredAt: null, grantedVolume: null });
    expect(await volumeOf(org.id)).toBe(5);
    const answers = smtp.mails.filter((m) => isAnswer(m) && m.to && JSON.stringify(m.to).includes(email));
    expect(answers).toHaveLength(0);
  });

  it('refuses answering twice, a volume with a decline, and an unknown request', async () => {
    const { org, requestId } = await orgWithRequest();
    await operator.ok(ANSWER, { input: { id: requestId, grant: true } });
    const twice = await operator.fails('CONFLICT', ANSWER, { input: { id: requestId, grant: false } });
    expect(twice.extensions?.reason).toBe('LICENCE_REQUEST_ANSWERED');
    expect((await em().findOneOrFail(LicenceRequest, requestId)).status).toBe(LicenceRequestStatus.GRANTED);

    const other = await orgWithRequest();
    const bad = await operator.fails('BAD_USER_INPUT', ANSWER, {
      input: { id: other.requestId, grant: false, volume: 4, message: 'x'.repeat(2001) },
    });
    expect(bad.extensions?.fields?.map((f) => f.path).sort()).toEqual(['message', 'volume']);
    expect((await em().findOneOrFail(LicenceRequest, other.requestId)).status).toBe(LicenceRequestStatus.PENDING);
    await operator.fails('NOT_FOUND', ANSWER, { input: { id: '00000000-0000-4000-8000-000000000000', grant: true } });
    expect(await volumeOf(org.id)).toBe(8);
  });
});

describe('statements per page', () => {
  it('do not grow with the number of organisations or requests on the page', async () => {
    const e = em();
    for (let i = 0; i < 12; i++) {
      const org = await buildOrganisation(server);
      e.create(LicenceRequest, {
        organisation: org.id,
        contactPerson: 'Kim',
        email: 'kim@beratung.example',
        requestedVolume: 9,
        currentVolume: 5,
      } as never);
    }
    await e.flush();
    const recorder = recordStatements(server);
    try {
      const count = async (query: string, variables?: Record<string, unknown>) => {
        recorder.reset();
        await operator.ok(query, variables);
        // The operator's token check is one statement of its own.
        return recorder.statements.filter((q) => !q.includes('operator_state')).length;
      };
      const small = await count(REQUESTS, { page: { first: 2 } });
      const large = await count(REQUESTS, { page: { first: 12 } });
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(4);
      const organisations = await count(ORGANISATIONS);
      expect(organisations).toBeGreaterThan(0);
      expect(organisations).toBeLessThanOrEqual(3);
    } finally {
      recorder.stop();
    }
  });
});
