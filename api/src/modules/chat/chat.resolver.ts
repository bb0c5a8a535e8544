import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Connection, DEFAULT_PAGE_SIZE, PageInput, PageSchema } from '../../shared/pagination.js';
import { validate } from '../../shared/validate.js';
import {
  ChatStreamFilter,
  ChatStreamFilterSchema,
  HistoryArgsSchema,
  IdSchema,
  MarkChatReadInput,
  MarkChatReadSchema,
  OpenChatStreamInput,
  OpenChatStreamSchema,
  RemoveGroupChatMemberInput,
  RemoveGroupChatMemberSchema,
  SendChatMessageInput,
  SendChatMessageSchema,
  SetChatTypingInput,
  SetChatTypingSchema,
  StartVideoChatInput,
  StartVideoChatSchema,
} from './chat.inputs.js';
import { ChatHistory, ChatMember, ChatMessage, ChatStream, StartVideoChatPayload } from './chat.types.js';
import { GroupsService } from './groups.service.js';
import { MessagesService } from './messages.service.js';
import { StreamsService } from './streams.service.js';
import { VideoService } from './video.service.js';
import type { ConnectionShape } from '../../shared/pagination.js';

const ChatStreamConnection = Connection(ChatStream, 'ChatStream');
const ChatMemberConnection = Connection(ChatMember, 'ChatMember');

const page = (p?: PageInput | null) => {
  const data = validate(PageSchema, p ?? {});
  return { first: data.first ?? DEFAULT_PAGE_SIZE, after: data.after ?? null };
};

/** Streams and messages for any logged-in member (clients and staff). */
@Resolver()
@Authorized()
export class ChatResolver {
  @Query(() => ChatStreamConnection, {
    description: 'My streams, most recently active first, with last message and unread count.',
  })
  chatStreams(
    @Ctx() ctx: Context,
    @Arg('filter', () => ChatStreamFilter, { nullable: true }) filter?: ChatStreamFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<ChatStream>> {
    const f = validate(ChatStreamFilterSchema, filter) ?? {};
    const { first, after } = page(p);
    return new StreamsService(ctx.em, ctx.app).list(ctx.viewer!, f, first, after);
  }

  @Query(() => ChatStream, { description: 'A stream I am a member of (admins: any of the organisation).' })
  chatStream(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ChatStream> {
    return new StreamsService(ctx.em, ctx.app).view(ctx.viewer!, validate(IdSchema, id));
  }

  @Query(() => ChatMemberConnection, { description: 'Members of a stream, in the order they joined.' })
  chatStreamMembers(
    @Arg('streamId', () => ID) streamId: string,
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<ChatMember>> {
    const { first, after } = page(p);
    return new StreamsService(ctx.em, ctx.app).members(ctx.viewer!, validate(IdSchema, streamId), first, after);
  }

  @Query(() => ChatHistory, {
    description: 'History, newest last: the `last` messages (default 50, at most 100) before `beforeSeq`.',
  })
  chatHistory(
    @Arg('streamId', () => ID) streamId: string,
    @Ctx() ctx: Context,
    @Arg('beforeSeq', () => Int, { nullable: true }) beforeSeq?: number | null,
    @Arg('last', () => Int, { nullable: true }) last?: number | null,
  ): Promise<ChatHistory> {
    const args = validate(HistoryArgsSchema, { streamId, beforeSeq, last });
    return new MessagesService(ctx.em, ctx.app).history(ctx.viewer!, {
      streamId: args.streamId,
      beforeSeq: args.beforeSeq,
      last: args.last ?? 50,
    });
  }

  @Mutation(() => ChatStream, {
    description:
      'Open (or get) my direct stream with a client (staff) or a counsellor. Clients cannot reach UNAVAILABLE counsellors, nor REGULAR_CLIENTS_ONLY ones whose regular client they are not (FORBIDDEN with reason).',
  })
  openChatStream(
    @Arg('input', () => OpenChatStreamInput) input: OpenChatStreamInput,
    @Ctx() ctx: Context,
  ): Promise<ChatStream> {
    return new StreamsService(ctx.em, ctx.app).open(ctx.viewer!, validate(OpenChatStreamSchema, input));
  }

  @Mutation(() => ChatMessage, {
    description:
      'Send a text message. It is stored before it is announced; resending a clientMessageId returns the first message. RATE_LIMITED past CHAT_MESSAGE_LIMIT messages a minute.',
  })
  async sendChatMessage(
    @Arg('input', () => SendChatMessageInput) input: SendChatMessageInput,
    @Ctx() ctx: Context,
  ): Promise<ChatMessage> {
    const data = validate(SendChatMessageSchema, input);
    await ctx.app.limits.chatMessage.consume(ctx.viewer!.accountId);
    return new MessagesService(ctx.em, ctx.app).send(ctx.viewer!, data);
  }

  @Mutation(() => ChatStream, { description: 'Move my read marker forward (never back).' })
  async markChatRead(
    @Arg('input', () => MarkChatReadInput) input: MarkChatReadInput,
    @Ctx() ctx: Context,
  ): Promise<ChatStream> {
    const id = await new MessagesService(ctx.em, ctx.app).markRead(ctx.viewer!, validate(MarkChatReadSchema, input));
    return new StreamsService(ctx.em, ctx.app).view(ctx.viewer!, id);
  }

  @Mutation(() => Boolean, {
    description:
      'Tell the stream I started or stopped typing (not stored). RATE_LIMITED past CHAT_TYPING_LIMIT notices a minute.',
  })
  async setChatTyping(
    @Arg('input', () => SetChatTypingInput) input: SetChatTypingInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const data = validate(SetChatTypingSchema, input);
    await ctx.app.limits.chatTyping.consume(ctx.viewer!.accountId);
    await new MessagesService(ctx.em, ctx.app).typing(ctx.viewer!, data);
    return true;
  }

  @Mutation(() => StartVideoChatPayload, {
    description: 'Post a video room link into the stream, if the counsellor allows video requests in chat.',
  })
  startVideoChat(
    @Arg('input', () => StartVideoChatInput) input: StartVideoChatInput,
    @Ctx() ctx: Context,
  ): Promise<StartVideoChatPayload> {
    return new VideoService(ctx.em, ctx.app).start(ctx.viewer!, validate(StartVideoChatSchema, input).streamId);
  }

  @Mutation(() => Boolean, {
    description:
      'Remove a member from a group chat (staff members and admins), or leave it (your own id). The creator cannot be removed.',
  })
  removeGroupChatMember(
    @Arg('input', () => RemoveGroupChatMemberInput) input: RemoveGroupChatMemberInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new GroupsService(ctx.em, ctx.app).removeMember(ctx.viewer!, validate(RemoveGroupChatMemberSchema, input));
  }
}
