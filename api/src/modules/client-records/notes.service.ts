/** Staff notes about a client: newest first; changed by their author, deleted by the author or an admin. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { newestFirstAfter, newestFirstCursor, toConnection, type ConnectionShape } from '../../shared/pagination.js';
import { ClientNote } from './client-records.entities.js';
import { clientForStaff, mayDeleteNote, mayEditNote } from './client-records.policy.js';
import type { ClientNoteView } from './client-records.types.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

export class NotesService {
  constructor(private readonly em: EntityManager) {}

  async list(
    viewer: Viewer,
    clientId: string,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<ClientNoteView>> {
    const client = await clientForStaff(this.em, viewer, clientId);
    recordAccess(this.em, viewer, AccessAction.READ, AccessRecordKind.NOTES, { clientId: client.id });
    const where = { organisation: viewer.organisationId, client: client.id };
    const [rows, total] = await Promise.all([
      this.em.find(
        ClientNote,
        { ...where, ...newestFirstAfter(after) },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['author'] },
      ),
      this.em.count(ClientNote, where),
    ]);
    return toConnection(
      rows.map((n) => noteView(viewer, n)),
      first,
      total,
      newestFirstCursor,
    );
  }

  async add(viewer: Viewer, input: { clientId: string; body: string }): Promise<ClientNoteView> {
    const client = await clientForStaff(this.em, viewer, input.clientId);
    const note = this.em.create(ClientNote, {
      organisation: viewer.organisationId,
      client,
      author: viewer.accountId,
      body: input.body,
    });
    await this.em.flush();
    recordAccess(this.em, viewer, AccessAction.CREATE, AccessRecordKind.NOTES, {
      clientId: client.id,
      recordId: note.id,
    });
    await this.em.populate(note, ['author']);
    return noteView(viewer, note);
  }

  async update(viewer: Viewer, input: { id: string; body: string }): Promise<ClientNoteView> {
    const note = await this.load(viewer, input.id);
    if (!mayEditNote(viewer, note)) throw forbidden('Only the author can change a note');
    if (note.body !== input.body) {
      note.body = input.body;
      note.editedAt = new Date();
      await this.em.flush();
      recordAccess(this.em, viewer, AccessAction.UPDATE, AccessRecordKind.NOTES, {
        clientId: note.client.id,
        recordId: note.id,
      });
    }
    return noteView(viewer, note);
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const note = await this.load(viewer, id);
    if (!mayDeleteNote(viewer, note)) throw forbidden('Only the author or an admin can delete a note');
    await this.em.nativeDelete(ClientNote, { id: note.id, organisation: viewer.organisationId });
    recordAccess(this.em, viewer, AccessAction.DELETE, AccessRecordKind.NOTES, {
      clientId: note.client.id,
      recordId: note.id,
    });
    return true;
  }

  private async load(viewer: Viewer, id: string): Promise<ClientNote> {
    if (viewer.kind !== 'STAFF') throw forbidden();
    const note = await this.em.findOne(
      ClientNote,
      { id, organisation: viewer.organisationId },
      { populate: ['author'] },
    );
    if (!note) throw notFound('Note');
    return note;
  }
}

function noteView(viewer: Viewer, n: ClientNote): ClientNoteView {
  return {
    id: n.id,
    clientId: n.client.id,
    body: n.body,
    createdAt: n.createdAt,
    editedAt: n.editedAt ?? null,
    author: n.author ?? null,
    mayEdit: mayEditNote(viewer, n),
    mayDelete: mayDeleteNote(viewer, n),
  };
}
