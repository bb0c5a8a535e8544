/**
 * Per-process fan-out of stream events. However many sockets of this process follow a stream, the
 * process subscribes to the stream's topic once (one Redis channel with REDIS_URL), normalises each
 * event once and hands the same object to every local listener: that shared object is what lets the
 * WebSocket server execute and serialise a message once per stream (see SharedPayload).
 */
import type { AppServices } from '../../shared/app.js';
import { subscribeTopic, type PubSub } from '../../shared/pubsub.js';
import { normalizeStreamEvent, streamTopic, type StreamEvent } from './chat.topics.js';

export type StreamListener = (event: StreamEvent) => void;

interface HubStream {
  listeners: Set<StreamListener>;
  iterator: AsyncIterator<unknown>;
  ready: Promise<void>;
}

export class ChatHub {
  private readonly streams = new Map<string, HubStream>();

  constructor(
    private readonly pubSub: PubSub,
    private readonly onError: (err: unknown) => void,
  ) {}

  /**
   * Adds a listener for a stream's events. Resolves when events published from now on will reach it
   * (with Redis: once the channel's SUBSCRIBE is acknowledged); the returned function removes it.
   */
  async listen(streamId: string, listener: StreamListener): Promise<() => void> {
    const stream = this.streams.get(streamId) ?? this.open(streamId);
    stream.listeners.add(listener);
    await stream.ready;
    return () => {
      stream.listeners.delete(listener);
      if (stream.listeners.size === 0 && this.streams.get(streamId) === stream) {
        this.streams.delete(streamId);
        void stream.iterator.return?.()?.catch(() => undefined);
      }
    };
  }

  /** Number of streams this process follows (for tests and metrics). */
  get size(): number {
    return this.streams.size;
  }

  private open(streamId: string): HubStream {
    const topic = streamTopic(streamId);
    const iterator = subscribeTopic(this.pubSub, topic)[Symbol.asyncIterator]();
    const stream: HubStream = { listeners: new Set(), iterator, ready: Promise.resolve() };
    this.streams.set(streamId, stream);
    void this.dispatch(stream);
    // The repeater registers its listener in the first next() (called by dispatch just above).
    stream.ready = this.pubSub.ready(topic);
    return stream;
  }

  private async dispatch(stream: HubStream): Promise<void> {
    try {
      for (;;) {
        const step = await stream.iterator.next();
        if (step.done) return;
        const event = normalizeStreamEvent(step.value as StreamEvent);
        for (const listener of stream.listeners) {
          try {
            listener(event);
          } catch (err) {
            this.onError(err);
          }
        }
      }
    } catch (err) {
      this.onError(err);
    }
  }
}

const hubs = new WeakMap<AppServices, ChatHub>();

/** The hub of a running app (tests run several apps in one process). */
export function chatHub(app: AppServices): ChatHub {
  let hub = hubs.get(app);
  if (!hub) {
    hub = new ChatHub(app.pubSub, (err) => app.log.error({ err }, 'chat hub dispatch failed'));
    hubs.set(app, hub);
  }
  return hub;
}
