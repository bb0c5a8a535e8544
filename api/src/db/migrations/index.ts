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
import { Migration0940PlatformOperator } from './0940-platform-operator.js';
import { Migration0941LicenceRequestAnswer } from './0941-licence-request-answer.js';
import { Migration0955ClientRecords } from './0955-client-records.js';
import { Migration0945OrganisationDeletion } from './0945-organisation-deletion.js';
import { Migration0950ClientManagement } from './0950-client-management.js';
import { Migration0930TwoFactor } from './0930-two-factor.js';
import { Migration0960Monitoring } from './0960-monitoring.js';

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
  { name: '0930-two-factor', class: Migration0930TwoFactor },
  { name: '0940-platform-operator', class: Migration0940PlatformOperator },
  { name: '0941-licence-request-answer', class: Migration0941LicenceRequestAnswer },
  { name: '0945-organisation-deletion', class: Migration0945OrganisationDeletion },
  { name: '0950-client-management', class: Migration0950ClientManagement },
  { name: '0955-client-records', class: Migration0955ClientRecords },
  { name: '0960-monitoring', class: Migration0960Monitoring },
  { name: '0970-quick-exit', class: Migration0970QuickExit },
];
