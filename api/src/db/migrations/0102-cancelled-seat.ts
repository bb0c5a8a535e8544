import { Migration } from '@mikro-orm/migrations';

/** Cancel tokens of given-up group seats, so a seat's cancel link stays idempotent (CancelledSeat). */
export class Migration0102CancelledSeat extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "cancelled_seat" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "appointment_id" uuid not null, "cancel_token_hash" varchar(64) not null, constraint "cancelled_seat_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "cancelled_seat_organisation_id_index" on "cancelled_seat" ("organisation_id")`);
    this.addSql(
      `alter table "cancelled_seat" add constraint "cancelled_seat_cancel_token_hash_unique" unique ("cancel_token_hash")`,
    );
    this.addSql(
      `alter table "cancelled_seat" add constraint "cancelled_seat_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "cancelled_seat" add constraint "cancelled_seat_appointment_id_foreign" foreign key ("appointment_id") references "appointment" ("id") on update cascade on delete cascade`,
    );
  }
}
