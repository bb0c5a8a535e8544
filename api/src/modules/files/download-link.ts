/**
 * Short-lived signed URLs for `<a href>` downloads of private files (chat documents, client
 * documents). A link stands for the viewer who asked for it: when it is used, the account must still
 * be able to log in, and the owner's rules are checked again by the caller (`read`), so a link never
 * outlives a lost permission by more than the check.
 *
 * Each kind of link has its own audience and its own key, derived from the token secret: an access
 * token never verifies as a link, nor a chat document's link as a client document's.
 */
import { SignJWT, jwtVerify } from 'jose';
import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { DomainError, ErrorCode } from '../../shared/errors.js';
import { Account } from '../identity/account.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';

/** Lifetime of a signed download link, in seconds. */
export const DOWNLOAD_LINK_TTL = 5 * 60;

export interface DownloadLink {
  url: string;
  expiresAt: Date;
}

/** The key and audience of one kind of link, e.g. `chat-document`. */
export class DownloadLinks {
  private readonly audience: string;
  constructor(
    private readonly app: Pick<AppServices, 'config' | 'publicUrl'>,
    kind: string,
  ) {
    this.audience = `lotse-${kind}-link`;
  }

  /** A URL of `path` (the download route of `resourceId`) valid for DOWNLOAD_LINK_TTL. */
  async sign(viewer: Viewer, resourceId: string, path: string): Promise<DownloadLink> {
    const expiresAt = new Date(Date.now() + DOWNLOAD_LINK_TTL * 1000);
    const token = await new SignJWT({ doc: resourceId, org: viewer.organisationId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(viewer.accountId)
      .setAudience(this.audience)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key());
    return { url: `${this.app.publicUrl()}${path}?token=${token}`, expiresAt };
  }

  /** The viewer a link stands for, if it is valid for `resourceId` and its account may still log in. */
  async viewer(em: EntityManager, token: string, resourceId: string): Promise<Viewer> {
    const invalid = new DomainError(ErrorCode.UNAUTHENTICATED, 'Invalid or expired download link', {
      reason: 'LINK_INVALID',
    });
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key(), { audience: this.audience, algorithms: ['HS256'] }));
    } catch {
      throw invalid;
    }
    if (payload.doc !== resourceId || typeof payload.sub !== 'string' || typeof payload.org !== 'string') throw invalid;
    const account = await em.findOne(Account, { id: payload.sub, organisation: payload.org });
    if (!account || !account.canLogIn()) throw invalid;
    const staff = account instanceof Counsellor;
    return {
      accountId: account.id,
      organisationId: payload.org,
      kind: staff ? 'STAFF' : 'CLIENT',
      role: staff ? account.role : 'CLIENT',
      sessionId: 'download-link',
      tokenVersion: account.tokenVersion,
    };
  }

  private key(): Uint8Array {
    return createHmac('sha256', this.app.config.jwtSecret).update(this.audience).digest();
  }
}
