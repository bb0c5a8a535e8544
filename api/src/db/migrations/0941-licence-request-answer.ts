import { Migration } from '@mikro-orm/migrations';

/**
 * The platform operator answers licence requests (grant with a volume, or decline, with a message).
 * Existing requests start PENDING. The (status, created_at) index serves the operator's list of open
 * requests across organisations, the one read that is not by organisation.
 */
export class Migration0941LicenceRequestAnswer extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "licence_request_status" as enum ('PENDING', 'GRANTED', 'DECLINED')`);
    this.addSql(
      `alter table "licence_request" add column "status" "licence_request_status" not null default 'PENDING', add column "answered_at" timestamptz null, add column "granted_volume" int null, add column "answer_message" text null, add column "answered_by_id" uuid null`,
    );
    this.addSql(
      `alter table "licence_request" add constraint "licence_request_answered_by_id_foreign" foreign key ("answered_by_id") references "platform_operator" ("id") on update cascade on delete set null`,
    );
    this.addSql(`create index "licence_request_status_created_at_index" on "licence_request" ("status", "created_at")`);
  }
}
