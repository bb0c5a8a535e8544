import { Migration } from '@mikro-orm/migrations';

/**
 * Content languages (issue 15): the texts clients read are stored per language as `[{lang, text}]`
 * lists beside the scalar columns, which keep the default language's text. Existing texts become the
 * default language's (the organisation's `locale`); an organisation starts with that one language.
 * The lists are nullable like `account.descriptions` (null reads as no translations), so rows written
 * by plain SQL elsewhere need not know of them.
 */
export class Migration0990ContentLanguages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organisation" add column "content_languages" text[] not null default '{de}'`);
    this.addSql(`update "organisation" set "content_languages" = array["locale"]::text[]`);
    this.addSql(`alter table "organisation" alter column "content_languages" drop default`);

    this.addSql(
      `alter table "appointment_service" add column "public_names" jsonb not null default '[]', add column "public_descriptions" jsonb not null default '[]'`,
    );
    this.addSql(
      `update "appointment_service" s set
         "public_names" = jsonb_build_array(jsonb_build_object('lang', o."locale", 'text', s."public_name")),
         "public_descriptions" = case when coalesce(s."public_description", '') = '' then '[]'::jsonb
           else jsonb_build_array(jsonb_build_object('lang', o."locale", 'text', s."public_description")) end
       from "organisation" o where o."id" = s."organisation_id"`,
    );
    this.addSql(
      `alter table "appointment_service" alter column "public_names" drop default, alter column "public_names" drop not null, alter column "public_descriptions" drop default, alter column "public_descriptions" drop not null`,
    );

    this.addSql(`alter table "topic" add column "names" jsonb not null default '[]'`);
    this.addSql(
      `update "topic" t set "names" = jsonb_build_array(jsonb_build_object('lang', o."locale", 'text', t."name"))
       from "organisation" o where o."id" = t."organisation_id"`,
    );
    this.addSql(`alter table "topic" alter column "names" drop default, alter column "names" drop not null`);

    this.addSql(`alter table "appointment" add column "titles" jsonb not null default '[]'`);
    this.addSql(
      `update "appointment" a set "titles" = jsonb_build_array(jsonb_build_object('lang', o."locale", 'text', a."title"))
       from "organisation" o where o."id" = a."organisation_id" and a."kind" = 'GROUP' and coalesce(a."title", '') <> ''`,
    );
    this.addSql(`alter table "appointment" alter column "titles" drop default, alter column "titles" drop not null`);
  }
}
