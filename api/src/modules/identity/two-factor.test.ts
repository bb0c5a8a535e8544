import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildClient,
  buildCounsellor,
  buildOrganisation,
  loginAs,
  TEST_PASSWORD,
} from '../../../../tests/support/builders.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import {
  CONFIRM,
  COMPLETE,
  DISABLE,
  LOGIN,
  REGENERATE,
  RESET,
  START,
  STATUS,
  codeOf,
  enableTwoFactor,
  stepBase,
} from './two-factor.test-support.js';

let server: TestServer;
let org: Organisation;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server);
});
afterAll(() => server?.close());

const login = (c: Counsellor, password = TEST_PASSWORD) =>
  server.client().request(LOGIN, { input: { login: c.loginName, password } });

/** Logs in with the password and returns the challenge of the second step. */
async function challengeOf(c: Counsellor): Promise<string> {
  const res = await login(c);
  expect(res.errors).toBeUndefined();
  expect(res.data!.login).toMatchObject({ accessToken: null, refreshToken: null, me: null });
  return res.data!.login.secondFactor.challenge;
}

describe('two-factor setup', () => {
  it('starts with the password, is inactive until confirmed, then asks for a code at login', async () => {
    const c = await buildCounsellor(server, org);
    const staff = await loginAs(server, c);
    const wrong = await staff.fails('BAD_USER_INPUT', START, { input: { password: 'not-the-password-1' } });
    expect(wrong.extensions?.reason).toBe('WRONG_PASSWORD');

    const { startTwoFactorSetup: setup } = await staff.ok(START, { input: { password: TEST_PASSWORD } });
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUri).toBe(`otpauth://totp/Lotse:${c.loginName}?secret=${setup.secret}&issuer=Lotse`);
    const svg = Buffer.from(setup.qrCodeDataUrl.replace('data:image/svg+xml;base64,', ''), 'base64').toString();
    expect(svg).toMatch(/^<svg [^>]*viewBox/);
    // Nothing active yet: status off, and the login still gives tokens at once.
    expect((await staff.ok(STATUS)).me.twoFactor).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect((await login(c)).data!.login.accessToken).toEqual(expect.any(String));

    const base = await stepBase();
    const bad = await staff.fails('BAD_USER_INPUT', CONFIRM, { input: { code: '000000' } });
    expect(bad.extensions?.reason).toBe('CODE_INVALID');
    const { confirmTwoFactorSetup } = await staff.ok(CONFIRM, {
      input: { code: await codeOf(setup.secret, base - 1) },
    });
    expect(confirmTwoFactorSetup.codes).toHaveLength(10);
    expect(new Set(confirmTwoFactorSetup.codes).size).toBe(10);
    expect((await staff.ok(STATUS)).me).toMatchObject({
      twoFactorSetupRequired: false,
      twoFactor: { enabled: true, enabledAt: expect.any(String), recoveryCodesLeft: 10, required: false },
    });
    // Confirming again, or starting over while it is on, is a conflict.
    await staff.fails('CONFLICT', START, { input: { password: TEST_PASSWORD } });

    const challenge = await challengeOf(c);
    const done = await server.client().ok(COMPLETE, { input: { challenge, code: await codeOf(setup.secret, base) } });
    expect(done.completeTwoFactorLogin.me.id).toBe(c.id);
    const me = await server.client(done.completeTwoFactorLogin.accessToken).ok(`{ me { id } }`);
    expect(me.me.id).toBe(c.id);
    // The challenge was used up.
    const used = await server
      .client()
      .fails('UNAUTHENTICATED', COMPLETE, { input: { challenge, code: await codeOf(setup.secret, base + 1) } });
    expect(used.extensions?.reason).toBe('CHALLENGE_INVALID');
  });

  it('keeps the secret sealed in the database and recovery codes only as hashes', async () => {
    const c = await buildCounsellor(server, org);
    const staff = await loginAs(server, c);
    const { startTwoFactorSetup } = await staff.ok(START, { input: { password: TEST_PASSWORD } });
    const secret = startTwoFactorSetup.secret as string;
    const conn = server.orm.em.getConnection();
    const [pending] = await conn.execute(`select totp_pending_secret, totp_secret from account where id = ?`, [c.id]);
    expect(pending.totp_secret).toBeNull();
    expect(pending.totp_pending_secret).toMatch(/^v1\./);
    expect(pending.totp_pending_secret).not.toContain(secret);

    const base = await stepBase();
    const { confirmTwoFactorSetup } = await staff.ok(CONFIRM, { input: { code: await codeOf(secret, base - 1) } });
    const [row] = await conn.execute(`select * from account where id = ?`, [c.id]);
    expect(row.totp_pending_secret).toBeNull();
    expect(row.totp_secret).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const rowText = JSON.stringify(row);
    expect(rowText).not.toContain(secret);
    expect(rowText).not.toContain(secret.toLowerCase());
    const codes = await conn.execute(`select * from recovery_code where account_id = ?`, [c.id]);
    expect(codes).toHaveLength(10);
    const codesText = JSON.stringify(codes);
    for (const code of confirmTwoFactorSetup.codes as string[]) {
      expect(codesText).not.toContain(code);
      expect(codesText).not.toContain(code.replace(/-/g, ''));
    }
    // A sealed secret copied onto another account does not open there: its codes are refused.
    const other = await buildCounsellor(server, org);
    await conn.execute(`update account set totp_secret = ?, totp_enabled_at = now() where id = ?`, [
      row.totp_secret,
      other.id,
    ]);
    const challenge = await challengeOf(other);
    await server.client().fails('BAD_USER_INPUT', COMPLETE, { input: { challenge, code: await codeOf(secret, base) } });
  });

  it('requires authentication, and staff', async () => {
    const anonymous = server.client();
    await anonymous.fails('UNAUTHENTICATED', START, { input: { password: TEST_PASSWORD } });
    await anonymous.fails('UNAUTHENTICATED', CONFIRM, { input: { code: '123456' } });
    await anonymous.fails('UNAUTHENTICATED', DISABLE, { input: { password: TEST_PASSWORD, code: '123456' } });
    await anonymous.fails('UNAUTHENTICATED', REGENERATE, { input: { code: '123456' } });
    await anonymous.fails('UNAUTHENTICATED', RESET, { input: { counsellorId: crypto.randomUUID() } });
    const client = await loginAs(server, await buildClient(server, org));
    await client.fails('FORBIDDEN', START, { input: { password: TEST_PASSWORD } });
    expect((await client.ok(STATUS)).me).toEqual({ twoFactorSetupRequired: false, twoFactor: null });
  });
});

