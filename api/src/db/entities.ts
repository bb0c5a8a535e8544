/** Every entity, listed explicitly (no globbing: works the same under tsx, vitest and a build). */
import { Organisation, Topic } from '../modules/organisation/organisation.entity.js';
import { OrganisationDeletion } from '../modules/organisation/organisation-deletion.entity.js';
import { Account } from '../modules/identity/account.entity.js';
import { RefreshToken, OneTimeToken, RecoveryCode } from '../modules/identity/token.entity.js';
import { Counsellor } from '../modules/staff/counsellor.entity.js';
import { LicenceRequest } from '../modules/staff/licence-request.entity.js';
import { Client } from '../modules/client/client.entity.js';
import { ClientTopic, ClientWatch } from '../modules/client/client-links.entity.js';
import { ClientPurge } from '../modules/client/client-purge.entity.js';
import { StoredFile } from '../modules/files/stored-file.entity.js';
import { OutboxMail } from '../modules/mail/outbox-mail.entity.js';
import { appointmentEntities } from '../modules/appointments/appointment.entities.js';
import { mailCounsellingEntities } from '../modules/mail-counselling/mail-counselling.entities.js';
import { chatEntities } from '../modules/chat/chat.entities.js';
import { clientRecordEntities } from '../modules/client-records/client-records.entities.js';
import { OperatorRefreshToken, PlatformOperator } from '../modules/platform-operator/platform-operator.entity.js';
import { clientGroupEntities } from '../modules/client-groups/client-groups.entities.js';
import { monitoringEntities } from '../modules/monitoring/monitoring.entity.js';
import { webhookEntities } from '../modules/webhooks/webhooks.entities.js';
import { textTemplateEntities } from '../modules/text-templates/text-templates.entity.js';

export const entities = [
  Organisation,
  Topic,
  Account,
  Counsellor,
  Client,
  ClientTopic,
  ClientWatch,
  ClientPurge,
  RefreshToken,
  OneTimeToken,
  RecoveryCode,
  LicenceRequest,
  StoredFile,
  OutboxMail,
  ...appointmentEntities,
  ...mailCounsellingEntities,
  ...chatEntities,
  ...clientRecordEntities,
  PlatformOperator,
  OperatorRefreshToken,
  OrganisationDeletion,
  ...monitoringEntities,
  ...clientGroupEntities,
  ...webhookEntities,
  ...textTemplateEntities,
];
