/**
 * Documents in a stream: sent by members (type checked by content, size bounded), downloaded by
 * those who may read the stream, listed newest first, deleted by their uploader, by staff members
 * of the stream and by admins. Deleting removes the bytes; the DOCUMENT message stays, without file.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { newestFirstAfter, newestFirstCursor, toConnection, type ConnectionShape } from '../../shared/pagination.js';
import { DOCUMENT_TYPES } from '../../shared/storage.js';
import { DownloadLinks } from '../files/download-link.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Account } from '../identity/account.entity.js';
import { Client } from '../client/client.entity.js';
import { ChatDocument as ChatDocumentEntity } from './chat-document.entity.js';
import { ChatMessageKind } from './chat.enums.js';
import { streamAccess } from './chat.policy.js';
import type { ChatDocument, ChatDocumentLink, ChatMessage } from './chat.types.js';
import { documentPath, documentView, participantView } from './chat.views.js';
import { assertClientMayWrite } from './messages.service.js';
import { announceMessage, insertMessage, newMessageView } from './post-message.js';

/** Accepted content types (detected from the bytes): images, PDF, plain text, office documents. */
export const CHAT_DOCUMENT_TYPES = [
  ...DOCUMENT_TYPES,
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;

export class DocumentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
  ) {}

  /** Stores the file and posts a DOCUMENT message; invalid files change nothing. */
  async upload(
    viewer: Viewer,
    input: { streamId: string; bytes: Buffer; filename: string },
  ): Promise<{ document: ChatDocument; message: ChatMessage }> {
    const { stream } = await streamAccess(this.em, viewer, input.streamId, 'write');
    const sender = await this.em.findOneOrFail(Account, viewer.accountId);
    if (sender instanceof Client) await assertClientMayWrite(this.em, sender, stream);
    const ref = { id: stream.id, organisationId: viewer.organisationId };
    const { doc, inserted, body } = await this.em.transactional(async (tx) => {
      const file = await this.app.storage.put(tx, {
        organisationId: viewer.organisationId,
        bytes: input.bytes,
        filename: input.filename,
        allowedTypes: CHAT_DOCUMENT_TYPES,
        maxBytes: this.app.config.maxUploadBytes,
      });
      const doc = tx.create(ChatDocumentEntity, {
        organisation: viewer.organisationId,
        stream: stream.id,
        file,
        uploadedBy: viewer.accountId,
        filename: file.filename,
        contentType: file.contentType,
        size: file.size,
      });
      await tx.flush();
      const body = doc.filename;
      const inserted = await insertMessage(tx, ref, sender.id, {
        kind: ChatMessageKind.DOCUMENT,
        body,
        documentId: doc.id,
      });
      return { doc: { ...pick(doc), streamId: stream.id }, inserted, body };
    });
    const document: ChatDocument = { ...doc, uploadedBy: participantView(sender), downloadPath: documentPath(doc.id) };
    const message = newMessageView(
      ref,
      inserted,
      sender,
      { kind: ChatMessageKind.DOCUMENT, body, documentId: doc.id },
      document,
    );
    await announceMessage(this.app, this.em, message);
    return { document, message };
  }

  /** A stream's documents, newest first. */
  async list(
    viewer: Viewer,
    streamId: string,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<ChatDocument>> {
    const { stream } = await streamAccess(this.em, viewer, streamId, 'read');
    const where = { stream: stream.id, organisation: viewer.organisationId };
    const [rows, total] = await Promise.all([
      this.em.find(
        ChatDocumentEntity,
        { ...where, ...newestFirstAfter(after) },
        {
          orderBy: { createdAt: 'desc', id: 'desc' },
          limit: first + 1,
          populate: ['uploadedBy'],
        },
      ),
      this.em.count(ChatDocumentEntity, where),
    ]);
    return toConnection(rows.map(documentView), first, total, newestFirstCursor);
  }

  async remove(viewer: Viewer, documentId: string): Promise<boolean> {
    const doc = await this.load(viewer, documentId);
    const access = await streamAccess(this.em, viewer, doc.stream.id, 'read');
    const own = doc.uploadedBy?.id === viewer.accountId;
    const staffMember = viewer.kind === 'STAFF' && !!access.member;
    if (!own && !staffMember && viewer.role !== 'ADMIN')
      throw forbidden('Only the sender or staff can delete this document');
    // The document row goes with its file (foreign key cascade); messages keep their text.
    await this.em.nativeDelete(StoredFile, { id: doc.file.id, organisation: viewer.organisationId });
    return true;
  }

  /** Bytes of a document the viewer may read. */
  async read(viewer: Viewer, documentId: string): Promise<{ document: ChatDocumentEntity; bytes: Buffer }> {
    const doc = await this.load(viewer, documentId);
    await streamAccess(this.em, viewer, doc.stream.id, 'read');
    const { bytes } = await this.app.storage.read(this.em, doc.file.id, viewer.organisationId);
    return { document: doc, bytes };
  }

  /** A short-lived URL for `<a href>` downloads, bound to the viewer (re-checked when used). */
  async link(viewer: Viewer, documentId: string): Promise<ChatDocumentLink> {
    const doc = await this.load(viewer, documentId);
    await streamAccess(this.em, viewer, doc.stream.id, 'read');
    return this.links().sign(viewer, doc.id, documentPath(doc.id));
  }

  /**
   * The viewer a signed link stands for, if it is valid for this document and its account may still
   * log in and read the stream (checked by the caller through `read`).
   */
  viewerFromLink(token: string, documentId: string): Promise<Viewer> {
    return this.links().viewer(this.em, token, documentId);
  }

  private links(): DownloadLinks {
    return new DownloadLinks(this.app, 'chat-document');
  }

  private async load(viewer: Viewer, documentId: string): Promise<ChatDocumentEntity> {
    const doc = await this.em.findOne(
      ChatDocumentEntity,
      { id: documentId, organisation: viewer.organisationId },
      { populate: ['uploadedBy'] },
    );
    if (!doc) throw notFound('Document');
    return doc;
  }
}

function pick(doc: ChatDocumentEntity) {
  return { id: doc.id, filename: doc.filename, contentType: doc.contentType, size: doc.size, createdAt: doc.createdAt };
}
