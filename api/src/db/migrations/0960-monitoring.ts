import { Migration } from '@mikro-orm/migrations';

/**
 * Case documentation: monitorings and their topics. Lists page by (date, created_at, id) newest
 * first, per organisation or per counsellor; statistics scan an organisation's period through the
 * same indexes. Checks keep the figures sane whatever writes them (the API, the purge job, SQL).
 */
export class Migration0960Monitoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "monitoring_channel" as enum ('VIDEO', 'CHAT', 'PHONE', 'ON_SITE', 'MAIL')`);
    this.addSql(
      `create table "monitoring" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "counsellor_id" uuid not null, "client_id" uuid null, "anonymised" boolean not null default false, "appointment_id" uuid null, "mail_request_id" uuid null, "chat_stream_id" uuid null, "date" date not null, "duration_minutes" int not null, "subject" varchar(200) not null, "channel" "monitoring_channel" null, "notes" text null, "request_data" jsonb not null, constraint "monitoring_pkey" primary key ("id"),
      constraint "monitoring_duration_check" check ("duration_minutes" between 1 and 1440),
      constraint "monitoring_one_source_check" check (num_nonnulls("appointment_id", "mail_request_id", "chat_stream_id") <= 1),
      constraint "monitoring_subject_check" check ("anonymised" or length("subject") > 0),
      constraint "monitoring_anonymised_check" check (not "anonymised" or ("client_id" is null and "notes" is null)))`,
    );
    this.addSql(`create index "monitoring_organisation_id_index" on "monitoring" ("organisation_id")`);
    this.addSql(
      `create index "monitoring_organisation_id_client_id_index" on "monitoring" ("organisation_id", "client_id")`,
    );
    this.addSql(
      `create index "monitoring_counsellor_list_index" on "monitoring" ("organisation_id", "counsellor_id", "date", "created_at", "id")`,
    );
    this.addSql(
      `create index "monitoring_organisation_id_date_created_at_id_index" on "monitoring" ("organisation_id", "date", "created_at", "id")`,
    );
    this.addSql(
      `create table "monitoring_topic" ("monitoring_id" uuid not null, "topic_id" uuid not null, "organisation_id" uuid not null, constraint "monitoring_topic_pkey" primary key ("monitoring_id", "topic_id"))`,
    );
    this.addSql(
      `create index "monitoring_topic_organisation_id_topic_id_index" on "monitoring_topic" ("organisation_id", "topic_id")`,
    );
    for (const [column, target, rule] of [
      ['organisation_id', 'organisation', 'cascade'],
      ['counsellor_id', 'account', 'cascade'],
      ['client_id', 'account', 'set null'],
      ['appointment_id', 'appointment', 'set null'],
      ['mail_request_id', 'mail_request', 'set null'],
      ['chat_stream_id', 'chat_stream', 'set null'],
    ] as const) {
      this.addSql(
        `alter table "monitoring" add constraint "monitoring_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete ${rule}`,
      );
    }
    for (const [column, target] of [
      ['monitoring_id', 'monitoring'],
      ['topic_id', 'topic'],
      ['organisation_id', 'organisation'],
    ] as const) {
      this.addSql(
        `alter table "monitoring_topic" add constraint "monitoring_topic_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete cascade`,
      );
    }
  }
}
