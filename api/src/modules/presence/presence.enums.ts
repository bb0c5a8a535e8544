import { registerEnumType } from 'type-graphql';

/** What a counsellor chose (DOMAIN.md "Chat"); stored on the counsellor. */
export enum PresenceStatus {
  /** Reachable and shown online while connected. */
  ONLINE = 'ONLINE',
  /** Reachable (clients may still write) but shown offline. */
  APPEAR_OFFLINE = 'APPEAR_OFFLINE',
  /** Cannot be contacted: clients can neither open a stream nor write to them. */
  UNAVAILABLE = 'UNAVAILABLE',
  /** Only their regular clients (whose primary counsellor they are) can write. */
  REGULAR_CLIENTS_ONLY = 'REGULAR_CLIENTS_ONLY',
}
registerEnumType(PresenceStatus, {
  name: 'PresenceStatus',
  description: 'A counsellor’s chosen chat presence.',
});

/** What widgets and clients are shown: the chosen status combined with whether the counsellor is connected. */
export enum PresenceState {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
  REGULAR_CLIENTS_ONLY = 'REGULAR_CLIENTS_ONLY',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(PresenceState, {
  name: 'PresenceState',
  description:
    'Shown presence: ONLINE (connected and reachable), OFFLINE (not connected, or appearing offline), REGULAR_CLIENTS_ONLY (connected, only for their regular clients), UNAVAILABLE (cannot be contacted).',
});
