import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  loginAs,
  TEST_PASSWORD,
} from '../../../../tests/support/builders.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { AccountStatus } from './account.entity.js';
import { connectWs } from '../chat/chat.test-support.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken me { id kind role organisation { id } } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const ME = `{ me { id kind role counsellor { loginName displayName } client { pseudonym clientNumber } } }`;

let server: TestServer;
let org: Organisation;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server);
});
afterAll(() => server?.close());

describe('login', () => {
  it('accepts the login name or the email and returns tokens and me', async () => {
    const c = await buildCounsellor(server, org);
    const byName = await server.client().ok(LOGIN, { input: { login: c.loginName, password: TEST_PASSWORD } });
    expect(byName.login.me).toMatchObject({
      id: c.id,
      kind: 'STAFF',
      role: 'COUNSELLOR',
      organisation: { id: org.id },
    });
    const byEmail = await server
      .client()
      .ok(LOGIN, { input: { login: c.email!.toUpperCase(), password: TEST_PASSWORD } });
    expect(byEmail.login.me.id).toBe(c.id);
    const me = await server.client(byEmail.login.accessToken).ok(ME);
    expect(me.me.counsellor.loginName).toBe(c.loginName);
  });

  it('gives the same error for an unknown account and a wrong password', async () => {
    const c = await buildCounsellor(server, org);
    const unknown = await server
      .client()
      .fails('UNAUTHENTICATED', LOGIN, { input: { login: 'nobody-here', password: 'whatever-123' } });
    const wrong = await server
      .client()
      .fails('UNAUTHENTICATED', LOGIN, { input: { login: c.loginName, password: 'wrong-password-1' } });
    expect(unknown.message).toBe(wrong.message);
  });

  it('throttles repeated failures for one account with RATE_LIMITED, even with the right password', async () => {
    const c = await buildCounsellor(server, org);
    for (let i = 0; i < 5; i++) {
      await server
        .client()
        .fails('UNAUTHENTICATED', LOGIN, { input: { login: c.loginName, password: `wrong-${i}-password` } });
    }
    const err = await server
      .client()
      .fails('RATE_LIMITED', LOGIN, { input: { login: c.loginName, password: TEST_PASSWORD } });
    expect(err.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('counts failures per account, whether the login name or the email was typed', async () => {
    const c = await buildCounsellor(server, org);
    const typed = [c.loginName, c.email!, c.loginName.toUpperCase(), ` ${c.email!.toUpperCase()} `, c.loginName];
    for (const [i, login] of typed.entries()) {
      await server.client().fails('UNAUTHENTICATED', LOGIN, { input: { login, password: `wrong-${i}-password` } });
    }
    for (const login of [c.email!, c.loginName]) {
      await server.client().fails('RATE_LIMITED', LOGIN, { input: { login, password: TEST_PASSWORD } });
    }
  });

  it('refuses blocked, deletion-pending and deactivated accounts', async () => {
    const blocked = await buildClient(server, org, { status: AccountStatus.BLOCKED });
    const pending = await buildClient(server, org, { status: AccountStatus.DELETION_PENDING });
    const inactive = await buildCounsellor(server, org, { active: false });
    for (const a of [blocked, pending, inactive]) {
      // Clients log in within their organisation (its widgets' key), staff without one.
      const organisationKey = a === inactive ? undefined : org.publicKey;
      await server
        .client()
        .fails('FORBIDDEN', LOGIN, { input: { login: a.loginName, password: TEST_PASSWORD, organisationKey } });
    }
  });

  it('rejects malformed input with BAD_USER_INPUT', async () => {
    const e1 = await server.client().fails('BAD_USER_INPUT', LOGIN, { input: { login: '', password: 'x' } });
    expect(e1.extensions?.fields?.[0]?.path).toBe('login');
    await server.client().fails('BAD_USER_INPUT', LOGIN, { input: { login: 'a'.repeat(300), password: 'x' } });
    await server.client().fails('BAD_USER_INPUT', LOGIN, { input: { login: 42, password: 'x' } });
    await server.client().fails('BAD_USER_INPUT', LOGIN, { input: { login: 'x' } });
  });
});

describe('me', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', ME);
    const err = await server.client('not-a-token').fails('UNAUTHENTICATED', ME);
    expect(err.extensions?.reason).toBe('INVALID');
  });

  it('returns the client profile for a client', async () => {
    const cl = await buildClient(server, org);
    const api = await loginAs(server, cl);
    const me = await api.ok(ME);
    expect(me.me).toMatchObject({
      kind: 'CLIENT',
      role: null,
      client: { pseudonym: cl.pseudonym, clientNumber: cl.clientNumber },
    });
  });
});

describe('refreshSession', () => {
  it('rotates the refresh token; reusing a rotated token revokes the whole family', async () => {
    const admin = await buildAdmin(server, org);
    const api = await loginAs(server, admin);
    const first = await server.client().ok(REFRESH, { input: { refreshToken: api.refreshToken } });
    const second = await server.client().ok(REFRESH, { input: { refreshToken: first.refreshSession.refreshToken } });
    expect(second.refreshSession.refreshToken).not.toBe(first.refreshSession.refreshToken);

    // Replaying the first (already rotated) token: refused, and the newest token dies with it.
    const replay = await server
      .client()
      .fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: api.refreshToken } });
    expect(replay.extensions?.reason).toBe('REFRESH_TOKEN_REUSED');
    const after = await server
      .client()
      .fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: second.refreshSession.refreshToken } });
    expect(after.extensions?.reason).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('stops working when the account is blocked, and its access tokens end at once', async () => {
    const c = await buildCounsellor(server, org);
    const api = await loginAs(server, c);
    await api.ok(ME);
    const em = server.orm.em.fork();
    const row = await em.findOneOrFail(Counsellor, c.id);
    row.status = AccountStatus.BLOCKED;
    row.tokenVersion += 1;
    await em.flush();
    const err = await api.fails('UNAUTHENTICATED', ME);
    expect(err.extensions?.reason).toBe('REVOKED');
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: api.refreshToken } });
  });
});

describe('logout', () => {
  it('ends the session: its refresh token no longer works', async () => {
    const c = await buildCounsellor(server, org);
    const api = await loginAs(server, c);
    expect((await api.ok('mutation { logout }')).logout).toBe(true);
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: api.refreshToken } });
  });

  it('ends its access token at once, over HTTP and for new WebSockets; other sessions go on', async () => {
    const c = await buildCounsellor(server, org);
    const api = await loginAs(server, c);
    const other = await loginAs(server, c);
    await api.ok(ME);
    expect((await api.ok('mutation { logout }')).logout).toBe(true);

    const refused = await api.fails('UNAUTHENTICATED', ME);
    expect(refused.extensions?.reason).toBe('REVOKED');
    const ws = connectWs(server, api.token);
    try {
      const sub = ws.subscribe(`subscription { chatInboxUpdated { streamId } }`);
      await sub.ended();
      expect(ws.closes[0]?.code).toBe(4403);
    } finally {
      await ws.dispose();
    }
    // The same account's other session is not touched, and can log out on its own later.
    expect((await other.ok(ME)).me.id).toBe(c.id);
    expect((await other.ok('mutation { logout }')).logout).toBe(true);
    await other.fails('UNAUTHENTICATED', ME);
  });
});
