/**
 * Text templates for staff: the list the viewer may use (the organisation's and their own, found by
 * title or text ignoring case and accents, by title), and creating, changing and deleting them by the
 * rules of text-templates.policy.ts. Knows nothing of GraphQL.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput } from '../../shared/errors.js';
import { TextTemplate, TextTemplateScope } from './text-templates.entity.js';
import { MAX_TEMPLATES_PER_SCOPE } from './text-templates.inputs.js';
import { assertMayManage, mayManage, scopeOf, staffOnly, usableTemplate } from './text-templates.policy.js';
import type { TextTemplateView } from './text-templates.types.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

interface Row {
  id: string;
  owner_id: string | null;
  title: string;
  body: string;
  updated_at: Date | string;
}

export class TextTemplatesService {
  constructor(private readonly em: EntityManager) {}

  /** One statement, bounded by MAX_TEMPLATES_PER_SCOPE per scope: the organisation's and the viewer's own. */
  async list(
    viewer: Viewer,
    filter: { search?: string | null; scope?: TextTemplateScope | null },
  ): Promise<TextTemplateView[]> {
    staffOnly(viewer);
    const where = ['t.organisation_id = ?'];
    const params: unknown[] = [viewer.organisationId];
    if (filter.scope === TextTemplateScope.ORGANISATION) where.push('t.owner_id is null');
    else if (filter.scope === TextTemplateScope.PERSONAL) {
      where.push('t.owner_id = ?');
      params.push(viewer.accountId);
    } else {
      where.push('(t.owner_id is null or t.owner_id = ?)');
      params.push(viewer.accountId);
    }
    if (filter.search) {
      where.push(
        `(lotse_fold(t.title) like '%' || lotse_fold(?) || '%' or lotse_fold(t.body) like '%' || lotse_fold(?) || '%')`,
      );
      params.push(escapeLike(filter.search), escapeLike(filter.search));
    }
    const rows = await this.em.execute<Row[]>(
      `select t.id, t.owner_id, t.title, t.body, t.updated_at from text_template t
        where ${where.join(' and ')} order by lotse_fold(t.title), t.id`,
      params,
    );
    return rows.map((r) =>
      this.view(viewer, {
        id: r.id,
        owner: r.owner_id,
        title: r.title,
        body: r.body,
        updatedAt: new Date(r.updated_at),
      }),
    );
  }

  async create(
    viewer: Viewer,
    input: { scope: TextTemplateScope; title: string; body: string },
  ): Promise<TextTemplateView> {
    staffOnly(viewer);
    assertMayManage(viewer, input.scope);
    const owner = input.scope === TextTemplateScope.PERSONAL ? viewer.accountId : null;
    // A bound on the list, not an invariant: two creates at the same moment may pass it together.
    const count = await this.em.count(TextTemplate, { organisation: viewer.organisationId, owner });
    if (count >= MAX_TEMPLATES_PER_SCOPE) throw tooMany(input.scope);
    const template = this.em.create(TextTemplate, {
      organisation: viewer.organisationId,
      owner,
      title: input.title,
      body: input.body,
    });
    await this.em.flush();
    return this.view(viewer, this.plain(template));
  }

  async update(
    viewer: Viewer,
    input: { id: string; title?: string | null; body?: string | null },
  ): Promise<TextTemplateView> {
    const template = await usableTemplate(this.em, viewer, input.id);
    assertMayManage(viewer, scopeOf(template));
    if (input.title != null) template.title = input.title;
    if (input.body != null) template.body = input.body;
    await this.em.flush();
    return this.view(viewer, this.plain(template));
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const template = await usableTemplate(this.em, viewer, id);
    assertMayManage(viewer, scopeOf(template));
    await this.em.nativeDelete(TextTemplate, { id: template.id, organisation: viewer.organisationId });
    return true;
  }

  private plain(t: TextTemplate) {
    return { id: t.id, owner: t.owner?.id ?? null, title: t.title, body: t.body, updatedAt: t.updatedAt };
  }

  private view(
    viewer: Viewer,
    t: { id: string; owner: string | null; title: string; body: string; updatedAt: Date },
  ): TextTemplateView {
    const scope = t.owner ? TextTemplateScope.PERSONAL : TextTemplateScope.ORGANISATION;
    return { id: t.id, scope, title: t.title, body: t.body, updatedAt: t.updatedAt, mayEdit: mayManage(viewer, scope) };
  }
}

const tooMany = (scope: TextTemplateScope) => {
  const message =
    scope === TextTemplateScope.ORGANISATION
      ? `The organisation has ${MAX_TEMPLATES_PER_SCOPE} text templates already`
      : `You have ${MAX_TEMPLATES_PER_SCOPE} text templates already`;
  return badInput(message, [{ path: 'scope', message }], 'TEXT_TEMPLATE_LIMIT');
};
