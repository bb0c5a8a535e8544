/**
 * Group chats: created by staff, named (the name is visible to clients, the description is not),
 * members are clients and counsellors of the organisation. The creator cannot be removed; every
 * other member may leave, and staff members of the group (and admins) manage it. Client groups add
 * their active members as they are at that moment (client-groups.members.ts).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { conflict, forbidden, notFound } from '../../shared/errors.js';
import { activeMembersOfClientGroups } from '../client-groups/client-groups.members.js';
import { Account, AccountStatus } from '../identity/account.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { ChatMember } from './chat-member.entity.js';
import { ChatStream as ChatStreamEntity } from './chat-stream.entity.js';
import { ChatStreamKind } from './chat.enums.js';
import { assertCanManageGroup, streamAccess } from './chat.policy.js';
import { streamTopic, type StreamEvent } from './chat.topics.js';
import type { ChatStream } from './chat.types.js';
import { publishInbox } from './post-message.js';
import { StreamsService } from './streams.service.js';

export interface CreateGroupInput {
  name: string;
  description?: string | null;
  memberIds: string[];
  /** Client groups whose active members join as well (a snapshot, client-groups.members.ts). */
  clientGroupIds?: string[] | null;
}

export class GroupsService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
  ) {}

  async create(viewer: Viewer, input: CreateGroupInput): Promise<ChatStream> {
    if (viewer.kind !== 'STAFF') throw forbidden('Only staff create group chats');
    const fromGroups = await activeMembersOfClientGroups(this.em, viewer.organisationId, input.clientGroupIds);
    const others = await this.accounts(
      viewer,
      [...input.memberIds, ...fromGroups].filter((id) => id !== viewer.accountId),
    );
    const memberIds = [viewer.accountId, ...others.map((a) => a.id)];
    const id = await this.em.transactional(async (tx) => {
      const stream = tx.create(ChatStreamEntity, {
        organisation: viewer.organisationId,
        kind: ChatStreamKind.GROUP,
        name: input.name,
        description: input.description ?? null,
        createdBy: viewer.accountId,
        memberCount: memberIds.length,
      });
      for (const account of memberIds) tx.create(ChatMember, { organisation: viewer.organisationId, stream, account });
      await tx.flush();
      return stream.id;
    });
    this.announceJoined(id, memberIds, 0);
    return new StreamsService(this.em, this.app).view(viewer, id);
  }

  async update(
    viewer: Viewer,
    input: { streamId: string; name?: string | null; description?: string | null },
  ): Promise<ChatStream> {
    const access = await streamAccess(this.em, viewer, input.streamId, 'read');
    assertCanManageGroup(viewer, access);
    if (input.name != null) access.stream.name = input.name;
    if (input.description !== undefined) access.stream.description = input.description;
    await this.em.flush();
    return new StreamsService(this.em, this.app).view(viewer, access.stream.id);
  }

  /** Adds members; those already in the group are left as they are. */
  async addMembers(
    viewer: Viewer,
    input: { streamId: string; accountIds: string[]; clientGroupIds?: string[] | null },
  ): Promise<ChatStream> {
    const access = await streamAccess(this.em, viewer, input.streamId, 'read');
    assertCanManageGroup(viewer, access);
    const fromGroups = await activeMembersOfClientGroups(this.em, viewer.organisationId, input.clientGroupIds);
    const accounts = await this.accounts(viewer, [...input.accountIds, ...fromGroups]);
    const streamId = access.stream.id;
    let lastSeq = 0;
    const added = await this.em.transactional(async (tx) => {
      // Lock the stream row: concurrent additions must not miscount.
      const [locked] = await tx
        .getConnection()
        .execute<{ last_seq: number }[]>(
          `select "last_seq" from "chat_stream" where "id" = ? for update`,
          [streamId],
          'all',
          tx.getTransactionContext(),
        );
      lastSeq = locked!.last_seq;
      const present = new Set(
        (await tx.find(ChatMember, { stream: streamId, account: { $in: accounts.map((a) => a.id) } })).map(
          (m) => m.account.id,
        ),
      );
      const fresh = accounts.filter((a) => !present.has(a.id)).map((a) => a.id);
      // New members start with everything read: the history is theirs to scroll, not a pile of unread.
      for (const account of fresh) {
        tx.create(ChatMember, { organisation: viewer.organisationId, stream: streamId, account, lastReadSeq: lastSeq });
      }
      await tx.flush();
      await recountMembers(tx, streamId);
      return fresh;
    });
    this.announceJoined(streamId, added, lastSeq);
    await this.em.refresh(access.stream);
    return new StreamsService(this.em, this.app).view(viewer, streamId);
  }

  /**
   * Removes a member: managers remove anyone but the creator; any other member may remove themselves
   * (leave). The removed member's live subscriptions of the stream end.
   */
  async removeMember(viewer: Viewer, input: { streamId: string; accountId: string }): Promise<boolean> {
    const access = await streamAccess(this.em, viewer, input.streamId, 'read');
    if (access.stream.kind !== ChatStreamKind.GROUP) throw forbidden('Only group chats have managed members');
    if (input.accountId !== viewer.accountId || !access.member) assertCanManageGroup(viewer, access);
    if (access.stream.createdBy?.id === input.accountId) {
      throw conflict('The creator of a group chat cannot be removed.', 'CREATOR_CANNOT_BE_REMOVED');
    }
    const streamId = access.stream.id;
    const removed = await this.em.transactional(async (tx) => {
      const n = await tx.nativeDelete(ChatMember, {
        stream: streamId,
        account: input.accountId,
        organisation: viewer.organisationId,
      });
      if (n) {
        await recountMembers(tx, streamId);
      }
      return n > 0;
    });
    if (!removed) throw notFound('Member');
    this.app.pubSub.publish(streamTopic(streamId), {
      type: 'removed',
      streamId,
      accountId: input.accountId,
    } satisfies StreamEvent);
    publishInbox(this.app, input.accountId, {
      streamId,
      lastSeq: access.stream.lastSeq,
      unreadCount: 0,
      lastMessage: null,
      removed: true,
    });
    return true;
  }

  /** Active accounts of the viewer's organisation by id; any unknown (or other organisation's) id is NOT_FOUND. */
  private async accounts(viewer: Viewer, ids: string[]): Promise<Account[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const found = await this.em.find(Account, {
      id: { $in: unique },
      organisation: viewer.organisationId,
      status: AccountStatus.ACTIVE,
    });
    const usable = found.filter((a) => !(a instanceof Counsellor) || (a.active && !a.deletedAt));
    if (usable.length !== unique.length) throw notFound('Account');
    return usable;
  }

  private announceJoined(streamId: string, accountIds: string[], lastSeq: number): void {
    for (const account of accountIds) {
      publishInbox(this.app, account, { streamId, lastSeq, unreadCount: 0, lastMessage: null, removed: false });
    }
  }
}

/** Stores a group's member count from its members, inside the caller's transaction. */
async function recountMembers(tx: EntityManager, streamId: string): Promise<void> {
  await tx
    .getConnection()
    .execute(
      `update "chat_stream" set "member_count" = (select count(*) from "chat_member" where "stream_id" = ?), "updated_at" = now() where "id" = ?`,
      [streamId, streamId],
      'all',
      tx.getTransactionContext(),
    );
}
