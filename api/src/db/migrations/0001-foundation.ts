import { Migration } from '@mikro-orm/migrations';

/** Organisations, accounts (staff and clients), tokens, licence requests, files and the mail outbox. */
export class Migration0001Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "openness_level" as enum ('VERY_OPEN', 'OPEN', 'RESTRICTED', 'STRONGLY_RESTRICTED')`);
    this.addSql(`create type "mail_status" as enum ('QUEUED', 'SENDING', 'SENT', 'FAILED')`);
    this.addSql(`create type "account_kind" as enum ('STAFF', 'CLIENT')`);
    this.addSql(`create type "account_status" as enum ('ACTIVE', 'BLOCKED', 'DELETION_PENDING')`);
    this.addSql(`create type "staff_role" as enum ('COUNSELLOR', 'ADMIN')`);
    this.addSql(`create type "salutation" as enum ('MS', 'MR', 'NEUTRAL')`);
    this.addSql(`create type "one_time_token_purpose" as enum ('PASSWORD_RESET', 'INVITATION')`);
    this.addSql(
      `create table "stored_file" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "content_type" varchar(100) not null, "size" int not null, "filename" varchar(255) not null, "sha256" varchar(64) not null, "public" boolean not null default false, "data" bytea null, "storage_key" varchar(255) null, constraint "stored_file_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "stored_file_organisation_id_index" on "stored_file" ("organisation_id")`);
    this.addSql(
      `create table "organisation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "slug" varchar(64) not null, "public_key" varchar(64) not null, "contact" jsonb not null, "billing_address" jsonb not null, "timezone" varchar(64) not null default 'Europe/Berlin', "locale" varchar(16) not null default 'de', "master_data_fields" jsonb not null, "auto_primary_counsellor" boolean not null default false, "fallback_counsellor_id" uuid null, "mail_overdue_hours" int not null default 48, "openness_level" "openness_level" not null default 'OPEN', "retention_days" int not null default 30, "holiday_region" varchar(16) not null default 'DE', "closing_days" jsonb not null, "video" jsonb not null, "allowed_origins" text[] not null, "licence_volume" int not null default 5, "next_client_number" int not null default 1, constraint "organisation_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "organisation" add constraint "organisation_slug_unique" unique ("slug")`);
    this.addSql(`alter table "organisation" add constraint "organisation_public_key_unique" unique ("public_key")`);
    this.addSql(
      `create table "outbox_mail" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid null, "to" varchar(254) not null, "subject" varchar(300) not null, "text" text not null, "attachments" jsonb null, "status" "mail_status" not null default 'QUEUED', "attempts" int not null default 0, "last_error" text null, "sent_at" timestamptz null, constraint "outbox_mail_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "outbox_mail_organisation_id_created_at_index" on "outbox_mail" ("organisation_id", "created_at")`,
    );
    this.addSql(
      `create table "account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "kind" "account_kind" not null, "login_name" varchar(64) not null, "email" varchar(254) null, "password_hash" varchar(255) null, "status" "account_status" not null default 'ACTIVE', "token_version" int not null default 0, "password_changed_at" timestamptz null, "last_login_at" timestamptz null, "role" "staff_role" null default 'COUNSELLOR', "active" boolean null default true, "salutation" "salutation" null default 'NEUTRAL', "first_name" varchar(100) null default '', "last_name" varchar(100) null default '', "postcode" varchar(16) null, "display_name" varchar(100) null default '', "languages" text[] null, "descriptions" jsonb null, "newsletter" boolean null default false, "avatar_id" uuid null, "only_regular_clients" boolean null default false, "pseudonym" varchar(64) null, "client_number" varchar(16) null, "primary_counsellor_id" uuid null, "phone" varchar(40) null, "master_data" jsonb null, "deletion_requested_at" timestamptz null, constraint "account_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "account_organisation_id_index" on "account" ("organisation_id")`);
    this.addSql(`create index "account_organisation_id_kind_index" on "account" ("organisation_id", "kind")`);
    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "account_id" uuid not null, "family_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "refresh_token_organisation_id_index" on "refresh_token" ("organisation_id")`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash")`);
    this.addSql(
      `create index "refresh_token_account_id_family_id_index" on "refresh_token" ("account_id", "family_id")`,
    );
    this.addSql(
      `create table "one_time_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "account_id" uuid not null, "purpose" "one_time_token_purpose" not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "one_time_token_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "one_time_token_organisation_id_index" on "one_time_token" ("organisation_id")`);
    this.addSql(`create index "one_time_token_account_id_index" on "one_time_token" ("account_id")`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash")`);
    this.addSql(
      `create table "licence_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "requested_by_id" uuid null, "contact_person" varchar(200) not null, "email" varchar(254) not null, "requested_volume" int not null, "current_volume" int not null, "remark" text null, constraint "licence_request_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "licence_request_organisation_id_index" on "licence_request" ("organisation_id")`);
    this.addSql(
      `create table "topic" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "name" varchar(100) not null, "category" varchar(50) null, constraint "topic_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "topic" add constraint "topic_organisation_id_name_unique" unique ("organisation_id", "name")`,
    );
    this.addSql(
      `alter table "stored_file" add constraint "stored_file_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_fallback_counsellor_id_foreign" foreign key ("fallback_counsellor_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "outbox_mail" add constraint "outbox_mail_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "account" add constraint "account_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "account" add constraint "account_avatar_id_foreign" foreign key ("avatar_id") references "stored_file" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "account" add constraint "account_primary_counsellor_id_foreign" foreign key ("primary_counsellor_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "one_time_token" add constraint "one_time_token_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "one_time_token" add constraint "one_time_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "licence_request" add constraint "licence_request_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "licence_request" add constraint "licence_request_requested_by_id_foreign" foreign key ("requested_by_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "topic" add constraint "topic_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(`create unique index "account_login_name_lower_unique" on "account" (lower("login_name"))`);
    this.addSql(
      `create unique index "account_staff_email_lower_unique" on "account" (lower("email")) where "kind" = 'STAFF' and "email" is not null`,
    );
    this.addSql(
      `create unique index "account_client_email_lower_unique" on "account" ("organisation_id", lower("email")) where "kind" = 'CLIENT' and "email" is not null`,
    );
    this.addSql(
      `create unique index "account_client_number_unique" on "account" ("organisation_id", "client_number") where "client_number" is not null`,
    );
    this.addSql(
      `create index "outbox_mail_status_index" on "outbox_mail" ("status") where "status" in ('SENDING', 'FAILED')`,
    );
    // Throttling counters of rate-limiter-flexible when no Redis is configured (shape fixed by the library).
    this.addSql(
      `create table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint)`,
    );
  }
}
