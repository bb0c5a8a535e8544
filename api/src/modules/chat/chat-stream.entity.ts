import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Account } from '../identity/account.entity.js';
import { ChatStreamKind } from './chat.enums.js';

/**
 * One conversation. Invariants: `lastSeq` is the sequence of the newest message (0 when empty) and is
 * only raised by `UPDATE … SET last_seq = last_seq + 1 … RETURNING` inside the transaction that
 * inserts the message, so sequences are contiguous and commit in order; `memberCount` is kept in the
 * transactions that add or remove members; `directKey` (the two account ids, sorted) makes a direct
 * stream unique per pair.
 */
@Entity({ tableName: 'chat_stream' })
export class ChatStream extends TenantEntity {
  @Enum({ items: () => ChatStreamKind, nativeEnumName: 'chat_stream_kind' })
  kind!: ChatStreamKind;

  /** Group chats only; visible to clients. */
  @Property({ type: 'string', length: 100, nullable: true })
  name?: string | null;

  /** Group chats only; never shown to clients. */
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne({ entity: 'Account', nullable: true, deleteRule: 'set null' })
  createdBy?: Account | null;

  @Property({ type: 'string', length: 80, nullable: true })
  directKey?: string | null;

  @Property({ type: 'integer' })
  lastSeq: Opt<number> = 0;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  lastActivityAt: Opt<Date> = new Date();

  @Property({ type: 'integer' })
  memberCount: Opt<number> = 0;
}
