/**
 * Entities → the GraphQL view objects of chat.types.ts. Views hold only what every member may see,
 * so one view serves all subscribers of a stream.
 */
import type { Account } from '../identity/account.entity.js';
import type { Client } from '../client/client.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import type { ChatDocument as ChatDocumentEntity } from './chat-document.entity.js';
import type { ChatMessage as ChatMessageEntity } from './chat-message.entity.js';
import { ChatParticipantKind } from './chat.enums.js';
import type { ChatDocument, ChatMessage, ChatParticipant } from './chat.types.js';

/** Relations a message view needs; populate them to keep the SQL per page constant. */
export const MESSAGE_POPULATE = ['sender', 'document', 'document.uploadedBy'] as const;

export function participantView(account: Account): ChatParticipant {
  if (account instanceof Counsellor) {
    return { id: account.id, kind: ChatParticipantKind.STAFF, displayName: account.displayName || '—' };
  }
  return {
    id: account.id,
    kind: ChatParticipantKind.CLIENT,
    displayName: (account as Client).pseudonym ?? account.loginName,
  };
}

export const documentPath = (documentId: string) => `/api/chat/documents/${documentId}`;

export function documentView(doc: ChatDocumentEntity): ChatDocument {
  return {
    id: doc.id,
    streamId: doc.stream.id,
    filename: doc.filename,
    contentType: doc.contentType,
    size: doc.size,
    createdAt: doc.createdAt,
    uploadedBy: doc.uploadedBy ? participantView(doc.uploadedBy) : null,
    downloadPath: documentPath(doc.id),
  };
}

/** Needs MESSAGE_POPULATE loaded. */
export function messageView(m: ChatMessageEntity): ChatMessage {
  return {
    id: m.id,
    streamId: m.stream.id,
    seq: m.seq,
    kind: m.kind,
    body: m.body,
    createdAt: m.createdAt,
    sender: m.sender ? participantView(m.sender) : null,
    document: m.document ? documentView(m.document) : null,
    link: m.link ?? null,
    clientMessageId: m.clientMessageId ?? null,
  };
}
