import { Migration } from '@mikro-orm/migrations';

/**
 * Text templates ("Textbausteine"): the organisation's (`owner_id` null) and each staff member's own.
 * The list reads an organisation's rows with the viewer's own by (organisation_id, owner_id); it is
 * small (at most 200 per scope), so its order by the folded title needs no index of its own.
 * Deleting an account checks `owner_id` (foreign key, cascade): the partial index on it keeps that
 * check from scanning every organisation's templates.
 */
export class Migration1016TextTemplates extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "text_template" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "owner_id" uuid null, "title" varchar(100) not null, "body" varchar(4000) not null, constraint "text_template_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "text_template_organisation_id_index" on "text_template" ("organisation_id")`);
    this.addSql(
      `create index "text_template_organisation_id_owner_id_index" on "text_template" ("organisation_id", "owner_id")`,
    );
    this.addSql(
      `create index "text_template_owner_id_index" on "text_template" ("owner_id") where "owner_id" is not null`,
    );
    this.addSql(
      `alter table "text_template" add constraint "text_template_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "text_template" add constraint "text_template_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete cascade`,
    );
  }
}
