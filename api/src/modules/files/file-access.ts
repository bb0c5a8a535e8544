/**
 * Who may download a stored file through `GET /files/:id`, decided by what owns it. Being in the
 * file's organisation is not enough: a chat document belongs to its stream, and the chat's rule
 * (members; admins: any stream of the organisation) decides, exactly as for the chat's own download
 * route. Public files (avatars) need no login. A private file no known owner claims is served to
 * nobody: this route must not become a way around a future owner's rules.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { ChatDocument } from '../chat/chat-document.entity.js';
import { mayReadStream } from '../chat/chat.policy.js';
import type { StoredFile } from './stored-file.entity.js';

export async function mayReadFile(em: EntityManager, viewer: Viewer | null, file: StoredFile): Promise<boolean> {
  if (file.public) return true;
  if (!viewer || file.organisation.id !== viewer.organisationId) return false;
  const doc = await em.findOne(
    ChatDocument,
    { file: file.id, organisation: viewer.organisationId },
    { fields: ['id', 'stream'] },
  );
  if (doc) return mayReadStream(em, viewer, doc.stream.id);
  return false;
}
