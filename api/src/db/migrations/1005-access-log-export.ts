import { Migration } from '@mikro-orm/migrations';

/**
 * The access audit log, second part (issue 16): the action EXPORT (monitorings downloaded as CSV or
 * XLSX: one entry per client in the file), the record kind MESSAGES (direct messages from staff to a
 * client), and a retention period of its own per organisation (`access_log_retention_days`, default
 * 730 days, 180–3650), so that a data-protection officer keeps the history longer than the deletion
 * period of clients (`retention_days`, 30 by default). `add value` outside a use in the same
 * transaction is allowed since PostgreSQL 12.
 */
export class Migration1005AccessLogExport extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "access_log_action" add value if not exists 'EXPORT'`);
    this.addSql(`alter type "access_log_record_kind" add value if not exists 'MESSAGES'`);
    this.addSql(
      `alter table "organisation" add column "access_log_retention_days" int not null default 730,
         add constraint "organisation_access_log_retention_days_check" check ("access_log_retention_days" between 180 and 3650)`,
    );
  }
}
