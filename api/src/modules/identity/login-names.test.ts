/**
 * Client login names (pseudonyms) are unique within their organisation, staff login names on the
 * platform (migration 0985): the same pseudonym can live in two organisations, every way a client logs
 * in resolves the account within the organisation that asks, and no answer hints at another one.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import { buildTwoOrganisations, loginAs, TEST_PASSWORD, uniq } from '../../../../tests/support/builders.js';
import { registerLimitKey } from '../client/registration.service.js';
import { SEND_AS_NEW } from '../mail-counselling/mail.test-support.js';
import { resetLimitKey } from './password-reset.service.js';

const REGISTER = `mutation($input: RegisterClientInput!) {
  registerClient(input: $input) { refreshToken me { id organisation { id } } }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken me { id kind } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { refreshToken me { id } } }`;
const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { id pseudonym } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const SET_WITH_TOKEN = `mutation($input: SetPasswordWithTokenInput!) {
  setPasswordWithToken(input: $input) { me { id } }
}`;

const PASSWORD_A = 'Leuchtkäfer-Mondsichel-64';
const PASSWORD_B = 'Wanderdüne-Sternwarte-917';
const NEW_PASSWORD = 'Glockenspiel+Nordlicht-58';

let server: TestServer;
let smtp: TestSmtp;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url, publicUrl: 'http://lotse.test' });
  two = await buildTwoOrganisations(server);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});
beforeEach(async () => {
  // Every test calls from 127.0.0.1: each starts with fresh per-IP budgets.
  await server.app.limits.sensitiveIp.reset(registerLimitKey('127.0.0.1'));
  await server.app.limits.sensitiveIp.reset(resetLimitKey('127.0.0.1'));
});

const keyA = () => two.a.org.publicKey;
const keyB = () => two.b.org.publicKey;

/** The same pseudonym registered in A and in B (different passwords), with the answers. */
async function registeredTwice(pseudonym = uniq('Nachtfalter')) {
  const register = (organisationKey: string, password: string) =>
    server.client().ok(REGISTER, { input: { organisationKey, pseudonym, password } });
  const a = (await register(keyA(), PASSWORD_A)).registerClient;
  const b = (await register(keyB(), PASSWORD_B)).registerClient;
  return { pseudonym, a, b };
}

const login = (login: string, password: string, organisationKey?: string) =>
  server.client().request(LOGIN, { input: { login, password, organisationKey } });

