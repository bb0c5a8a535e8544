/**
 * GraphQL types of the chat. They are plain view objects built by the services (chat.views.ts), not
 * entities, and have no field resolvers that read the viewer: a message's payload is therefore the
 * same for every subscriber and is built and serialised once per stream event (see SharedPayload).
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChatMessageKind, ChatParticipantKind, ChatStreamKind } from './chat.enums.js';
import { AuthPayload } from '../identity/identity.types.js';

@ObjectType({ description: 'Somebody in a chat, as every member sees them.' })
export class ChatParticipant {
  @Field(() => ID) id!: string;
  @Field(() => ChatParticipantKind) kind!: ChatParticipantKind;
  @Field(() => String, { description: 'Staff: the public display name; clients: the pseudonym.' })
  displayName!: string;
}

@ObjectType({ description: 'A document sent into a stream.' })
export class ChatDocument {
  @Field(() => ID) id!: string;
  @Field(() => ID) streamId!: string;
  @Field(() => String) filename!: string;
  @Field(() => String, { description: 'MIME type, detected from the content.' }) contentType!: string;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => ChatParticipant, { nullable: true }) uploadedBy!: ChatParticipant | null;
  @Field(() => String, {
    description: 'Download with `Authorization: Bearer <token>`; for plain links ask `chatDocumentLink`.',
  })
  downloadPath!: string;
}

@ObjectType({ description: 'A chat message. `seq` orders a stream’s messages and is where a subscriber resumes.' })
export class ChatMessage {
  @Field(() => ID) id!: string;
  @Field(() => ID) streamId!: string;
  @Field(() => Int, { description: 'Strictly increasing (1, 2, 3 …) within the stream.' }) seq!: number;
  @Field(() => ChatMessageKind) kind!: ChatMessageKind;
  @Field(() => String, { description: 'Text; for documents the file name, for video the room link.' })
  body!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => ChatParticipant, { nullable: true, description: 'Null when the sender’s account was purged.' })
  sender!: ChatParticipant | null;
  @Field(() => ChatDocument, { nullable: true, description: 'DOCUMENT messages; null once deleted.' })
  document!: ChatDocument | null;
  @Field(() => String, { nullable: true, description: 'VIDEO messages: the room link for participants.' })
  link!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The id the sender gave; lets a client match its optimistic message.',
  })
  clientMessageId!: string | null;
}

@ObjectType({ description: 'A conversation, as the viewer sees it.' })
export class ChatStream {
  @Field(() => ID) id!: string;
  @Field(() => ChatStreamKind) kind!: ChatStreamKind;
  @Field(() => String, { description: 'Group name, or the other person’s name in a direct stream.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Group chats only.' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'Group chats only; staff only (null for clients).' })
  description!: string | null;
  @Field(() => ChatParticipant, { nullable: true, description: 'Direct streams: the other person.' })
  counterpart!: ChatParticipant | null;
  @Field(() => ChatParticipant, { nullable: true }) createdBy!: ChatParticipant | null;
  @Field(() => Int) memberCount!: number;
  @Field(() => Int, { description: 'Sequence of the newest message (0: none yet).' }) lastSeq!: number;
  @Field(() => Int, { description: 'The viewer’s read marker (0 for admins reading as non-members).' })
  lastReadSeq!: number;
  @Field(() => Int) unreadCount!: number;
  @Field(() => Int, {
    description:
      'Up to which sequence every other member has read (a direct stream: the other person’s read marker; 0 when nobody else is in it). Follow `chatReadMarkerMoved` for changes.',
  })
  othersReadSeq!: number;
  @Field(() => ChatMessage, { nullable: true }) lastMessage!: ChatMessage | null;
  @Field(() => Boolean, { description: 'False when an admin reads a stream they are not a member of.' })
  isMember!: boolean;
  @Field(() => Date) lastActivityAt!: Date;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A page of history, oldest first (newest last).' })
export class ChatHistory {
  @Field(() => [ChatMessage]) messages!: ChatMessage[];
  @Field(() => Boolean, { description: 'More messages before the first one of this page.' }) hasOlder!: boolean;
}

@ObjectType()
export class ChatMember {
  @Field(() => ChatParticipant) participant!: ChatParticipant;
  @Field(() => Date) joinedAt!: Date;
  @Field(() => Boolean, { description: 'The group’s creator cannot be removed.' }) isCreator!: boolean;
}

@ObjectType({ description: 'Someone started or stopped typing (not stored).' })
export class ChatTyping {
  @Field(() => ID) streamId!: string;
  @Field(() => ChatParticipant) participant!: ChatParticipant;
  @Field(() => Boolean) typing!: boolean;
}

@ObjectType({ description: 'Someone’s read marker moved.' })
export class ChatReadMarker {
  @Field(() => ID) streamId!: string;
  @Field(() => ChatParticipant) participant!: ChatParticipant;
  @Field(() => Int, { description: 'They have read every message up to this sequence.' }) seq!: number;
}

@ObjectType({ description: 'A change to one of the viewer’s streams (new message, read marker, membership).' })
export class ChatInboxUpdate {
  @Field(() => ID) streamId!: string;
  @Field(() => Int) lastSeq!: number;
  @Field(() => Int) unreadCount!: number;
  @Field(() => ChatMessage, { nullable: true }) lastMessage!: ChatMessage | null;
  @Field(() => Boolean, { description: 'The viewer was removed from the stream.' }) removed!: boolean;
}

@ObjectType()
export class ChatDocumentLink {
  @Field(() => String, { description: 'Absolute URL that downloads without a header until it expires.' })
  url!: string;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType()
export class StartVideoChatPayload {
  @Field(() => ChatMessage, { description: 'The VIDEO message posted into the stream.' }) message!: ChatMessage;
  @Field(() => String, {
    nullable: true,
    description: 'Platform video: the starter’s own link (moderator when the starter is staff).',
  })
  ownUrl!: string | null;
}

@ObjectType()
export class StartChatPayload {
  @Field(() => AuthPayload, { description: 'Tokens of the new client account; keep the refresh token.' })
  session!: AuthPayload;
  @Field(() => ChatStream) stream!: ChatStream;
}
