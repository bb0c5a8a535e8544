/** The mail-counselling module's entities (registered in db/entities.ts). */
import { MailAssignment } from './mail-assignment.entity.js';
import { MailDraft } from './mail-draft.entity.js';
import { MailRequestMessage } from './mail-message.entity.js';
import { MailRequest } from './mail-request.entity.js';

export const mailCounsellingEntities = [MailRequest, MailRequestMessage, MailDraft, MailAssignment];
