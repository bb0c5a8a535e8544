/**
 * A deleted staff member's own text templates go with their account. The account row stays as a
 * tombstone (staff.service.ts `delete`), so the foreign key's cascade would never fire: the deletion
 * calls this in its transaction.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { TextTemplate } from './text-templates.entity.js';

export function deletePersonalTextTemplates(
  em: EntityManager,
  organisationId: string,
  counsellorId: string,
): Promise<number> {
  return em.nativeDelete(TextTemplate, { organisation: organisationId, owner: counsellorId });
}
