/**
 * Documents staff keep for a client: uploaded through the file storage (type checked by content,
 * size bounded), listed newest first, downloaded by staff of the organisation (bearer token or a
 * signed link), deleted by their uploader or an admin (with their bytes).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { newestFirstAfter, newestFirstCursor, toConnection, type ConnectionShape } from '../../shared/pagination.js';
import { CHAT_DOCUMENT_TYPES } from '../chat/documents.service.js';
import { DownloadLinks, type DownloadLink } from '../files/download-link.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { ClientDocument } from './client-records.entities.js';
import { clientForStaff, mayDeleteDocument } from './client-records.policy.js';
import type { ClientDocumentView } from './client-records.types.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

/** Accepted content types: the chat's (images, PDF, plain text, office documents). */
export const CLIENT_DOCUMENT_TYPES = CHAT_DOCUMENT_TYPES;

export const clientDocumentPath = (id: string): string => `/api/client-documents/${id}`;

export class ClientDocumentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
  ) {}

  /** Stores the file; invalid files change nothing. */
  async upload(
    viewer: Viewer,
    input: { clientId: string; bytes: Buffer; filename: string },
  ): Promise<ClientDocumentView> {
    const client = await clientForStaff(this.em, viewer, input.clientId);
    const doc = await this.em.transactional(async (tx) => {
      const file = await this.app.storage.put(tx, {
        organisationId: viewer.organisationId,
        bytes: input.bytes,
        filename: input.filename,
        allowedTypes: CLIENT_DOCUMENT_TYPES,
        maxBytes: this.app.config.maxUploadBytes,
      });
      const doc = tx.create(ClientDocument, {
        organisation: viewer.organisationId,
        client: client.id,
        file,
        uploadedBy: viewer.accountId,
        filename: file.filename,
        contentType: file.contentType,
        size: file.size,
      });
      await tx.flush();
      return doc;
    });
    recordAccess(this.em, viewer, AccessAction.CREATE, AccessRecordKind.DOCUMENTS, {
      clientId: client.id,
      recordId: doc.id,
    });
    const stored = await this.em.findOneOrFail(ClientDocument, doc.id, { populate: ['uploadedBy'] });
    return documentView(viewer, stored);
  }

  async list(
    viewer: Viewer,
    clientId: string,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<ClientDocumentView>> {
    const client = await clientForStaff(this.em, viewer, clientId);
    recordAccess(this.em, viewer, AccessAction.READ, AccessRecordKind.DOCUMENTS, { clientId: client.id });
    const where = { organisation: viewer.organisationId, client: client.id };
    const [rows, total] = await Promise.all([
      this.em.find(
        ClientDocument,
        { ...where, ...newestFirstAfter(after) },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['uploadedBy'] },
      ),
      this.em.count(ClientDocument, where),
    ]);
    return toConnection(
      rows.map((d) => documentView(viewer, d)),
      first,
      total,
      newestFirstCursor,
    );
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const doc = await this.load(viewer, id);
    if (!mayDeleteDocument(viewer, doc)) throw forbidden('Only the uploader or an admin can delete this document');
    // The document row goes with its file (foreign key cascade).
    await this.em.nativeDelete(StoredFile, { id: doc.file.id, organisation: viewer.organisationId });
    recordAccess(this.em, viewer, AccessAction.DELETE, AccessRecordKind.DOCUMENTS, {
      clientId: doc.client.id,
      recordId: doc.id,
    });
    return true;
  }

  /** Bytes of a document the viewer may read. */
  async read(viewer: Viewer, id: string): Promise<{ document: ClientDocument; bytes: Buffer }> {
    const doc = await this.load(viewer, id);
    const { bytes } = await this.app.storage.read(this.em, doc.file.id, viewer.organisationId);
    recordAccess(this.em, viewer, AccessAction.DOWNLOAD, AccessRecordKind.DOCUMENTS, {
      clientId: doc.client.id,
      recordId: doc.id,
    });
    return { document: doc, bytes };
  }

  async link(viewer: Viewer, id: string): Promise<DownloadLink> {
    const doc = await this.load(viewer, id);
    // The link is as good as the bytes for five minutes: recorded as a download when it is made.
    recordAccess(this.em, viewer, AccessAction.DOWNLOAD, AccessRecordKind.DOCUMENTS, {
      clientId: doc.client.id,
      recordId: doc.id,
    });
    return this.links().sign(viewer, doc.id, clientDocumentPath(doc.id));
  }

  /** The viewer a signed link stands for (still checked by `read`: staff of the organisation). */
  viewerFromLink(token: string, id: string): Promise<Viewer> {
    return this.links().viewer(this.em, token, id);
  }

  private links(): DownloadLinks {
    return new DownloadLinks(this.app, 'client-document');
  }

  private async load(viewer: Viewer, id: string): Promise<ClientDocument> {
    if (viewer.kind !== 'STAFF') throw forbidden();
    const doc = await this.em.findOne(
      ClientDocument,
      { id, organisation: viewer.organisationId },
      { populate: ['uploadedBy'] },
    );
    if (!doc) throw notFound('Document');
    return doc;
  }
}

function documentView(viewer: Viewer, d: ClientDocument): ClientDocumentView {
  return {
    id: d.id,
    clientId: d.client.id,
    filename: d.filename,
    contentType: d.contentType,
    size: d.size,
    createdAt: d.createdAt,
    uploadedBy: d.uploadedBy ?? null,
    downloadPath: clientDocumentPath(d.id),
    mayDelete: mayDeleteDocument(viewer, d),
  };
}
