/**
 * GraphQL operations of client records. Uploads and downloads of documents are plain HTTP
 * (client-records.routes.ts): `POST /api/clients/:id/documents`, `GET /api/client-documents/:id`.
 */
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Connection, DEFAULT_PAGE_SIZE, PageInput, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { validate } from '../../shared/validate.js';
import { ClientDocumentsService } from './client-documents.service.js';
import { DirectMessageDelivery } from './client-records.entities.js';
import {
  AddClientNoteInput,
  AddClientNoteSchema,
  ClientIdSchema,
  ClientRecordIdInput,
  ClientRecordIdSchema,
  DirectMessageFilter,
  DirectMessageFilterSchema,
  SendDirectMessageInput,
  SendDirectMessageSchema,
  UpdateClientNoteInput,
  UpdateClientNoteSchema,
} from './client-records.inputs.js';
import {
  ClientDocumentLinkView,
  ClientDocumentView,
  ClientNoteView,
  DirectMessageView,
  InboxMessageView,
} from './client-records.types.js';
import { DirectMessagesService } from './direct-messages.service.js';
import { NotesService } from './notes.service.js';

const NoteConnection = Connection(ClientNoteView, 'ClientNote');
const DocumentConnection = Connection(ClientDocumentView, 'ClientDocument');
const DirectMessageConnection = Connection(DirectMessageView, 'DirectMessage');
const InboxConnection = Connection(InboxMessageView, 'InboxMessage');

const page = (p?: PageInput | null) => {
  const { first, after } = validate(PageSchema, p ?? {});
  return { first: first ?? DEFAULT_PAGE_SIZE, after };
};

@Resolver()
@Authorized('STAFF')
export class ClientRecordsResolver {
  @Query(() => NoteConnection, { description: 'Staff notes about a client, newest first.' })
  clientNotes(
    @Arg('clientId', () => ID) clientId: string,
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<ClientNoteView>> {
    const { first, after } = page(p);
    return new NotesService(ctx.em).list(ctx.viewer!, validate(ClientIdSchema, clientId), first, after);
  }

  @Mutation(() => ClientNoteView)
  addClientNote(
    @Arg('input', () => AddClientNoteInput) input: AddClientNoteInput,
    @Ctx() ctx: Context,
  ): Promise<ClientNoteView> {
    return new NotesService(ctx.em).add(ctx.viewer!, validate(AddClientNoteSchema, input));
  }

  @Mutation(() => ClientNoteView, { description: 'Change a note (its author only).' })
  updateClientNote(
    @Arg('input', () => UpdateClientNoteInput) input: UpdateClientNoteInput,
    @Ctx() ctx: Context,
  ): Promise<ClientNoteView> {
    return new NotesService(ctx.em).update(ctx.viewer!, validate(UpdateClientNoteSchema, input));
  }

  @Mutation(() => Boolean, { description: 'Delete a note (its author or an admin).' })
  deleteClientNote(
    @Arg('input', () => ClientRecordIdInput) input: ClientRecordIdInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new NotesService(ctx.em).remove(ctx.viewer!, validate(ClientRecordIdSchema, input).id);
  }

  @Query(() => DocumentConnection, { description: 'Documents kept for a client, newest first.' })
  clientDocuments(
    @Arg('clientId', () => ID) clientId: string,
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<ClientDocumentView>> {
    const { first, after } = page(p);
    return new ClientDocumentsService(ctx.em, ctx.app).list(
      ctx.viewer!,
      validate(ClientIdSchema, clientId),
      first,
      after,
    );
  }

  @Query(() => ClientDocumentLinkView, { description: 'A download URL for plain links, valid for 5 minutes.' })
  clientDocumentLink(
    @Arg('documentId', () => ID) documentId: string,
    @Ctx() ctx: Context,
  ): Promise<ClientDocumentLinkView> {
    return new ClientDocumentsService(ctx.em, ctx.app).link(ctx.viewer!, validate(ClientIdSchema, documentId));
  }

  @Mutation(() => Boolean, { description: 'Delete a client document and its bytes (its uploader or an admin).' })
  deleteClientDocument(
    @Arg('input', () => ClientRecordIdInput) input: ClientRecordIdInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new ClientDocumentsService(ctx.em, ctx.app).remove(ctx.viewer!, validate(ClientRecordIdSchema, input).id);
  }
}

@Resolver()
@Authorized('ADMIN')
export class DirectMessagesResolver {
  @Query(() => DirectMessageDelivery, {
    description: 'How a direct message to this client would be delivered now: by mail (they have an email) or in-app.',
  })
  directMessageDelivery(
    @Arg('clientId', () => ID) clientId: string,
    @Ctx() ctx: Context,
  ): Promise<DirectMessageDelivery> {
    return new DirectMessagesService(ctx.em, ctx.app).delivery(ctx.viewer!, validate(ClientIdSchema, clientId));
  }

  @Mutation(() => DirectMessageView)
  sendDirectMessage(
    @Arg('input', () => SendDirectMessageInput) input: SendDirectMessageInput,
    @Ctx() ctx: Context,
  ): Promise<DirectMessageView> {
    return new DirectMessagesService(ctx.em, ctx.app).send(ctx.viewer!, validate(SendDirectMessageSchema, input));
  }

  @Query(() => DirectMessageConnection, { description: 'Sent direct messages, newest first.' })
  directMessages(
    @Ctx() ctx: Context,
    @Arg('filter', () => DirectMessageFilter, { nullable: true }) filter?: DirectMessageFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<DirectMessageView>> {
    const { first, after } = page(p);
    return new DirectMessagesService(ctx.em, ctx.app).list(
      ctx.viewer!,
      validate(DirectMessageFilterSchema, filter ?? {}),
      first,
      after,
    );
  }
}

@Resolver()
@Authorized('CLIENT')
export class ClientInboxResolver {
  @Query(() => InboxConnection, { description: 'The organisation’s direct messages delivered in-app, newest first.' })
  myInbox(
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<InboxMessageView>> {
    const { first, after } = page(p);
    return new DirectMessagesService(ctx.em, ctx.app).inbox(ctx.viewer!, first, after);
  }

  @Query(() => Int, { description: 'Inbox messages not opened yet.' })
  myInboxUnread(@Ctx() ctx: Context): Promise<number> {
    return new DirectMessagesService(ctx.em, ctx.app).unreadCount(ctx.viewer!);
  }

  @Mutation(() => InboxMessageView, { description: 'Mark an inbox message as read.' })
  markInboxMessageRead(
    @Arg('input', () => ClientRecordIdInput) input: ClientRecordIdInput,
    @Ctx() ctx: Context,
  ): Promise<InboxMessageView> {
    return new DirectMessagesService(ctx.em, ctx.app).markRead(ctx.viewer!, validate(ClientRecordIdSchema, input).id);
  }
}

export const clientRecordResolvers = [ClientRecordsResolver, DirectMessagesResolver, ClientInboxResolver] as const;
