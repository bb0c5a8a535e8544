import { registerEnumType } from 'type-graphql';

export enum ChatStreamKind {
  /** A client and a counsellor. At most one per pair. */
  CLIENT = 'CLIENT',
  /** Two staff members. At most one per pair. */
  COLLEAGUE = 'COLLEAGUE',
  /** A named group of clients and counsellors, created by a staff member. */
  GROUP = 'GROUP',
}
registerEnumType(ChatStreamKind, { name: 'ChatStreamKind' });

export enum ChatMessageKind {
  TEXT = 'TEXT',
  /** A document was sent into the stream; `document` is null once it was deleted. */
  DOCUMENT = 'DOCUMENT',
  /** A video room link ("start video chat"); the link is in `link`. */
  VIDEO = 'VIDEO',
}
registerEnumType(ChatMessageKind, { name: 'ChatMessageKind' });

export enum ChatParticipantKind {
  STAFF = 'STAFF',
  CLIENT = 'CLIENT',
}
registerEnumType(ChatParticipantKind, { name: 'ChatParticipantKind' });
