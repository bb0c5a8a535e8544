import { Migration } from '@mikro-orm/migrations';

/**
 * Outbox mails keep secrets (one-time links) only sealed, until SMTP has delivered them; the text
 * admins read has them redacted (shared/mail-seal.ts). Rows written before are redacted here too;
 * their attachments (calendar files carrying the cancel link) are dropped, as they were sent long ago.
 */
export class Migration0910OutboxMailSealed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "outbox_mail" add column "sealed" text null`);
    this.addSql(
      `update "outbox_mail" set "text" = regexp_replace("text", '(token=)[A-Za-z0-9_%-]+', '\\1[redacted]', 'g'), "attachments" = null where "text" ~ 'token='`,
    );
  }
}
