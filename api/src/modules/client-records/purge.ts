/**
 * The client purge's step for client records: removes the client's notes, documents (with their
 * bytes) and direct messages, and says how many of each. Meant to run inside the purge's
 * transaction (`em` is the transaction's), before the client's own row changes.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { StoredFile } from '../files/stored-file.entity.js';
import { ClientDocument, ClientNote, DirectMessage } from './client-records.entities.js';

// A type, not an interface: it is a `Record<string, number>` to the purge's step list.
export type ClientRecordsPurged = {
  clientNotes: number;
  clientDocuments: number;
  directMessages: number;
};

export async function purgeClientRecords(
  em: EntityManager,
  organisationId: string,
  clientId: string,
): Promise<ClientRecordsPurged> {
  const owner = { organisation: organisationId, client: clientId };
  const files = await em.find(ClientDocument, owner, { fields: ['file'] });
  // Deleting the files removes the document rows with them (foreign key cascade).
  const clientDocuments = files.length
    ? await em.nativeDelete(StoredFile, { organisation: organisationId, id: { $in: files.map((d) => d.file.id) } })
    : 0;
  const clientNotes = await em.nativeDelete(ClientNote, owner);
  const directMessages = await em.nativeDelete(DirectMessage, owner);
  return { clientNotes, clientDocuments, directMessages };
}
