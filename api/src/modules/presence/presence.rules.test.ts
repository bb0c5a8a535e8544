import { describe, expect, it } from 'vitest';
import { PresenceState, PresenceStatus } from './presence.enums.js';
import { clientContactRefusal, shownPresence } from './presence.rules.js';

describe('shownPresence', () => {
  it('shows ONLINE only when connected and chosen ONLINE', () => {
    expect(shownPresence({ status: PresenceStatus.ONLINE, onlyRegularClients: false, connected: true })).toBe(
      PresenceState.ONLINE,
    );
    expect(shownPresence({ status: PresenceStatus.ONLINE, onlyRegularClients: false, connected: false })).toBe(
      PresenceState.OFFLINE,
    );
  });

  it('shows APPEAR_OFFLINE as OFFLINE even when connected', () => {
    expect(shownPresence({ status: PresenceStatus.APPEAR_OFFLINE, onlyRegularClients: false, connected: true })).toBe(
      PresenceState.OFFLINE,
    );
  });

  it('shows UNAVAILABLE whether connected or not', () => {
    for (const connected of [true, false]) {
      expect(shownPresence({ status: PresenceStatus.UNAVAILABLE, onlyRegularClients: false, connected })).toBe(
        PresenceState.UNAVAILABLE,
      );
    }
  });

  it('shows REGULAR_CLIENTS_ONLY for the status and for the profile switch, when connected', () => {
    expect(
      shownPresence({ status: PresenceStatus.REGULAR_CLIENTS_ONLY, onlyRegularClients: false, connected: true }),
    ).toBe(PresenceState.REGULAR_CLIENTS_ONLY);
    expect(shownPresence({ status: PresenceStatus.ONLINE, onlyRegularClients: true, connected: true })).toBe(
      PresenceState.REGULAR_CLIENTS_ONLY,
    );
    expect(shownPresence({ status: PresenceStatus.ONLINE, onlyRegularClients: true, connected: false })).toBe(
      PresenceState.OFFLINE,
    );
  });
});

describe('clientContactRefusal', () => {
  const counsellor = (presenceStatus: PresenceStatus, onlyRegularClients = false) => ({
    id: 'c1',
    presenceStatus,
    onlyRegularClients,
  });

  it('allows offline-looking counsellors (the message waits)', () => {
    expect(clientContactRefusal(counsellor(PresenceStatus.APPEAR_OFFLINE), { primaryCounsellorId: null })).toBeNull();
    expect(clientContactRefusal(counsellor(PresenceStatus.ONLINE), { primaryCounsellorId: null })).toBeNull();
  });

  it('refuses UNAVAILABLE counsellors, even to their regular clients', () => {
    expect(clientContactRefusal(counsellor(PresenceStatus.UNAVAILABLE), { primaryCounsellorId: 'c1' })).toBe(
      'COUNSELLOR_UNAVAILABLE',
    );
  });

  it('admits only regular clients when the status or the profile switch says so', () => {
    for (const c of [counsellor(PresenceStatus.REGULAR_CLIENTS_ONLY), counsellor(PresenceStatus.ONLINE, true)]) {
      expect(clientContactRefusal(c, { primaryCounsellorId: 'c1' })).toBeNull();
      expect(clientContactRefusal(c, { primaryCounsellorId: 'other' })).toBe('REGULAR_CLIENTS_ONLY');
      expect(clientContactRefusal(c, { primaryCounsellorId: null })).toBe('REGULAR_CLIENTS_ONLY');
    }
  });
});
