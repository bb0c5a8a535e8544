/**
 * The one way a message enters a stream (text, document, video link): persisted first, announced
 * after the commit.
 *
 * The sequence comes from `UPDATE chat_stream SET last_seq = last_seq + 1 … RETURNING` inside the
 * inserting transaction. The row lock it takes serialises writers of one stream until commit, so
 * sequences are contiguous (a rollback gives its number back) and message n is committed before
 * n + 1 is numbered, which is what lets subscribers fill any gap from the database.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Account } from '../identity/account.entity.js';
import { ChatMember } from './chat-member.entity.js';
import { ChatMessage as ChatMessageEntity } from './chat-message.entity.js';
import type { ChatMessageKind } from './chat.enums.js';
import { inboxTopic, streamTopic, type StreamEvent } from './chat.topics.js';
import type { ChatDocument, ChatInboxUpdate, ChatMessage } from './chat.types.js';
import { participantView } from './chat.views.js';

export interface NewMessage {
  kind: ChatMessageKind;
  body: string;
  documentId?: string | null;
  link?: string | null;
  clientMessageId?: string | null;
}

export interface StreamRef {
  id: string;
  organisationId: string;
}

/**
 * Inside a transaction: takes the stream's next sequence, inserts the message and moves the sender's
 * read marker to it. Returns the pieces a view needs.
 */
export async function insertMessage(
  tx: EntityManager,
  stream: StreamRef,
  senderId: string | null,
  m: NewMessage,
): Promise<{ id: string; seq: number; createdAt: Date }> {
  // Millisecond precision: the instant round-trips through JavaScript Dates and cursors unchanged.
  const rows = await tx.getConnection().execute<{ last_seq: number; last_activity_at: Date }[]>(
    `update "chat_stream" set "last_seq" = "last_seq" + 1, "last_activity_at" = date_trunc('milliseconds', clock_timestamp()), "updated_at" = now()
       where "id" = ? and "organisation_id" = ? returning "last_seq", "last_activity_at"`,
    [stream.id, stream.organisationId],
    'all',
    tx.getTransactionContext(),
  );
  const row = rows[0];
  if (!row) throw new Error(`Chat stream ${stream.id} vanished`);
  const message = tx.create(ChatMessageEntity, {
    organisation: stream.organisationId,
    stream: stream.id,
    seq: row.last_seq,
    sender: senderId,
    kind: m.kind,
    body: m.body,
    document: m.documentId ?? null,
    link: m.link ?? null,
    clientMessageId: m.clientMessageId ?? null,
    createdAt: row.last_activity_at,
  });
  await tx.flush();
  if (senderId)
    await tx.nativeUpdate(ChatMember, { stream: stream.id, account: senderId }, { lastReadSeq: row.last_seq });
  return { id: message.id, seq: row.last_seq, createdAt: new Date(row.last_activity_at) };
}

/** The view of a message just inserted, built from what the caller already has (no query). */
export function newMessageView(
  stream: StreamRef,
  inserted: { id: string; seq: number; createdAt: Date },
  sender: Account | null,
  m: NewMessage,
  document: ChatDocument | null = null,
): ChatMessage {
  return {
    id: inserted.id,
    streamId: stream.id,
    seq: inserted.seq,
    kind: m.kind,
    body: m.body,
    createdAt: inserted.createdAt,
    sender: sender ? participantView(sender) : null,
    document,
    link: m.link ?? null,
    clientMessageId: m.clientMessageId ?? null,
  };
}

/**
 * After the commit: the message to the stream's subscribers (one event, shared by all of them), and
 * to each member's inbox their new unread count (one SQL statement for all members).
 */
export async function announceMessage(app: AppServices, em: EntityManager, view: ChatMessage): Promise<void> {
  app.pubSub.publish(streamTopic(view.streamId), { type: 'message', message: view } satisfies StreamEvent);
  const members = await em
    .getConnection()
    .execute<{ account_id: string; last_read_seq: number }[]>(
      `select "account_id", "last_read_seq" from "chat_member" where "stream_id" = ?`,
      [view.streamId],
    );
  for (const m of members) {
    publishInbox(app, m.account_id, {
      streamId: view.streamId,
      lastSeq: view.seq,
      unreadCount: Math.max(0, view.seq - m.last_read_seq),
      lastMessage: view,
      removed: false,
    });
  }
}

export function publishInbox(app: AppServices, accountId: string, update: ChatInboxUpdate): void {
  app.pubSub.publish(inboxTopic(accountId), update);
}
