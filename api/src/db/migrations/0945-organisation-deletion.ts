import { Migration } from '@mikro-orm/migrations';

/**
 * Deletion of an organisation after a grace period (`npm run lotse -- org delete`): the mark on the
 * organisation (suspended at once, deleted by the job once `deletion_due_at` has passed), and the
 * record the job keeps of every deletion. The record has no foreign key and no `organisation_id`
 * column: it outlives the organisation, and it is platform data, not the organisation's.
 */
export class Migration0945OrganisationDeletion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organisation"
  add column "deletion_requested_at" timestamptz null,
  add column "deletion_due_at" timestamptz null`);
    this.addSql(`create table "organisation_deletion" (
  "id" uuid not null,
  "created_at" timestamptz not null,
  "updated_at" timestamptz not null,
  "deleted_organisation_id" uuid not null,
  "slug" varchar(64) not null,
  "name" varchar(200) not null,
  "requested_at" timestamptz not null,
  "due_at" timestamptz not null,
  "completed_at" timestamptz null,
  "row_counts" jsonb not null,
  "file_count" int not null,
  "file_bytes" bigint not null,
  constraint "organisation_deletion_pkey" primary key ("id"))`);
    this.addSql(`alter table "organisation_deletion"
  add constraint "organisation_deletion_deleted_organisation_id_unique" unique ("deleted_organisation_id")`);
  }
}
