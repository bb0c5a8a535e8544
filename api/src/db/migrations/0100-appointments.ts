import { Migration } from '@mikro-orm/migrations';

/**
 * Appointments: channels, services, booking windows and horizons, absences, settings, appointments
 * (single, group, blocker, holds) and group participants. The exclusion constraint
 * `appointment_no_overlap` (btree_gist) is what makes double booking impossible.
 */
export class Migration0100Appointments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist`);
    this.addSql(`create type "appointment_channel" as enum ('VIDEO', 'CHAT', 'PHONE', 'ON_SITE')`);
    this.addSql(`create type "appointment_kind" as enum ('SINGLE', 'GROUP', 'BLOCKER')`);
    this.addSql(`create type "appointment_status" as enum ('HELD', 'BOOKED', 'CANCELLED', 'EXPIRED')`);
    this.addSql(
      `create table "appointment_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "hold_minutes" int not null default 10, "minimum_notice_minutes" int not null default 120, constraint "appointment_settings_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "appointment_settings_organisation_id_index" on "appointment_settings" ("organisation_id")`,
    );
    this.addSql(
      `alter table "appointment_settings" add constraint "appointment_settings_organisation_id_unique" unique ("organisation_id")`,
    );
    this.addSql(
      `create table "counsellor_schedule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "counsellor_id" uuid not null, "horizon_weeks" int not null default 4, constraint "counsellor_schedule_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "counsellor_schedule_organisation_id_index" on "counsellor_schedule" ("organisation_id")`,
    );
    this.addSql(
      `alter table "counsellor_schedule" add constraint "counsellor_schedule_counsellor_id_unique" unique ("counsellor_id")`,
    );
    this.addSql(
      `create table "counsellor_channel" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "counsellor_id" uuid not null, "channel" "appointment_channel" not null, "external_url" varchar(500) null, "address" jsonb null, constraint "counsellor_channel_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "counsellor_channel_organisation_id_index" on "counsellor_channel" ("organisation_id")`);
    this.addSql(
      `alter table "counsellor_channel" add constraint "counsellor_channel_counsellor_id_channel_unique" unique ("counsellor_id", "channel")`,
    );
    this.addSql(
      `create table "absence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "counsellor_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "note" varchar(200) null, constraint "absence_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "absence_organisation_id_index" on "absence" ("organisation_id")`);
    this.addSql(
      `create index "absence_organisation_id_counsellor_id_starts_at_index" on "absence" ("organisation_id", "counsellor_id", "starts_at")`,
    );
    this.addSql(
      `create table "appointment_service" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "internal_name" varchar(200) not null, "public_name" varchar(200) not null, "public_description" text null, "duration_minutes" int not null, "follow_up_minutes" int not null default 0, "channel" "appointment_channel" not null, "topic_id" uuid null, "minimum_notice_minutes" int null, "active" boolean not null default true, constraint "appointment_service_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "appointment_service_organisation_id_index" on "appointment_service" ("organisation_id")`,
    );
    this.addSql(
      `create table "booking_window" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "counsellor_id" uuid not null, "weekday" smallint not null, "start_minute" int not null, "end_minute" int not null, "service_id" uuid not null, constraint "booking_window_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "booking_window_organisation_id_index" on "booking_window" ("organisation_id")`);
    this.addSql(
      `create index "booking_window_organisation_id_counsellor_id_index" on "booking_window" ("organisation_id", "counsellor_id")`,
    );
    this.addSql(
      `create table "appointment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "kind" "appointment_kind" not null, "status" "appointment_status" not null, "counsellor_id" uuid not null, "client_id" uuid null, "service_id" uuid null, "channel" "appointment_channel" null, "title" varchar(200) null, "remarks" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "follow_up_minutes" int not null default 0, "blocked_until" timestamptz not null, "hold_expires_at" timestamptz null, "hold_token_hash" varchar(64) null, "cancel_token_hash" varchar(64) null, "contact_email" varchar(254) null, "consent_at" timestamptz null, "max_participants" int null, "bookable_by_clients" boolean not null default false, "sequence" int not null default 0, "cancelled_at" timestamptz null, "created_by_id" uuid null, constraint "appointment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "appointment_organisation_id_index" on "appointment" ("organisation_id")`);
    this.addSql(
      `create index "appointment_organisation_id_starts_at_index" on "appointment" ("organisation_id", "starts_at")`,
    );
    this.addSql(
      `create table "group_participant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "appointment_id" uuid not null, "client_id" uuid not null, "cancel_token_hash" varchar(64) null, "contact_email" varchar(254) null, constraint "group_participant_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "group_participant_organisation_id_index" on "group_participant" ("organisation_id")`);
    this.addSql(
      `alter table "group_participant" add constraint "group_participant_appointment_id_client_id_unique" unique ("appointment_id", "client_id")`,
    );
    this.addSql(
      `alter table "appointment_settings" add constraint "appointment_settings_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "counsellor_schedule" add constraint "counsellor_schedule_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "counsellor_schedule" add constraint "counsellor_schedule_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "counsellor_channel" add constraint "counsellor_channel_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "counsellor_channel" add constraint "counsellor_channel_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "absence" add constraint "absence_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "absence" add constraint "absence_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "appointment_service" add constraint "appointment_service_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "appointment_service" add constraint "appointment_service_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "booking_window" add constraint "booking_window_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "booking_window" add constraint "booking_window_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "booking_window" add constraint "booking_window_service_id_foreign" foreign key ("service_id") references "appointment_service" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_client_id_foreign" foreign key ("client_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_service_id_foreign" foreign key ("service_id") references "appointment_service" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "group_participant" add constraint "group_participant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "group_participant" add constraint "group_participant_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "group_participant" add constraint "group_participant_client_id_foreign" foreign key ("client_id") references "account" ("id") on update cascade on delete cascade`,
    );

    // No two holds/bookings of one counsellor overlap, however concurrent: the database refuses the second.
    this.addSql(
      `alter table "appointment" add constraint "appointment_no_overlap" exclude using gist ("organisation_id" with =, "counsellor_id" with =, tstzrange("starts_at", "blocked_until", '[)') with &&) where ("status" in ('HELD', 'BOOKED'))`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_times_check" check ("ends_at" > "starts_at" and "blocked_until" >= "ends_at" and "follow_up_minutes" >= 0)`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_max_participants_check" check ("max_participants" is null or "max_participants" > 0)`,
    );
    this.addSql(
      `create unique index "appointment_cancel_token_hash_unique" on "appointment" ("cancel_token_hash") where "cancel_token_hash" is not null`,
    );
    this.addSql(
      `create index "appointment_held_expiry_index" on "appointment" ("hold_expires_at") where "status" = 'HELD'`,
    );
    this.addSql(
      `create index "appointment_client_id_index" on "appointment" ("client_id") where "client_id" is not null`,
    );
    this.addSql(
      `create unique index "group_participant_cancel_token_hash_unique" on "group_participant" ("cancel_token_hash") where "cancel_token_hash" is not null`,
    );
    this.addSql(`create index "group_participant_client_id_index" on "group_participant" ("client_id")`);
    this.addSql(
      `alter table "booking_window" add constraint "booking_window_times_check" check ("weekday" between 1 and 7 and "start_minute" >= 0 and "end_minute" <= 1440 and "start_minute" < "end_minute")`,
    );
    this.addSql(`alter table "absence" add constraint "absence_times_check" check ("ends_at" > "starts_at")`);
    this.addSql(
      `alter table "counsellor_schedule" add constraint "counsellor_schedule_horizon_check" check ("horizon_weeks" in (1, 2, 4, 8))`,
    );
    this.addSql(
      `alter table "appointment_service" add constraint "appointment_service_minutes_check" check ("duration_minutes" between 5 and 480 and "follow_up_minutes" between 0 and 240)`,
    );
    this.addSql(
      `alter table "appointment_settings" add constraint "appointment_settings_minutes_check" check ("hold_minutes" between 1 and 60 and "minimum_notice_minutes" between 0 and 43200)`,
    );
  }
}
