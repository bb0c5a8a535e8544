import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks (issue 16): an organisation's endpoints, the events owed to each (one row per event and
 * endpoint, with the exact body sent) and every delivery attempt (the log admins read). The
 * endpoint's HMAC secret is stored sealed (AES-GCM under a key derived from JWT_SECRET, bound to the
 * row). Everything goes with its organisation and with its endpoint (foreign key cascades).
 */
export class Migration1000Webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "url" varchar(2000) not null, "description" varchar(200) null, "events" text[] not null, "active" boolean not null default true, "secret_sealed" text not null, constraint "webhook_endpoint_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "webhook_endpoint_organisation_id_index" on "webhook_endpoint" ("organisation_id")`);
    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "endpoint_id" uuid not null, "event_id" uuid not null, "event_type" varchar(50) not null, "body" text not null, "status" varchar(20) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "webhook_delivery_organisation_id_index" on "webhook_delivery" ("organisation_id")`);
    this.addSql(`create index "webhook_delivery_endpoint_id_index" on "webhook_delivery" ("endpoint_id")`);
    // The sweeper's question: which pending deliveries are overdue (a job lost in a crash)?
    this.addSql(
      `create index "webhook_delivery_pending_index" on "webhook_delivery" ("next_attempt_at") where "status" = 'PENDING'`,
    );
    this.addSql(`create index "webhook_delivery_created_at_index" on "webhook_delivery" ("created_at")`);
    this.addSql(
      `create table "webhook_attempt" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "endpoint_id" uuid not null, "delivery_id" uuid not null, "attempt" int not null, "status_code" int null, "duration_ms" int not null, "error" varchar(500) null, "response_snippet" varchar(200) null, "next_retry_at" timestamptz null, constraint "webhook_attempt_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "webhook_attempt_organisation_id_index" on "webhook_attempt" ("organisation_id")`);
    // The log of one endpoint, newest first.
    this.addSql(
      `create index "webhook_attempt_log_index" on "webhook_attempt" ("organisation_id", "endpoint_id", "created_at", "id")`,
    );
    this.addSql(`create index "webhook_attempt_delivery_id_index" on "webhook_attempt" ("delivery_id")`);
    for (const table of ['webhook_endpoint', 'webhook_delivery', 'webhook_attempt']) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
      );
    }
    for (const table of ['webhook_delivery', 'webhook_attempt']) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade`,
      );
    }
    this.addSql(
      `alter table "webhook_attempt" add constraint "webhook_attempt_delivery_id_foreign" foreign key ("delivery_id") references "webhook_delivery" ("id") on update cascade on delete cascade`,
    );
  }
}
