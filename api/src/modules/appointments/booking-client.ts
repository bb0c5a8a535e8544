/**
 * Who a booking belongs to. A logged-in client of the organisation books as themselves. An anonymous
 * visitor's pseudonym becomes a new `Client` account without a password (login name = pseudonym), so
 * staff see the person in member management like any other client; staff can later invite them to set
 * a password. A pseudonym a client of the organisation already uses is refused (PSEUDONYM_TAKEN): bookings are never
 * attached to someone else's account.
 */
import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput } from '../../shared/errors.js';
import { AccountKind } from '../identity/account.entity.js';
import { clientLoginNameTaken } from '../identity/login-names.js';
import { Client } from '../client/client.entity.js';
import { takeClientNumber } from '../client/client-number.js';

/** The viewer's client account when the viewer is a client of `organisationId` (no SQL: the context loaded it). */
export async function viewerClient(
  em: EntityManager,
  viewer: Viewer | null,
  organisationId: string,
): Promise<Client | null> {
  if (!viewer || viewer.kind !== 'CLIENT' || viewer.organisationId !== organisationId) return null;
  return em.findOne(Client, { id: viewer.accountId, organisation: organisationId });
}

export const pseudonymTaken = () =>
  badInput(
    'This pseudonym is already taken. Please choose another one.',
    [{ path: 'pseudonym', message: 'Already taken' }],
    'PSEUDONYM_TAKEN',
  );

/** Creates the client account for an anonymous booking (inside the booking's transaction). */
export async function createBookingClient(
  tx: EntityManager,
  organisationId: string,
  pseudonym: string,
  email: string | null,
): Promise<Client> {
  if (await clientLoginNameTaken(tx, organisationId, pseudonym)) throw pseudonymTaken();
  // The email is kept on the account only when no other client of the organisation uses it.
  const emailFree =
    email !== null &&
    (await tx.count(Client, { organisation: organisationId, [raw('lower(email)')]: email.toLowerCase() } as never)) ===
      0;
  const client = tx.create(Client, {
    organisation: organisationId,
    kind: AccountKind.CLIENT,
    loginName: pseudonym,
    pseudonym,
    email: emailFree ? email : null,
    passwordHash: null,
    clientNumber: await takeClientNumber(tx, organisationId),
  } as never);
  try {
    await tx.flush();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw pseudonymTaken();
    throw err;
  }
  return client;
}
