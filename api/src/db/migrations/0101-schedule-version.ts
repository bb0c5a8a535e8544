import { Migration } from '@mikro-orm/migrations';

/**
 * A version per organisation of everything slot generation reads besides busy time: booking
 * windows, services, schedules (horizons), booking settings, the organisation (timezone, closing
 * days, holiday region) and the bookable state of counsellors. Triggers raise it on every change,
 * whoever writes; API processes cache an organisation's schedule and check this version in the same
 * statement that reads busy time, so a cached schedule is never used after a change.
 */
export class Migration0101ScheduleVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "schedule_version" ("organisation_id" uuid not null, "version" bigint not null, constraint "schedule_version_pkey" primary key ("organisation_id"))`,
    );
    this.addSql(`create or replace function lotse_bump_schedule() returns trigger language plpgsql as $$
declare
  org uuid;
begin
  if tg_table_name = 'organisation' then
    org := coalesce(new.id, old.id);
  elsif tg_op = 'DELETE' then
    org := old.organisation_id;
  else
    org := new.organisation_id;
  end if;
  insert into schedule_version (organisation_id, version) values (org, 1)
    on conflict (organisation_id) do update set version = schedule_version.version + 1;
  return null;
end $$`);
    for (const table of ['booking_window', 'appointment_service', 'counsellor_schedule', 'appointment_settings']) {
      this.addSql(`create trigger ${table}_schedule_changed after insert or update or delete on "${table}"
  for each row execute function lotse_bump_schedule()`);
    }
    this.addSql(`create trigger organisation_schedule_changed after update on "organisation"
  for each row execute function lotse_bump_schedule()`);
    this.addSql(`create trigger account_schedule_changed after update of active, status, only_regular_clients, kind
  on "account" for each row execute function lotse_bump_schedule()`);
  }
}
