/**
 * Who may do what with a stream. Members read and write; an admin may read (history, documents,
 * export, live messages) any stream of the organisation without being a member, as admins see
 * everything of their organisation; everybody else gets NOT_FOUND, so a stream's existence never
 * leaks across memberships or organisations.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { ChatMember } from './chat-member.entity.js';
import { ChatStream } from './chat-stream.entity.js';
import { ChatStreamKind } from './chat.enums.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

export interface StreamAccess {
  stream: ChatStream;
  /** Null when an admin reads a stream they are not a member of. */
  member: ChatMember | null;
}

export type StreamNeed = 'read' | 'write';

/** Loads a stream the viewer may read or write (one SQL statement for members). */
export async function streamAccess(
  em: EntityManager,
  viewer: Viewer,
  streamId: string,
  need: StreamNeed,
): Promise<StreamAccess> {
  const member = await em.findOne(
    ChatMember,
    { stream: { id: streamId, organisation: viewer.organisationId }, account: viewer.accountId },
    { populate: ['stream'] },
  );
  if (member) return readRecorded(em, viewer, need, { stream: member.stream, member });
  if (need === 'read' && viewer.role === 'ADMIN') {
    const stream = await em.findOne(ChatStream, { id: streamId, organisation: viewer.organisationId });
    if (stream) return readRecorded(em, viewer, need, { stream, member: null });
  }
  throw notFound('Chat stream');
}

/**
 * A staff member's read of a stream with clients (history, documents, export, members) goes into the
 * access audit log; its clients are found by the log's INSERT. Writes are recorded where a message is
 * stored, not here: read markers and typing pass through `write` too.
 */
function readRecorded(em: EntityManager, viewer: Viewer, need: StreamNeed, access: StreamAccess): StreamAccess {
  if (need === 'read' && access.stream.kind !== ChatStreamKind.COLLEAGUE) {
    recordAccess(em, viewer, AccessAction.READ, AccessRecordKind.CHAT_STREAM, {
      clientId: null,
      recordId: access.stream.id,
    });
  }
  return access;
}

/** Staff members of a group, and admins, manage it (name, description, members). */
export function assertCanManageGroup(viewer: Viewer, access: StreamAccess): void {
  if (access.stream.kind !== ChatStreamKind.GROUP) throw forbidden('Only group chats have managed members');
  if (viewer.role === 'ADMIN') return;
  if (viewer.kind !== 'STAFF' || !access.member) throw forbidden('Only staff members of the group can manage it');
}

/**
 * The same read rule as `streamAccess` as one plain SQL row, for subscriptions: thousands of widgets
 * subscribe at once, and loading entities for a yes/no costs more than the query.
 */
export async function mayReadStream(em: EntityManager, viewer: Viewer, streamId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ member: boolean }[]>(
    `select exists (select 1 from "chat_member" m where m."stream_id" = s."id" and m."account_id" = ?) as member
     from "chat_stream" s where s."id" = ? and s."organisation_id" = ?`,
    [viewer.accountId, streamId, viewer.organisationId],
  );
  const row = rows[0];
  return !!row && (row.member || viewer.role === 'ADMIN');
}
