/**
 * Who may reach a client's records. Notes and documents are the organisation's staff's working
 * material: every staff member of the client's organisation may read them (as they may open the
 * client), clients never. Changing a note is its author's; deleting it, its author's or an admin's.
 * Direct messages are sent and listed by admins only; the client reads those delivered in-app.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { Client } from '../client/client.entity.js';
import type { ClientDocument, ClientNote } from './client-records.entities.js';

/** The client `clientId` of the viewer's organisation, for a staff viewer; NOT_FOUND otherwise. */
export async function clientForStaff(em: EntityManager, viewer: Viewer, clientId: string): Promise<Client> {
  if (viewer.kind !== 'STAFF') throw forbidden();
  const client = await em.findOne(Client, { id: clientId, organisation: viewer.organisationId });
  if (!client) throw notFound('Client');
  return client;
}

export const mayEditNote = (viewer: Viewer, note: ClientNote): boolean =>
  viewer.kind === 'STAFF' && note.organisation.id === viewer.organisationId && note.author?.id === viewer.accountId;

export const mayDeleteNote = (viewer: Viewer, note: ClientNote): boolean =>
  viewer.kind === 'STAFF' &&
  note.organisation.id === viewer.organisationId &&
  (note.author?.id === viewer.accountId || viewer.role === 'ADMIN');

export const mayDeleteDocument = (viewer: Viewer, doc: ClientDocument): boolean =>
  viewer.kind === 'STAFF' &&
  doc.organisation.id === viewer.organisationId &&
  (doc.uploadedBy?.id === viewer.accountId || viewer.role === 'ADMIN');
