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
  TEST_PASSWORD,
  uniq,
} from '../../../../tests/support/builders.js';
import { Account } from '../identity/account.entity.js';
import { Client } from '../client/client.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor, StaffRole } from './counsellor.entity.js';
import { apiAs, reload, snapshot } from './staff.test-support.js';

const CREATE = `mutation($input: CreateCounsellorInput!) {
  createCounsellor(input: $input) { id loginName email role active salutation firstName lastName displayName newsletter organisation { id } }
}`;
const UPDATE = `mutation($input: UpdateCounsellorInput!) {
  updateCounsellor(input: $input) { id loginName email salutation firstName lastName displayName phone postcode languages descriptions { lang text } newsletter }
}`;
const ROLE = `mutation($input: ChangeCounsellorRoleInput!) { changeCounsellorRole(input: $input) { id role } }`;
const ACTIVE = `mutation($input: SetCounsellorActiveInput!) { setCounsellorActive(input: $input) { id active } }`;
const DELETE = `mutation($input: DeleteCounsellorInput!) { deleteCounsellor(input: $input) }`;
const ME = `{ me { id } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

let server: TestServer;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  server = await startTestServer();
  two = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

const fork = () => server.orm.em.fork() as EntityManager;
const staffCount = (orgId: string) => fork().count(Counsellor, { organisation: orgId });
const activeCount = (orgId: string) => fork().count(Counsellor, { organisation: orgId, active: true, deletedAt: null });

/** An organisation with one admin and the given licence volume. */
async function orgWithAdmin(licenceVolume = 5) {
  const org = await buildOrganisation(server, { licenceVolume });
  const admin = await buildAdmin(server, org);
  return { org, admin, api: await apiAs(server, admin) };
}

const newStaff = (extra: Record<string, unknown> = {}) => {
  const loginName = uniq('new.');
  return {
    firstName: 'Lena',
    lastName: 'Sommer',
    email: `${loginName}@example.org`,
    loginName,
    ...extra,
  };
};

/** Every admin mutation with valid arguments for `target`. */
const adminMutations = (targetId: string): [string, string, Record<string, unknown>][] => [
  ['createCounsellor', CREATE, { input: newStaff() }],
  ['updateCounsellor', UPDATE, { input: { id: targetId, firstName: 'X' } }],
  ['changeCounsellorRole', ROLE, { input: { id: targetId, role: 'ADMIN' } }],
  ['setCounsellorActive', ACTIVE, { input: { id: targetId, active: false } }],
  ['deleteCounsellor', DELETE, { input: { id: targetId } }],
];

describe('staff admin mutations', () => {
  it('require authentication', async () => {
    const before = snapshot(await reload(server, two.a.counsellor.id));
    for (const [, query, vars] of adminMutations(two.a.counsellor.id)) {
      await server.client().fails('UNAUTHENTICATED', query, vars);
    }
    expect(snapshot(await reload(server, two.a.counsellor.id))).toEqual(before);
  });

  it('are forbidden to counsellors and clients', async () => {
    const before = snapshot(await reload(server, two.a.admin.id));
    const staffBefore = await staffCount(two.a.org.id);
    for (const account of [two.a.counsellor, two.a.client]) {
      const api = await apiAs(server, account);
      for (const [, query, vars] of adminMutations(two.a.admin.id)) await api.fails('FORBIDDEN', query, vars);
    }
    expect(snapshot(await reload(server, two.a.admin.id))).toEqual(before);
    expect(await staffCount(two.a.org.id)).toBe(staffBefore);
  });

  it('cannot reach another organisation’s counsellor (NOT_FOUND, nothing changed)', async () => {
    const api = await apiAs(server, two.a.admin);
    const target = two.b.counsellor;
    const before = snapshot(await reload(server, target.id));
    for (const [name, query, vars] of adminMutations(target.id)) {
      if (name === 'createCounsellor') continue;
      await api.fails('NOT_FOUND', query, vars);
    }
    expect(snapshot(await reload(server, target.id))).toEqual(before);
    // The other organisation's admin is equally out of reach.
    await api.fails('NOT_FOUND', ROLE, { input: { id: two.b.admin.id, role: 'COUNSELLOR' } });
    expect((await reload(server, two.b.admin.id)).role).toBe(StaffRole.ADMIN);
  });
});

describe('createCounsellor', () => {
  it('creates an active counsellor without a password in the admin’s organisation', async () => {
    const { org, api } = await orgWithAdmin();
    const input = newStaff({ email: 'Lena.Sommer@Example.org', displayName: 'Lena S.', newsletter: true });
    const { createCounsellor: c } = await api.ok(CREATE, { input });
    expect(c).toMatchObject({
      loginName: input.loginName,
      email: 'lena.sommer@example.org',
      role: 'COUNSELLOR',
      active: true,
      salutation: 'NEUTRAL',
      displayName: 'Lena S.',
      newsletter: true,
      organisation: { id: org.id },
    });
    const stored = await reload(server, c.id);
    expect(stored.organisation.id).toBe(org.id);
    expect(stored.passwordHash ?? null).toBeNull();
    // Without a password it cannot log in yet (an invitation sets one).
    await server.client().fails('UNAUTHENTICATED', LOGIN, { input: { login: input.loginName, password: 'x' } });
  });

  it('defaults the display name to the full name and accepts an inactive admin', async () => {
    const { api } = await orgWithAdmin();
    const { createCounsellor: c } = await api.ok(CREATE, {
      input: newStaff({ role: 'ADMIN', active: false, salutation: 'MS' }),
    });
    expect(c).toMatchObject({ displayName: 'Lena Sommer', role: 'ADMIN', active: false, salutation: 'MS' });
  });

  it('refuses a login name taken anywhere on the platform, whatever its case', async () => {
    const { org, api } = await orgWithAdmin();
    const before = await staffCount(org.id);
    const err = await api.fails('CONFLICT', CREATE, {
      input: newStaff({ loginName: two.b.counsellor.loginName.toUpperCase() }),
    });
    expect(err.extensions?.reason).toBe('LOGIN_NAME_TAKEN');
    expect(await staffCount(org.id)).toBe(before);
  });

  it('does not count clients’ pseudonyms: staff and clients log in in separate namespaces', async () => {
    // A refusal would tell the admin that some client, here or elsewhere, uses the name (migration 0985).
    const { org, api } = await orgWithAdmin();
    const own = await buildClient(server, org);
    for (const loginName of [two.b.client.loginName, own.loginName.toUpperCase()]) {
      const { createCounsellor: c } = await api.ok(CREATE, { input: newStaff({ loginName }) });
      expect(c.loginName).toBe(loginName);
    }
  });

  it('refuses an email used by another staff account, whatever its case', async () => {
    const { org, api } = await orgWithAdmin();
    const before = await staffCount(org.id);
    const err = await api.fails('CONFLICT', CREATE, { input: newStaff({ email: two.b.admin.email!.toUpperCase() }) });
    expect(err.extensions?.reason).toBe('EMAIL_TAKEN');
    expect(await staffCount(org.id)).toBe(before);
  });

  it('lets the unique index decide when two organisations race for one login name', async () => {
    const x = await orgWithAdmin();
    const y = await orgWithAdmin();
    const loginName = uniq('race.');
    const results = await Promise.all(
      [x, y].map((o, i) =>
        o.api.request(CREATE, { input: newStaff({ loginName, email: `${loginName}.${i}@example.org` }) }),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    const failed = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(failed.map((r) => r.errors![0]!.extensions)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', reason: 'LOGIN_NAME_TAKEN' }),
    ]);
    expect(await fork().count(Account, { loginName })).toBe(1);
  });

  it('rejects bad input with BAD_USER_INPUT and creates nothing', async () => {
    const { org, api } = await orgWithAdmin();
    const before = await staffCount(org.id);
    const bad: [Record<string, unknown>, string | null][] = [
      [newStaff({ firstName: '' }), 'firstName'],
      [newStaff({ firstName: '   ' }), 'firstName'],
      [newStaff({ lastName: 'x'.repeat(101) }), 'lastName'],
      [newStaff({ email: 'not-an-email' }), 'email'],
      [newStaff({ email: `${'a'.repeat(250)}@example.org` }), 'email'],
      [newStaff({ loginName: 'has space' }), 'loginName'],
      [newStaff({ loginName: 'ab' }), 'loginName'],
      [newStaff({ loginName: 'x'.repeat(65) }), 'loginName'],
      [newStaff({ displayName: 'x'.repeat(101) }), 'displayName'],
      [newStaff({ role: 'KING' }), null],
      [newStaff({ salutation: 'DR' }), null],
      [newStaff({ active: 'yes' }), null],
      [newStaff({ firstName: 42 }), null],
      [{ lastName: 'Only' }, null],
    ];
    for (const [input, path] of bad) {
      const err = await api.fails('BAD_USER_INPUT', CREATE, { input });
      if (path) expect(err.extensions?.fields?.map((f) => f.path)).toContain(path);
    }
    expect(await staffCount(org.id)).toBe(before);
  });
});

describe('licence limit', () => {
  it('refuses to create an active counsellor beyond the licence volume, but admits an inactive one', async () => {
    const { org, api } = await orgWithAdmin(2);
    await api.ok(CREATE, { input: newStaff() });
    const err = await api.fails('CONFLICT', CREATE, { input: newStaff() });
    expect(err.extensions).toMatchObject({ reason: 'LICENCE_LIMIT_REACHED', licenceVolume: 2, activeCounsellors: 2 });
    expect(err.message).toMatch(/licence/i);
    expect(await activeCount(org.id)).toBe(2);
    const { createCounsellor } = await api.ok(CREATE, { input: newStaff({ active: false }) });
    expect(createCounsellor.active).toBe(false);
    expect(await staffCount(org.id)).toBe(3);
  });

  it('refuses to activate beyond the licence volume and changes nothing', async () => {
    const { org, admin, api } = await orgWithAdmin(2);
    await buildCounsellor(server, org);
    const sleeper = await buildCounsellor(server, org, { active: false });
    const err = await api.fails('CONFLICT', ACTIVE, { input: { id: sleeper.id, active: true } });
    expect(err.extensions?.reason).toBe('LICENCE_LIMIT_REACHED');
    expect((await reload(server, sleeper.id)).active).toBe(false);
    // Freeing a slot admits the activation.
    const other = await buildCounsellor(server, org, { active: false });
    expect(other.id).toBeTruthy();
    const active = await fork().find(Counsellor, { organisation: org.id, active: true, id: { $ne: admin.id } });
    await api.ok(ACTIVE, { input: { id: active[0]!.id, active: false } });
    expect((await api.ok(ACTIVE, { input: { id: sleeper.id, active: true } })).setCounsellorActive.active).toBe(true);
  });

  it('admits exactly one of several concurrent activations when one slot is left', async () => {
    const { org, api } = await orgWithAdmin(3);
    await buildCounsellor(server, org); // 2 of 3 active
    const sleepers = await Promise.all(
      Array.from({ length: 5 }, () => buildCounsellor(server, org, { active: false })),
    );
    const results = await Promise.all(sleepers.map((s) => api.request(ACTIVE, { input: { id: s.id, active: true } })));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LICENCE_LIMIT_REACHED' });
    }
    expect(await activeCount(org.id)).toBe(3);
  });

  it('admits exactly as many concurrent creations as there are slots', async () => {
    const { org, api } = await orgWithAdmin(3);
    const results = await Promise.all(Array.from({ length: 4 }, () => api.request(CREATE, { input: newStaff() })));
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(await activeCount(org.id)).toBe(3);
  });
});

describe('updateCounsellor', () => {
  it('changes profile fields and leaves the login name alone', async () => {
    const { org, api } = await orgWithAdmin();
    const c = await buildCounsellor(server, org, { phone: '030 123' });
    const { updateCounsellor: u } = await api.ok(UPDATE, {
      input: {
        id: c.id,
        salutation: 'MR',
        firstName: ' Jonas ',
        lastName: 'Wirth',
        email: `${uniq('jw')}@Example.org`,
        phone: '',
        postcode: '10115',
        displayName: 'Jonas',
        languages: ['de', 'en', 'de'],
        descriptions: [{ lang: 'de', text: 'Hallo' }],
        newsletter: true,
      },
    });
    expect(u).toMatchObject({
      loginName: c.loginName,
      salutation: 'MR',
      firstName: 'Jonas',
      lastName: 'Wirth',
      phone: null,
      postcode: '10115',
      displayName: 'Jonas',
      languages: ['de', 'en'],
      descriptions: [{ lang: 'de', text: 'Hallo' }],
      newsletter: true,
    });
    expect(u.email).toBe(u.email.toLowerCase());
    const stored = await reload(server, c.id);
    expect(stored.firstName).toBe('Jonas');
    expect(stored.loginName).toBe(c.loginName);
  });

  it('has no login name field: the login name is immutable', async () => {
    const { org, api } = await orgWithAdmin();
    const c = await buildCounsellor(server, org);
    await api.fails('BAD_USER_INPUT', UPDATE, { input: { id: c.id, loginName: 'renamed' } });
    expect((await reload(server, c.id)).loginName).toBe(c.loginName);
  });

  it('refuses another staff account’s email', async () => {
    const { org, api } = await orgWithAdmin();
    const c = await buildCounsellor(server, org);
    const err = await api.fails('CONFLICT', UPDATE, { input: { id: c.id, email: two.a.counsellor.email } });
    expect(err.extensions?.reason).toBe('EMAIL_TAKEN');
    expect((await reload(server, c.id)).email).toBe(c.email);
    // Its own email (in another case) is no conflict.
    await api.ok(UPDATE, { input: { id: c.id, email: c.email!.toUpperCase() } });
  });

  it('rejects bad input with BAD_USER_INPUT and changes nothing', async () => {
    const { org, api } = await orgWithAdmin();
    const c = await buildCounsellor(server, org);
    const before = snapshot(await reload(server, c.id));
    const bad: Record<string, unknown>[] = [
      { id: 'nope', firstName: 'A' },
      { id: c.id, firstName: '' },
      { id: c.id, firstName: null },
      { id: c.id, lastName: 'x'.repeat(101) },
      { id: c.id, email: 'broken@' },
      { id: c.id, phone: 'call me' },
      { id: c.id, postcode: '1'.repeat(17) },
      { id: c.id, languages: ['german'] },
      { id: c.id, descriptions: [{ lang: 'de', text: 'x'.repeat(2001) }] },
      { id: c.id, salutation: 'SIR' },
      { id: c.id, newsletter: 'maybe' },
      { id: c.id, firstName: 'Valid', lastName: '' },
    ];
    for (const input of bad) await api.fails('BAD_USER_INPUT', UPDATE, { input });
    expect(snapshot(await reload(server, c.id))).toEqual(before);
  });
});

describe('changeCounsellorRole', () => {
  it('promotes a counsellor and ends their sessions so the new role is in their next token', async () => {
    const { org, api } = await orgWithAdmin();
    const c = await buildCounsellor(server, org);
    const session = await loginAs(server, c);
    const { changeCounsellorRole } = await api.ok(ROLE, { input: { id: c.id, role: 'ADMIN' } });
    expect(changeCounsellorRole.role).toBe('ADMIN');
    await session.fails('UNAUTHENTICATED', ME);
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: session.refreshToken } });
    const again = await server.client().ok(LOGIN, { input: { login: c.loginName, password: TEST_PASSWORD } });
    await server.client(again.login.accessToken).ok(`{ licenceRequests { totalCount } }`);
  });

  it('demotes another admin', async () => {
    const { org, api } = await orgWithAdmin();
    const other = await buildAdmin(server, org);
    await api.ok(ROLE, { input: { id: other.id, role: 'COUNSELLOR' } });
    expect((await reload(server, other.id)).role).toBe(StaffRole.COUNSELLOR);
    // The demoted admin's token is dead; a new one carries no admin rights.
    const demoted = await apiAs(server, other);
    await demoted.fails('FORBIDDEN', ROLE, { input: { id: other.id, role: 'ADMIN' } });
  });

  it('refuses to demote oneself', async () => {
    const { org, admin, api } = await orgWithAdmin();
    await buildAdmin(server, org);
    const err = await api.fails('CONFLICT', ROLE, { input: { id: admin.id, role: 'COUNSELLOR' } });
    expect(err.extensions?.reason).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
    expect((await reload(server, admin.id)).role).toBe(StaffRole.ADMIN);
  });

  it('keeps one active admin when two admins demote each other at the same time', async () => {
    for (let round = 0; round < 3; round++) {
      const { org, admin: a, api: apiA } = await orgWithAdmin();
      const b = await buildAdmin(server, org);
      const apiB = await apiAs(server, b);
      const results = await Promise.all([
        apiA.request(ROLE, { input: { id: b.id, role: 'COUNSELLOR' } }),
        apiB.request(ROLE, { input: { id: a.id, role: 'COUNSELLOR' } }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const loser = results.find((r) => r.errors)!.errors![0]!.extensions;
      // Queued behind the winner, the loser either finds itself demoted or is the last admin's target.
      expect(['FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT']).toContain(loser?.code);
      if (loser?.code === 'CONFLICT') expect(loser.reason).toBe('LAST_ADMIN');
      expect(await fork().count(Counsellor, { organisation: org.id, role: StaffRole.ADMIN, active: true })).toBe(1);
    }
  });

  it('rejects bad input and changes nothing', async () => {
    const { org, api } = await orgWithAdmin();
    const c = await buildCounsellor(server, org);
    await api.fails('BAD_USER_INPUT', ROLE, { input: { id: c.id, role: 'OWNER' } });
    await api.fails('BAD_USER_INPUT', ROLE, { input: { id: c.id } });
    await api.fails('BAD_USER_INPUT', ROLE, { input: { id: '123', role: 'ADMIN' } });
    await api.fails('BAD_USER_INPUT', ROLE, { input: { id: c.id, role: 7 } });
    expect((await reload(server, c.id)).role).toBe(StaffRole.COUNSELLOR);
  });
});

describe('setCounsellorActive', () => {
  it('deactivates a counsellor: their sessions end and they cannot log in', async () => {
    const { org, api } = await orgWithAdmin();
    const c = await buildCounsellor(server, org);
    const session = await loginAs(server, c);
    await session.ok(ME);
    const { setCounsellorActive } = await api.ok(ACTIVE, { input: { id: c.id, active: false } });
    expect(setCounsellorActive.active).toBe(false);
    await session.fails('UNAUTHENTICATED', ME);
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: session.refreshToken } });
    const err = await server
      .client()
      .fails('FORBIDDEN', LOGIN, { input: { login: c.loginName, password: TEST_PASSWORD } });
    expect(err.extensions?.reason).toBe('ACCOUNT_INACTIVE');
    // And back.
    await api.ok(ACTIVE, { input: { id: c.id, active: true } });
    await server.client().ok(LOGIN, { input: { login: c.loginName, password: TEST_PASSWORD } });
  });

  it('refuses to deactivate oneself', async () => {
    const { admin, api } = await orgWithAdmin();
    const err = await api.fails('CONFLICT', ACTIVE, { input: { id: admin.id, active: false } });
    expect(err.extensions?.reason).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
    expect((await reload(server, admin.id)).active).toBe(true);
  });

  it('rejects bad input and changes nothing', async () => {
    const { org, api } = await orgWithAdmin();
    const c = await buildCounsellor(server, org);
    await api.fails('BAD_USER_INPUT', ACTIVE, { input: { id: c.id, active: 'no' } });
    await api.fails('BAD_USER_INPUT', ACTIVE, { input: { id: c.id } });
    await api.fails('BAD_USER_INPUT', ACTIVE, { input: { id: 'x'.repeat(300), active: false } });
    expect((await reload(server, c.id)).active).toBe(true);
  });
});

describe('deleteCounsellor', () => {
  it('deletes a counsellor: hidden, signed out, contact data gone, no longer fallback or primary counsellor', async () => {
    const { org, api } = await orgWithAdmin();
    const c = await buildCounsellor(server, org, { phone: '030 1', postcode: '10115' });
    const client = await buildClient(server, org, { primaryCounsellor: c.id } as never);
    await fork().nativeUpdate(Organisation, { id: org.id }, { fallbackCounsellor: c.id });
    const session = await loginAs(server, c);

    const { deleteCounsellor } = await api.ok(DELETE, { input: { id: c.id } });
    expect(deleteCounsellor).toBe(c.id);

    await session.fails('UNAUTHENTICATED', ME);
    await server.client().fails('UNAUTHENTICATED', REFRESH, { input: { refreshToken: session.refreshToken } });
    await api.fails('NOT_FOUND', `query($id: ID!) { counsellor(id: $id) { id } }`, { id: c.id });
    const list = await api.ok(`{ counsellors { totalCount edges { node { id } } } }`);
    expect(list.counsellors.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(c.id);

    const stored = await reload(server, c.id);
    expect(stored).toMatchObject({ active: false, email: null, phone: null, postcode: null });
    expect(stored.deletedAt).toBeInstanceOf(Date);
    const em = fork();
    expect((await em.findOneOrFail(Organisation, org.id)).fallbackCounsellor ?? null).toBeNull();
    expect((await em.findOneOrFail(Client, client.id)).primaryCounsellor ?? null).toBeNull();

    // A second delete finds nothing; the email is free again, the login name stays reserved.
    await api.fails('NOT_FOUND', DELETE, { input: { id: c.id } });
    await api.ok(CREATE, { input: newStaff({ email: c.email }) });
    const err = await api.fails('CONFLICT', CREATE, { input: newStaff({ loginName: c.loginName }) });
    expect(err.extensions?.reason).toBe('LOGIN_NAME_TAKEN');
  });

  it('frees the licence slot of an active counsellor', async () => {
    const { org, api } = await orgWithAdmin(2);
    const c = await buildCounsellor(server, org);
    await api.fails('CONFLICT', CREATE, { input: newStaff() });
    await api.ok(DELETE, { input: { id: c.id } });
    await api.ok(CREATE, { input: newStaff() });
    expect(await activeCount(org.id)).toBe(2);
  });

  it('refuses to delete oneself', async () => {
    const { admin, api } = await orgWithAdmin();
    const err = await api.fails('CONFLICT', DELETE, { input: { id: admin.id } });
    expect(err.extensions?.reason).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
    expect((await reload(server, admin.id)).deletedAt ?? null).toBeNull();
  });

  it('rejects a malformed id and changes nothing', async () => {
    const { org, api } = await orgWithAdmin();
    const before = await staffCount(org.id);
    await api.fails('BAD_USER_INPUT', DELETE, { input: { id: 'abc' } });
    await api.fails('BAD_USER_INPUT', DELETE, { input: {} });
    await api.fails('BAD_USER_INPUT', DELETE, { input: { id: 5 } });
    expect(await activeCount(org.id)).toBe(before);
  });
});
