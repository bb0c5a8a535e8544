import { Migration } from '@mikro-orm/migrations';

/**
 * What staff keep about a client besides the profile (issue 12): notes, documents and direct
 * messages from the organisation. Each row is the organisation's (first index column) and goes with
 * its client; authors and senders may be deleted without losing the rows.
 */
export class Migration0955ClientRecords extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "direct_message_delivery" as enum ('MAIL', 'INBOX')`);
    this.addSql(
      `create table "direct_message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "client_id" uuid not null, "sender_id" uuid null, "subject" varchar(200) not null, "body" text not null, "delivery" "direct_message_delivery" not null, "read_at" timestamptz null, "outbox_mail_id" uuid null, constraint "direct_message_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "direct_message_organisation_id_index" on "direct_message" ("organisation_id")`);
    this.addSql(
      `create index "direct_message_organisation_id_client_id_created_at_index" on "direct_message" ("organisation_id", "client_id", "created_at")`,
    );
    this.addSql(
      `create index "direct_message_organisation_id_created_at_index" on "direct_message" ("organisation_id", "created_at")`,
    );
    this.addSql(
      `create table "client_note" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "client_id" uuid not null, "author_id" uuid null, "body" text not null, "edited_at" timestamptz null, constraint "client_note_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "client_note_organisation_id_index" on "client_note" ("organisation_id")`);
    this.addSql(
      `create index "client_note_organisation_id_client_id_created_at_index" on "client_note" ("organisation_id", "client_id", "created_at")`,
    );
    this.addSql(
      `create table "client_document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "client_id" uuid not null, "file_id" uuid not null, "uploaded_by_id" uuid null, "filename" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, constraint "client_document_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "client_document_organisation_id_index" on "client_document" ("organisation_id")`);
    this.addSql(
      `create index "client_document_organisation_id_client_id_created_at_index" on "client_document" ("organisation_id", "client_id", "created_at")`,
    );
    this.addSql(
      `alter table "direct_message" add constraint "direct_message_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "direct_message" add constraint "direct_message_client_id_foreign" foreign key ("client_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "direct_message" add constraint "direct_message_sender_id_foreign" foreign key ("sender_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "client_note" add constraint "client_note_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "client_note" add constraint "client_note_client_id_foreign" foreign key ("client_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "client_note" add constraint "client_note_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "client_document" add constraint "client_document_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "client_document" add constraint "client_document_client_id_foreign" foreign key ("client_id") references "account" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "client_document" add constraint "client_document_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "client_document" add constraint "client_document_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "account" ("id") on update cascade on delete set null`,
    );
  }
}
