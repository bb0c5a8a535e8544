/**
 * Text templates ("Textbausteine", canned responses): texts staff insert into a mail answer or a chat
 * message instead of typing the same greeting, address or explanation again. A template is either the
 * organisation's (`owner` null: every staff member uses it, admins manage it) or one staff member's own
 * (`owner` set: only they see and manage it). Placeholders such as `{{pseudonym}}` stay as typed here;
 * the dashboard fills them in when it inserts a template.
 */
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';

export enum TextTemplateScope {
  /** Every staff member of the organisation uses it; admins create, change and delete it. */
  ORGANISATION = 'ORGANISATION',
  /** One staff member's own: nobody else sees it. */
  PERSONAL = 'PERSONAL',
}
registerEnumType(TextTemplateScope, {
  name: 'TextTemplateScope',
  description: 'Whose a text template is: the organisation’s (all staff use it) or the viewer’s own.',
});

/** A text template; `owner` null means organisation-wide. */
@Entity({ tableName: 'text_template' })
@Index({ properties: ['organisation', 'owner'] })
export class TextTemplate extends TenantEntity {
  /**
   * Null: the organisation's. Set: this staff member's own; deleted with their account (staff deletion).
   * Migration 1016 indexes it partially (`where owner_id is not null`, not expressible here) for that
   * deletion's foreign-key check.
   */
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'cascade' })
  owner?: Counsellor | null;

  /** Shown in the lists; what the search looks at first. */
  @Property({ type: 'string', length: 100 })
  title!: string;

  /** The text inserted. */
  @Property({ type: 'string', length: 4000 })
  body!: string;
}

export const textTemplateEntities = [TextTemplate];
