import { Migration } from '@mikro-orm/migrations';

/**
 * Content languages of master-data fields (issue 15): each field in `organisation.master_data_fields`
 * gets `labels` ([{lang, text}]) and `optionLabels` ([{lang, texts}], parallel to `options`), holding the
 * existing label and options as the default language's (the organisation's `locale`).
 */
export class Migration0991ContentLanguagesFields extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update "organisation" o set "master_data_fields" = (
         select coalesce(jsonb_agg(
           f || jsonb_build_object(
             'labels', jsonb_build_array(jsonb_build_object('lang', o."locale", 'text', f->>'label')),
             'optionLabels', case when jsonb_array_length(coalesce(f->'options', '[]'::jsonb)) = 0 then '[]'::jsonb
               else jsonb_build_array(jsonb_build_object('lang', o."locale", 'texts', f->'options')) end
           ) order by ord), '[]'::jsonb)
         from jsonb_array_elements(o."master_data_fields") with ordinality as e(f, ord)
       )
       where jsonb_array_length(o."master_data_fields") > 0`,
    );
  }
}
