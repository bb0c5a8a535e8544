import { Migration } from '@mikro-orm/migrations';

/**
 * Platform operators (modules/platform-operator): people who run the deployment, in a table of their
 * own rather than in `account`, so they belong to no organisation and no tenant query can reach them.
 * Login names and emails are unique among operators regardless of case (functional indexes, as for
 * accounts). Their refresh tokens rotate like `refresh_token`'s, in a table of their own for the
 * same reason.
 */
export class Migration0940PlatformOperator extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "platform_operator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "login_name" varchar(64) not null, "email" varchar(254) not null, "password_hash" varchar(255) null, "token_version" int not null default 0, "revoked_sessions" jsonb not null default '{}', "password_token_hash" varchar(64) null, "password_token_expires_at" timestamptz null, "password_changed_at" timestamptz null, "last_login_at" timestamptz null, constraint "platform_operator_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "platform_operator" add constraint "platform_operator_password_token_hash_unique" unique ("password_token_hash")`,
    );
    this.addSql(
      `create unique index "platform_operator_lower_login_name_unique" on "platform_operator" (lower("login_name"))`,
    );
    this.addSql(`create unique index "platform_operator_lower_email_unique" on "platform_operator" (lower("email"))`);
    this.addSql(
      `create table "operator_refresh_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "operator_id" uuid not null, "family_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, constraint "operator_refresh_token_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "operator_refresh_token" add constraint "operator_refresh_token_token_hash_unique" unique ("token_hash")`,
    );
    this.addSql(
      `create index "operator_refresh_token_operator_id_family_id_index" on "operator_refresh_token" ("operator_id", "family_id")`,
    );
    this.addSql(
      `alter table "operator_refresh_token" add constraint "operator_refresh_token_operator_id_foreign" foreign key ("operator_id") references "platform_operator" ("id") on update cascade on delete cascade`,
    );
  }
}
