import { Migration } from '@mikro-orm/migrations';

/**
 * Topic names are unique per organisation ignoring case, so "Sucht" and "sucht" cannot both exist
 * even when two admins create them at the same moment.
 */
export class Migration0020TopicNameCi extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unique index "topic_organisation_id_lower_name_unique" on "topic" ("organisation_id", lower("name"))`,
    );
  }
}
