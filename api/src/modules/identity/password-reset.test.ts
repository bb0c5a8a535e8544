import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  loginAs,
  loginOrganisationKey,
  TEST_PASSWORD,
  uniq,
} from '../../../../tests/support/builders.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';
import { Account, AccountStatus } from './account.entity.js';
import { OneTimeToken, OneTimeTokenPurpose } from './token.entity.js';
import { resetLimitKey } from './password-reset.service.js';

const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const SET_WITH_TOKEN = `mutation($input: SetPasswordWithTokenInput!) {
  setPasswordWithToken(input: $input) { accessToken refreshToken me { id kind } }
}`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`;
const ME = `{ me { id } }`;

const NEW_PASSWORD = 'Wanderdüne-Sternwarte-917';
const OTHER_PASSWORD = 'Glockenspiel+Nordlicht-58';

let server: TestServer;
let smtp: TestSmtp;
let org: Organisation;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url, publicUrl: 'http://lotse.test' });
  org = await buildOrganisation(server);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});
beforeEach(async () => {
  // Every test of this file calls from 127.0.0.1: start each with a fresh per-IP budget.
  await server.app.limits.sensitiveIp.reset(resetLimitKey('127.0.0.1'));
});

const em = () => server.orm.em.fork() as EntityManager;
const tokensOf = (accountId: string) => em().find(OneTimeToken, { account: accountId });
const outboxCount = () => em().count(OutboxMail, {});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const seen = new Set<ParsedMail>();
/** Requests a reset through the API and returns the link from the mail that arrives over SMTP. */
async function requestResetLink(account: Account): Promise<URL> {
  // Clients ask in their organisation's widgets (with its key), staff in the dashboard (without).
  const organisationKey = await loginOrganisationKey(server, account);
  const res = await server
    .client()
    .ok(REQUEST_RESET, { input: { email: account.email, loginName: account.loginName, organisationKey } });
  expect(res.requestPasswordReset).toBe(true);
  const mail = await smtp.waitFor(account.email!, (m) => !seen.has(m));
  seen.add(mail);
  const link = /https?:\/\/\S+/.exec(mail.text ?? '')?.[0];
  expect(link, mail.text).toBeDefined();
  return new URL(link!);
}
const tokenFrom = async (account: Account) => (await requestResetLink(account)).searchParams.get('token')!;

describe('requestPasswordReset', () => {
  it('mails a one-hour link over SMTP; the link sets a new password and ends the old sessions', async () => {
    const c = await buildCounsellor(server, org);
    const before = await loginAs(server, c);

    const res = await server
      .client()
      .ok(REQUEST_RESET, { input: { email: c.email!.toUpperCase(), loginName: c.loginName.toUpperCase() } });
    expect(res.requestPasswordReset).toBe(true);
    const mail = await smtp.waitFor(c.email!);
    seen.add(mail);
    expect(mail.subject).toBe(`Passwort zurücksetzen – ${org.name}`);
    expect(mail.text).toContain('eine Stunde gültig');
    const link = new URL(/https?:\/\/\S+/.exec(mail.text!)![0]);
    expect(`${link.origin}${link.pathname}`).toBe('http://lotse.test/set-password');
    expect(link.searchParams.get('lang')).toBe('de');
    const token = link.searchParams.get('token')!;
    expect(token).toMatch(/^[\w-]{43}$/);

    // Only the hash is stored, with purpose and a one-hour expiry.
    const [stored] = await tokensOf(c.id);
    expect(stored).toMatchObject({ purpose: OneTimeTokenPurpose.PASSWORD_RESET, usedAt: null });
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60 * 1000);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

    const set = await server.client().ok(SET_WITH_TOKEN, { input: { token, password: NEW_PASSWORD } });
    expect(set.setPasswordWithToken.me).toEqual({ id: c.id, kind: 'STAFF' });
    expect((await server.client(set.setPasswordWithToken.accessToken).ok(ME)).me.id).toBe(c.id);

    // New password works, the old one does not; old access and refresh tokens are dead.
    await loginAs(server, c, NEW_PASSWORD);
    await server.client().fails('UNAUTHENTICATED', LOGIN, { input: { login: c.loginName, password: TEST_PASSWORD } });
    await before.fails('UNAUTHENTICATED', ME);
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: before.refreshToken } });

    const account = await em().findOneOrFail(Account, c.id);
    expect(account.passwordChangedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('writes the mail in English for an English-speaking organisation', async () => {
    const enOrg = await buildOrganisation(server, { locale: 'en' });
    const cl = await buildClient(server, enOrg, { email: `${uniq('cl')}@example.org` });
    const link = await requestResetLink(cl);
    const mail = [...seen].find((m) => m.text?.includes(link.searchParams.get('token')!))!;
    expect(mail.subject).toBe(`Reset your password – ${enOrg.name}`);
    expect(mail.text).toContain('valid for one hour');
    expect(link.searchParams.get('lang')).toBe('en');
  });

  it('links a client back to the widget page that asked, token in the fragment, when its origin is allowed', async () => {
    const site = 'https://beratung.example.org';
    const widgetOrg = await buildOrganisation(server, { allowedOrigins: [site] } as never);
    const cl = await buildClient(server, widgetOrg, { email: `${uniq('cl')}@example.org` });
    const ask = async (who: Account, returnUrl: string) => {
      const organisationKey = await loginOrganisationKey(server, who);
      await server
        .client()
        .ok(REQUEST_RESET, { input: { email: who.email, loginName: who.loginName, returnUrl, organisationKey } });
      const mail = await smtp.waitFor(who.email!, (m) => !seen.has(m));
      seen.add(mail);
      return new URL(/https?:\/\/\S+/.exec(mail.text!)![0]);
    };

    const link = await ask(cl, `${site}/hilfe/mailberatung?x=1#old`);
    expect(`${link.origin}${link.pathname}${link.search}`).toBe(`${site}/hilfe/mailberatung?x=1`);
    const token = link.hash.replace('#lotse-set-password=', '');
    expect(token).toMatch(/^[\w-]{43}$/);
    const set = await server.client().ok(SET_WITH_TOKEN, { input: { token, password: NEW_PASSWORD } });
    expect(set.setPasswordWithToken.me).toEqual({ id: cl.id, kind: 'CLIENT' });

    // A fragment naming the asking widget is kept for it.
    await server.app.limits.sensitiveIp.reset(resetLimitKey('127.0.0.1'));
    const forChat = await ask(cl, `${site}/hilfe#lotse-chat`);
    expect(forChat.hash).toMatch(/^#lotse-set-password=[\w-]{43}&widget=lotse-chat$/);

    // A page of a site the organisation does not allow gets the API's page instead.
    await server.app.limits.sensitiveIp.reset(resetLimitKey('127.0.0.1'));
    const elsewhere = await ask(cl, 'https://evil.example/phish');
    expect(`${elsewhere.origin}${elsewhere.pathname}`).toBe('http://lotse.test/set-password');
    // Staff always get the API's page.
    const staff = await buildCounsellor(server, widgetOrg);
    const staffLink = await ask(staff, `${site}/intern`);
    expect(`${staffLink.origin}${staffLink.pathname}`).toBe('http://lotse.test/set-password');
  });

  it('answers true and sends nothing when no account matches email and login name', async () => {
    const c = await buildCounsellor(server, org);
    const other = await buildCounsellor(server, org);
    const noEmail = await buildClient(server, org);
    const blocked = await buildClient(server, org, {
      email: `${uniq('b')}@example.org`,
      status: AccountStatus.BLOCKED,
    });
    const inactive = await buildCounsellor(server, org, { active: false });
    const mailsBefore = outboxCount();
    const cases = [
      { email: 'nobody@example.org', loginName: 'nobody-at-all' },
      { email: other.email, loginName: c.loginName }, // both exist, but not as one account
      { email: c.email, loginName: 'nobody-at-all' },
      { email: 'x@example.org', loginName: noEmail.loginName, organisationKey: org.publicKey },
      { email: blocked.email, loginName: blocked.loginName, organisationKey: org.publicKey },
      { email: inactive.email, loginName: inactive.loginName },
    ];
    for (const input of cases) {
      expect((await server.client().ok(REQUEST_RESET, { input })).requestPasswordReset).toBe(true);
    }
    await sleep(300);
    expect(await outboxCount()).toBe(await mailsBefore);
    for (const a of [c, other, noEmail, blocked, inactive]) expect(await tokensOf(a.id)).toEqual([]);
  });

  it('sends at most three reset mails per account and hour, answering alike', async () => {
    const c = await buildCounsellor(server, org);
    for (let i = 0; i < 3; i++) await requestResetLink(c);
    const res = await server.client().ok(REQUEST_RESET, { input: { email: c.email, loginName: c.loginName } });
    expect(res.requestPasswordReset).toBe(true);
    await sleep(300);
    expect(await tokensOf(c.id)).toHaveLength(3);
  });

  it('rejects a return address that is not http(s)', async () => {
    const cl = await buildClient(server, org, { email: `${uniq('cl')}@example.org` });
    const before = await outboxCount();
    for (const returnUrl of ['javascript:alert(1)', 'ftp://example.org/', `https://example.org/${'x'.repeat(2000)}`]) {
      const err = await server.client().fails('BAD_USER_INPUT', REQUEST_RESET, {
        input: { email: cl.email, loginName: cl.loginName, returnUrl, organisationKey: org.publicKey },
      });
      expect(err.extensions?.fields?.map((f) => f.path)).toEqual(['returnUrl']);
    }
    expect(await outboxCount()).toBe(before);
  });

  it('rejects malformed input with BAD_USER_INPUT and creates nothing', async () => {
    const c = await buildCounsellor(server, org);
    const bad = [
      { email: 'not-an-email', loginName: c.loginName },
      { email: `${'a'.repeat(250)}@example.org`, loginName: c.loginName },
      { email: c.email, loginName: '' },
      { email: c.email, loginName: 'x'.repeat(65) },
      { email: c.email, loginName: 42 },
      { email: c.email },
    ];
    for (const input of bad) await server.client().fails('BAD_USER_INPUT', REQUEST_RESET, { input });
    const err = await server
      .client()
      .fails('BAD_USER_INPUT', REQUEST_RESET, { input: { email: 'nope', loginName: c.loginName } });
    expect(err.extensions?.fields?.[0]?.path).toBe('email');
    expect(await tokensOf(c.id)).toEqual([]);
  });

  it('is throttled per IP with RATE_LIMITED', async () => {
    for (let i = 0; i < 20; i++) {
      await server.client().ok(REQUEST_RESET, { input: { email: 'a@example.org', loginName: `nobody${i}` } });
    }
    const err = await server
      .client()
      .fails('RATE_LIMITED', REQUEST_RESET, { input: { email: 'a@example.org', loginName: 'nobody' } });
    expect(err.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('setPasswordWithToken', () => {
  it('works only once', async () => {
    const c = await buildClient(server, org, { email: `${uniq('c')}@example.org` });
    const token = await tokenFrom(c);
    await server.client().ok(SET_WITH_TOKEN, { input: { token, password: NEW_PASSWORD } });
    const err = await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token, password: OTHER_PASSWORD } });
    expect(err.extensions?.reason).toBe('TOKEN_INVALID');
    await loginAs(server, c, NEW_PASSWORD);
  });

  it('gives the same answer for unknown, used and expired tokens, and changes nothing', async () => {
    const c = await buildCounsellor(server, org);
    const token = await tokenFrom(c);
    await em().nativeUpdate(OneTimeToken, { account: c.id }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token, password: NEW_PASSWORD } });
    const unknown = await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token: 'x'.repeat(43), password: NEW_PASSWORD } });
    const used = await (async () => {
      const t = await tokenFrom(c);
      await server.client().ok(SET_WITH_TOKEN, { input: { token: t, password: OTHER_PASSWORD } });
      return server.client().fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token: t, password: NEW_PASSWORD } });
    })();
    for (const err of [expired, unknown, used]) {
      expect(err.extensions?.reason).toBe('TOKEN_INVALID');
      expect(err.message).toBe(expired.message);
      expect(err.extensions?.fields?.[0]?.path).toBe('token');
    }
    // The expired token changed nothing: the password set with the second token is still valid.
    await loginAs(server, c, OTHER_PASSWORD);
  });

  it('stops older tokens once a password was changed', async () => {
    const c = await buildCounsellor(server, org);
    const first = await tokenFrom(c);
    const second = await tokenFrom(c);
    await server.client().ok(SET_WITH_TOKEN, { input: { token: first, password: NEW_PASSWORD } });
    const err = await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token: second, password: OTHER_PASSWORD } });
    expect(err.extensions?.reason).toBe('TOKEN_INVALID');
    expect((await tokensOf(c.id)).every((t) => t.usedAt)).toBe(true);

    // Changing the password while logged in kills pending links too.
    const third = await tokenFrom(c);
    const api = await loginAs(server, c, NEW_PASSWORD);
    await api.ok(CHANGE, { input: { currentPassword: NEW_PASSWORD, newPassword: OTHER_PASSWORD } });
    await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token: third, password: 'Zaunkönig-Regenschirm-33' } });
    await loginAs(server, c, OTHER_PASSWORD);
  });

  it('refuses a token created before the last password change even if it was not marked used', async () => {
    const c = await buildCounsellor(server, org);
    const token = await tokenFrom(c);
    // Some other path changed the password without touching the tokens.
    await em().nativeUpdate(Account, { id: c.id }, { passwordChangedAt: new Date(Date.now() + 1000) });
    const err = await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token, password: NEW_PASSWORD } });
    expect(err.extensions?.reason).toBe('TOKEN_INVALID');
    await loginAs(server, c);
  });

  it('lets exactly one of two concurrent uses of a token win', async () => {
    const c = await buildCounsellor(server, org);
    const token = await tokenFrom(c);
    const results = await Promise.all(
      [NEW_PASSWORD, OTHER_PASSWORD].map((password) =>
        server.client().request(SET_WITH_TOKEN, { input: { token, password } }),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.errors![0]!.extensions?.reason).toBe('TOKEN_INVALID');
    const winningPassword = results[0]!.errors ? OTHER_PASSWORD : NEW_PASSWORD;
    const losingPassword = winningPassword === NEW_PASSWORD ? OTHER_PASSWORD : NEW_PASSWORD;
    await loginAs(server, c, winningPassword);
    await server.client().fails('UNAUTHENTICATED', LOGIN, { input: { login: c.loginName, password: losingPassword } });
  });

  it('applies the password policy and leaves the token usable when the password is refused', async () => {
    const admin = await buildAdmin(server, org, { firstName: 'Hildegard', lastName: 'Sonnenschein' });
    const token = await tokenFrom(admin);
    const weak = await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token, password: 'password1234' } });
    expect(weak.extensions?.reason).toBe('PASSWORD_WEAK');
    expect(weak.extensions?.fields?.[0]).toMatchObject({ path: 'password' });
    expect(weak.message).toMatch(/too easy to guess/);
    const short = await server.client().fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token, password: 'kurz' } });
    expect(short.extensions?.reason).toBe('PASSWORD_TOO_SHORT');
    const personal = await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token, password: 'Sonnenschein-Garten-2024' } });
    expect(personal.extensions?.reason).toBe('PASSWORD_PERSONAL');
    await server.client().fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token, password: 'x'.repeat(201) } });
    await server.client().fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token, password: 42 } });
    await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token: 'x'.repeat(201), password: NEW_PASSWORD } });

    // Nothing changed: the old password still works, the token is unused and still works.
    await loginAs(server, admin);
    expect((await tokensOf(admin.id))[0]!.usedAt).toBeNull();
    await server.client().ok(SET_WITH_TOKEN, { input: { token, password: NEW_PASSWORD } });
  });

  it('refuses the token of an account that cannot log in', async () => {
    const cl = await buildClient(server, org, { email: `${uniq('c')}@example.org` });
    const token = await tokenFrom(cl);
    await em().nativeUpdate(Account, { id: cl.id }, { status: AccountStatus.BLOCKED });
    const err = await server
      .client()
      .fails('BAD_USER_INPUT', SET_WITH_TOKEN, { input: { token, password: NEW_PASSWORD } });
    expect(err.extensions?.reason).toBe('TOKEN_INVALID');
    expect((await em().findOneOrFail(Account, cl.id)).passwordChangedAt).toBeNull();
  });
});

