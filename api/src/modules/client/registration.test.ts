import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildCounsellor, buildOrganisation, loginAs, uniq } from '../../../../tests/support/builders.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Client } from './client.entity.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';
import { registerLimitKey } from './registration.service.js';

const REGISTER = `mutation($input: RegisterClientInput!) {
  registerClient(input: $input) { accessToken refreshToken me { id kind role organisation { id } client { pseudonym clientNumber } } }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { me { id } } }`;
const ME = `{ me { id client { pseudonym } } }`;

const PASSWORD = 'Leuchtkäfer-Mondsichel-64';

let server: TestServer;
let org: Organisation;

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server);
});
afterAll(() => server?.close());
beforeEach(async () => {
  await server.app.limits.sensitiveIp.reset(registerLimitKey('127.0.0.1'));
});

const em = () => server.orm.em.fork() as EntityManager;

/** What a refused registration must leave untouched. */
async function snapshot(o: Organisation = org) {
  const e = em();
  return {
    clients: await e.count(Client, { organisation: o.id }),
    nextNumber: (await e.findOneOrFail(Organisation, o.id)).nextClientNumber,
  };
}

const input = (over: Record<string, unknown> = {}) => ({
  organisationKey: org.publicKey,
  pseudonym: uniq('Nachtfalter'),
  password: PASSWORD,
  ...over,
});

