/**
 * Direct streams (client ↔ counsellor, counsellor ↔ colleague), the viewer's stream list with search,
 * unread counts and last messages, and stream views. A page of streams is one SQL statement whatever
 * its size (streams.reads.ts); one stream's view reads its entities.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors.js';
import { decodeCursor, encodeCursor, type ConnectionShape } from '../../shared/pagination.js';
import { Account, AccountStatus } from '../identity/account.entity.js';
import { Client } from '../client/client.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { ChatMember } from './chat-member.entity.js';
import { ChatMessage as ChatMessageEntity } from './chat-message.entity.js';
import { ChatStream as ChatStreamEntity } from './chat-stream.entity.js';
import { ChatStreamKind } from './chat.enums.js';
import { streamAccess, type StreamAccess } from './chat.policy.js';
import type { ChatMember as ChatMemberView, ChatStream } from './chat.types.js';
import { MESSAGE_POPULATE, messageView, participantView } from './chat.views.js';
import { assertContactAllowed } from './messages.service.js';
import { publishInbox } from './post-message.js';
import { listStreams } from './streams.reads.js';

export interface StreamFilter {
  search?: string | null;
  kind?: ChatStreamKind | null;
}

export class StreamsService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
  ) {}

  /**
   * Opens (or returns the existing) direct stream of the viewer with a client or a colleague.
   * Clients may only open streams with counsellors who accept them (see presence.rules).
   */
  async open(viewer: Viewer, input: { clientId?: string | null; counsellorId?: string | null }): Promise<ChatStream> {
    const otherId = (input.clientId ?? input.counsellorId)!;
    if (otherId === viewer.accountId) {
      throw badInput('You cannot chat with yourself.', [
        { path: input.clientId ? 'clientId' : 'counsellorId', message: 'Choose someone else' },
      ]);
    }
    const other = await this.em.findOne(Account, { id: otherId, organisation: viewer.organisationId });
    if (input.clientId) {
      if (!(other instanceof Client)) throw notFound('Client');
      if (viewer.kind !== 'STAFF') throw forbidden('Clients chat with counsellors only');
    } else if (!(other instanceof Counsellor) || !other.active || other.deletedAt) {
      throw notFound('Counsellor');
    }
    if (other.status !== AccountStatus.ACTIVE)
      throw conflict('This person cannot chat at the moment.', 'PARTICIPANT_INACTIVE');
    if (viewer.kind === 'CLIENT') {
      const me = await this.em.findOneOrFail(Client, viewer.accountId);
      assertContactAllowed(other as Counsellor, me);
    }
    const kind = viewer.kind === 'CLIENT' || other instanceof Client ? ChatStreamKind.CLIENT : ChatStreamKind.COLLEAGUE;
    const stream = await openDirectStream(this.em, this.app, viewer.organisationId, kind, viewer.accountId, other.id);
    return this.view(viewer, stream.id);
  }

  /** One stream as the viewer sees it. */
  async view(viewer: Viewer, streamId: string): Promise<ChatStream> {
    const access = await streamAccess(this.em, viewer, streamId, 'read');
    await this.em.populate(access.stream, ['createdBy']);
    return (await this.views(viewer, [access]))[0]!;
  }

  /**
   * The viewer's streams, most recently active first; `search` matches group names and other members'
   * names. One prepared statement whatever the page size (streams.reads.ts).
   */
  list(
    viewer: Viewer,
    filter: StreamFilter,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<ChatStream>> {
    return listStreams(this.app, viewer, filter, first, after);
  }

  /** Members of a stream in the order they joined. */
  async members(
    viewer: Viewer,
    streamId: string,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<ChatMemberView>> {
    const { stream } = await streamAccess(this.em, viewer, streamId, 'read');
    const cursor = decodeCursor(after);
    const keyset = cursor
      ? {
          $or: [
            { createdAt: { $gt: new Date(String(cursor.k)) } },
            { createdAt: new Date(String(cursor.k)), id: { $gt: cursor.id } },
          ],
        }
      : {};
    const [rows, total] = await Promise.all([
      this.em.find(
        ChatMember,
        { stream: stream.id, organisation: viewer.organisationId, ...keyset },
        { orderBy: { createdAt: 'asc', id: 'asc' }, limit: first + 1, populate: ['account'] },
      ),
      this.em.count(ChatMember, { stream: stream.id, organisation: viewer.organisationId }),
    ]);
    const edges = rows.slice(0, first).map((m) => ({
      cursor: encodeCursor({ k: m.createdAt.toISOString(), id: m.id }),
      node: {
        participant: participantView(m.account),
        joinedAt: m.createdAt,
        isCreator: stream.createdBy?.id === m.account.id,
      },
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total,
    };
  }

  /** Builds views for loaded streams (with `createdBy` populated): three SQL statements for any number. */
  async views(viewer: Viewer, accesses: StreamAccess[]): Promise<ChatStream[]> {
    if (!accesses.length) return [];
    const direct = accesses.filter((a) => a.stream.kind !== ChatStreamKind.GROUP).map((a) => a.stream.id);
    const withMessages = accesses.filter((a) => a.stream.lastSeq > 0).map((a) => a.stream);
    const conn = this.em.getConnection();
    const ids = accesses.map((a) => a.stream.id);
    const [others, lastMessages, othersRead] = await Promise.all([
      direct.length
        ? this.em.find(
            ChatMember,
            { stream: { $in: direct }, account: { $ne: viewer.accountId } },
            { populate: ['account'] },
          )
        : Promise.resolve([]),
      withMessages.length
        ? this.em.find(
            ChatMessageEntity,
            { $or: withMessages.map((s) => ({ stream: s.id, seq: s.lastSeq })) },
            { populate: MESSAGE_POPULATE },
          )
        : Promise.resolve([]),
      conn.execute<{ stream_id: string; seq: number }[]>(
        `select stream_id, min(last_read_seq)::int as seq from chat_member
          where stream_id in (${ids.map(() => '?').join(', ')}) and account_id <> ? group by stream_id`,
        [...ids, viewer.accountId],
      ),
    ]);
    const othersReadByStream = new Map(othersRead.map((r) => [r.stream_id, r.seq]));
    const othersByStream = new Map<string, Account[]>();
    for (const o of others) othersByStream.set(o.stream.id, [...(othersByStream.get(o.stream.id) ?? []), o.account]);
    const lastByStream = new Map(lastMessages.map((m) => [m.stream.id, messageView(m)]));
    const staff = viewer.kind === 'STAFF';
    return accesses.map(({ stream, member }) => {
      const counterparts = (othersByStream.get(stream.id) ?? []).map(participantView);
      const isGroup = stream.kind === ChatStreamKind.GROUP;
      const lastReadSeq = member?.lastReadSeq ?? 0;
      return {
        id: stream.id,
        kind: stream.kind,
        title: isGroup ? (stream.name ?? '') : counterparts.map((c) => c.displayName).join(' ↔ ') || '—',
        name: isGroup ? (stream.name ?? null) : null,
        description: isGroup && staff ? (stream.description ?? null) : null,
        counterpart: member && !isGroup ? (counterparts[0] ?? null) : null,
        createdBy: stream.createdBy ? participantView(stream.createdBy) : null,
        memberCount: stream.memberCount,
        lastSeq: stream.lastSeq,
        lastReadSeq,
        unreadCount: member ? Math.max(0, stream.lastSeq - lastReadSeq) : 0,
        othersReadSeq: othersReadByStream.get(stream.id) ?? 0,
        lastMessage: lastByStream.get(stream.id) ?? null,
        isMember: !!member,
        lastActivityAt: stream.lastActivityAt,
        createdAt: stream.createdAt,
      };
    });
  }
}

/**
 * Returns the direct stream of two accounts, creating it (with both as members) if there is none.
 * Concurrent calls for the same pair end with one stream (unique organisation + direct key).
 */
export async function openDirectStream(
  em: EntityManager,
  app: AppServices,
  organisationId: string,
  kind: ChatStreamKind,
  creatorId: string,
  otherId: string,
): Promise<ChatStreamEntity> {
  const directKey = [creatorId, otherId].sort().join(':');
  const existing = await em.findOne(ChatStreamEntity, { organisation: organisationId, directKey });
  if (existing) return existing;
  let id: string;
  try {
    id = await em.transactional(async (tx) => {
      const stream = tx.create(ChatStreamEntity, {
        organisation: organisationId,
        kind,
        directKey,
        createdBy: creatorId,
        memberCount: 2,
      });
      for (const account of [creatorId, otherId])
        tx.create(ChatMember, { organisation: organisationId, stream, account });
      await tx.flush();
      return stream.id;
    });
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    const winner = await em.findOne(ChatStreamEntity, { organisation: organisationId, directKey });
    if (!winner) throw err;
    return winner;
  }
  for (const account of [creatorId, otherId]) {
    publishInbox(app, account, { streamId: id, lastSeq: 0, unreadCount: 0, lastMessage: null, removed: false });
  }
  return em.findOneOrFail(ChatStreamEntity, id);
}
