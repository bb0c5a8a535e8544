import { Migration } from '@mikro-orm/migrations';

/**
 * Change notifications for the process caches of hot rows (db/change-feed.ts): every change of an
 * account's login state and every change of an organisation is announced with NOTIFY on the
 * `lotse_changes` channel as `<table>:<id>`, whatever wrote it (ORM, native update, psql). Each API
 * process listens and drops its cached copy, so a blocked account or a new password ends sessions
 * in every process at once.
 */
export class Migration0900ChangeNotifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function lotse_notify_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('lotse_changes', tg_table_name || ':' || coalesce(old.id, new.id)::text);
  return null;
end $$`);
    this
      .addSql(`create trigger account_state_changed after update of status, active, token_version, kind, organisation_id
  or delete on account for each row execute function lotse_notify_change()`);
    this.addSql(`create trigger organisation_changed after update or delete on organisation
  for each row execute function lotse_notify_change()`);
  }
}