describe('registerClient', () => {
  it('creates a client with a client number and logs them in', async () => {
    const email = `${uniq('r')}@Example.org`;
    const data = input({ email });
    const res = await server.client().ok(REGISTER, { input: data });
    const reg = res.registerClient;
    expect(reg.me).toMatchObject({
      kind: 'CLIENT',
      role: null,
      organisation: { id: org.id },
      client: { pseudonym: data.pseudonym },
    });
    expect(reg.me.client.clientNumber).toMatch(/^\d{5}$/);
    expect((await server.client(reg.accessToken).ok(ME)).me.client.pseudonym).toBe(data.pseudonym);

    const stored = await em().findOneOrFail(Client, reg.me.id);
    expect(stored).toMatchObject({ loginName: data.pseudonym, pseudonym: data.pseudonym, email: email.toLowerCase() });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    // Logs in by pseudonym, and by email through the organisation's widgets.
    await loginAs(server, stored, PASSWORD);
    const byEmail = await server
      .client()
      .ok(LOGIN, { input: { login: email, password: PASSWORD, organisationKey: org.publicKey } });
    expect(byEmail.login.me.id).toBe(reg.me.id);
  });

  it('numbers clients one after another and treats an empty email as none', async () => {
    const a = await server.client().ok(REGISTER, { input: input({ email: '' }) });
    const b = await server.client().ok(REGISTER, { input: input({ email: null }) });
    const n = (r: typeof a) => Number(r.registerClient.me.client.clientNumber);
    expect(n(b)).toBe(n(a) + 1);
    expect((await em().findOneOrFail(Client, a.registerClient.me.id)).email).toBeNull();
  });

  it('refuses a pseudonym taken in the organisation, ignoring case', async () => {
    const first = input();
    await server.client().ok(REGISTER, { input: first });
    const before = await snapshot();
    const err = await server
      .client()
      .fails('CONFLICT', REGISTER, { input: input({ pseudonym: first.pseudonym.toUpperCase() }) });
    expect(err.extensions?.reason).toBe('PSEUDONYM_TAKEN');
    expect(await snapshot()).toEqual(before);
  });

  it('does not count other organisations’ clients nor staff login names (nothing to reveal)', async () => {
    const elsewhere = await buildOrganisation(server);
    const taken = input({ organisationKey: elsewhere.publicKey });
    await server.client().ok(REGISTER, { input: taken });
    const staff = await buildCounsellor(server, org);
    for (const pseudonym of [taken.pseudonym, staff.loginName]) {
      const reg = (await server.client().ok(REGISTER, { input: input({ pseudonym }) })).registerClient;
      expect(reg.me).toMatchObject({ kind: 'CLIENT', organisation: { id: org.id }, client: { pseudonym } });
    }
  });

  it('does not reveal that an email is in use: registers without it and tells the address owner', async () => {
    const email = `${uniq('dup')}@example.org`;
    const first = await server.client().ok(REGISTER, { input: input({ email }) });
    const second = await server.client().ok(REGISTER, { input: input({ email: email.toUpperCase() }) });
    expect((await em().findOneOrFail(Client, first.registerClient.me.id)).email).toBe(email.toLowerCase());
    expect((await em().findOneOrFail(Client, second.registerClient.me.id)).email).toBeNull();
    const notices = await em().find(OutboxMail, { to: email.toLowerCase(), organisation: org.id });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).not.toContain(second.registerClient.me.client.pseudonym);
    // Another organisation's clients are separate: the same address is stored there.
    const other = await buildOrganisation(server);
    const there = await server.client().ok(REGISTER, { input: input({ email, organisationKey: other.publicKey }) });
    expect((await em().findOneOrFail(Client, there.registerClient.me.id)).email).toBe(email.toLowerCase());
  });

  it('explains a refused password and creates nothing', async () => {
    const before = await snapshot();
    const weak = await server.client().fails('BAD_USER_INPUT', REGISTER, { input: input({ password: 'hallo12345' }) });
    expect(weak.extensions?.reason).toBe('PASSWORD_WEAK');
    expect(weak.extensions?.fields?.[0]?.path).toBe('password');
    expect(weak.message).toMatch(/^This password is too easy to guess\./);
    const pseudonym = uniq('Regenbogenfisch');
    const personal = await server
      .client()
      .fails('BAD_USER_INPUT', REGISTER, { input: input({ pseudonym, password: `${pseudonym}-2024!` }) });
    expect(personal.message).toBe('Do not use your login name in the password.');
    const short = await server.client().fails('BAD_USER_INPUT', REGISTER, { input: input({ password: 'Ab1!' }) });
    expect(short.message).toBe('Use at least 10 characters (this one has 4).');
    expect(await snapshot()).toEqual(before);
  });

  it('rejects malformed input with BAD_USER_INPUT on the right field and creates nothing', async () => {
    const before = await snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'not-an-email' }, 'email'],
      [{ email: `${'e'.repeat(250)}@example.org` }, 'email'],
      [{ pseudonym: 'x'.repeat(65) }, 'pseudonym'],
      [{ pseudonym: 'ab' }, 'pseudonym'],
      [{ pseudonym: 'zwei worte' }, 'pseudonym'],
      [{ pseudonym: 'me@example.org' }, 'pseudonym'],
      [{ password: 'P'.repeat(201) }, 'password'],
      [{ organisationKey: 'k'.repeat(65) }, 'organisationKey'],
    ];
    for (const [over, path] of cases) {
      const err = await server.client().fails('BAD_USER_INPUT', REGISTER, { input: input(over) });
      expect(
        err.extensions?.fields?.map((f) => f.path),
        JSON.stringify(over),
      ).toContain(path);
    }
    await server.client().fails('BAD_USER_INPUT', REGISTER, { input: input({ pseudonym: 42 }) });
    await server.client().fails('BAD_USER_INPUT', REGISTER, { input: { pseudonym: 'someone', password: PASSWORD } });
    expect(await snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown organisation key', async () => {
    const before = await snapshot();
    await server.client().fails('NOT_FOUND', REGISTER, { input: input({ organisationKey: 'pk_unknown' }) });
    expect(await snapshot()).toEqual(before);
  });

  it('lets exactly one of concurrent registrations with one pseudonym win, using up one number', async () => {
    const before = await snapshot();
    const pseudonym = uniq('Zwilling');
    const results = await Promise.all(
      [pseudonym, pseudonym.toUpperCase(), pseudonym.toLowerCase()].map((p) =>
        server.client().request(REGISTER, { input: input({ pseudonym: p }) }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(2);
    for (const r of refused) {
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PSEUDONYM_TAKEN' });
    }
    expect(await snapshot()).toEqual({ clients: before.clients + 1, nextNumber: before.nextNumber + 1 });
  });

  it('keeps the email on exactly one of concurrent registrations with it, and both succeed', async () => {
    const email = `${uniq('race')}@example.org`;
    const results = await Promise.all([0, 1].map(() => server.client().ok(REGISTER, { input: input({ email }) })));
    const stored = await em().find(Client, { id: { $in: results.map((r) => r.registerClient.me.id) } });
    const emails = stored.map((c) => c.email);
    expect(emails).toHaveLength(2);
    expect(emails).toContain(email);
    expect(emails).toContain(null);
  });

  it('is throttled per IP with RATE_LIMITED', async () => {
    for (let i = 0; i < 20; i++) {
      await server.client().fails('NOT_FOUND', REGISTER, { input: input({ organisationKey: 'pk_unknown' }) });
    }
    const before = await snapshot();
    const err = await server.client().fails('RATE_LIMITED', REGISTER, { input: input() });
    expect(err.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });

  it('registers into the organisation named by the key only', async () => {
    const other = await buildOrganisation(server);
    const before = await snapshot();
    const res = await server.client().ok(REGISTER, { input: input({ organisationKey: other.publicKey }) });
    expect(res.registerClient.me.organisation.id).toBe(other.id);
    expect(await snapshot()).toEqual(before);
  });
});
