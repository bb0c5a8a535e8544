import { Migration } from '@mikro-orm/migrations';

/**
 * The platform operator can suspend an organisation (unpaid, abuse, end of contract) without
 * deleting anything: while `suspended_at` is set its staff and clients cannot log in and its widget
 * key answers like an unknown one. The organisation trigger of 0900 announces the change, so every
 * process drops its cached copy.
 */
export class Migration0910OrganisationSuspension extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organisation" add column "suspended_at" timestamptz null`);
  }
}
