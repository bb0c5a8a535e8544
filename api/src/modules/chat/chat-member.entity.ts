import { Entity, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Account } from '../identity/account.entity.js';
import type { ChatStream } from './chat-stream.entity.js';

/**
 * Membership of an account in a stream. `lastReadSeq` is the read marker: the unread count is
 * `stream.lastSeq - lastReadSeq` (sequences are contiguous, and sending marks one's own message read).
 */
@Entity({ tableName: 'chat_member' })
@Unique({ properties: ['stream', 'account'] })
export class ChatMember extends TenantEntity {
  @ManyToOne({ entity: 'ChatStream', deleteRule: 'cascade' })
  stream!: ChatStream;

  @ManyToOne({ entity: 'Account', deleteRule: 'cascade' })
  account!: Account;

  @Property({ type: 'integer' })
  lastReadSeq: Opt<number> = 0;
}
