import { Migration } from '@mikro-orm/migrations';

/**
 * TOTP two-factor login for staff (issue 14, staff security).
 *
 * - `account.totp_secret` / `totp_pending_secret`: the authenticator secret, sealed with a key derived
 *   from JWT_SECRET and bound to the account (a database dump alone yields no usable secret). The
 *   pending one exists between starting and confirming the setup.
 * - `account.totp_last_step`: the last accepted 30-second time step, so a code seen once (shoulder,
 *   proxy log) cannot be used again within its window.
 * - `account.totp_enabled_at` is part of the login state (organisations may require two-factor), so the
 *   account trigger of 0900/0920 now announces its changes too.
 * - `recovery_code`: single-use codes, SHA-256 only.
 * - `one_time_token_purpose` TWO_FACTOR_LOGIN: the 5-minute challenge between password and code.
 */
export class Migration0930TwoFactor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "totp_secret" text null,
      add column "totp_pending_secret" text null,
      add column "totp_enabled_at" timestamptz null,
      add column "totp_last_step" integer null`);
    this.addSql(`alter table "organisation" add column "require_two_factor" boolean not null default false`);
    this.addSql(`create table "recovery_code" ("id" uuid not null, "created_at" timestamptz not null,
      "updated_at" timestamptz not null, "organisation_id" uuid not null, "account_id" uuid not null,
      "code_hash" varchar(64) not null, "used_at" timestamptz null, constraint "recovery_code_pkey" primary key ("id"))`);
    this.addSql(`create index "recovery_code_organisation_id_index" on "recovery_code" ("organisation_id")`);
    this.addSql(`create index "recovery_code_account_id_index" on "recovery_code" ("account_id")`);
    this.addSql(`alter table "recovery_code" add constraint "recovery_code_organisation_id_foreign"
      foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "recovery_code" add constraint "recovery_code_account_id_foreign"
      foreign key ("account_id") references "account" ("id") on update cascade on delete cascade`);
    this.addSql(`alter type "one_time_token_purpose" add value if not exists 'TWO_FACTOR_LOGIN'`);
    this.addSql(`drop trigger account_state_changed on account`);
    this.addSql(`create trigger account_state_changed
  after update of status, active, token_version, kind, organisation_id, revoked_sessions, totp_enabled_at
  or delete on account for each row execute function lotse_notify_change()`);
  }
}
