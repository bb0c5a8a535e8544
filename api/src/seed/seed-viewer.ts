import type { Viewer } from '../shared/auth/tokens.js';

/** The viewer the demo seeds act as (services take a viewer, as from a token). */
export function seedViewer(
  organisationId: string,
  accountId: string,
  kind: Viewer['kind'],
  role: Viewer['role'],
): Viewer {
  return { accountId, organisationId, kind, role, sessionId: 'demo-seed', tokenVersion: 0 };
}
