import { Migration } from '@mikro-orm/migrations';

/**
 * Presence without Redis: one row per open staff WebSocket connection with its last heartbeat, and
 * per counsellor whether they are currently announced online. With REDIS_URL the same state lives in
 * Redis instead (modules/presence/presence.store.ts); never only in one process's memory.
 */
export class Migration0201Presence extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "presence_connection" ("connection_id" uuid not null, "organisation_id" uuid not null, "counsellor_id" uuid not null, "last_seen_at" timestamptz not null, constraint "presence_connection_pkey" primary key ("connection_id"))`,
    );
    this.addSql(
      `create index "presence_connection_counsellor_id_index" on "presence_connection" ("counsellor_id", "last_seen_at")`,
    );
    this.addSql(`create index "presence_connection_last_seen_at_index" on "presence_connection" ("last_seen_at")`);
    this.addSql(
      `alter table "presence_connection" add constraint "presence_connection_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `create table "presence_state" ("counsellor_id" uuid not null, "organisation_id" uuid not null, "online" boolean not null, "changed_at" timestamptz not null, constraint "presence_state_pkey" primary key ("counsellor_id"))`,
    );
    this.addSql(`create index "presence_state_online_index" on "presence_state" ("organisation_id") where "online"`);
    this.addSql(
      `alter table "presence_state" add constraint "presence_state_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete cascade`,
    );
  }
}
