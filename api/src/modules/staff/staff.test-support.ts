/**
 * Test helpers of the staff module. `apiAs` signs an access token for an account as a login would
 * (same claims, current token version) without going through `login`: these files need more
 * sessions than the per-IP login throttle admits. Tests about sessions themselves use `loginAs`.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestServer } from '../../../../tests/support/server.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { Account } from '../identity/account.entity.js';
import { viewerRole } from '../identity/session.service.js';
import { Counsellor } from './counsellor.entity.js';

export async function apiAs(server: TestServer, account: { id: string }): Promise<GraphQLClient> {
  const em = server.orm.em.fork() as EntityManager;
  const a = await em.findOneOrFail(Account, account.id);
  const token = await server.app.tokens.signAccess({
    accountId: a.id,
    organisationId: a.organisation.id,
    kind: a.kind === 'STAFF' ? 'STAFF' : 'CLIENT',
    role: viewerRole(a),
    sessionId: randomUUID(),
    tokenVersion: a.tokenVersion,
  });
  return server.client(token);
}

/** The counsellor as stored now (a fresh EntityManager, nothing cached). */
export async function reload(server: TestServer, id: string): Promise<Counsellor> {
  return (server.orm.em.fork() as EntityManager).findOneOrFail(Counsellor, id);
}

/** Fields that bad input must leave unchanged. */
export function snapshot(c: Counsellor) {
  return {
    role: c.role,
    active: c.active,
    salutation: c.salutation,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone ?? null,
    postcode: c.postcode ?? null,
    displayName: c.displayName,
    languages: c.languages,
    descriptions: c.descriptions,
    newsletter: c.newsletter,
    avatar: c.avatar?.id ?? null,
    deletedAt: c.deletedAt ?? null,
    tokenVersion: c.tokenVersion,
  };
}
