/**
 * Small builders for test data, written straight through the ORM (setup is not what a test checks).
 * Each returns the entity; `loginAs` gets real tokens through the API.
 */
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { Counsellor, StaffRole } from '../../api/src/modules/staff/counsellor.entity.js';
import { Client } from '../../api/src/modules/client/client.entity.js';
import { AccountKind } from '../../api/src/modules/identity/account.entity.js';
import { takeClientNumber } from '../../api/src/modules/client/client-number.js';
import { hashPassword } from '../../api/src/shared/auth/password.js';
import { StoredFile } from '../../api/src/modules/files/stored-file.entity.js';
import { tinyPng } from '../../api/src/modules/files/png.fixture.js';
import type { TestServer } from './server.js';
import { GraphQLClient } from './gql.js';
import { PlatformOperator } from '../../api/src/modules/platform-operator/platform-operator.entity.js';

/** A password that satisfies the policy, shared by builders (hashing is the slow part). */
export const TEST_PASSWORD = 'Kaffeetasse-Leuchtturm-42';
let hashed: Promise<string> | undefined;
const passwordHash = () => (hashed ??= hashPassword(TEST_PASSWORD));

export const uniq = (prefix = 'x') => `${prefix}${randomBytes(4).toString('hex')}`;

const fork = (server: TestServer) => server.orm.em.fork() as EntityManager;

export async function buildOrganisation(server: TestServer, data: Partial<Organisation> = {}): Promise<Organisation> {
  const em = fork(server);
  const slug = uniq('org-');
  const org = em.create(Organisation, { name: `Org ${slug}`, slug, ...data } as never);
  await em.flush();
  return org;
}

export async function buildCounsellor(
  server: TestServer,
  org: Organisation,
  data: Partial<Counsellor> = {},
): Promise<Counsellor> {
  const em = fork(server);
  const loginName = data.loginName ?? uniq('staff.');
  const c = em.create(Counsellor, {
    organisation: org.id,
    kind: AccountKind.STAFF,
    loginName,
    email: `${loginName}@example.org`,
    passwordHash: await passwordHash(),
    role: StaffRole.COUNSELLOR,
    firstName: 'Test',
    lastName: 'Counsellor',
    displayName: loginName,
    ...data,
  } as never);
  await em.flush();
  return c;
}

export const buildAdmin = (server: TestServer, org: Organisation, data: Partial<Counsellor> = {}) =>
  buildCounsellor(server, org, { role: StaffRole.ADMIN, ...data });

export async function buildClient(server: TestServer, org: Organisation, data: Partial<Client> = {}): Promise<Client> {
  const em = fork(server);
  const pseudonym = data.pseudonym ?? uniq('client');
  const c = em.create(Client, {
    organisation: org.id,
    kind: AccountKind.CLIENT,
    loginName: pseudonym,
    pseudonym,
    passwordHash: await passwordHash(),
    clientNumber: await takeClientNumber(em, org.id),
    ...data,
  } as never);
  await em.flush();
  return c;
}

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken me { id kind role } }
}`;

/** The public key of a client's organisation: clients log in within it (login-names.ts), staff without. */
export async function loginOrganisationKey(
  server: TestServer,
  account: { kind?: string; organisation?: { id: string } },
): Promise<string | undefined> {
  if (account.kind !== AccountKind.CLIENT || !account.organisation) return undefined;
  const org = await fork(server).findOneOrFail(Organisation, account.organisation.id, { fields: ['publicKey'] });
  return org.publicKey;
}

/**
 * Logs in through the API and returns a client carrying the access token. A client (an entity with
 * `kind` and `organisation`) logs in with its organisation's key, as the widgets do.
 */
export async function loginAs(
  server: TestServer,
  account: { loginName: string; kind?: string; organisation?: { id: string } },
  password = TEST_PASSWORD,
): Promise<GraphQLClient & { refreshToken: string }> {
  const organisationKey = await loginOrganisationKey(server, account);
  const data = await server.client().ok<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
    input: { login: account.loginName, password, organisationKey },
  });
  return Object.assign(server.client(data.login.accessToken), { refreshToken: data.login.refreshToken });
}

/** Two organisations, each with an admin, a counsellor and a client: the base of isolation tests. */
export async function buildTwoOrganisations(server: TestServer) {
  const make = async () => {
    const org = await buildOrganisation(server);
    return {
      org,
      admin: await buildAdmin(server, org),
      counsellor: await buildCounsellor(server, org),
      client: await buildClient(server, org),
    };
  };
  return { a: await make(), b: await make() };
}

/** Gives a counsellor an avatar row directly (uploads are tested in profile.test.ts). Returns its id. */
export async function giveAvatar(server: TestServer, c: Counsellor): Promise<string> {
  const em = fork(server);
  const bytes = tinyPng();
  const file = em.create(StoredFile, {
    organisation: c.organisation.id,
    contentType: 'image/png',
    size: bytes.length,
    filename: 'avatar.png',
    sha256: 'x'.repeat(64),
    public: true,
    data: bytes,
  });
  await em.flush();
  await em.nativeUpdate(Counsellor, { id: c.id }, { avatar: file.id });
  return file.id;
}

/** A platform operator with `TEST_PASSWORD` (belongs to no organisation). */
export async function buildOperator(
  server: TestServer,
  data: Partial<PlatformOperator> = {},
): Promise<PlatformOperator> {
  const em = fork(server);
  const loginName = data.loginName ?? uniq('operator.');
  const operator = em.create(PlatformOperator, {
    loginName,
    email: `${loginName}@platform.example`,
    passwordHash: await passwordHash(),
    ...data,
  } as never);
  await em.flush();
  return operator;
}

const OPERATOR_LOGIN = `mutation OperatorLogin($input: OperatorLoginInput!) {
  operatorLogin(input: $input) { accessToken refreshToken operator { id } }
}`;

/** Logs a platform operator in through the API; the client carries the operator's access token. */
export async function loginAsOperator(
  server: TestServer,
  operator: { loginName: string },
  password = TEST_PASSWORD,
): Promise<GraphQLClient & { refreshToken: string }> {
  const data = await server
    .client()
    .ok<{ operatorLogin: { accessToken: string; refreshToken: string } }>(OPERATOR_LOGIN, {
      input: { login: operator.loginName, password },
    });
  return Object.assign(server.client(data.operatorLogin.accessToken), {
    refreshToken: data.operatorLogin.refreshToken,
  });
}

/** A platform operator, built and logged in: the "operator" column of authorization tests. */
export async function operatorClient(server: TestServer): Promise<GraphQLClient & { refreshToken: string }> {
  return loginAsOperator(server, await buildOperator(server));
}