describe('client login names per organisation', () => {
  it('registers one pseudonym in two organisations, and each logs in to its own', async () => {
    const { pseudonym, a, b } = await registeredTwice();
    expect(a.me.id).not.toBe(b.me.id);
    expect(a.me.organisation.id).toBe(two.a.org.id);
    expect(b.me.organisation.id).toBe(two.b.org.id);
    const inA = await server
      .client()
      .ok(LOGIN, { input: { login: pseudonym.toUpperCase(), password: PASSWORD_A, organisationKey: keyA() } });
    expect(inA.login.me).toEqual({ id: a.me.id, kind: 'CLIENT' });
    const inB = await server
      .client()
      .ok(LOGIN, { input: { login: pseudonym, password: PASSWORD_B, organisationKey: keyB() } });
    expect(inB.login.me).toEqual({ id: b.me.id, kind: 'CLIENT' });
  });

  it('still refuses a pseudonym taken within the organisation, whatever its case, on every way in', async () => {
    const { pseudonym } = await registeredTwice();
    const taken = pseudonym.toUpperCase();
    const reg = await server
      .client()
      .fails('CONFLICT', REGISTER, { input: { organisationKey: keyA(), pseudonym: taken, password: PASSWORD_A } });
    expect(reg.extensions?.reason).toBe('PSEUDONYM_TAKEN');
    const mailForm = await server.client().fails('CONFLICT', SEND_AS_NEW, {
      input: {
        organisationKey: keyA(),
        pseudonym: taken,
        password: PASSWORD_A,
        privacyNoticeAccepted: true,
        subject: 'Hallo',
        message: 'Ich brauche Rat.',
      },
    });
    expect(mailForm.extensions?.reason).toBe('PSEUDONYM_TAKEN');
    const staff = await loginAs(server, two.a.counsellor);
    const created = await staff.fails('CONFLICT', CREATE_CLIENT, { input: { pseudonym: taken } });
    expect(created.extensions?.reason).toBe('PSEUDONYM_TAKEN');
  });

  it('lets staff create a client and the mail form register one whose pseudonym another organisation uses', async () => {
    const foreign = two.b.client.pseudonym!;
    const staff = await loginAs(server, two.a.counsellor);
    const created = (await staff.ok(CREATE_CLIENT, { input: { pseudonym: foreign } })).createClient;
    expect(created.pseudonym).toBe(foreign);
    const other = uniq('Nachtfalter');
    await server.client().ok(REGISTER, { input: { organisationKey: keyB(), pseudonym: other, password: PASSWORD_B } });
    const sent = await server.client().ok(SEND_AS_NEW, {
      input: {
        organisationKey: keyA(),
        pseudonym: other,
        password: PASSWORD_A,
        privacyNoticeAccepted: true,
        subject: 'Hallo',
        message: 'Ich brauche Rat.',
      },
    });
    expect(sent.sendMailRequestAsNewClient.session.me.client.pseudonym).toBe(other);
  });

  it('answers another organisation’s credentials in a widget like a wrong password, with no hint', async () => {
    const { pseudonym } = await registeredTwice();
    const onlyInB = uniq('Nachtfalter');
    await server
      .client()
      .ok(REGISTER, { input: { organisationKey: keyB(), pseudonym: onlyInB, password: PASSWORD_B } });
    const wrongPassword = await login(pseudonym, 'not-the-password-1', keyA());
    const attempts = [
      login(pseudonym, PASSWORD_B, keyA()), // B's password for the same pseudonym in A
      login(onlyInB, PASSWORD_B, keyA()), // a client of B only
      login(onlyInB, PASSWORD_B), // a client without naming an organisation (dashboard)
      login(two.a.counsellor.loginName, TEST_PASSWORD, keyA()), // staff in a widget
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0]).toMatchObject({
        message: wrongPassword.errors?.[0]?.message,
        extensions: wrongPassword.errors?.[0]?.extensions,
      });
    }
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Staff still log in without a key, as the dashboard does.
    expect((await login(two.a.counsellor.loginName, TEST_PASSWORD)).data?.login.me.kind).toBe('STAFF');
  });

  it('mails a reset link only to the client of the asking organisation', async () => {
    const pseudonym = uniq('Nachtfalter');
    const email = `${uniq('both')}@example.org`;
    const register = (organisationKey: string) =>
      server.client().ok(REGISTER, { input: { organisationKey, pseudonym, password: PASSWORD_A, email } });
    const a = (await register(keyA())).registerClient;
    await register(keyB());
    // Without a key the name names staff, so nothing is sent.
    await server.client().ok(REQUEST_RESET, { input: { email, loginName: pseudonym } });
    await server.client().ok(REQUEST_RESET, { input: { email, loginName: pseudonym, organisationKey: keyA() } });
    const mail = await smtp.waitFor(email);
    const token = new URL(/https?:\/\/\S+/.exec(mail.text ?? '')![0]).searchParams.get('token')!;
    const set = await server.client().ok(SET_WITH_TOKEN, { input: { token, password: NEW_PASSWORD } });
    expect(set.setPasswordWithToken.me.id).toBe(a.me.id);
    await expect.poll(() => smtp.mails.filter((m) => m.text?.includes(pseudonym)).length).toBe(1);
    expect((await login(pseudonym, NEW_PASSWORD, keyA())).data?.login.me.id).toBe(a.me.id);
    expect((await login(pseudonym, NEW_PASSWORD, keyB())).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('renews a session only within the organisation the widget names', async () => {
    const { b } = await registeredTwice();
    const refused = await server
      .client()
      .fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: b.refreshToken, organisationKey: keyA() } });
    expect(refused.extensions?.reason).toBe('REFRESH_TOKEN_INVALID');
    await server
      .client()
      .fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: b.refreshToken, organisationKey: 'pk_unknown' } });
    // The refused attempts left the token unused: its own organisation renews it.
    const renewed = await server
      .client()
      .ok(REFRESH, { input: { refreshToken: b.refreshToken, organisationKey: keyB() } });
    expect(renewed.refreshSession.me.id).toBe(b.me.id);
  });
});
