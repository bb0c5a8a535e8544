import type { MigrationObject } from '@mikro-orm/core';
import { Migration0001Foundation } from './0001-foundation.js';
import { Migration0010Staff } from './0010-staff.js';
import { Migration0020TopicNameCi } from './0020-topic-name-ci.js';
import { Migration0100Appointments } from './0100-appointments.js';
import { Migration0200Chat } from './0200-chat.js';
import { Migration0201Presence } from './0201-presence.js';
import { Migration0300MailCounselling } from './0300-mail-counselling.js';
import { Migration0900ChangeNotifications } from './0900-change-notifications.js';
import { Migration0101ScheduleVersion } from './0101-schedule-version.js';
import { Migration0910OutboxMailSealed } from './0910-outbox-mail-sealed.js';
import { Migration0102CancelledSeat } from './0102-cancelled-seat.js';
import { Migration0910OrganisationSuspension } from './0910-organisation-suspension.js';
import { Migration0920SessionRevocation } from './0920-session-revocation.js';
import { Migration0970QuickExit } from './0970-quick-exit.js';

/** Every migration in order. Listed statically: globbed .ts migrations fail under vitest. */
export const migrationsList: MigrationObject[] = [
  { name: '0001-foundation', class: Migration0001Foundation },
  { name: '0010-staff', class: Migration0010Staff },
  { name: '0020-topic-name-ci', class: Migration0020TopicNameCi },
  { name: '0100-appointments', class: Migration0100Appointments },
  { name: '0101-schedule-version', class: Migration0101ScheduleVersion },
  { name: '0102-cancelled-seat', class: Migration0102CancelledSeat },
  { name: '0200-chat', class: Migration0200Chat },
  { name: '0201-presence', class: Migration0201Presence },
  { name: '0300-mail-counselling', class: Migration0300MailCounselling },
  { name: '0900-change-notifications', class: Migration0900ChangeNotifications },
  { name: '0910-organisation-suspension', class: Migration0910OrganisationSuspension },
  { name: '0910-outbox-mail-sealed', class: Migration0910OutboxMailSealed },
  { name: '0920-session-revocation', class: Migration0920SessionRevocation },
  { name: '0970-quick-exit', class: Migration0970QuickExit },
];
