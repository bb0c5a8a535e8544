/**
 * What one subscriber of a stream receives.
 *
 * `openMessageFeed` delivers every message after `afterSeq`, in sequence order, exactly once, then
 * live messages: it starts listening to the stream first and buffers, replays the missed messages
 * from PostgreSQL, then drains the buffer skipping sequences already delivered. A live message that
 * skips ahead (another process published its message first, or Redis dropped one) triggers the same
 * catch-up from the database, which has every earlier message: sequences are allocated under the
 * stream row's lock, so message n is committed before n + 1 is even numbered.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { AsyncQueue } from './async-queue.js';
import { chatHub } from './chat-hub.js';
import { ChatMessage as ChatMessageEntity } from './chat-message.entity.js';
import type { StreamEvent } from './chat.topics.js';
import type { ChatMessage, ChatReadMarker, ChatTyping } from './chat.types.js';
import { MESSAGE_POPULATE, messageView } from './chat.views.js';

/** Messages per catch-up query. */
const REPLAY_PAGE = 200;
/** A gap the database cannot fill yet is retried this often before giving up on it. */
const GAP_RETRIES = 20;
const GAP_RETRY_MS = 50;

export interface FeedTarget {
  app: AppServices;
  organisationId: string;
  streamId: string;
  /** The subscriber; its feed ends when it is removed from the stream. */
  accountId: string;
}

export async function openMessageFeed(
  target: FeedTarget,
  afterSeq: number | null,
): Promise<AsyncIterableIterator<ChatMessage>> {
  const feed = new MessageFeed(target);
  await feed.start(afterSeq);
  return feed.queue;
}

class MessageFeed {
  readonly queue: AsyncQueue<ChatMessage>;
  private lastSeq = 0;
  private catchingUp = true;
  private pending: ChatMessage[] = [];
  private unlisten: (() => void) | undefined;
  private closed = false;

  constructor(private readonly t: FeedTarget) {
    this.queue = new AsyncQueue(() => {
      this.closed = true;
      this.unlisten?.();
    });
  }

  async start(afterSeq: number | null): Promise<void> {
    this.unlisten = await chatHub(this.t.app).listen(this.t.streamId, this.onEvent);
    if (this.closed) return this.unlisten();
    if (afterSeq === null) {
      // Live only: everything up to the current sequence counts as seen.
      const rows = await this.t.app.orm.em
        .getConnection()
        .execute<{ last_seq: number }[]>(`select "last_seq" from "chat_stream" where "id" = ?`, [this.t.streamId]);
      this.lastSeq = rows[0]?.last_seq ?? 0;
      if (!this.drainPending()) void this.catchUp();
      return;
    }
    this.lastSeq = afterSeq;
    void this.catchUp();
  }

  private readonly onEvent = (event: StreamEvent): void => {
    if (event.type === 'removed') {
      if (event.accountId === this.t.accountId) this.queue.end();
      return;
    }
    if (event.type !== 'message') return;
    const m = event.message;
    if (this.catchingUp) {
      this.pending.push(m);
    } else if (m.seq === this.lastSeq + 1) {
      this.lastSeq = m.seq;
      this.queue.push(m);
    } else if (m.seq > this.lastSeq) {
      this.pending.push(m);
      this.catchingUp = true;
      void this.catchUp();
    }
  };

  private async catchUp(): Promise<void> {
    try {
      let retries = 0;
      for (;;) {
        const rows = await this.fetchAfter(this.lastSeq);
        if (this.closed) return;
        for (const m of rows) {
          if (m.seq !== this.lastSeq + 1) break;
          this.lastSeq = m.seq;
          this.queue.push(m);
        }
        if (rows.length === REPLAY_PAGE) continue;
        // Synchronous from here on: no live event can interleave with the drain.
        if (this.drainPending()) return;
        if (++retries > GAP_RETRIES) {
          this.t.app.log.warn({ streamId: this.t.streamId, lastSeq: this.lastSeq }, 'chat gap not fillable; skipping');
          this.lastSeq = this.pending[0]!.seq - 1;
          if (this.drainPending()) return;
        }
        await new Promise((resolve) => setTimeout(resolve, GAP_RETRY_MS));
      }
    } catch (err) {
      this.queue.fail(err);
    }
  }

  /**
   * Delivers buffered live messages in order. Returns true (and switches to live delivery) when the
   * buffer is empty afterwards, false when a gap remains.
   */
  private drainPending(): boolean {
    this.pending.sort((a, b) => a.seq - b.seq);
    let i = 0;
    for (; i < this.pending.length; i++) {
      const m = this.pending[i]!;
      if (m.seq <= this.lastSeq) continue;
      if (m.seq !== this.lastSeq + 1) break;
      this.lastSeq = m.seq;
      this.queue.push(m);
    }
    this.pending = this.pending.slice(i);
    if (this.pending.length) return false;
    this.catchingUp = false;
    return true;
  }

  private async fetchAfter(seq: number): Promise<ChatMessage[]> {
    const rows = await this.em().find(
      ChatMessageEntity,
      { stream: this.t.streamId, organisation: this.t.organisationId, seq: { $gt: seq } },
      { orderBy: { seq: 'asc' }, limit: REPLAY_PAGE, populate: MESSAGE_POPULATE },
    );
    return rows.map(messageView);
  }

  /** A fresh EntityManager per query: a long-lived feed must not accumulate an identity map. */
  private em(): EntityManager {
    return this.t.app.orm.em.fork() as EntityManager;
  }
}

/** Typing indicators or read markers of a stream, live only (they are not stored). */
export async function openActivityFeed<K extends 'typing' | 'read'>(
  target: FeedTarget,
  kind: K,
): Promise<AsyncIterableIterator<K extends 'typing' ? ChatTyping : ChatReadMarker>> {
  let unlisten: (() => void) | undefined;
  const queue = new AsyncQueue<ChatTyping | ChatReadMarker>(() => unlisten?.());
  unlisten = await chatHub(target.app).listen(target.streamId, (event) => {
    if (event.type === 'removed' && event.accountId === target.accountId) queue.end();
    // The event object itself is the payload: shared by every subscriber of this process.
    else if (event.type === kind) queue.push(event as never);
  });
  return queue as never;
}
