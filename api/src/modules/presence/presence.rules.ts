/**
 * Presence rules as pure functions (DOMAIN.md "Chat"): what widgets are shown, and whether a client
 * may contact a counsellor.
 */
import { PresenceState, PresenceStatus } from './presence.enums.js';

export interface CounsellorPresenceFacts {
  status: PresenceStatus | null | undefined;
  /** The counsellor's profile switch "only for regular clients" (applies to booking and mail too). */
  onlyRegularClients: boolean | null | undefined;
  /** Has a live connection now, or had one within the grace period. */
  connected: boolean;
}

/** The presence widgets and clients see. */
export function shownPresence(f: CounsellorPresenceFacts): PresenceState {
  const status = f.status ?? PresenceStatus.ONLINE;
  if (status === PresenceStatus.UNAVAILABLE) return PresenceState.UNAVAILABLE;
  if (!f.connected || status === PresenceStatus.APPEAR_OFFLINE) return PresenceState.OFFLINE;
  if (status === PresenceStatus.REGULAR_CLIENTS_ONLY || f.onlyRegularClients) return PresenceState.REGULAR_CLIENTS_ONLY;
  return PresenceState.ONLINE;
}

export type ContactRefusal = 'COUNSELLOR_UNAVAILABLE' | 'REGULAR_CLIENTS_ONLY';

/**
 * Whether a client may open a stream with, or write to, a counsellor. Being offline does not stop a
 * client (the message waits); UNAVAILABLE does, and so does "regular clients only" for anybody whose
 * primary counsellor is someone else.
 * @returns null when allowed, else why not
 */
export function clientContactRefusal(
  counsellor: { id: string; presenceStatus?: PresenceStatus | null; onlyRegularClients?: boolean | null },
  client: { primaryCounsellorId: string | null },
): ContactRefusal | null {
  if (counsellor.presenceStatus === PresenceStatus.UNAVAILABLE) return 'COUNSELLOR_UNAVAILABLE';
  const regularOnly =
    counsellor.presenceStatus === PresenceStatus.REGULAR_CLIENTS_ONLY || !!counsellor.onlyRegularClients;
  if (regularOnly && client.primaryCounsellorId !== counsellor.id) return 'REGULAR_CLIENTS_ONLY';
  return null;
}