describe('completeTwoFactorLogin', () => {
  it('refuses a code that was accepted once, also within its window', async () => {
    const c = await buildCounsellor(server, org);
    const base = await stepBase();
    const { secret } = await enableTwoFactor(await loginAs(server, c), base);
    // The setup's own code cannot log in.
    const first = await challengeOf(c);
    const replayed = await server
      .client()
      .fails('BAD_USER_INPUT', COMPLETE, { input: { challenge: first, code: await codeOf(secret, base - 1) } });
    expect(replayed.extensions?.reason).toBe('CODE_INVALID');
    await server.client().ok(COMPLETE, { input: { challenge: first, code: await codeOf(secret, base) } });
    const second = await challengeOf(c);
    await server
      .client()
      .fails('BAD_USER_INPUT', COMPLETE, { input: { challenge: second, code: await codeOf(secret, base) } });
    await server.client().ok(COMPLETE, { input: { challenge: second, code: await codeOf(secret, base + 1) } });
  });

  it('accepts each recovery code once, however it is typed', async () => {
    const c = await buildCounsellor(server, org);
    const staff = await loginAs(server, c);
    const { recoveryCodes } = await enableTwoFactor(staff, await stepBase());
    const code = recoveryCodes[3]!;
    const done = await server.client().ok(COMPLETE, {
      input: { challenge: await challengeOf(c), recoveryCode: ` ${code.toUpperCase().replace(/-/g, ' ')} ` },
    });
    expect(done.completeTwoFactorLogin.me.id).toBe(c.id);
    const again = await server
      .client()
      .fails('BAD_USER_INPUT', COMPLETE, { input: { challenge: await challengeOf(c), recoveryCode: code } });
    expect(again.extensions?.reason).toBe('CODE_INVALID');
    expect((await staff.ok(STATUS)).me.twoFactor.recoveryCodesLeft).toBe(9);
  });

  it('counts wrong codes towards the login lock, which the password alone does not lift', async () => {
    const c = await buildCounsellor(server, org);
    const base = await stepBase();
    const { secret } = await enableTwoFactor(await loginAs(server, c), base);
    const challenge = await challengeOf(c);
    for (let i = 0; i < 3; i++) {
      await server.client().fails('BAD_USER_INPUT', COMPLETE, { input: { challenge, code: `00000${i}` } });
    }
    // A right password in between does not reset the count.
    const next = await challengeOf(c);
    for (let i = 0; i < 2; i++) {
      await server
        .client()
        .fails('BAD_USER_INPUT', COMPLETE, { input: { challenge: next, recoveryCode: `nope-${i}` } });
    }
    const locked = await server
      .client()
      .fails('RATE_LIMITED', COMPLETE, { input: { challenge: next, code: await codeOf(secret, base) } });
    expect(locked.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    await server.client().fails('RATE_LIMITED', LOGIN, { input: { login: c.loginName, password: TEST_PASSWORD } });
  });

  it('refuses an unknown challenge, and asks for exactly one factor', async () => {
    const bad = await server
      .client()
      .fails('UNAUTHENTICATED', COMPLETE, { input: { challenge: 'x'.repeat(43), code: '123456' } });
    expect(bad.extensions?.reason).toBe('CHALLENGE_INVALID');
    const both = await server
      .client()
      .fails('BAD_USER_INPUT', COMPLETE, { input: { challenge: 'x'.repeat(43), code: '123456', recoveryCode: 'a' } });
    expect(both.extensions?.fields).toEqual([{ path: 'code', message: expect.any(String) }]);
  });
});

describe('a rotation of JWT_SECRET', () => {
  it('keeps two-factor login working with JWT_SECRET_PREVIOUS and seals the secret again under the new one at first use', async () => {
    const c = await buildCounsellor(server, org);
    const base = await stepBase();
    const { secret } = await enableTwoFactor(await loginAs(server, c), base);
    const old = server.app.config.jwtSecret;
    const fresh = randomBytes(32).toString('hex');
    const sealed = async () =>
      (await server.orm.em.getConnection().execute(`select totp_secret from account where id = ?`, [c.id]))[0]
        .totp_secret as string;
    const sealedBefore = await sealed();
    expect(sealedBefore).toMatch(/^v1\./);
    // Processes on the same database: rotated without the previous secret, with it, and after it.
    const rotated = await startTestServer(
      { jwtSecret: fresh, previousJwtSecrets: [old] },
      { databaseUrl: server.databaseUrl },
    );
    const withoutPrevious = await startTestServer({ jwtSecret: fresh }, { databaseUrl: server.databaseUrl });
    try {
      const completeOn = async (s: TestServer, step: number) => {
        const res = await s.client().request(LOGIN, { input: { login: c.loginName, password: TEST_PASSWORD } });
        const challenge = res.data!.login.secondFactor.challenge;
        return s.client().request(COMPLETE, { input: { challenge, code: await codeOf(secret, step) } });
      };
      // Without the previous secret the sealed secret does not open: the code cannot match.
      const refused = await completeOn(withoutPrevious, base);
      expect(refused.errors?.[0]?.extensions?.reason).toBe('CODE_INVALID');
      const done = await completeOn(rotated, base);
      expect(done.errors).toBeUndefined();
      expect(done.data!.completeTwoFactorLogin.me.id).toBe(c.id);
      const sealedAfter = await sealed();
      expect(sealedAfter).toMatch(/^v1\./);
      expect(sealedAfter).not.toBe(sealedBefore);
      // Sealed again under the new secret alone: the previous one can now be dropped.
      const later = await completeOn(withoutPrevious, base + 1);
      expect(later.errors).toBeUndefined();
    } finally {
      await rotated.close();
      await withoutPrevious.close();
    }
  });
});

describe('disableTwoFactor and regenerateRecoveryCodes', () => {
  it('turn off with password and code; new recovery codes replace the old', async () => {
    const c = await buildCounsellor(server, org);
    const staff = await loginAs(server, c);
    const base = await stepBase();
    const { secret, recoveryCodes } = await enableTwoFactor(staff, base);
    const { regenerateRecoveryCodes } = await staff.ok(REGENERATE, { input: { code: await codeOf(secret, base) } });
    expect(regenerateRecoveryCodes.codes).toHaveLength(10);
    expect(regenerateRecoveryCodes.codes).not.toContain(recoveryCodes[0]);
    const wrong = await staff.fails('BAD_USER_INPUT', DISABLE, {
      input: { password: 'not-the-password-1', recoveryCode: regenerateRecoveryCodes.codes[0] },
    });
    expect(wrong.extensions?.reason).toBe('WRONG_PASSWORD');
    // An old recovery code no longer works; a new one does.
    await staff.fails('BAD_USER_INPUT', DISABLE, {
      input: { password: TEST_PASSWORD, recoveryCode: recoveryCodes[0] },
    });
    await staff.ok(DISABLE, { input: { password: TEST_PASSWORD, recoveryCode: regenerateRecoveryCodes.codes[0] } });
    expect((await staff.ok(STATUS)).me.twoFactor).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
    expect((await login(c)).data!.login.accessToken).toEqual(expect.any(String));
  });
});
