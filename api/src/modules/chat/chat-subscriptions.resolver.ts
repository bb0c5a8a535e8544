import { Arg, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Context } from '../../shared/context.js';
import { SharedPayload, subscribeTopic } from '../../shared/pubsub.js';
import { rules, validate } from '../../shared/validate.js';
import { mapIterable } from './async-queue.js';
import { openActivityFeed, openMessageFeed, type FeedTarget } from './chat-feed.js';
import { MAX_SEQ } from './chat.inputs.js';
import { mayReadStream } from './chat.policy.js';
import { notFound } from '../../shared/errors.js';
import { inboxTopic, reviveInboxUpdate } from './chat.topics.js';
import { ChatInboxUpdate, ChatMessage, ChatReadMarker, ChatTyping } from './chat.types.js';

const StreamArgs = z.object({
  streamId: rules.id,
  afterSeq: z.number().int().min(0, 'At least 0').max(MAX_SEQ).nullish(),
});

/**
 * Authenticates (the class has no @Authorized, see below), validates the arguments and checks that
 * the viewer may read the stream (one plain SQL row; nothing is kept for the subscription's life).
 */
async function feedTarget({
  args,
  context,
}: SubscribeResolverData<unknown, Record<string, unknown>, Context>): Promise<
  FeedTarget & { afterSeq: number | null }
> {
  const viewer = requireViewer(context);
  const data = validate(StreamArgs, args);
  if (!(await mayReadStream(context.app.orm.em as EntityManager, viewer, data.streamId))) throw notFound('Chat stream');
  return {
    app: context.app,
    organisationId: viewer.organisationId,
    streamId: data.streamId,
    accountId: viewer.accountId,
    afterSeq: data.afterSeq ?? null,
  };
}

/**
 * Live chat over graphql-ws. The payloads of the stream subscriptions are the same for every
 * subscriber (@SharedPayload): the server builds each message's result once per stream.
 *
 * Authentication is checked once per subscription in `subscribe` (requireViewer) instead of by a
 * class-level `@Authorized()`: that would also run the auth middleware on every event, making each
 * event's execution asynchronous and every subscriber wait a tick for it.
 */
@Resolver()
export class ChatSubscriptionsResolver {
  @Subscription(() => ChatMessage, {
    description:
      'Messages of a stream in sequence order. With `afterSeq` (the last sequence seen; 0 for all) every later message is delivered first, exactly once and in order, then live ones; without it only live ones.',
    subscribe: async (data: SubscribeResolverData<unknown, Record<string, unknown>, Context>) => {
      const target = await feedTarget(data);
      return openMessageFeed(target, target.afterSeq);
    },
  })
  @SharedPayload()
  chatMessageAdded(
    @Root() message: ChatMessage,
    @Arg('streamId', () => ID) _streamId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq?: number | null,
  ): ChatMessage {
    return message;
  }

  @Subscription(() => ChatTyping, {
    description: 'Typing indicators of a stream (including my own; skip them by participant id).',
    subscribe: async (data: SubscribeResolverData<unknown, Record<string, unknown>, Context>) =>
      openActivityFeed(await feedTarget(data), 'typing'),
  })
  @SharedPayload()
  chatTypingChanged(@Root() typing: ChatTyping, @Arg('streamId', () => ID) _streamId: string): ChatTyping {
    return typing;
  }

  @Subscription(() => ChatReadMarker, {
    description: 'Read markers of a stream’s members as they move.',
    subscribe: async (data: SubscribeResolverData<unknown, Record<string, unknown>, Context>) =>
      openActivityFeed(await feedTarget(data), 'read'),
  })
  @SharedPayload()
  chatReadMarkerMoved(@Root() marker: ChatReadMarker, @Arg('streamId', () => ID) _streamId: string): ChatReadMarker {
    return marker;
  }

  @Subscription(() => ChatInboxUpdate, {
    description: 'Changes to any of my streams: new messages with my unread count, read markers, joining and removal.',
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, unknown>, Context>) =>
      mapIterable(subscribeTopic(context.app.pubSub, inboxTopic(requireViewer(context).accountId)), (u) =>
        reviveInboxUpdate(u as ChatInboxUpdate),
      ),
  })
  chatInboxUpdated(@Root() update: ChatInboxUpdate): ChatInboxUpdate {
    return update;
  }
}
