import { Migration } from '@mikro-orm/migrations';

/**
 * The visitor's content language of a booking (issue 15): the language the booking widget asked in,
 * resolved against the organisation's content languages (`en`, not `en-GB` when only `en` has texts).
 * Confirmation, change and cancellation mails and "my appointments" use it; null (staff bookings, rows
 * from before): the organisation's default language.
 */
export class Migration1010BookingLanguage extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appointment" add column "lang" varchar(35) null`);
    this.addSql(`alter table "group_participant" add column "lang" varchar(35) null`);
  }
}
