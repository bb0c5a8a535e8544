/**
 * Who may manage what. Staff of the organisation may read every calendar of it; a counsellor manages
 * their own booking times, absences, channels and appointments, an admin everyone's.
 * (Wrong-organisation ids never reach these checks: services load with the viewer's organisation and
 * answer NOT_FOUND.)
 */
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden } from '../../shared/errors.js';

export function canManageCounsellor(viewer: Viewer, counsellorId: string): boolean {
  return viewer.role === 'ADMIN' || (viewer.kind === 'STAFF' && viewer.accountId === counsellorId);
}

/** Asserts that the viewer may manage the schedule and appointments of `counsellorId`. */
export function authorizeCounsellor(viewer: Viewer, counsellorId: string): void {
  if (!canManageCounsellor(viewer, counsellorId)) {
    throw forbidden('Only admins may manage the appointments and booking times of other counsellors');
  }
}

/** Services are an organisation setting: admins only. */
export function authorizeAdmin(viewer: Viewer): void {
  if (viewer.role !== 'ADMIN') throw forbidden('Only admins may do this');
}
