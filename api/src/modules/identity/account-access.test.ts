import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  buildTwoOrganisations,
  loginAs,
  loginOrganisationKey,
  TEST_PASSWORD,
  uniq,
} from '../../../../tests/support/builders.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';
import { Account, AccountStatus } from './account.entity.js';
import { OneTimeToken, OneTimeTokenPurpose } from './token.entity.js';

const INVITE = `mutation($input: SendInvitationInput!) { sendInvitation(input: $input) { expiresAt } }`;
const SET_CLIENT = `mutation($input: SetClientPasswordInput!) { setClientPassword(input: $input) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) { accessToken refreshToken me { id } }
}`;
const SET_WITH_TOKEN = `mutation($input: SetPasswordWithTokenInput!) {
  setPasswordWithToken(input: $input) { accessToken me { id kind role } }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`;
const ME = `{ me { id } }`;

const NEW_PASSWORD = 'Wanderdüne-Sternwarte-917';

let server: TestServer;
let smtp: TestSmtp;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  // Links come from the mail SMTP delivers: the outbox keeps them redacted.
  smtp = await startSmtp();
  server = await startTestServer({ publicUrl: 'http://lotse.test', smtpUrl: smtp.url });
  two = await buildTwoOrganisations(server);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const em = () => server.orm.em.fork() as EntityManager;
const tokensOf = (accountId: string) => em().find(OneTimeToken, { account: accountId });
const mailsTo = (to: string) => em().find(OutboxMail, { to }, { orderBy: { createdAt: 'asc' } });
/** The link in the mail SMTP delivered for this outbox row. */
async function linkInMail(mail: OutboxMail): Promise<URL> {
  const delivered = await smtp.waitFor(mail.to, (m) => m.subject === mail.subject);
  return new URL(/https?:\/\/\S+/.exec(delivered.text ?? '')![0]);
}
/** The token of that link: staff links carry it as `?token=`, clients' in the widget fragment. */
async function tokenInMail(mail: OutboxMail): Promise<string> {
  const link = await linkInMail(mail);
  return link.searchParams.get('token') ?? /^#lotse-set-password=([\w-]+)&widget=lotse-mail-form$/.exec(link.hash)![1]!;
}
/** Every column of an outbox row as text, to search for secrets at rest. */
const rowText = async (id: string) =>
  JSON.stringify(await em().getConnection().execute(`select * from "outbox_mail" where "id" = ?`, [id]));
const withEmail = () => ({ email: `${uniq('c')}@example.org` });
/** A login that fails; clients try in their organisation's widgets (with its key), as they would. */
const loginFails = async (account: Account, password: string) =>
  server.client().fails('UNAUTHENTICATED', LOGIN, {
    input: { login: account.loginName, password, organisationKey: await loginOrganisationKey(server, account) },
  });

