/** Every resolver class. Add new modules' resolvers here. */
import type { NonEmptyArray } from 'type-graphql';
import { IdentityResolver, MeFieldsResolver } from '../modules/identity/identity.resolver.js';
import { OrganisationAdminResolver, OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { PublicResolver } from '../modules/public/public.resolver.js';
import { OutboxResolver } from '../modules/mail/outbox.resolver.js';
import {
  AccountAccessResolver,
  ClientAccessFieldsResolver,
  PasswordResetResolver,
  PasswordResolver,
} from '../modules/identity/password.resolver.js';
import { ClientRegistrationResolver } from '../modules/client/registration.resolver.js';
import {
  CounsellorFieldsResolver,
  LicenceRequestFieldsResolver,
  StaffAdminResolver,
  StaffResolver,
} from '../modules/staff/staff.resolver.js';
import { RegularClientsResolver } from '../modules/staff/regular-clients.resolver.js';
import { appointmentResolvers } from '../modules/appointments/appointment.resolvers.js';
import { mailCounsellingResolvers } from '../modules/mail-counselling/mail-counselling.resolvers.js';
import { chatResolvers } from '../modules/chat/chat.resolvers.js';
import { clientRecordResolvers } from '../modules/client-records/client-records.resolver.js';
import {
  OperatorSessionResolver,
  PlatformOperatorResolver,
} from '../modules/platform-operator/platform-operator.resolver.js';
import { clientResolvers } from '../modules/client/client.resolver.js';
import { twoFactorResolvers } from '../modules/identity/two-factor.resolver.js';
import { MonitoringResolver } from '../modules/monitoring/monitoring.resolver.js';
import { accessLogResolvers } from '../modules/access-log/access-log.resolver.js';
import { clientGroupResolvers } from '../modules/client-groups/client-groups.resolver.js';
import { webhookResolvers } from '../modules/webhooks/webhooks.resolver.js';
import { textTemplateResolvers } from '../modules/text-templates/text-templates.resolver.js';
import { clientExportResolvers } from '../modules/client-export/client-export.resolver.js';
import {
  NotificationEmailConfirmResolver,
  NotificationEmailResolver,
} from '../modules/identity/notification-email.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  IdentityResolver,
  MeFieldsResolver,
  OrganisationResolver,
  OrganisationAdminResolver,
  PublicResolver,
  OutboxResolver,
  PasswordResetResolver,
  PasswordResolver,
  NotificationEmailResolver,
  NotificationEmailConfirmResolver,
  AccountAccessResolver,
  ClientAccessFieldsResolver,
  ClientRegistrationResolver,
  StaffResolver,
  StaffAdminResolver,
  CounsellorFieldsResolver,
  LicenceRequestFieldsResolver,
  RegularClientsResolver,
  ...appointmentResolvers,
  ...mailCounsellingResolvers,
  ...chatResolvers,
  ...clientRecordResolvers,
  OperatorSessionResolver,
  PlatformOperatorResolver,
  ...clientResolvers,
  ...twoFactorResolvers,
  MonitoringResolver,
  ...clientGroupResolvers,
  ...webhookResolvers,
  ...clientExportResolvers,
  ...accessLogResolvers,
  ...textTemplateResolvers,
];
