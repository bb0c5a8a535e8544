import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import {
  AddGroupChatMembersInput,
  AddGroupChatMembersSchema,
  CreateGroupChatInput,
  CreateGroupChatSchema,
  UpdateChatSettingsInput,
  UpdateChatSettingsSchema,
  UpdateGroupChatInput,
  UpdateGroupChatSchema,
} from './chat.inputs.js';
import { ChatStream } from './chat.types.js';
import { GroupsService } from './groups.service.js';

/** Group chat management and the counsellor's own chat settings: staff only. */
@Resolver()
@Authorized('STAFF')
export class StaffChatResolver {
  @Mutation(() => ChatStream, { description: 'Create a group chat; the creator is a member and cannot be removed.' })
  createGroupChat(
    @Arg('input', () => CreateGroupChatInput) input: CreateGroupChatInput,
    @Ctx() ctx: Context,
  ): Promise<ChatStream> {
    return new GroupsService(ctx.em, ctx.app).create(ctx.viewer!, validate(CreateGroupChatSchema, input));
  }

  @Mutation(() => ChatStream, {
    description: 'Rename a group chat or change its description (staff members of it, admins).',
  })
  updateGroupChat(
    @Arg('input', () => UpdateGroupChatInput) input: UpdateGroupChatInput,
    @Ctx() ctx: Context,
  ): Promise<ChatStream> {
    return new GroupsService(ctx.em, ctx.app).update(ctx.viewer!, validate(UpdateGroupChatSchema, input));
  }

  @Mutation(() => ChatStream, { description: 'Add clients and counsellors of the organisation to a group chat.' })
  addGroupChatMembers(
    @Arg('input', () => AddGroupChatMembersInput) input: AddGroupChatMembersInput,
    @Ctx() ctx: Context,
  ): Promise<ChatStream> {
    return new GroupsService(ctx.em, ctx.app).addMembers(ctx.viewer!, validate(AddGroupChatMembersSchema, input));
  }

  @Mutation(() => Counsellor, {
    description: 'My chat settings. An external video room is the VIDEO channel’s URL (appointments settings).',
  })
  async updateChatSettings(
    @Arg('input', () => UpdateChatSettingsInput) input: UpdateChatSettingsInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    const data = validate(UpdateChatSettingsSchema, input);
    const me = await ctx.em.findOneOrFail(Counsellor, {
      id: ctx.viewer!.accountId,
      organisation: ctx.viewer!.organisationId,
    });
    me.allowVideoInChat = data.allowVideoInChat;
    await ctx.em.flush();
    return me;
  }
}
