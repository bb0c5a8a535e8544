import { Arg, Authorized, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { SharedPayload, subscribeTopic } from '../../shared/pubsub.js';
import { rules, validate } from '../../shared/validate.js';
import { mapIterable } from './async-queue.js';
import { openActivityFeed, openMessageFeed, type FeedTarget } from './chat-feed.js';
import { MAX_SEQ } from './chat.inputs.js';
import { streamAccess } from './chat.policy.js';
import { inboxTopic, reviveInboxUpdate } from './chat.topics.js';
import { ChatInboxUpdate, ChatMessage, ChatReadMarker, ChatTyping } from './chat.types.js';

const StreamArgs = z.object({
  streamId: rules.id,
  afterSeq: z.number().int().min(0, 'At least 0').max(MAX_SEQ).nullish(),
});

/** Validates the arguments and checks that the viewer may read the stream; a fresh EntityManager, not kept. */
async function feedTarget({ args, context }: SubscribeResolverData<unknown, Record<string, unknown>, Context>): Promise<FeedTarget & { afterSeq: number | null }> {
  const data = validate(StreamArgs, args);
  const viewer = context.viewer!;
  await streamAccess(context.app.orm.em.fork() as EntityManager, viewer, data.streamId, 'read');
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
 */
@Resolver()
@Authorized()
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
    subscribe: async (data: SubscribeResolverData<unknown, Record<string, unknown>, Context>) => openActivityFeed(await feedTarget(data), 'typing'),
  })
  @SharedPayload()
  chatTypingChanged(@Root() typing: ChatTyping, @Arg('streamId', () => ID) _streamId: string): ChatTyping {
    return typing;
  }

  @Subscription(() => ChatReadMarker, {
    description: 'Read markers of a stream’s members as they move.',
    subscribe: async (data: SubscribeResolverData<unknown, Record<string, unknown>, Context>) => openActivityFeed(await feedTarget(data), 'read'),
  })
  @SharedPayload()
  chatReadMarkerMoved(@Root() marker: ChatReadMarker, @Arg('streamId', () => ID) _streamId: string): ChatReadMarker {
    return marker;
  }

  @Subscription(() => ChatInboxUpdate, {
    description: 'Changes to any of my streams: new messages with my unread count, read markers, joining and removal.',
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, unknown>, Context>) =>
      mapIterable(subscribeTopic(context.app.pubSub, inboxTopic(context.viewer!.accountId)), (u) =>
        reviveInboxUpdate(u as ChatInboxUpdate),
      ),
  })
  chatInboxUpdated(@Root() update: ChatInboxUpdate): ChatInboxUpdate {
    return update;
  }
}
