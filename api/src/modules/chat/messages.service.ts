/**
 * Sending, history, read markers and typing indicators. Knows nothing of GraphQL.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { DomainError, ErrorCode, notFound } from '../../shared/errors.js';
import { Account } from '../identity/account.entity.js';
import { Client } from '../client/client.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { clientContactRefusal } from '../presence/presence.rules.js';
import { ChatMember } from './chat-member.entity.js';
import { ChatMessage as ChatMessageEntity } from './chat-message.entity.js';
import type { ChatStream as ChatStreamEntity } from './chat-stream.entity.js';
import { ChatMessageKind, ChatStreamKind } from './chat.enums.js';
import { streamAccess } from './chat.policy.js';
import { streamTopic, type StreamEvent } from './chat.topics.js';
import type { ChatHistory, ChatMessage } from './chat.types.js';
import { MESSAGE_POPULATE, messageView, participantView } from './chat.views.js';
import { announceMessage, insertMessage, newMessageView, publishInbox, type NewMessage } from './post-message.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

export interface SendInput {
  streamId: string;
  body: string;
  clientMessageId?: string | null;
}

export interface HistoryInput {
  streamId: string;
  /** Only messages with a smaller sequence (the oldest one already shown). */
  beforeSeq?: number | null;
  last: number;
}

export class MessagesService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
  ) {}

  async send(viewer: Viewer, input: SendInput): Promise<ChatMessage> {
    const { stream } = await streamAccess(this.em, viewer, input.streamId, 'write');
    const sender = await this.em.findOneOrFail(Account, viewer.accountId);
    if (sender instanceof Client) await assertClientMayWrite(this.em, sender, stream);
    const message = await this.post(stream, sender, {
      kind: ChatMessageKind.TEXT,
      body: input.body,
      clientMessageId: input.clientMessageId,
    });
    if (stream.kind !== ChatStreamKind.COLLEAGUE) {
      recordAccess(this.em, viewer, AccessAction.CREATE, AccessRecordKind.CHAT_STREAM, {
        clientId: null,
        recordId: stream.id,
      });
    }
    return message;
  }

  /**
   * Posts a message (idempotent per sender and `clientMessageId`) and announces it. A repeated
   * `clientMessageId` returns the first message and announces nothing.
   */
  async post(stream: ChatStreamEntity, sender: Account, m: NewMessage): Promise<ChatMessage> {
    const ref = { id: stream.id, organisationId: stream.organisation.id };
    if (m.clientMessageId) {
      const existing = await this.findByClientId(stream.id, sender.id, m.clientMessageId);
      if (existing) return existing;
    }
    let inserted;
    try {
      inserted = await this.em.transactional((tx) => insertMessage(tx, ref, sender.id, m));
    } catch (err) {
      // Two sends with one clientMessageId raced: the first one won.
      if (err instanceof UniqueConstraintViolationException && m.clientMessageId) {
        const existing = await this.findByClientId(stream.id, sender.id, m.clientMessageId);
        if (existing) return existing;
      }
      throw err;
    }
    const view = newMessageView(ref, inserted, sender, m);
    await announceMessage(this.app, this.em, view);
    return view;
  }

  async history(viewer: Viewer, input: HistoryInput): Promise<ChatHistory> {
    const { stream } = await streamAccess(this.em, viewer, input.streamId, 'read');
    const rows = await this.em.find(
      ChatMessageEntity,
      {
        stream: stream.id,
        organisation: viewer.organisationId,
        ...(input.beforeSeq != null ? { seq: { $lt: input.beforeSeq } } : {}),
      },
      { orderBy: { seq: 'desc' }, limit: input.last + 1, populate: MESSAGE_POPULATE },
    );
    return {
      messages: rows.slice(0, input.last).reverse().map(messageView),
      hasOlder: rows.length > input.last,
    };
  }

  /**
   * Moves the viewer's read marker forward to `seq` (never back, never past the newest message) and
   * tells the viewer's other devices and the stream's members.
   * @returns the stream id
   */
  async markRead(viewer: Viewer, input: { streamId: string; seq: number }): Promise<string> {
    const { stream, member } = await streamAccess(this.em, viewer, input.streamId, 'write');
    const rows = await this.em.getConnection().execute<{ last_read_seq: number; last_seq: number; before: number }[]>(
      `update "chat_member" m set "last_read_seq" = greatest(m."last_read_seq", least(?, s."last_seq")), "updated_at" = now()
       from "chat_stream" s, (select "last_read_seq" as before from "chat_member" where "id" = ?) old
       where s."id" = m."stream_id" and m."id" = ?
       returning m."last_read_seq", s."last_seq", old.before`,
      [input.seq, member!.id, member!.id],
    );
    const row = rows[0];
    if (!row) throw notFound('Chat stream');
    if (row.last_read_seq !== row.before) {
      const account = await this.em.findOneOrFail(Account, viewer.accountId);
      this.app.pubSub.publish(streamTopic(stream.id), {
        type: 'read',
        streamId: stream.id,
        participant: participantView(account),
        seq: row.last_read_seq,
      } satisfies StreamEvent);
      publishInbox(this.app, viewer.accountId, {
        streamId: stream.id,
        lastSeq: row.last_seq,
        unreadCount: Math.max(0, row.last_seq - row.last_read_seq),
        lastMessage: null,
        removed: false,
      });
    }
    return stream.id;
  }

  /** Tells the stream's subscribers that the viewer started or stopped typing (nothing is stored). */
  async typing(viewer: Viewer, input: { streamId: string; typing: boolean }): Promise<void> {
    const { stream } = await streamAccess(this.em, viewer, input.streamId, 'write');
    const account = await this.em.findOneOrFail(Account, viewer.accountId);
    this.app.pubSub.publish(streamTopic(stream.id), {
      type: 'typing',
      streamId: stream.id,
      participant: participantView(account),
      typing: input.typing,
    } satisfies StreamEvent);
  }

  private async findByClientId(
    streamId: string,
    senderId: string,
    clientMessageId: string,
  ): Promise<ChatMessage | null> {
    const existing = await this.em.findOne(
      ChatMessageEntity,
      { stream: streamId, sender: senderId, clientMessageId },
      { populate: MESSAGE_POPULATE },
    );
    return existing ? messageView(existing) : null;
  }
}

/**
 * A client writes to a counsellor only while that counsellor accepts them: not UNAVAILABLE, and not
 * "regular clients only" unless the client is one of theirs. Group chats are exempt (staff put the
 * client there).
 */
export async function assertClientMayWrite(em: EntityManager, client: Client, stream: ChatStreamEntity): Promise<void> {
  if (stream.kind !== ChatStreamKind.CLIENT) return;
  const other = await em.findOne(
    ChatMember,
    { stream: stream.id, account: { $ne: client.id } },
    { populate: ['account'] },
  );
  const counsellor = other?.account;
  if (!(counsellor instanceof Counsellor)) return;
  assertContactAllowed(counsellor, client);
}

export function assertContactAllowed(counsellor: Counsellor, client: Client | null): void {
  const refusal = clientContactRefusal(counsellor, { primaryCounsellorId: client?.primaryCounsellor?.id ?? null });
  if (!refusal) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    refusal === 'COUNSELLOR_UNAVAILABLE'
      ? 'This counsellor cannot be contacted at the moment.'
      : 'This counsellor only chats with their regular clients.',
    { reason: refusal },
  );
}
