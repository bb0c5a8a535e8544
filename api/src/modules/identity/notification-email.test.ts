import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import {
  buildClient,
  buildCounsellor,
  buildOrganisation,
  TEST_PASSWORD,
  uniq,
} from '../../../../tests/support/builders.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { ANSWER, apiAs, sendRequest } from '../mail-counselling/mail.test-support.js';
import { Account } from './account.entity.js';
import { issueOneTimeToken } from './one-time-token.service.js';
import { OneTimeTokenPurpose } from './token.entity.js';

const STATUS = `{ myNotificationEmail { email pendingEmail pendingExpiresAt } }`;
const UPDATE = `mutation($input: UpdateMyNotificationEmailInput!) {
  updateMyNotificationEmail(input: $input) { email pendingEmail pendingExpiresAt }
}`;
const CONFIRM = `mutation($input: ConfirmNotificationEmailInput!) { confirmNotificationEmail(input: $input) }`;
const SET_WITH_TOKEN = `mutation($input: SetPasswordWithTokenInput!) { setPasswordWithToken(input: $input) { accessToken } }`;

let server: TestServer;
let smtp: TestSmtp;
let org: Organisation;
let counsellor: Counsellor;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url, publicUrl: 'http://lotse.test' });
  org = await buildOrganisation(server, {
    name: 'Suchtberatung Süd',
    allowedOrigins: ['https://beratung.example'],
  });
  counsellor = await buildCounsellor(server, org, { email: `${uniq('berater')}@example.org` });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const em = () => server.orm.em.fork() as EntityManager;
const address = (name = 'neu') => `${uniq(name)}@example.org`;
const stored = async (id: string) => (await em().findOneOrFail(Account, id)).email ?? null;

const seen = new Set<ParsedMail>();
/** The next mail to `to` over SMTP and the link in it. */
async function linkMailedTo(to: string): Promise<{ mail: ParsedMail; link: URL; token: string }> {
  const mail = await smtp.waitFor(to, (m) => !seen.has(m));
  seen.add(mail);
  const link = new URL(/https?:\/\/\S+/.exec(mail.text ?? '')![0]);
  const token = decodeURIComponent(/lotse-confirm-email=([^&]+)/.exec(link.hash)![1]!);
  return { mail, link, token };
}

