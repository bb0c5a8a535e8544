/**
 * One pub/sub for the process, passed to type-graphql's buildSchema. With REDIS_URL it goes through
 * Redis, so several API processes behind a load balancer deliver each other's events; without it an
 * in-process EventTarget serves a single process.
 */
import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';

export type PubSub = ReturnType<typeof createPubSub<Record<string, [unknown] | [string | number, unknown]>>>;

export interface PubSubHandle {
  pubSub: PubSub;
  close(): Promise<void>;
}

export function createAppPubSub(redisUrl?: string): PubSubHandle {
  if (!redisUrl) return { pubSub: createPubSub(), close: async () => {} };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub({ eventTarget }),
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
