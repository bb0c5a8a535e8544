/**
 * Who sees and edits which monitorings: a counsellor only their own, an admin every one of the
 * organisation. Anything else answers NOT_FOUND, so a colleague's documentation does not even show
 * that it exists (like another organisation's).
 */
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden } from '../../shared/errors.js';

export const isAdmin = (viewer: Viewer) => viewer.kind === 'STAFF' && viewer.role === 'ADMIN';

/** The condition every read and write of monitorings carries. */
export function monitoringScope(viewer: Viewer): { organisation: string; counsellor?: string } {
  return isAdmin(viewer)
    ? { organisation: viewer.organisationId }
    : { organisation: viewer.organisationId, counsellor: viewer.accountId };
}

/**
 * The counsellor whose monitorings (or statistics) the viewer asks for: a counsellor may name only
 * themselves (FORBIDDEN otherwise: they know they asked for a colleague), an admin anyone or nobody
 * (the whole organisation, null).
 */
export function scopeCounsellor(viewer: Viewer, counsellorId: string | null | undefined): string | null {
  if (isAdmin(viewer)) return counsellorId ?? null;
  if (counsellorId && counsellorId !== viewer.accountId) {
    throw forbidden('Counsellors see only their own monitorings');
  }
  return viewer.accountId;
}
