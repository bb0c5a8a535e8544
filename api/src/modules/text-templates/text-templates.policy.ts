/**
 * Who may do what with text templates: every staff member uses the organisation's templates and their
 * own; admins manage the organisation's; each staff member manages their own. Another staff member's
 * own templates and other organisations' are not there at all (NOT_FOUND, no hint they exist).
 * Clients have none.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { TextTemplate, TextTemplateScope } from './text-templates.entity.js';

export const scopeOf = (t: Pick<TextTemplate, 'owner'>): TextTemplateScope =>
  t.owner ? TextTemplateScope.PERSONAL : TextTemplateScope.ORGANISATION;

/** Whether `viewer` may create, change or delete templates of `scope` (own ones: always). */
export const mayManage = (viewer: Viewer, scope: TextTemplateScope): boolean =>
  viewer.kind === 'STAFF' && (scope === TextTemplateScope.PERSONAL || viewer.role === 'ADMIN');

export function staffOnly(viewer: Viewer): void {
  if (viewer.kind !== 'STAFF') throw forbidden();
}

/** FORBIDDEN unless the viewer may manage templates of `scope`. */
export function assertMayManage(viewer: Viewer, scope: TextTemplateScope): void {
  if (!mayManage(viewer, scope)) throw forbidden('Only admins manage the organisation’s text templates');
}

/** A template the staff viewer may use (the organisation's or their own); NOT_FOUND for any other. */
export async function usableTemplate(em: EntityManager, viewer: Viewer, id: string): Promise<TextTemplate> {
  staffOnly(viewer);
  const template = await em.findOne(TextTemplate, {
    id,
    organisation: viewer.organisationId,
    $or: [{ owner: null }, { owner: viewer.accountId }],
  });
  if (!template) throw notFound('Text template');
  return template;
}
