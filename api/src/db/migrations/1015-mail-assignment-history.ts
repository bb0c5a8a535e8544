import { Migration } from '@mikro-orm/migrations';

/**
 * What the dashboard's notification centre needs to catch up exactly after a lost connection:
 *
 * - `mail_assignment`: one row per change of a mail request's counsellor (routing, take-over,
 *   assignment by an admin, release), written in the change's transaction. The request row keeps only
 *   the current counsellor, so "taken from me since T" had no answer. Not backfilled: earlier changes
 *   left no trace, and inventing rows would announce them as new.
 * - `mail_request.assigned_at` (already set by every change since 0300) is now part of the API; rows
 *   whose counsellor was removed with their account keep no time, rows with a counsellor and no time
 *   (none are known) get the request's creation.
 * - `appointment.booked_at`: when an appointment became BOOKED (a client's confirmation; `created_at`
 *   is the hold's). Booked rows from before get `created_at`, the hold, minutes before the
 *   confirmation; cancelled and held ones stay null.
 */
export class Migration1015MailAssignmentHistory extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "mail_assignment_kind" as enum ('ROUTED', 'TAKEN_OVER', 'ASSIGNED', 'RELEASED')`);
    this.addSql(
      `create table "mail_assignment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "mail_request_id" uuid not null, "kind" "mail_assignment_kind" not null, "counsellor_id" uuid null, "previous_counsellor_id" uuid null, "actor_id" uuid null, constraint "mail_assignment_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "mail_assignment_organisation_id_index" on "mail_assignment" ("organisation_id")`);
    this.addSql(`create index "mail_assignment_mail_request_id_index" on "mail_assignment" ("mail_request_id")`);
    this.addSql(
      `create index "mail_assignment_organisation_id_previous_counsello_28acc_index" on "mail_assignment" ("organisation_id", "previous_counsellor_id", "created_at")`,
    );
    this.addSql(
      `create index "mail_assignment_organisation_id_counsellor_id_created_at_index" on "mail_assignment" ("organisation_id", "counsellor_id", "created_at")`,
    );
    // Deleting an account sets these to null (ON DELETE SET NULL): without an index of their own each
    // deletion would scan the table (the composite ones above lead with organisation_id). Partial:
    // most rows have no actor or no previous counsellor. Not in the entity (MikroORM cannot declare
    // a partial index), as appointment_client_id_index.
    for (const column of ['counsellor_id', 'previous_counsellor_id', 'actor_id']) {
      this.addSql(
        `create index "mail_assignment_${column}_index" on "mail_assignment" ("${column}") where "${column}" is not null`,
      );
    }
    this.addSql(
      `alter table "mail_assignment" add constraint "mail_assignment_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "mail_assignment" add constraint "mail_assignment_mail_request_id_foreign" foreign key ("mail_request_id") references "mail_request" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "mail_assignment" add constraint "mail_assignment_counsellor_id_foreign" foreign key ("counsellor_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "mail_assignment" add constraint "mail_assignment_previous_counsellor_id_foreign" foreign key ("previous_counsellor_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "mail_assignment" add constraint "mail_assignment_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `update "mail_request" set "assigned_at" = null where "counsellor_id" is null and "assigned_at" is not null`,
    );
    this.addSql(
      `update "mail_request" set "assigned_at" = "created_at" where "counsellor_id" is not null and "assigned_at" is null`,
    );

    this.addSql(`alter table "appointment" add column "booked_at" timestamptz null`);
    this.addSql(`update "appointment" set "booked_at" = "created_at" where "status" = 'BOOKED'`);
  }
}
