import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Connection, DEFAULT_PAGE_SIZE, PageInput, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { validate } from '../../shared/validate.js';
import { DeleteChatDocumentInput, DeleteChatDocumentSchema, IdSchema } from './chat.inputs.js';
import { ChatDocument, ChatDocumentLink } from './chat.types.js';
import { DocumentsService } from './documents.service.js';

const ChatDocumentConnection = Connection(ChatDocument, 'ChatDocument');

/**
 * Documents of a stream. Uploads and downloads are plain HTTP (chat.routes.ts):
 * `POST /api/chat/streams/:id/documents` (raw body, `X-Filename`), `GET /api/chat/documents/:id`.
 */
@Resolver()
@Authorized()
export class ChatDocumentsResolver {
  @Query(() => ChatDocumentConnection, { description: 'Documents sent into a stream, newest first.' })
  chatDocuments(
    @Arg('streamId', () => ID) streamId: string,
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<ChatDocument>> {
    const data = validate(PageSchema, p ?? {});
    return new DocumentsService(ctx.em, ctx.app).list(
      ctx.viewer!,
      validate(IdSchema, streamId),
      data.first ?? DEFAULT_PAGE_SIZE,
      data.after,
    );
  }

  @Query(() => ChatDocumentLink, { description: 'A download URL for plain links, valid for 5 minutes.' })
  chatDocumentLink(@Arg('documentId', () => ID) documentId: string, @Ctx() ctx: Context): Promise<ChatDocumentLink> {
    return new DocumentsService(ctx.em, ctx.app).link(ctx.viewer!, validate(IdSchema, documentId));
  }

  @Mutation(() => Boolean, { description: 'Delete a document (its sender, staff members of the stream, admins).' })
  deleteChatDocument(
    @Arg('input', () => DeleteChatDocumentInput) input: DeleteChatDocumentInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new DocumentsService(ctx.em, ctx.app).remove(
      ctx.viewer!,
      validate(DeleteChatDocumentSchema, input).documentId,
    );
  }
}
