/** GraphQL inputs of client groups, with the zod rules that validate them. */
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';

export const MAX_GROUP_NAME = 100;
export const MAX_GROUP_DESCRIPTION = 1000;
/** Clients named in one call. */
export const MAX_CLIENTS_PER_CALL = 100;
/**
 * Members of one group. Keeps what a group adds to an appointment or a chat bounded (appointments
 * seat at most 500); a larger audience is a different tool (a mailing).
 */
export const MAX_GROUP_MEMBERS = 500;
/** Client groups named in one call to a group appointment or group chat. */
export const MAX_GROUPS_PER_CALL = 10;

const clientIds = z
  .array(rules.id)
  .max(MAX_CLIENTS_PER_CALL, `At most ${MAX_CLIENTS_PER_CALL} at once`)
  .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]);

/** `clientGroupIds` of group appointments and group chats. */
export const clientGroupIdsRule = z
  .array(rules.id)
  .max(MAX_GROUPS_PER_CALL, `At most ${MAX_GROUPS_PER_CALL} at once`)
  .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))])
  .nullish();

@InputType()
export class ClientGroupFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name (case and accents ignored).' })
  search?: string | null;
}
export const ClientGroupFilterSchema = z.object({
  search: z
    .string()
    .trim()
    .max(100, 'At most 100 characters')
    .transform((v) => v || null)
    .nullish(),
});

@InputType()
export class CreateClientGroupInput {
  @Field(() => String, { description: `Unique in the organisation ignoring case; visible to the members.` })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Visible to the members.' }) description?: string | null;
  @Field(() => [ID], { nullable: true, description: `First members (≤ ${MAX_CLIENTS_PER_CALL}).` })
  clientIds?: string[] | null;
}
export const CreateClientGroupSchema = z.object({
  name: rules.name(MAX_GROUP_NAME),
  description: rules.optionalText(MAX_GROUP_DESCRIPTION),
  clientIds: clientIds.nullish(),
});

@InputType()
export class UpdateClientGroupInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty text clears it.' }) description?: string | null;
}
export const UpdateClientGroupSchema = z.object({
  id: rules.id,
  name: rules.name(MAX_GROUP_NAME).nullish(),
  description: rules.optionalText(MAX_GROUP_DESCRIPTION),
});

@InputType()
export class ClientGroupMembersInput {
  @Field(() => ID) groupId!: string;
  @Field(() => [ID], { description: `Clients of the organisation (≤ ${MAX_CLIENTS_PER_CALL}).` }) clientIds!: string[];
}
export const ClientGroupMembersSchema = z.object({
  groupId: rules.id,
  clientIds: clientIds.refine((ids) => ids.length > 0, 'Name at least one'),
});

@InputType()
export class RemoveClientGroupMemberInput {
  @Field(() => ID) groupId!: string;
  @Field(() => ID) clientId!: string;
}
export const RemoveClientGroupMemberSchema = z.object({ groupId: rules.id, clientId: rules.id });

@InputType()
export class ClientGroupIdInput {
  @Field(() => ID) id!: string;
}
export const ClientGroupIdSchema = z.object({ id: rules.id });
