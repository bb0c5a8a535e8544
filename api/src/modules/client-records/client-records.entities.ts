/**
 * What staff keep about a client besides the profile: notes, documents, and direct messages from
 * the organisation. Every row goes with its client (foreign key cascade) and is removed by the
 * client purge (purge.ts), which counts what it removed.
 */
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../shared/base.entity.js';
import type { Client } from '../client/client.entity.js';
import type { StoredFile } from '../files/stored-file.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';

export enum DirectMessageDelivery {
  /** Sent to the client's email address. */
  MAIL = 'MAIL',
  /** The client has no email: the message waits in the inbox of the widgets they log into. */
  INBOX = 'INBOX',
}
registerEnumType(DirectMessageDelivery, {
  name: 'DirectMessageDelivery',
  description: 'How a direct message reaches the client: by mail when they have an email address, else in-app.',
});

/** A staff note about a client: staff only, never shown to the client. */
@Entity({ tableName: 'client_note' })
@Index({ properties: ['organisation', 'client', 'createdAt'] })
export class ClientNote extends TenantEntity {
  @ManyToOne({ entity: 'Client', deleteRule: 'cascade' })
  client!: Client;

  /** Null once the author's account is deleted; the note stays. */
  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  author?: Counsellor | null;

  @Property({ type: 'text' })
  body!: string;

  /** When the author last changed the text; null while unchanged. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  editedAt?: Date | null;
}

/** A document staff keep for a client (the bytes live in the file storage). Staff only. */
@Entity({ tableName: 'client_document' })
@Index({ properties: ['organisation', 'client', 'createdAt'] })
export class ClientDocument extends TenantEntity {
  @ManyToOne({ entity: 'Client', deleteRule: 'cascade' })
  client!: Client;

  @ManyToOne({ entity: 'StoredFile', deleteRule: 'cascade' })
  file!: StoredFile;

  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  uploadedBy?: Counsellor | null;

  @Property({ type: 'string', length: 255 })
  filename!: string;

  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;
}

/** A message from the organisation (an admin) to one client. */
@Entity({ tableName: 'direct_message' })
@Index({ properties: ['organisation', 'createdAt'] })
@Index({ properties: ['organisation', 'client', 'createdAt'] })
export class DirectMessage extends TenantEntity {
  @ManyToOne({ entity: 'Client', deleteRule: 'cascade' })
  client!: Client;

  @ManyToOne({ entity: 'Counsellor', nullable: true, deleteRule: 'set null' })
  sender?: Counsellor | null;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => DirectMessageDelivery, nativeEnumName: 'direct_message_delivery' })
  delivery!: DirectMessageDelivery;

  /** In-app messages: when the client first opened it. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  readAt?: Date | null;

  /** Mail messages: the outbox mail that carries it (its delivery state is the outbox's). */
  @Property({ type: 'uuid', nullable: true })
  outboxMailId?: string | null;
}

export const clientRecordEntities = [ClientNote, ClientDocument, DirectMessage];
