import { Migration } from '@mikro-orm/migrations';

/**
 * Client groups (issue 12): named sets of an organisation's clients. Names are unique per
 * organisation ignoring case (a functional unique index); the list is ordered by the folded name. Memberships go
 * with their group and with their client; creators and those who added members may be deleted
 * without losing the rows.
 */
export class Migration0980ClientGroups extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "client_group" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "name" varchar(100) not null, "description" varchar(1000) null, "created_by_id" uuid null, constraint "client_group_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "client_group_organisation_id_index" on "client_group" ("organisation_id")`);
    this.addSql(
      `create unique index "client_group_organisation_id_lower_name_unique" on "client_group" ("organisation_id", lower("name"))`,
    );
    // The list's order and keyset: name folded like the client search (case and accents ignored).
    this.addSql(
      `create index "client_group_name_index" on "client_group" ("organisation_id", lotse_fold("name"), "id")`,
    );
    this.addSql(
      `create table "client_group_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "group_id" uuid not null, "client_id" uuid not null, "added_by_id" uuid null, constraint "client_group_member_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "client_group_member_organisation_id_index" on "client_group_member" ("organisation_id")`,
    );
    this.addSql(
      `create index "client_group_member_organisation_id_client_id_index" on "client_group_member" ("organisation_id", "client_id")`,
    );
    this.addSql(
      `alter table "client_group_member" add constraint "client_group_member_group_id_client_id_unique" unique ("group_id", "client_id")`,
    );
    this.addSql(
      `alter table "client_group" add constraint "client_group_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "client_group" add constraint "client_group_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "client_group_member" add constraint "client_group_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "client_group_member" add constraint "client_group_member_group_id_foreign" foreign key ("group_id") references "client_group" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "client_group_member" add constraint "client_group_member_client_id_foreign" foreign key ("client_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "client_group_member" add constraint "client_group_member_added_by_id_foreign" foreign key ("added_by_id") references "account" ("id") on update cascade on delete set null`,
    );
  }
}
