/** The module's resolver classes (registered in graphql/resolvers.ts). */
import { ClientMailRequestFieldsResolver, MailClientResolver } from './mail-client.resolver.js';
import { MailAssignmentsResolver } from './mail-assignments.resolver.js';
import { MailChangesResolver } from './mail-changes.resolver.js';
import { MailPublicResolver } from './mail-public.resolver.js';
import { MailDraftFieldsResolver, MailRequestMessageFieldsResolver, MailStaffResolver } from './mail-staff.resolver.js';

export const mailCounsellingResolvers = [
  MailPublicResolver,
  MailClientResolver,
  ClientMailRequestFieldsResolver,
  MailStaffResolver,
  MailRequestMessageFieldsResolver,
  MailDraftFieldsResolver,
  MailChangesResolver,
  MailAssignmentsResolver,
] as const;
