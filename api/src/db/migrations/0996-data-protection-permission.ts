import { Migration } from '@mikro-orm/migrations';

/**
 * The "data protection" staff permission (Datenschutz): an admin grants it to a staff member, who may
 * then read and export the access audit log (admins always may). Staff columns of `account` are
 * nullable (clients share the table).
 */
export class Migration0996DataProtectionPermission extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "data_protection" boolean null default false`);
    this.addSql(`update "account" set "data_protection" = null where "kind" = 'CLIENT'`);
  }
}
