import { Migration } from '@mikro-orm/migrations';

/**
 * The access audit log: who (staff member) did what (action) with which kind of a client's records
 * (profile, notes, documents, monitorings, mail threads, chat streams), when, naming the client and the
 * record, never its content. Rows are written in one batched INSERT per request (access-log.trail.ts).
 *
 * Append-only, enforced here rather than trusted to the application (which connects as the table's
 * owner, so REVOKE would not bind it): UPDATE and TRUNCATE always fail; DELETE fails unless it is the
 * retention purge (which sets `lotse.access_log_purge` for its transaction) or the deletion of the whole
 * organisation (its `organisation_deletion` record is written before any row goes).
 *
 * `staff_id` and `client_id` have no foreign keys: the log outlives deleted staff and purged clients,
 * and keeps the client number it was written with.
 */
export class Migration0995AccessLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "access_log_action" as enum ('READ', 'CREATE', 'UPDATE', 'DELETE', 'DOWNLOAD')`);
    this.addSql(
      `create type "access_log_record_kind" as enum ('PROFILE', 'NOTES', 'DOCUMENTS', 'MONITORINGS', 'MAIL_THREAD', 'CHAT_STREAM', 'DATA_EXPORT')`,
    );
    this.addSql(
      `create table "access_log" (
        "id" bigint generated always as identity,
        "organisation_id" uuid not null,
        "at" timestamptz not null,
        "staff_id" uuid not null,
        "action" "access_log_action" not null,
        "record_kind" "access_log_record_kind" not null,
        "client_id" uuid not null,
        "client_number" varchar(20) null,
        "record_id" uuid null,
        constraint "access_log_pkey" primary key ("id"),
        constraint "access_log_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade)`,
    );
    // Newest first per organisation (the list and the export); per client and per staff member (filters).
    this.addSql(`create index "access_log_organisation_at_index" on "access_log" ("organisation_id", "at", "id")`);
    this.addSql(
      `create index "access_log_organisation_client_index" on "access_log" ("organisation_id", "client_id", "at", "id")`,
    );
    this.addSql(
      `create index "access_log_organisation_staff_index" on "access_log" ("organisation_id", "staff_id", "at", "id")`,
    );
    this.addSql(`create function "access_log_no_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'access_log is append-only (%)', tg_op using errcode = '42501';
      end $$`);
    this.addSql(
      `create trigger "access_log_no_update" before update or truncate on "access_log" for each statement execute function "access_log_no_change"()`,
    );
    // Statement level with the deleted rows as a table: one check per DELETE, not one per row.
    this.addSql(`create function "access_log_delete_check"() returns trigger language plpgsql as $$
      begin
        if coalesce(current_setting('lotse.access_log_purge', true), '') <> 'on' and exists (
          select 1 from gone g where not exists (
            select 1 from organisation_deletion d where d.deleted_organisation_id = g.organisation_id)) then
          raise exception 'access_log is append-only (DELETE outside the retention purge)' using errcode = '42501';
        end if;
        return null;
      end $$`);
    this.addSql(
      `create trigger "access_log_delete_only_purge" after delete on "access_log" referencing old table as gone for each statement execute function "access_log_delete_check"()`,
    );
  }
}
