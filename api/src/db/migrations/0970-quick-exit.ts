import { Migration } from '@mikro-orm/migrations';

/**
 * The "leave this page" button and Escape-twice shortcut of the widgets (issue 15): off until an admin
 * turns it on with a neutral page to go to. The organisation trigger of 0900 announces the change.
 */
export class Migration0970QuickExit extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "organisation" add column "quick_exit" jsonb not null default '{"enabled": false, "url": null}'`,
    );
    // The default only fills the existing rows; new ones get the entity's value (as "video" does).
    this.addSql(`alter table "organisation" alter column "quick_exit" drop default`);
  }
}
