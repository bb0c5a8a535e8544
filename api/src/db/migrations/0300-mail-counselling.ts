import { Migration } from '@mikro-orm/migrations';

/**
 * Mail counselling: counsellors' mail availability, mail requests, their messages and drafts.
 * The subject of a request is immutable: a trigger refuses any update that changes it.
 */
export class Migration0300MailCounselling extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "mail_availability" as enum ('UNLIMITED', 'NONE', 'CAPACITY')`);
    this.addSql(`create type "mail_request_status" as enum ('NEW', 'ASSIGNED', 'OPEN', 'ANSWERED', 'CLOSED')`);
    this.addSql(
      `create type "mail_routing_reason" as enum ('CHOSEN', 'PRIMARY', 'LAST_CONTACT', 'LEAST_LOADED', 'FALLBACK', 'UNASSIGNED')`,
    );
    this.addSql(`create type "mail_author_kind" as enum ('CLIENT', 'COUNSELLOR')`);

    // Nullable with a default, like the other staff-only columns of the single account table.
    this.addSql(
      `alter table "account" add column "mail_availability" "mail_availability" null default 'UNLIMITED', add column "mail_capacity" int null`,
    );
    this.addSql(
      `alter table "account" add constraint "account_mail_capacity_check" check ("mail_availability" is distinct from 'CAPACITY' or ("mail_capacity" is not null and "mail_capacity" >= 1))`,
    );

    this.addSql(
      `create table "mail_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "client_id" uuid not null, "subject" varchar(200) not null, "status" "mail_request_status" not null, "counsellor_id" uuid null, "chosen_counsellor_id" uuid null, "topic_id" uuid null, "request_data" jsonb not null, "routed_by" "mail_routing_reason" not null, "waiting_since" timestamptz null, "last_message_at" timestamptz not null, "assigned_at" timestamptz null, "message_count" int not null default 0, "released_by_id" uuid null, "closed_at" timestamptz null, constraint "mail_request_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "mail_request_organisation_id_index" on "mail_request" ("organisation_id")`);
    this.addSql(
      `create index "mail_request_organisation_id_created_at_id_index" on "mail_request" ("organisation_id", "created_at", "id")`,
    );
    this.addSql(
      `create index "mail_request_organisation_id_counsellor_id_status_index" on "mail_request" ("organisation_id", "counsellor_id", "status")`,
    );
    this.addSql(
      `create index "mail_request_organisation_id_counsellor_id_assigned_at_index" on "mail_request" ("organisation_id", "counsellor_id", "assigned_at")`,
    );
    this.addSql(
      `create index "mail_request_organisation_id_client_id_created_at_index" on "mail_request" ("organisation_id", "client_id", "created_at")`,
    );
    for (const [column, target, rule] of [
      ['organisation_id', 'organisation', 'cascade'],
      ['client_id', 'account', 'cascade'],
      ['counsellor_id', 'account', 'set null'],
      ['chosen_counsellor_id', 'account', 'set null'],
      ['topic_id', 'topic', 'set null'],
      ['released_by_id', 'account', 'set null'],
    ] as const) {
      this.addSql(
        `alter table "mail_request" add constraint "mail_request_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete ${rule}`,
      );
    }
    this.addSql(`create function "mail_request_subject_immutable"() returns trigger language plpgsql as $$
      begin
        if new."subject" is distinct from old."subject" then
          raise exception 'The subject of a mail request cannot be changed' using errcode = 'check_violation';
        end if;
        return new;
      end $$`);
    this.addSql(
      `create trigger "mail_request_subject_immutable" before update of "subject" on "mail_request" for each row execute function "mail_request_subject_immutable"()`,
    );

    this.addSql(
      `create table "mail_request_message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "mail_request_id" uuid not null, "seq" int not null, "author_kind" "mail_author_kind" not null, "counsellor_id" uuid null, "body" text not null, constraint "mail_request_message_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "mail_request_message_organisation_id_index" on "mail_request_message" ("organisation_id")`,
    );
    this.addSql(
      `alter table "mail_request_message" add constraint "mail_request_message_mail_request_id_seq_unique" unique ("mail_request_id", "seq")`,
    );
    this.addSql(
      `alter table "mail_request_message" add constraint "mail_request_message_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "mail_request_message" add constraint "mail_request_message_mail_request_id_foreign" foreign key ("mail_request_id") references "mail_request" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "mail_request_message" add constraint "mail_request_message_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete set null`,
    );

    this.addSql(
      `create table "mail_draft" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "mail_request_id" uuid not null, "author_id" uuid not null, "body" text not null, "saved_at" timestamptz not null, constraint "mail_draft_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "mail_draft_organisation_id_index" on "mail_draft" ("organisation_id")`);
    this.addSql(
      `alter table "mail_draft" add constraint "mail_draft_mail_request_id_unique" unique ("mail_request_id")`,
    );
    this.addSql(
      `alter table "mail_draft" add constraint "mail_draft_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "mail_draft" add constraint "mail_draft_mail_request_id_foreign" foreign key ("mail_request_id") references "mail_request" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "mail_draft" add constraint "mail_draft_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete cascade`,
    );
  }
}