describe('GET /set-password', () => {
  it('serves an accessible German page with a strict CSP and an external script', async () => {
    const res = await fetch(`${server.url}/set-password?token=abc`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<h1>Passwort festlegen</h1>');
    expect(html).toContain('<label for="password">Neues Passwort</label>');
    expect(html).toContain('aria-describedby="password-policy password-error"');
    expect(html).toContain('Mindestens 10 Zeichen');
    expect(html).toContain('<script type="module" src="/pages/set-password.js"></script>');
    // No inline script would run under the CSP; the only other script element is JSON data.
    expect(html.match(/<script(?![^>]*(src=|type="application\/json"))/g)).toBeNull();
  });

  it('speaks English with ?lang=en and never echoes the address into the page', async () => {
    const res = await fetch(`${server.url}/set-password?lang=en&token=%3Cscript%3Ealert(1)%3C/script%3E`);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Set your password</h1>');
    expect(html).not.toContain('alert(1)');
    const fallback = await (await fetch(`${server.url}/set-password?lang=%22%3E`)).text();
    expect(fallback).toContain('<html lang="de">');
  });

  it('serves the page script, which calls setPasswordWithToken', async () => {
    const res = await fetch(`${server.url}/pages/set-password.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const js = await res.text();
    expect(js).toContain('setPasswordWithToken(input: $input)');
    expect(js).toContain("fetch('/graphql'");
  });
});
