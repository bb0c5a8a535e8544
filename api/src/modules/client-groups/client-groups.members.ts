/**
 * Using client groups elsewhere: a group appointment's participants and a group chat's members take
 * the group's members **as they are at that moment** (a snapshot). Clients who join the group later
 * are not added to appointments or chats it was used for, and leaving the group does not remove anyone.
 *
 * Why a snapshot: seats of a group appointment are limited and each participant gets a calendar
 * mail, and a chat member reads the whole conversation; both should happen because a staff member
 * decided it, at a time they can see, not as a side effect of someone else's edit of a group weeks
 * later. It also keeps the group a plain list (no links from groups to every appointment and chat),
 * and adding the group again adds whoever joined since.
 *
 * Only ACTIVE members are taken: blocked clients cannot log in and clients pending deletion are on
 * their way out; adding a group never fails because of them.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import { AccountStatus } from '../identity/account.entity.js';
import { ClientGroup, ClientGroupMember } from './client-groups.entities.js';

/**
 * The ids of the active members of the groups `groupIds` of the organisation (each client once).
 * NOT_FOUND when a group is not the organisation's. Two statements, whatever the number of groups.
 */
export async function activeMembersOfClientGroups(
  em: EntityManager,
  organisationId: string,
  groupIds: readonly string[] | null | undefined,
): Promise<string[]> {
  const ids = [...new Set(groupIds ?? [])];
  if (!ids.length) return [];
  const groups = await em.count(ClientGroup, { id: { $in: ids }, organisation: organisationId });
  if (groups !== ids.length) throw notFound('Client group');
  const members = await em.find(
    ClientGroupMember,
    { organisation: organisationId, group: { $in: ids }, client: { status: AccountStatus.ACTIVE } },
    { fields: ['client'] },
  );
  return [...new Set(members.map((m) => m.client.id))];
}
