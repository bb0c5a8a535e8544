/**
 * Who may do what with client groups (DOMAIN.md, seed FAQ "Wie kann ich eine Gruppe anlegen /
 * Teilnehmer:innen hinzufügen / entfernen / löschen?"): every staff member of the organisation creates
 * groups, renames them and manages their members (the FAQ walks counsellors through all of it and
 * restricts only deletion); deleting is for the group's creator or an admin ("Als Berater:in kann man
 * ausschließlich die selbst angelegten Gruppen löschen, als Admin kann man alle Gruppen löschen").
 * Clients see only the name and description of the groups they belong to.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { ClientGroup } from './client-groups.entities.js';

export const mayDeleteGroup = (viewer: Viewer, group: ClientGroup): boolean =>
  viewer.kind === 'STAFF' &&
  group.organisation.id === viewer.organisationId &&
  (viewer.role === 'ADMIN' || group.createdBy?.id === viewer.accountId);

/** The group `id` of a staff viewer's organisation; NOT_FOUND for any other (no hint it exists elsewhere). */
export async function groupForStaff(em: EntityManager, viewer: Viewer, id: string): Promise<ClientGroup> {
  if (viewer.kind !== 'STAFF') throw forbidden();
  const group = await em.findOne(ClientGroup, { id, organisation: viewer.organisationId });
  if (!group) throw notFound('Client group');
  return group;
}
