import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Account } from '../identity/account.entity.js';
import type { StoredFile } from '../files/stored-file.entity.js';
import type { ChatStream } from './chat-stream.entity.js';

/** A document sent into a stream. Its bytes live in the file storage (`file`). */
@Entity({ tableName: 'chat_document' })
export class ChatDocument extends TenantEntity {
  @ManyToOne({ entity: 'ChatStream', deleteRule: 'cascade' })
  stream!: ChatStream;

  @ManyToOne({ entity: 'StoredFile', deleteRule: 'cascade' })
  file!: StoredFile;

  @ManyToOne({ entity: 'Account', nullable: true, deleteRule: 'set null' })
  uploadedBy?: Account | null;

  @Property({ type: 'string', length: 255 })
  filename!: string;

  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;
}
