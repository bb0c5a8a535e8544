/**
 * Where a login name is unique (migration 0985): a staff login name on the whole platform (the
 * dashboard's login does not know the organisation), a client's (their pseudonym) within their
 * organisation (widgets always know theirs). Staff and clients are separate namespaces: the same name
 * may be a staff login and a client's pseudonym, and no check here looks into the other namespace or
 * into another organisation, so no answer reveals who uses a name elsewhere. Case-insensitive.
 */
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, AccountKind } from './account.entity.js';

/** The unique index that decides races between two staff accounts with one login name. */
export const STAFF_LOGIN_INDEX = 'account_staff_login_name_lower_unique';
/** The unique index that decides races between two clients of one organisation with one pseudonym. */
export const CLIENT_LOGIN_INDEX = 'account_client_login_name_lower_unique';

const folded = (loginName: string) => loginName.trim().toLowerCase();

/** The filter of the staff account with this login name (any organisation; served by the staff index). */
export const staffLoginWhere = (loginName: string) =>
  ({ kind: AccountKind.STAFF, [raw('lower(login_name)')]: folded(loginName) }) as never;

/** The filter of the client of `organisationId` with this login name (served by the client index). */
export const clientLoginWhere = (organisationId: string, loginName: string) =>
  ({ organisation: organisationId, kind: AccountKind.CLIENT, [raw('lower(login_name)')]: folded(loginName) }) as never;

/** Whether a staff account (of any organisation) uses this login name. */
export async function staffLoginNameTaken(em: EntityManager, loginName: string): Promise<boolean> {
  return (await em.count(Account, staffLoginWhere(loginName))) > 0;
}

/** Whether a client of this organisation uses this login name (pseudonym). Other organisations do not count. */
export async function clientLoginNameTaken(
  em: EntityManager,
  organisationId: string,
  loginName: string,
): Promise<boolean> {
  return (await em.count(Account, clientLoginWhere(organisationId, loginName))) > 0;
}