describe('sendInvitation', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', INVITE, { input: { accountId: two.a.client.id } });
  });

  it('keeps the link from admins: the outbox shows it redacted, only the delivered mail carries the token', async () => {
    const { org, admin } = two.a;
    const colleague = await buildCounsellor(server, org, { passwordHash: null });
    const api = await loginAs(server, admin);
    await api.ok(INVITE, { input: { accountId: colleague.id } });
    const [mail] = await mailsTo(colleague.email!);
    const token = await tokenInMail(mail!);
    expect(token.length).toBeGreaterThan(20);

    const outbox = await api.ok(`{ outboxMails(page: { first: 50 }) { edges { node { id to text } } } }`);
    const shown = outbox.outboxMails.edges.find((e: { node: { id: string } }) => e.node.id === mail!.id).node;
    expect(shown.text).toContain('http://lotse.test/set-password?token=[redacted]&lang=de');
    expect(shown.text).not.toContain(token);
    // Nor is it anywhere in the row at rest (the sealed copy is gone once SMTP took the mail).
    const row = await rowText(mail!.id);
    expect(row).not.toContain(token);
    expect(row).toContain('"sealed":null');

    await server.client().ok(SET_WITH_TOKEN, { input: { token, password: NEW_PASSWORD } });
  });

  it('lets an admin invite staff: a 7-day link that sets the first password and logs in', async () => {
    const { org, admin } = two.a;
    const staff = await buildCounsellor(server, org, { passwordHash: null });
    const api = await loginAs(server, admin);
    const res = await api.ok(INVITE, { input: { accountId: staff.id } });
    const expiresAt = new Date(res.sendInvitation.expiresAt).getTime();
    expect(expiresAt - Date.now()).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);

    const [mail] = await mailsTo(staff.email!);
    expect(mail!.subject).toBe(`Einladung – ${org.name}`);
    expect(mail!.text).toContain(`Ihr Login-Name lautet: ${staff.loginName}`);
    expect(mail!.text).toContain('http://lotse.test/set-password?token=');
    const [token] = await tokensOf(staff.id);
    expect(token).toMatchObject({ purpose: OneTimeTokenPurpose.INVITATION, usedAt: null });

    const set = await server
      .client()
      .ok(SET_WITH_TOKEN, { input: { token: await tokenInMail(mail!), password: NEW_PASSWORD } });
    expect(set.setPasswordWithToken.me).toEqual({ id: staff.id, kind: 'STAFF', role: 'COUNSELLOR' });
    await loginAs(server, staff, NEW_PASSWORD);
  });

  it('lets counsellors and admins invite clients of their organisation', async () => {
    const { org, admin, counsellor } = two.a;
    for (const inviter of [counsellor, admin]) {
      const cl = await buildClient(server, org, withEmail());
      await (await loginAs(server, inviter)).ok(INVITE, { input: { accountId: cl.id } });
      expect(await mailsTo(cl.email!)).toHaveLength(1);
      expect(await tokensOf(cl.id)).toHaveLength(1);
    }
  });

  it('forbids counsellors to invite staff and clients to invite anyone, creating nothing', async () => {
    const { org, counsellor, client } = two.a;
    const staff = await buildCounsellor(server, org);
    const cl = await buildClient(server, org, withEmail());
    const asCounsellor = await loginAs(server, counsellor);
    const err = await asCounsellor.fails('FORBIDDEN', INVITE, { input: { accountId: staff.id } });
    expect(err.message).toBe('Only admins can invite staff.');
    const asClient = await loginAs(server, client);
    for (const target of [staff, cl, counsellor]) {
      await asClient.fails('FORBIDDEN', INVITE, { input: { accountId: target.id } });
    }
    for (const target of [staff, cl]) {
      expect(await tokensOf(target.id)).toEqual([]);
      expect(await mailsTo(target.email!)).toEqual([]);
    }
  });

  it('cannot see another organisation: NOT_FOUND for its staff and clients, nothing sent', async () => {
    const foreignClient = await buildClient(server, two.b.org, withEmail());
    for (const inviter of [two.a.admin, two.a.counsellor]) {
      const api = await loginAs(server, inviter);
      for (const target of [two.b.admin, two.b.counsellor, foreignClient]) {
        await api.fails('NOT_FOUND', INVITE, { input: { accountId: target.id } });
      }
    }
    for (const target of [two.b.admin, two.b.counsellor, foreignClient]) {
      expect(await tokensOf(target.id)).toEqual([]);
      expect(await mailsTo(target.email!)).toEqual([]);
    }
  });

  it('answers NO_EMAIL for a client without email, and refuses accounts that cannot log in', async () => {
    const { org, admin } = two.a;
    const api = await loginAs(server, admin);
    const noEmail = await buildClient(server, org);
    const err = await api.fails('BAD_USER_INPUT', INVITE, { input: { accountId: noEmail.id } });
    expect(err.extensions?.reason).toBe('NO_EMAIL');
    expect(err.extensions?.fields?.[0]?.path).toBe('accountId');

    const blocked = await buildClient(server, org, { ...withEmail(), status: AccountStatus.BLOCKED });
    const inactive = await buildCounsellor(server, org, { active: false });
    for (const target of [blocked, inactive]) {
      const e = await api.fails('CONFLICT', INVITE, { input: { accountId: target.id } });
      expect(e.extensions?.reason).toBe('ACCOUNT_CANNOT_LOG_IN');
    }
    for (const target of [noEmail, blocked, inactive]) expect(await tokensOf(target.id)).toEqual([]);
  });

  it('rejects malformed ids with BAD_USER_INPUT and unknown ones with NOT_FOUND', async () => {
    const api = await loginAs(server, two.a.admin);
    await api.fails('BAD_USER_INPUT', INVITE, { input: { accountId: 'not-a-uuid' } });
    await api.fails('BAD_USER_INPUT', INVITE, { input: { accountId: 'x'.repeat(5000) } });
    await api.fails('BAD_USER_INPUT', INVITE, { input: {} });
    await api.fails('NOT_FOUND', INVITE, { input: { accountId: '00000000-0000-4000-8000-000000000000' } });
  });

  it('writes English invitations for an English-speaking organisation', async () => {
    const org = await buildOrganisation(server, { locale: 'en' });
    const admin = await buildAdmin(server, org);
    const staff = await buildCounsellor(server, org);
    await (await loginAs(server, admin)).ok(INVITE, { input: { accountId: staff.id } });
    const [mail] = await mailsTo(staff.email!);
    expect(mail!.subject).toBe(`Invitation – ${org.name}`);
    expect(mail!.text).toContain(`Your login name is: ${staff.loginName}`);
    expect(mail!.text).toContain('lang=en');
  });
});

