import { Migration } from '@mikro-orm/migrations';

/**
 * Logout ends the access token at once, not when it expires: `account.revoked_sessions` maps the
 * session (refresh-token family) ids logged out within the last access-token lifetime to when, as
 * epoch seconds (older entries are dropped on the next logout; their tokens have expired anyway).
 * The token check reads it with the login state, and the account trigger of 0900 now also announces
 * a change of it, so every process drops its cached login state at once.
 */
export class Migration0920SessionRevocation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "revoked_sessions" jsonb not null default '{}'`);
    this.addSql(`drop trigger account_state_changed on account`);
    this.addSql(`create trigger account_state_changed
  after update of status, active, token_version, kind, organisation_id, revoked_sessions
  or delete on account for each row execute function lotse_notify_change()`);
  }
}
