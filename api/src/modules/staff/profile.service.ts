/**
 * A counsellor's own profile: contact data, public profile (display name, languages, descriptions,
 * avatar) and newsletter opt-in. Knows nothing of GraphQL or HTTP.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { notFound } from '../../shared/errors.js';
import { IMAGE_TYPES } from '../../shared/storage.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Counsellor } from './counsellor.entity.js';
import type { ProfileFields } from './staff.inputs.js';
import { emailTaken, mapUniqueViolation, staffEmailTaken } from './staff.errors.js';

/** Largest avatar accepted, in bytes (2 MiB). */
export const MAX_AVATAR_BYTES = 2 * 1024 * 1024;

/**
 * Copies the given profile fields onto a counsellor (absent fields stay). Checks first that a new
 * email is free among staff; the unique index settles races at flush time.
 */
export async function applyProfile(em: EntityManager, c: Counsellor, data: ProfileFields): Promise<void> {
  if (data.email !== undefined && data.email !== c.email?.toLowerCase()) {
    if (await staffEmailTaken(em, data.email, c.id)) throw emailTaken();
    c.email = data.email;
  }
  if (data.salutation !== undefined) c.salutation = data.salutation;
  if (data.firstName !== undefined) c.firstName = data.firstName;
  if (data.lastName !== undefined) c.lastName = data.lastName;
  if (data.phone !== undefined) c.phone = data.phone;
  if (data.postcode !== undefined) c.postcode = data.postcode;
  if (data.displayName !== undefined) c.displayName = data.displayName;
  if (data.languages !== undefined) c.languages = data.languages;
  if (data.descriptions !== undefined) c.descriptions = data.descriptions;
  if (data.newsletter !== undefined) c.newsletter = data.newsletter;
}

export class ProfileService {
  constructor(private readonly app: AppServices) {}

  /** The viewer's own (not deleted) counsellor record. */
  async own(em: EntityManager, viewer: Viewer): Promise<Counsellor> {
    const c = await em.findOne(Counsellor, {
      id: viewer.accountId,
      organisation: viewer.organisationId,
      deletedAt: null,
    });
    if (!c) throw notFound('Counsellor');
    return c;
  }

  async update(em: EntityManager, viewer: Viewer, data: ProfileFields): Promise<Counsellor> {
    const c = await this.own(em, viewer);
    await applyProfile(em, c, data);
    try {
      await em.flush();
    } catch (err) {
      throw mapUniqueViolation(err);
    }
    return c;
  }

  /**
   * Stores a new avatar (type checked by content, at most 2 MiB, public so widgets can show it)
   * and deletes the one it replaces, in one transaction.
   */
  async setAvatar(em: EntityManager, viewer: Viewer, bytes: Buffer): Promise<Counsellor> {
    return em.transactional(async (tx) => {
      const c = await this.own(tx, viewer);
      const file = await this.app.storage.put(tx, {
        organisationId: viewer.organisationId,
        bytes,
        filename: 'avatar',
        allowedTypes: IMAGE_TYPES,
        maxBytes: MAX_AVATAR_BYTES,
        public: true,
      });
      // The name only matters for downloads; the type is the detected one.
      file.filename = `avatar.${file.contentType.split('/')[1] ?? 'img'}`;
      await this.replaceAvatar(tx, c, file);
      return c;
    });
  }

  async deleteAvatar(em: EntityManager, viewer: Viewer): Promise<Counsellor> {
    return em.transactional(async (tx) => {
      const c = await this.own(tx, viewer);
      await this.replaceAvatar(tx, c, null);
      return c;
    });
  }

  private async replaceAvatar(em: EntityManager, c: Counsellor, file: StoredFile | null): Promise<void> {
    const old = c.avatar;
    c.avatar = file;
    if (old) await this.app.storage.remove(em, em.getReference(StoredFile, old.id));
  }
}