describe('client access from the client panel', () => {
  const AVAILABILITY = `query($id: ID!) { client(id: $id) { id invitationAvailability } }`;

  it('tells staff before sending whether an invitation can go out, and nobody else', async () => {
    const { org, admin, counsellor } = two.a;
    const withMail = await buildClient(server, org, withEmail());
    const noEmail = await buildClient(server, org);
    const blocked = await buildClient(server, org, { ...withEmail(), status: AccountStatus.BLOCKED });
    const pending = await buildClient(server, org, { ...withEmail(), status: AccountStatus.DELETION_PENDING });
    for (const staff of [admin, counsellor]) {
      const api = await loginAs(server, staff);
      const cases: [typeof withMail, string][] = [
        [withMail, 'AVAILABLE'],
        [noEmail, 'NO_EMAIL'],
        [blocked, 'CANNOT_LOG_IN'],
        [pending, 'CANNOT_LOG_IN'],
      ];
      for (const [client, expected] of cases) {
        expect((await api.ok(AVAILABILITY, { id: client.id })).client.invitationAvailability).toBe(expected);
      }
    }
    // The client themselves are told nothing of it.
    const self = await loginAs(server, withMail);
    expect((await self.ok(`{ me { client { invitationAvailability } } }`)).me.client.invitationAvailability).toBeNull();
    // Another organisation's staff do not find the client.
    await (await loginAs(server, two.b.admin)).fails('NOT_FOUND', AVAILABILITY, { id: withMail.id });
  });

  it('mails a client a link into the organisation’s mail form, which sets the password and logs in there', async () => {
    const { org, admin } = two.a;
    const cl = await buildClient(server, org, withEmail());
    const before = await loginAs(server, cl);
    await (await loginAs(server, admin)).ok(INVITE, { input: { accountId: cl.id } });

    const [mail] = await mailsTo(cl.email!);
    expect(mail!.subject).toBe(`Einladung – ${org.name}`);
    expect(mail!.text).toContain(`Ihr Pseudonym (zum Anmelden): ${cl.pseudonym}`);
    expect(mail!.text).toContain(
      `http://lotse.test/mail?org=${org.publicKey}&lang=de#lotse-set-password=[redacted]&widget=lotse-mail-form`,
    );
    const link = await linkInMail(mail!);
    expect(`${link.origin}${link.pathname}${link.search}`).toBe(`http://lotse.test/mail?org=${org.publicKey}&lang=de`);

    // The page behind the link hosts the organisation's mail form, which reads the token from the fragment.
    const page = await fetch(`${server.url}${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`<lotse-mail-form org="${org.publicKey}" lang="de">`);

    const set = await server
      .client()
      .ok(SET_WITH_TOKEN, { input: { token: await tokenInMail(mail!), password: NEW_PASSWORD } });
    expect(set.setPasswordWithToken.me).toEqual({ id: cl.id, kind: 'CLIENT', role: null });
    await loginAs(server, cl, NEW_PASSWORD);
    await loginFails(cl, TEST_PASSWORD);
    await before.fails('UNAUTHENTICATED', ME);
  });

  it('writes a client’s invitation in English for an English-speaking organisation', async () => {
    const org = await buildOrganisation(server, { locale: 'en' });
    const counsellor = await buildCounsellor(server, org);
    const cl = await buildClient(server, org, withEmail());
    await (await loginAs(server, counsellor)).ok(INVITE, { input: { accountId: cl.id } });
    const [mail] = await mailsTo(cl.email!);
    expect(mail!.subject).toBe(`Invitation – ${org.name}`);
    expect(mail!.text).toContain(`Your pseudonym (to log in): ${cl.pseudonym}`);
    expect((await linkInMail(mail!)).searchParams.get('lang')).toBe('en');
  });
});

describe('setClientPassword', () => {
  it('requires authentication and staff', async () => {
    const cl = await buildClient(server, two.a.org);
    await server.client().fails('UNAUTHENTICATED', SET_CLIENT, { input: { clientId: cl.id, password: NEW_PASSWORD } });
    const asClient = await loginAs(server, two.a.client);
    await asClient.fails('FORBIDDEN', SET_CLIENT, { input: { clientId: cl.id, password: NEW_PASSWORD } });
    await loginAs(server, cl);
  });

  it('sets the password, ends the client’s sessions and kills pending links', async () => {
    const cl = await buildClient(server, two.a.org, withEmail());
    const session = await loginAs(server, cl);
    const staffApi = await loginAs(server, two.a.counsellor);
    await staffApi.ok(INVITE, { input: { accountId: cl.id } });
    const [mail] = await mailsTo(cl.email!);

    const res = await staffApi.ok(SET_CLIENT, { input: { clientId: cl.id, password: NEW_PASSWORD } });
    expect(res.setClientPassword).toBe(true);
    await loginAs(server, cl, NEW_PASSWORD);
    await loginFails(cl, TEST_PASSWORD);
    await session.fails('UNAUTHENTICATED', ME);
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: session.refreshToken } });
    const err = await server.client().fails('BAD_USER_INPUT', SET_WITH_TOKEN, {
      input: { token: await tokenInMail(mail!), password: 'Zaunkönig-Regen-3341' },
    });
    expect(err.extensions?.reason).toBe('TOKEN_INVALID');
  });

  it('applies the password policy with the client’s data, changing nothing on refusal', async () => {
    const cl = await buildClient(server, two.a.org, { pseudonym: uniq('Wolkenkratzer'), ...withEmail() });
    const api = await loginAs(server, two.a.admin);
    const personal = await api.fails('BAD_USER_INPUT', SET_CLIENT, {
      input: { clientId: cl.id, password: `${cl.pseudonym}!Sonne` },
    });
    expect(personal.extensions?.reason).toBe('PASSWORD_PERSONAL');
    expect(personal.extensions?.fields?.[0]?.path).toBe('password');
    const weak = await api.fails('BAD_USER_INPUT', SET_CLIENT, { input: { clientId: cl.id, password: 'abcdefghijk' } });
    expect(weak.extensions?.reason).toBe('PASSWORD_WEAK');
    await api.fails('BAD_USER_INPUT', SET_CLIENT, { input: { clientId: cl.id, password: 'y'.repeat(201) } });
    await api.fails('BAD_USER_INPUT', SET_CLIENT, { input: { clientId: 'nope', password: NEW_PASSWORD } });
    await api.fails('BAD_USER_INPUT', SET_CLIENT, { input: { clientId: cl.id, password: null } });
    expect((await em().findOneOrFail(Account, cl.id)).passwordChangedAt).toBeNull();
    await loginAs(server, cl);
  });

  it('cannot see another organisation, nor set staff passwords', async () => {
    const api = await loginAs(server, two.a.admin);
    for (const target of [two.b.client, two.a.counsellor, two.b.counsellor]) {
      await api.fails('NOT_FOUND', SET_CLIENT, { input: { clientId: target.id, password: NEW_PASSWORD } });
      await loginAs(server, target);
    }
  });
});

describe('changePassword', () => {
  it('requires authentication', async () => {
    await server
      .client()
      .fails('UNAUTHENTICATED', CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
  });

  it('changes the password, ends every other session and returns a fresh one', async () => {
    for (const build of [buildCounsellor, buildClient] as const) {
      const account = await build(server, two.a.org);
      const other = await loginAs(server, account);
      const api = await loginAs(server, account);
      const res = await api.ok(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
      expect(res.changePassword.me.id).toBe(account.id);
      expect((await server.client(res.changePassword.accessToken).ok(ME)).me.id).toBe(account.id);
      await server.client().ok(REFRESH, { input: { refreshToken: res.changePassword.refreshToken } });
      for (const old of [other, api]) {
        await old.fails('UNAUTHENTICATED', ME);
        await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: old.refreshToken } });
      }
      await loginAs(server, account, NEW_PASSWORD);
      await loginFails(account, TEST_PASSWORD);
    }
  });

  it('answers a wrong current password on currentPassword and throttles like login', async () => {
    const c = await buildCounsellor(server, two.a.org);
    const api = await loginAs(server, c);
    const err = await api.fails('BAD_USER_INPUT', CHANGE, {
      input: { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD },
    });
    expect(err.extensions?.reason).toBe('WRONG_PASSWORD');
    expect(err.extensions?.fields).toEqual([
      { path: 'currentPassword', message: 'The current password is not correct.' },
    ]);
    for (let i = 0; i < 4; i++) {
      await api.fails('BAD_USER_INPUT', CHANGE, {
        input: { currentPassword: `wrong-${i}`, newPassword: NEW_PASSWORD },
      });
    }
    const limited = await api.fails('RATE_LIMITED', CHANGE, {
      input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(limited.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Nothing changed, and the session still works.
    await api.ok(ME);
    expect((await em().findOneOrFail(Account, c.id)).passwordChangedAt).toBeNull();
  });

  it('applies the password policy to the new password, changing nothing on refusal', async () => {
    const c = await buildCounsellor(server, two.a.org, { firstName: 'Waltraud' });
    const api = await loginAs(server, c);
    const cases: [string, string | undefined][] = [
      [TEST_PASSWORD, 'PASSWORD_UNCHANGED'],
      ['kurz', 'PASSWORD_TOO_SHORT'],
      ['1234567890', 'PASSWORD_WEAK'],
      ['Waltraud-im-Garten-77', 'PASSWORD_PERSONAL'],
      ['z'.repeat(201), undefined],
    ];
    for (const [newPassword, reason] of cases) {
      const err = await api.fails('BAD_USER_INPUT', CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword } });
      if (reason) expect(err.extensions?.reason).toBe(reason);
      expect(err.extensions?.fields?.[0]?.path).toBe('newPassword');
    }
    // Wrong types are refused by GraphQL before the resolver runs.
    await api.fails('BAD_USER_INPUT', CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 12345678901 } });
    await api.fails('BAD_USER_INPUT', CHANGE, { input: { currentPassword: '', newPassword: NEW_PASSWORD } });
    await api.ok(ME);
    await loginAs(server, c);
  });

  it('only touches the viewer’s own account', async () => {
    const c = await buildCounsellor(server, two.a.org);
    const api = await loginAs(server, c);
    await api.ok(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
    for (const other of [two.a.admin, two.b.admin, two.b.client]) await loginAs(server, other);
  });
});
