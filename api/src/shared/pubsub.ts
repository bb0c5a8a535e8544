/**
 * One pub/sub for the process, passed to type-graphql's buildSchema. With REDIS_URL it goes through
 * Redis, so several API processes behind a load balancer deliver each other's events; without it an
 * in-process EventTarget serves a single process.
 *
 * Payloads travel as JSON through Redis: publish plain data (Dates arrive as ISO strings).
 */
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import { Extensions } from 'type-graphql';

type YogaPubSub = ReturnType<typeof createPubSub<Record<string, [unknown] | [string | number, unknown]>>>;

export type PubSub = YogaPubSub & {
  /**
   * Resolves once events published to `topic` from now on reach this process's subscribers: at once
   * in-process; with Redis when the SUBSCRIBE of that channel is acknowledged. Call it after starting
   * to iterate a `subscribe(topic)` (the subscription registers on the first `next()`), before
   * reading state the events would change, so that nothing falls between the read and the first event.
   */
  ready(topic: string): Promise<void>;
};

export interface PubSubHandle {
  pubSub: PubSub;
  close(): Promise<void>;
}

export function createAppPubSub(redisUrl?: string): PubSubHandle {
  if (!redisUrl) {
    const pubSub = createPubSub() as PubSub;
    pubSub.ready = () => Promise.resolve();
    return { pubSub, close: async () => {} };
  }
  // Auto-pipelining batches the many small PUBLISHes of one message (one per member inbox) into one write.
  const publishClient = new Redis(redisUrl, {
    lazyConnect: false,
    maxRetriesPerRequest: 3,
    enableAutoPipelining: true,
  });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const target = redisEventTarget(publishClient, subscribeClient);
  const pubSub = createPubSub({ eventTarget: target }) as PubSub;
  pubSub.ready = (topic) => target.ready(topic);
  return {
    pubSub,
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

type Listener = (event: CustomEvent) => void;
type ListenerOrObject = Listener | { handleEvent: Listener };

/**
 * Like @graphql-yoga/redis-event-target (one SUBSCRIBE per channel and process, each message parsed
 * once and handed as the same object to every local listener), plus `ready(topic)`.
 */
function redisEventTarget(publishClient: Redis, subscribeClient: Redis) {
  const listeners = new Map<string, Set<Listener>>();
  const subscribed = new Map<string, Promise<void>>();
  subscribeClient.on('message', (channel: string, message: string) => {
    const set = listeners.get(channel);
    if (!set) return;
    const event = new CustomEvent(channel, { detail: message === '' ? null : JSON.parse(message) });
    for (const listener of set) listener(event);
  });
  const fn = (l: ListenerOrObject): Listener => ('handleEvent' in l ? l.handleEvent : l);
  return {
    addEventListener(topic: string, listener: ListenerOrObject | null) {
      if (!listener) return;
      let set = listeners.get(topic);
      if (!set) {
        set = new Set();
        listeners.set(topic, set);
        // Errors surface as a never-ready topic only if Redis is down; ioredis retries and resubscribes.
        subscribed.set(
          topic,
          subscribeClient.subscribe(topic).then(
            () => undefined,
            () => undefined,
          ),
        );
      }
      set.add(fn(listener));
    },
    removeEventListener(topic: string, listener: ListenerOrObject | null) {
      if (!listener) return;
      const set = listeners.get(topic);
      if (!set) return;
      set.delete(fn(listener));
      if (set.size > 0) return;
      listeners.delete(topic);
      subscribed.delete(topic);
      void subscribeClient.unsubscribe(topic).catch(() => undefined);
    },
    dispatchEvent(event: Event) {
      const detail = (event as CustomEvent).detail;
      void publishClient.publish(event.type, detail === undefined ? '' : JSON.stringify(detail)).catch(() => undefined);
      return true;
    },
    async ready(topic: string): Promise<void> {
      // The subscription registers inside the repeater's first next(); give it that tick.
      await Promise.resolve();
      await subscribed.get(topic);
    },
  };
}

/**
 * Marks a subscription field whose events are the same for every subscriber: the WebSocket server
 * then executes and serialises each event once per selection (and viewer role) and sends the same
 * frame to every subscriber, instead of executing the document once per subscriber. The field's
 * payload must not depend on the viewer beyond its role (no per-viewer field resolvers).
 */
export const SharedPayload = (): MethodDecorator & PropertyDecorator & ClassDecorator =>
  Extensions({ [SHARED_PAYLOAD]: true });
export const SHARED_PAYLOAD = 'lotseSharedPayload';

/** Subscribes to a plain topic name (no dynamic id); typed loosely on purpose: payloads are plain data. */
export function subscribeTopic(pubSub: PubSub, topic: string): AsyncIterable<unknown> {
  return (pubSub as unknown as { subscribe(topic: string): AsyncIterable<unknown> }).subscribe(topic);
}

/**
 * Optional fast path for subscription sources: a source with this method pushes its events straight
 * into the WebSocket server's frame pump, synchronously, instead of being iterated (one promise per
 * subscriber and event less, which is most of the per-subscriber cost of a fan-out).
 */
export const DIRECT_DELIVERY = Symbol.for('lotse.directDelivery');

export interface DirectSink<T> {
  next(value: T): void;
  end(): void;
  fail(err: unknown): void;
}

export interface DirectSource<T> {
  [DIRECT_DELIVERY](sink: DirectSink<T>): void;
}
