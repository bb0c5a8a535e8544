import { Migration } from '@mikro-orm/migrations';

/**
 * Live chat: streams, members (with read markers), messages (with a per-stream sequence) and
 * documents; the counsellor's chat settings on the account table.
 */
export class Migration0200Chat extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "chat_stream_kind" as enum ('CLIENT', 'COLLEAGUE', 'GROUP')`);
    this.addSql(`create type "chat_message_kind" as enum ('TEXT', 'DOCUMENT', 'VIDEO')`);
    this.addSql(
      `create type "presence_status" as enum ('ONLINE', 'APPEAR_OFFLINE', 'UNAVAILABLE', 'REGULAR_CLIENTS_ONLY')`,
    );
    this.addSql(
      `alter table "account" add column "presence_status" "presence_status" null default 'ONLINE', add column "allow_video_in_chat" boolean null default false`,
    );
    // Staff rows get the defaults; client rows keep nulls like the other staff-only columns.
    this.addSql(`update "account" set "presence_status" = null, "allow_video_in_chat" = null where "kind" = 'CLIENT'`);

    this.addSql(
      `create table "chat_stream" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "kind" "chat_stream_kind" not null, "name" varchar(100) null, "description" text null, "created_by_id" uuid null, "direct_key" varchar(80) null, "last_seq" int not null default 0, "last_activity_at" timestamptz not null, "member_count" int not null default 0, constraint "chat_stream_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "chat_stream_organisation_id_index" on "chat_stream" ("organisation_id")`);
    this.addSql(
      `create unique index "chat_stream_direct_key_unique" on "chat_stream" ("organisation_id", "direct_key") where "direct_key" is not null`,
    );
    this.addSql(
      `alter table "chat_stream" add constraint "chat_stream_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "chat_stream" add constraint "chat_stream_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null`,
    );

    this.addSql(
      `create table "chat_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "stream_id" uuid not null, "account_id" uuid not null, "last_read_seq" int not null default 0, constraint "chat_member_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "chat_member_organisation_id_index" on "chat_member" ("organisation_id")`);
    this.addSql(
      `create index "chat_member_organisation_id_account_id_index" on "chat_member" ("organisation_id", "account_id")`,
    );
    this.addSql(
      `alter table "chat_member" add constraint "chat_member_stream_id_account_id_unique" unique ("stream_id", "account_id")`,
    );
    this.addSql(`create index "chat_member_account_id_index" on "chat_member" ("account_id")`);
    this.addSql(
      `alter table "chat_member" add constraint "chat_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "chat_member" add constraint "chat_member_stream_id_foreign" foreign key ("stream_id") references "chat_stream" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "chat_member" add constraint "chat_member_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade`,
    );

    this.addSql(
      `create table "chat_document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "stream_id" uuid not null, "file_id" uuid not null, "uploaded_by_id" uuid null, "filename" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, constraint "chat_document_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "chat_document_organisation_id_index" on "chat_document" ("organisation_id")`);
    this.addSql(
      `create index "chat_document_organisation_id_stream_id_created_at_index" on "chat_document" ("organisation_id", "stream_id", "created_at")`,
    );
    this.addSql(`create index "chat_document_stream_id_index" on "chat_document" ("stream_id")`);
    this.addSql(
      `alter table "chat_document" add constraint "chat_document_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "chat_document" add constraint "chat_document_stream_id_foreign" foreign key ("stream_id") references "chat_stream" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "chat_document" add constraint "chat_document_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "chat_document" add constraint "chat_document_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "account" ("id") on update cascade on delete set null`,
    );

    this.addSql(
      `create table "chat_message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "stream_id" uuid not null, "seq" int not null, "sender_id" uuid null, "kind" "chat_message_kind" not null, "body" text not null, "document_id" uuid null, "link" varchar(2000) null, "client_message_id" varchar(64) null, constraint "chat_message_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "chat_message_organisation_id_index" on "chat_message" ("organisation_id")`);
    this.addSql(
      `alter table "chat_message" add constraint "chat_message_stream_id_seq_unique" unique ("stream_id", "seq")`,
    );
    this.addSql(
      `create unique index "chat_message_client_message_id_unique" on "chat_message" ("stream_id", "sender_id", "client_message_id") where "client_message_id" is not null`,
    );
    this.addSql(`create index "chat_message_sender_id_index" on "chat_message" ("sender_id")`);
    this.addSql(`create index "chat_message_document_id_index" on "chat_message" ("document_id")`);
    this.addSql(
      `alter table "chat_message" add constraint "chat_message_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "chat_message" add constraint "chat_message_stream_id_foreign" foreign key ("stream_id") references "chat_stream" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "chat_message" add constraint "chat_message_sender_id_foreign" foreign key ("sender_id") references "account" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "chat_message" add constraint "chat_message_document_id_foreign" foreign key ("document_id") references "chat_document" ("id") on update cascade on delete set null`,
    );
  }
}
