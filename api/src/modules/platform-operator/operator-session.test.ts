import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildOperator,
  buildOrganisation,
  loginAsOperator,
  TEST_PASSWORD,
  uniq,
} from '../../../../tests/support/builders.js';
import { OperatorAdminService } from './operator-admin.service.js';
import { PlatformOperator } from './platform-operator.entity.js';

const LOGIN = `mutation($input: OperatorLoginInput!) {
  operatorLogin(input: $input) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt operator { id loginName email } }
}`;
const REFRESH = `mutation($input: RefreshSessionInput!) { operatorRefreshSession(input: $input) { accessToken refreshToken } }`;
const SET_PASSWORD = `mutation($input: SetPasswordWithTokenInput!) {
  operatorSetPasswordWithToken(input: $input) { accessToken operator { id } }
}`;
const OPERATOR_ME = `{ operatorMe { id loginName email lastLoginAt } }`;
const LOGOUT = `mutation { operatorLogout }`;
const NEW_PASSWORD = 'Wanderdüne-Sternwarte-917';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const em = () => server.orm.em.fork() as EntityManager;

describe('operatorLogin', () => {
  it('logs in with the login name or the email and returns the operator', async () => {
    const op = await buildOperator(server);
    for (const login of [op.loginName.toUpperCase(), ` ${op.email} `]) {
      const { operatorLogin } = await server.client().ok(LOGIN, { input: { login, password: TEST_PASSWORD } });
      expect(operatorLogin.operator).toEqual({ id: op.id, loginName: op.loginName, email: op.email });
      const me = await server.client(operatorLogin.accessToken).ok(OPERATOR_ME);
      expect(me.operatorMe).toMatchObject({ id: op.id, lastLoginAt: expect.any(String) });
    }
  });

  it('answers an unknown login and a wrong password alike', async () => {
    const op = await buildOperator(server);
    const wrong = await server
      .client()
      .fails('UNAUTHENTICATED', LOGIN, { input: { login: op.loginName, password: 'Falsches-Passwort-1' } });
    const unknown = await server
      .client()
      .fails('UNAUTHENTICATED', LOGIN, { input: { login: uniq('nobody.'), password: TEST_PASSWORD } });
    expect(wrong.message).toBe(unknown.message);
    expect(wrong.extensions).toEqual(unknown.extensions);
  });

  it('locks the operator after five failures, whether the login name or the email was typed', async () => {
    const op = await buildOperator(server);
    for (const login of [op.loginName, op.email, op.loginName, op.email, op.loginName]) {
      await server.client().fails('UNAUTHENTICATED', LOGIN, { input: { login, password: 'Falsches-Passwort-1' } });
    }
    const locked = await server
      .client()
      .fails('RATE_LIMITED', LOGIN, { input: { login: op.email, password: TEST_PASSWORD } });
    expect(locked.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('is not a staff login: the operator’s credentials do not work with `login`, nor staff’s with `operatorLogin`', async () => {
    const op = await buildOperator(server);
    await server
      .client()
      .fails('UNAUTHENTICATED', `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
        input: { login: op.loginName, password: TEST_PASSWORD },
      });
    const staff = await buildAdmin(server, await buildOrganisation(server));
    for (const login of [staff.loginName, staff.email!]) {
      await server.client().fails('UNAUTHENTICATED', LOGIN, { input: { login, password: TEST_PASSWORD } });
    }
  });

  it('refuses empty and oversized input as BAD_USER_INPUT', async () => {
    const empty = await server.client().fails('BAD_USER_INPUT', LOGIN, { input: { login: ' ', password: '' } });
    expect(empty.extensions?.fields?.map((f) => f.path).sort()).toEqual(['login', 'password']);
    await server.client().fails('BAD_USER_INPUT', LOGIN, { input: { login: 'x', password: 'p'.repeat(201) } });
  });
});

describe('operatorRefreshSession and operatorLogout', () => {
  it('rotates the refresh token; a replayed one ends the session', async () => {
    const op = await loginAsOperator(server, await buildOperator(server));
    const { operatorRefreshSession: next } = await server
      .client()
      .ok(REFRESH, { input: { refreshToken: op.refreshToken } });
    expect((await server.client(next.accessToken).ok(OPERATOR_ME)).operatorMe.id).toBeTruthy();
    const replay = await server
      .client()
      .fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: op.refreshToken } });
    expect(replay.extensions?.reason).toBe('REFRESH_TOKEN_REUSED');
    const revoked = await server
      .client()
      .fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: next.refreshToken } });
    expect(revoked.extensions?.reason).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('logout ends the access token at once and its refresh token; other sessions go on', async () => {
    const built = await buildOperator(server);
    const [a, b] = [await loginAsOperator(server, built), await loginAsOperator(server, built)];
    expect(await a.ok(LOGOUT)).toEqual({ operatorLogout: true });
    expect((await a.fails('UNAUTHENTICATED', OPERATOR_ME)).extensions?.reason).toBe('REVOKED');
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: a.refreshToken } });
    expect((await b.ok(OPERATOR_ME)).operatorMe.id).toBe(built.id);
  });
});

describe('operatorSetPasswordWithToken', () => {
  it('sets the password from the link once and logs in', async () => {
    const app = { ...server.app, smtp: false };
    const created = await new OperatorAdminService(app).create(em(), {
      login: uniq('op.'),
      email: `${uniq('op')}@platform.example`,
    });
    const url = new URL(created.link!);
    expect(url.pathname).toBe('/operator/set-password');
    const token = url.searchParams.get('token')!;
    // No password yet: nobody can log in.
    await server
      .client()
      .fails('UNAUTHENTICATED', LOGIN, { input: { login: created.operator.loginName, password: NEW_PASSWORD } });

    const weak = await server.client().fails('BAD_USER_INPUT', SET_PASSWORD, { input: { token, password: 'kurz' } });
    expect(weak.extensions?.reason).toBe('PASSWORD_TOO_SHORT');
    const { operatorSetPasswordWithToken: set } = await server
      .client()
      .ok(SET_PASSWORD, { input: { token, password: NEW_PASSWORD } });
    expect(set.operator.id).toBe(created.operator.id);
    expect((await server.client(set.accessToken).ok(OPERATOR_ME)).operatorMe.id).toBe(created.operator.id);
    const again = await server
      .client()
      .fails('BAD_USER_INPUT', SET_PASSWORD, { input: { token, password: NEW_PASSWORD } });
    expect(again.extensions?.reason).toBe('TOKEN_INVALID');
    await loginAsOperator(server, created.operator, NEW_PASSWORD);
    // Only the hash is stored.
    const row = await em().findOneOrFail(PlatformOperator, created.operator.id);
    expect(row.passwordTokenHash).toBeNull();
    expect(row.passwordHash).not.toContain(NEW_PASSWORD);
  });

  it('a new link makes the previous one useless; an expired link fails like an unknown one', async () => {
    const app = { ...server.app, smtp: false };
    const service = new OperatorAdminService(app);
    const created = await service.create(em(), { login: uniq('op.'), email: `${uniq('op')}@platform.example` });
    const second = await service.invite(em(), created.operator.loginName);
    const tokenOf = (link: string | null) => new URL(link!).searchParams.get('token');
    const first = await server
      .client()
      .fails('BAD_USER_INPUT', SET_PASSWORD, { input: { token: tokenOf(created.link), password: NEW_PASSWORD } });
    expect(first.extensions?.reason).toBe('TOKEN_INVALID');
    await em().nativeUpdate(
      PlatformOperator,
      { id: created.operator.id },
      { passwordTokenExpiresAt: new Date(Date.now() - 1000) },
    );
    const expired = await server
      .client()
      .fails('BAD_USER_INPUT', SET_PASSWORD, { input: { token: tokenOf(second.link), password: NEW_PASSWORD } });
    expect(expired).toEqual(first);
  });
});

describe('operatorMe and operatorLogout', () => {
  it('require authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', OPERATOR_ME);
    await server.client().fails('UNAUTHENTICATED', LOGOUT);
    const invalid = await server.client('not-a-token').fails('UNAUTHENTICATED', OPERATOR_ME);
    expect(invalid.extensions?.reason).toBe('INVALID');
  });
});
