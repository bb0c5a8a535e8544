/**
 * The client purge's step for client groups: the client leaves every group (the memberships would go
 * with the account row anyway, by cascade; as a step they are counted in the purge record).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClientGroupMember } from './client-groups.entities.js';

export async function removeClientGroupMembershipsOfClient(
  em: EntityManager,
  organisationId: string,
  clientId: string,
): Promise<{ clientGroupMemberships: number }> {
  const clientGroupMemberships = await em.nativeDelete(ClientGroupMember, {
    organisation: organisationId,
    client: clientId,
  });
  return { clientGroupMemberships };
}
