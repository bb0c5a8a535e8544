import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Account } from '../identity/account.entity.js';
import type { ChatDocument } from './chat-document.entity.js';
import type { ChatStream } from './chat-stream.entity.js';
import { ChatMessageKind } from './chat.enums.js';

/**
 * A message. `seq` is strictly increasing and contiguous per stream (unique (stream, seq)); a
 * subscriber resumes after the last `seq` it saw. `clientMessageId` makes sending idempotent per
 * sender (unique (stream, sender, clientMessageId)): a resend after a dropped connection returns the
 * first message instead of a duplicate.
 */
@Entity({ tableName: 'chat_message' })
@Unique({ properties: ['stream', 'seq'] })
export class ChatMessage extends TenantEntity {
  @ManyToOne({ entity: 'ChatStream', deleteRule: 'cascade' })
  stream!: ChatStream;

  @Property({ type: 'integer' })
  seq!: number;

  @ManyToOne({ entity: 'Account', nullable: true, deleteRule: 'set null' })
  sender?: Account | null;

  @Enum({ items: () => ChatMessageKind, nativeEnumName: 'chat_message_kind' })
  kind!: ChatMessageKind;

  @Property({ type: 'text' })
  body!: string;

  @ManyToOne({ entity: 'ChatDocument', nullable: true, deleteRule: 'set null' })
  document?: ChatDocument | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  link?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  clientMessageId?: string | null;
}
