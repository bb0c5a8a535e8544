/** GraphQL inputs of the chat and the zod rules that validate them (bad input changes nothing). */
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { PageSchema } from '../../shared/pagination.js';
import { rules } from '../../shared/validate.js';
import { ChatStreamKind } from './chat.enums.js';
import { clientGroupIdsRule } from '../client-groups/client-groups.inputs.js';

export const MAX_MESSAGE_LENGTH = 4000;
export const MAX_MEMBERS_PER_CALL = 200;
export const MAX_SEQ = 2 ** 31 - 1;

const seq = z.number().int('Must be a whole number').min(0, 'At least 0').max(MAX_SEQ, 'Too large');
const clientMessageId = z
  .string()
  .max(64, 'At most 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'Only letters, digits, _ and -')
  .nullish();
const idList = z.array(rules.id).max(MAX_MEMBERS_PER_CALL, `At most ${MAX_MEMBERS_PER_CALL} at once`);

@InputType()
export class OpenChatStreamInput {
  @Field(() => ID, { nullable: true, description: 'Staff: open the stream with this client.' }) clientId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'A colleague (staff) or a counsellor (clients).' })
  counsellorId?: string | null;
}
export const OpenChatStreamSchema = z
  .object({ clientId: rules.id.nullish(), counsellorId: rules.id.nullish() })
  .refine((v) => !!v.clientId !== !!v.counsellorId, {
    message: 'Give either clientId or counsellorId',
    path: ['clientId'],
  });

@InputType()
export class ChatStreamFilter {
  @Field(() => String, { nullable: true, description: 'Group name or another member’s name or client number.' })
  search?: string | null;
  @Field(() => ChatStreamKind, { nullable: true }) kind?: ChatStreamKind | null;
}
export const ChatStreamFilterSchema = z
  .object({ search: rules.optionalText(100), kind: z.nativeEnum(ChatStreamKind).nullish() })
  .nullish();

@InputType()
export class SendChatMessageInput {
  @Field(() => ID) streamId!: string;
  @Field(() => String, { description: `1–${MAX_MESSAGE_LENGTH} characters.` }) body!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Your own id for this message (≤ 64 of A–Z a–z 0–9 _ -): resending it returns the first message.',
  })
  clientMessageId?: string | null;
}
export const SendChatMessageSchema = z.object({
  streamId: rules.id,
  body: z
    .string()
    .trim()
    .min(1, 'Must not be empty')
    .max(MAX_MESSAGE_LENGTH, `At most ${MAX_MESSAGE_LENGTH} characters`),
  clientMessageId,
});

@InputType()
export class MarkChatReadInput {
  @Field(() => ID) streamId!: string;
  @Field(() => Int, { description: 'The newest sequence the viewer has seen.' }) seq!: number;
}
export const MarkChatReadSchema = z.object({ streamId: rules.id, seq });

@InputType()
export class SetChatTypingInput {
  @Field(() => ID) streamId!: string;
  @Field(() => Boolean) typing!: boolean;
}
export const SetChatTypingSchema = z.object({ streamId: rules.id, typing: z.boolean() });

const CLIENT_GROUPS_DOC =
  'Client groups whose active members join now (a snapshot: later joiners of a group are not added).';

@InputType()
export class CreateGroupChatInput {
  @Field(() => String, { description: 'Visible to clients.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Staff only.' }) description?: string | null;
  @Field(() => [ID], { description: `Clients and counsellors (≤ ${MAX_MEMBERS_PER_CALL}); the creator joins anyway.` })
  memberIds!: string[];
  @Field(() => [ID], { nullable: true, description: CLIENT_GROUPS_DOC }) clientGroupIds?: string[] | null;
}
export const CreateGroupChatSchema = z.object({
  name: rules.name(100),
  description: rules.optionalText(1000),
  memberIds: idList,
  clientGroupIds: clientGroupIdsRule,
});

@InputType()
export class UpdateGroupChatInput {
  @Field(() => ID) streamId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty text clears it.' }) description?: string | null;
}
export const UpdateGroupChatSchema = z.object({
  streamId: rules.id,
  name: rules.name(100).nullish(),
  description: rules.optionalText(1000),
});

@InputType()
export class AddGroupChatMembersInput {
  @Field(() => ID) streamId!: string;
  @Field(() => [ID], { description: 'May be empty when `clientGroupIds` names a group.' }) accountIds!: string[];
  @Field(() => [ID], { nullable: true, description: CLIENT_GROUPS_DOC }) clientGroupIds?: string[] | null;
}
export const AddGroupChatMembersSchema = z
  .object({ streamId: rules.id, accountIds: idList, clientGroupIds: clientGroupIdsRule })
  .refine((a) => a.accountIds.length > 0 || !!a.clientGroupIds?.length, {
    message: 'Name at least one',
    path: ['accountIds'],
  });

@InputType()
export class RemoveGroupChatMemberInput {
  @Field(() => ID) streamId!: string;
  @Field(() => ID, { description: 'Your own id to leave the group.' }) accountId!: string;
}
export const RemoveGroupChatMemberSchema = z.object({ streamId: rules.id, accountId: rules.id });

@InputType()
export class DeleteChatDocumentInput {
  @Field(() => ID) documentId!: string;
}
export const DeleteChatDocumentSchema = z.object({ documentId: rules.id });

@InputType()
export class StartVideoChatInput {
  @Field(() => ID) streamId!: string;
}
export const StartVideoChatSchema = z.object({ streamId: rules.id });

@InputType()
export class StartChatInput {
  @Field(() => String, { description: 'The organisation’s public widget key.' }) organisationKey!: string;
  @Field(() => String, { description: 'Becomes the login name: unique on the platform, never changes.' })
  pseudonym!: string;
  @Field(() => ID, { nullable: true, description: 'A chosen counsellor; else the least busy one online.' })
  counsellorId?: string | null;
}
export const StartChatSchema = z.object({
  organisationKey: z.string().trim().min(1, 'Must not be empty').max(64, 'At most 64 characters'),
  pseudonym: rules.loginName,
  counsellorId: rules.id.nullish(),
});

@InputType()
export class UpdateChatSettingsInput {
  @Field(() => Boolean, { description: 'Allow "start video chat" in my streams.' }) allowVideoInChat!: boolean;
}
export const UpdateChatSettingsSchema = z.object({ allowVideoInChat: z.boolean() });

export const HistoryArgsSchema = z.object({
  streamId: rules.id,
  beforeSeq: seq.nullish(),
  last: z.number().int().min(1, 'At least 1').max(100, 'At most 100').nullish(),
});
export const IdSchema = rules.id;
export { PageSchema };
