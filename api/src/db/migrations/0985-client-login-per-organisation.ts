import { Migration } from '@mikro-orm/migrations';

/**
 * Client login names (their pseudonyms) are unique within their organisation, no longer on the whole
 * platform: a pseudonym taken in another organisation answered PSEUDONYM_TAKEN and so told a visitor
 * that someone elsewhere uses it. Widgets always know their organisation, so a client's login is
 * resolved within it (session.service.ts).
 *
 * Staff login names stay unique on the platform: the dashboard's login form does not know the
 * organisation, and a staff login name must name one account without it. Staff and clients are two
 * namespaces: a login without an organisation key finds staff only, one with a key that
 * organisation's clients only, so a client may use a name a staff member uses (and neither learns it).
 * Existing rows satisfy both indexes (the index they replace was stricter). Case-insensitive as before.
 */
export class Migration0985ClientLoginPerOrganisation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "account_login_name_lower_unique"`);
    this.addSql(
      `create unique index "account_staff_login_name_lower_unique" on "account" (lower("login_name")) where "kind" = 'STAFF'`,
    );
    this.addSql(
      `create unique index "account_client_login_name_lower_unique" on "account" ("organisation_id", lower("login_name")) where "kind" = 'CLIENT'`,
    );
  }
}