describe('updateMyNotificationEmail', () => {
  it('mails a link to a new address, which is used only once the link is followed; the next answer goes there', async () => {
    const old = address('alt');
    const client = await buildClient(server, org, { email: old });
    const api = await apiAs(server, client);
    const next = address();

    const asked = await api.ok(UPDATE, {
      input: { email: ` ${next.toUpperCase()} `, currentPassword: TEST_PASSWORD },
    });
    expect(asked.updateMyNotificationEmail).toMatchObject({ email: old, pendingEmail: next });
    expect(new Date(asked.updateMyNotificationEmail.pendingExpiresAt).getTime()).toBeGreaterThan(
      Date.now() + 23 * 60 * 60 * 1000,
    );
    expect(await stored(client.id)).toBe(old);

    const { mail, link, token } = await linkMailedTo(next);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    // Sent to an address nobody confirmed yet: neither the organisation nor the pseudonym.
    expect(`${mail.subject}\n${mail.text}`).not.toContain('Suchtberatung');
    expect(`${mail.subject}\n${mail.text}`).not.toContain(client.pseudonym);
    // No page of the organisation asked: the API's mail page, whose mail form confirms it.
    expect(`${link.origin}${link.pathname}`).toBe('http://lotse.test/mail');
    expect(link.searchParams.get('org')).toBe(org.publicKey);
    // The old address is not told (it may be one the client wants to leave quietly).
    expect(smtp.mails.some((m) => m.text?.includes(token) && JSON.stringify(m.to).includes(old))).toBe(false);

    // Anyone holding the link confirms it, without logging in.
    expect((await server.client().ok(CONFIRM, { input: { token } })).confirmNotificationEmail).toBe(true);
    expect(await stored(client.id)).toBe(next);
    expect((await api.ok(STATUS)).myNotificationEmail).toEqual({
      email: next,
      pendingEmail: null,
      pendingExpiresAt: null,
    });
    const used = await server.client().fails('BAD_USER_INPUT', CONFIRM, { input: { token } });
    expect(used.extensions?.reason).toBe('TOKEN_INVALID');

    // The next answer's notice goes to the new address.
    const { id } = await sendRequest(api);
    await (await apiAs(server, counsellor)).ok(ANSWER, { input: { requestId: id, message: 'Eine Antwort' } });
    const notice = await smtp.waitFor(next, (m) => m.subject === 'Neue Antwort auf Ihre Anfrage');
    expect(notice.text).toContain(`request=${id}`);
  });

  it('needs the current password when the account has one; a wrong one is said at its field', async () => {
    const client = await buildClient(server, org);
    const api = await apiAs(server, client);
    const missing = await api.fails('BAD_USER_INPUT', UPDATE, { input: { email: address() } });
    expect(missing.extensions).toMatchObject({ reason: 'PASSWORD_REQUIRED', fields: [{ path: 'currentPassword' }] });
    const wrong = await api.fails('BAD_USER_INPUT', UPDATE, {
      input: { email: address(), currentPassword: 'falsch-falsch-falsch' },
    });
    expect(wrong.extensions).toMatchObject({ reason: 'WRONG_PASSWORD', fields: [{ path: 'currentPassword' }] });
    const invalid = await api.fails('BAD_USER_INPUT', UPDATE, {
      input: { email: 'kein-at-zeichen', currentPassword: TEST_PASSWORD },
    });
    expect(invalid.extensions?.fields).toEqual([{ path: 'email', message: 'Must be a valid email address' }]);
    expect((await api.ok(STATUS)).myNotificationEmail.pendingEmail).toBeNull();

    // A chat pseudonym without a password has only its session.
    const passwordless = await buildClient(server, org, { passwordHash: null });
    const next = address();
    const res = await (await apiAs(server, passwordless)).ok(UPDATE, { input: { email: next } });
    expect(res.updateMyNotificationEmail.pendingEmail).toBe(next);
  });

  it('removes the address at once, and a pending change with it', async () => {
    const old = address('alt');
    const client = await buildClient(server, org, { email: old });
    const api = await apiAs(server, client);
    await api.ok(UPDATE, { input: { email: address(), currentPassword: TEST_PASSWORD } });
    const removed = await api.ok(UPDATE, { input: { email: '', currentPassword: TEST_PASSWORD } });
    expect(removed.updateMyNotificationEmail).toEqual({ email: null, pendingEmail: null, pendingExpiresAt: null });
    expect(await stored(client.id)).toBeNull();
  });

  it('links back to an allowed widget page naming the widget; a newer request voids the older link', async () => {
    const client = await buildClient(server, org);
    const api = await apiAs(server, client);
    const first = address('erst');
    await api.ok(UPDATE, {
      input: {
        email: first,
        currentPassword: TEST_PASSWORD,
        returnUrl: 'https://beratung.example/hilfe?x=1#lotse-chat',
      },
    });
    const { link, token } = await linkMailedTo(first);
    expect(link.toString()).toBe(`https://beratung.example/hilfe?x=1#lotse-confirm-email=${token}&widget=lotse-chat`);

    const second = address('zweit');
    await api.ok(UPDATE, {
      // Not an allowed origin: the API's page instead, never a site of someone else's choosing.
      input: { email: second, currentPassword: TEST_PASSWORD, returnUrl: 'https://evil.example/#lotse-chat' },
    });
    const later = await linkMailedTo(second);
    expect(later.link.origin).toBe('http://lotse.test');
    expect((await server.client().fails('BAD_USER_INPUT', CONFIRM, { input: { token } })).extensions?.reason).toBe(
      'TOKEN_INVALID',
    );
    await server.client().ok(CONFIRM, { input: { token: later.token } });
    expect(await stored(client.id)).toBe(second);
  });

  it('tells only the holder of the link that another client has the address', async () => {
    const taken = address('vergeben');
    await buildClient(server, org, { email: taken });
    const client = await buildClient(server, org);
    const api = await apiAs(server, client);
    // Asking answers alike: no way to probe which addresses are in use.
    const asked = await api.ok(UPDATE, { input: { email: taken, currentPassword: TEST_PASSWORD } });
    expect(asked.updateMyNotificationEmail.pendingEmail).toBe(taken);
    const { token } = await linkMailedTo(taken);
    const error = await server.client().fails('CONFLICT', CONFIRM, { input: { token } });
    expect(error.extensions?.reason).toBe('EMAIL_TAKEN');
    expect(await stored(client.id)).toBeNull();
  });

  it('sends at most three confirmation mails an hour', async () => {
    const client = await buildClient(server, org);
    const api = await apiAs(server, client);
    for (let i = 0; i < 3; i++) await api.ok(UPDATE, { input: { email: address(), currentPassword: TEST_PASSWORD } });
    await api.fails('RATE_LIMITED', UPDATE, { input: { email: address(), currentPassword: TEST_PASSWORD } });
  });

  it('requires a client: anonymous callers are UNAUTHENTICATED, staff FORBIDDEN', async () => {
    await server.client().fails('UNAUTHENTICATED', STATUS);
    await server.client().fails('UNAUTHENTICATED', UPDATE, { input: { email: address() } });
    const staff = await apiAs(server, counsellor);
    await staff.fails('FORBIDDEN', STATUS);
    await staff.fails('FORBIDDEN', UPDATE, { input: { email: address(), currentPassword: TEST_PASSWORD } });
  });

  it('reads and changes only the caller’s own account, also across organisations', async () => {
    const other = await buildOrganisation(server);
    const theirs = await buildClient(server, other, { email: address('fremd') });
    const mine = await buildClient(server, org, { email: address('eigen') });
    const status = await (await apiAs(server, mine)).ok(STATUS);
    expect(status.myNotificationEmail.email).toBe(mine.email);
    expect(await stored(theirs.id)).toBe(theirs.email);
  });
});

describe('one-time tokens of other purposes', () => {
  it('never set a password: a two-factor challenge or an email confirmation is TOKEN_INVALID there', async () => {
    const client = await buildClient(server, org);
    const e = em();
    const account = await e.findOneOrFail(Account, client.id);
    const challenge = issueOneTimeToken(e, account, OneTimeTokenPurpose.TWO_FACTOR_LOGIN);
    const confirmation = issueOneTimeToken(e, account, OneTimeTokenPurpose.EMAIL_CONFIRMATION, address());
    await e.flush();
    for (const { secret } of [challenge, confirmation]) {
      const error = await server.client().fails('BAD_USER_INPUT', SET_WITH_TOKEN, {
        input: { token: secret, password: 'Wanderdüne-Sternwarte-917' },
      });
      expect(error.extensions?.reason).toBe('TOKEN_INVALID');
    }
    // And a password-reset token confirms no address.
    const reset = issueOneTimeToken(e, account, OneTimeTokenPurpose.PASSWORD_RESET);
    await e.flush();
    await server.client().fails('BAD_USER_INPUT', CONFIRM, { input: { token: reset.secret } });
  });
});
