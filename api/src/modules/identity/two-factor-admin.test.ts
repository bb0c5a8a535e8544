import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { captureLogs } from '../../../../tests/support/logs.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  buildTwoOrganisations,
  loginAs,
  TEST_PASSWORD,
} from '../../../../tests/support/builders.js';
import { CONFIRM, LOGIN, RESET, START, STATUS, codeOf, enableTwoFactor, stepBase } from './two-factor.test-support.js';

const UPDATE_ORG = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { requireTwoFactor } }`;
const STAFF_QUERY = `{ organisation { id requireTwoFactor } }`;

const logs = captureLogs();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({}, { logger: logs.logger });
});
afterAll(() => server?.close());

const login = (loginName: string) =>
  server.client().request(LOGIN, { input: { login: loginName, password: TEST_PASSWORD } });

describe('requireTwoFactor', () => {
  it('lets staff without two-factor log in, but only set it up; clients are not affected', async () => {
    const org = await buildOrganisation(server);
    const admin = await loginAs(server, await buildAdmin(server, org));
    const c = await buildCounsellor(server, org);
    const client = await buildClient(server, org);
    const counsellor = await loginAs(server, c);
    await counsellor.fails('FORBIDDEN', UPDATE_ORG, { input: { requireTwoFactor: true } });
    expect((await admin.ok(UPDATE_ORG, { input: { requireTwoFactor: true } })).updateOrganisation).toEqual({
      requireTwoFactor: true,
    });

    const res = await login(c.loginName);
    expect(res.data!.login).toMatchObject({ secondFactor: null, me: { id: c.id, twoFactorSetupRequired: true } });
    const held = server.client(res.data!.login.accessToken);
    // The token from before the setting changed is held back as well: one check, on every operation.
    for (const staff of [held, counsellor]) {
      const refused = await staff.fails('FORBIDDEN', STAFF_QUERY);
      expect(refused.extensions?.reason).toBe('TWO_FACTOR_SETUP_REQUIRED');
      // Hidden in a fragment or next to an allowed field, it is still refused.
      await staff.fails('FORBIDDEN', `{ me { id } ...F } fragment F on Query { counsellors { totalCount } }`);
    }
    // Plain HTTP routes too (an avatar upload here).
    const avatar = await fetch(new URL('/api/me/avatar', server.url), {
      method: 'PUT',
      headers: { authorization: `Bearer ${res.data!.login.accessToken}`, 'content-type': 'image/png' },
      body: Buffer.from('x'),
    });
    expect(avatar.status).toBe(403);
    expect(await avatar.text()).toContain('TWO_FACTOR_SETUP_REQUIRED');
    expect((await held.ok(STATUS)).me).toMatchObject({ twoFactorSetupRequired: true, twoFactor: { required: true } });

    // Clients of the organisation carry on as before.
    const asClient = await loginAs(server, client);
    expect((await asClient.ok(`{ me { id twoFactorSetupRequired } }`)).me.twoFactorSetupRequired).toBe(false);

    const { startTwoFactorSetup } = await held.ok(START, { input: { password: TEST_PASSWORD } });
    const base = await stepBase();
    await held.ok(CONFIRM, { input: { code: await codeOf(startTwoFactorSetup.secret, base) } });
    expect((await held.ok(STAFF_QUERY)).organisation.requireTwoFactor).toBe(true);
    expect((await held.ok(STATUS)).me.twoFactorSetupRequired).toBe(false);
  });
});

describe('resetTwoFactor', () => {
  it('lets an admin turn a colleague’s two-factor off, logged by ids only', async () => {
    const org = await buildOrganisation(server);
    const a = await buildAdmin(server, org);
    const admin = await loginAs(server, a);
    const c = await buildCounsellor(server, org);
    await enableTwoFactor(await loginAs(server, c), await stepBase());
    expect((await login(c.loginName)).data!.login.secondFactor).not.toBeNull();

    const list = `{ counsellors { edges { node { id twoFactorEnabled } } } }`;
    const enabledOf = async (id: string) =>
      (await admin.ok(list)).counsellors.edges.find((e: { node: { id: string } }) => e.node.id === id).node
        .twoFactorEnabled;
    expect(await enabledOf(c.id)).toBe(true);
    expect(await enabledOf(a.id)).toBe(false);
    await (await loginAs(server, await buildCounsellor(server, org))).fails('FORBIDDEN', list);

    const own = await admin.fails('FORBIDDEN', RESET, { input: { counsellorId: a.id } });
    expect(own.message).toMatch(/profile/);
    expect((await admin.ok(RESET, { input: { counsellorId: c.id } })).resetTwoFactor.id).toBe(c.id);
    expect(await enabledOf(c.id)).toBe(false);
    const after = await login(c.loginName);
    expect(after.data!.login).toMatchObject({ secondFactor: null, accessToken: expect.any(String) });
    const [row] = await server.orm.em
      .getConnection()
      .execute(
        `select totp_secret, totp_enabled_at, (select count(*)::int from recovery_code where account_id = a.id) as codes from account a where id = ?`,
        [c.id],
      );
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null, codes: 0 });

    const line = logs.entries().find((e) => e.msg === 'two-factor login reset by admin');
    expect(line).toMatchObject({ accountId: c.id, by: a.id, organisationId: org.id });
    expect(logs.text()).not.toContain(c.loginName);
    expect(logs.text()).not.toContain(c.email!);
  });

  it('cannot reset staff of another organisation, and counsellors cannot reset at all', async () => {
    const { a, b } = await buildTwoOrganisations(server);
    await enableTwoFactor(await loginAs(server, a.counsellor), await stepBase());
    const otherAdmin = await loginAs(server, b.admin);
    await otherAdmin.fails('NOT_FOUND', RESET, { input: { counsellorId: a.counsellor.id } });
    const colleague = await loginAs(server, await buildCounsellor(server, a.org));
    await colleague.fails('FORBIDDEN', RESET, { input: { counsellorId: a.counsellor.id } });
    await otherAdmin.fails('BAD_USER_INPUT', RESET, { input: { counsellorId: 'not-an-id' } });
    expect((await login(a.counsellor.loginName)).data!.login.secondFactor).not.toBeNull();
  });
});
