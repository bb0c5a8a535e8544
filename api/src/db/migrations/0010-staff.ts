import { Migration } from '@mikro-orm/migrations';

/**
 * Staff management: soft deletion of counsellors and the index behind the staff list.
 *
 * A deleted counsellor keeps its row (appointments, monitorings and messages of other modules still
 * point at it, and its login name stays reserved: login names are immutable and never reused), but is
 * inactive, has no email or contact data and is hidden from every staff list.
 */
export class Migration0010Staff extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "deleted_at" timestamptz null`);
    // Keyset pagination of the staff list (ordered by last name, first name, id) within one organisation.
    this.addSql(
      `create index "account_staff_name_index" on "account" ("organisation_id", "last_name", "first_name", "id") where "kind" = 'STAFF' and "deleted_at" is null`,
    );
  }
}
