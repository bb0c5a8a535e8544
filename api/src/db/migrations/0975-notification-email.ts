import { Migration } from '@mikro-orm/migrations';

/**
 * A client's notification email, changed from the widgets (issue 15): a new address becomes the
 * account's email only once the link mailed to it is followed, so a mistyped address never receives
 * notices. The pending address lives on its one-time token (`one_time_token.email`, purpose
 * EMAIL_CONFIRMATION) until then.
 */
export class Migration0975NotificationEmail extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "one_time_token_purpose" add value if not exists 'EMAIL_CONFIRMATION'`);
    this.addSql(`alter table "one_time_token" add column "email" varchar(254) null`);
  }
}
