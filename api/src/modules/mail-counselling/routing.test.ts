import { describe, expect, it } from 'vitest';
import { MailAvailability } from './mail-availability.js';
import { MailRoutingReason as R } from './mail-request.entity.js';
import { decideRouting, hasRoom, type RoutingCandidate, type RoutingSnapshot } from './routing.js';

const c = (id: string, over: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
  id,
  availability: MailAvailability.UNLIMITED,
  capacity: null,
  load: 0,
  onlyRegularClients: false,
  lastAssignedAt: null,
  ...over,
});

const snap = (candidates: RoutingCandidate[], over: Partial<RoutingSnapshot> = {}): RoutingSnapshot => ({
  candidates,
  chosenCounsellorId: null,
  primaryCounsellorId: null,
  lastContactCounsellorId: null,
  fallbackCounsellorId: null,
  ...over,
});

const full = { availability: MailAvailability.CAPACITY, capacity: 2, load: 2 };
const none = { availability: MailAvailability.NONE };

describe('hasRoom', () => {
  it('is true for UNLIMITED, false for NONE, and below capacity for CAPACITY', () => {
    expect(hasRoom({ availability: MailAvailability.UNLIMITED, capacity: null, load: 500 })).toBe(true);
    expect(hasRoom({ availability: MailAvailability.NONE, capacity: null, load: 0 })).toBe(false);
    expect(hasRoom({ availability: MailAvailability.CAPACITY, capacity: 3, load: 2 })).toBe(true);
    expect(hasRoom({ availability: MailAvailability.CAPACITY, capacity: 3, load: 3 })).toBe(false);
    expect(hasRoom({ availability: MailAvailability.CAPACITY, capacity: 3, load: 4 })).toBe(false);
    expect(hasRoom({ availability: MailAvailability.CAPACITY, capacity: null, load: 0 })).toBe(false);
  });
});

describe('decideRouting', () => {
  it('gives the request to the chosen counsellor when allowed', () => {
    const d = decideRouting(snap([c('a'), c('b', { load: 5 })], { chosenCounsellorId: 'b', primaryCounsellorId: 'a' }));
    expect(d).toEqual({ counsellorId: 'b', reason: R.CHOSEN, choiceRefused: null });
  });

  it('falls through when the chosen counsellor is inactive, only takes regular clients, has NONE or is full', () => {
    const others = [c('x', { load: 1 })];
    const cases: [RoutingCandidate[], string][] = [
      [[], 'UNAVAILABLE'],
      [[c('ch', { onlyRegularClients: true })], 'REGULAR_CLIENTS_ONLY'],
      [[c('ch', none)], 'NO_ROOM'],
      [[c('ch', full)], 'NO_ROOM'],
    ];
    for (const [chosen, refusal] of cases) {
      const d = decideRouting(snap([...chosen, ...others], { chosenCounsellorId: 'ch' }));
      expect(d).toEqual({ counsellorId: 'x', reason: R.LEAST_LOADED, choiceRefused: refusal });
    }
  });

  it('honours a choice of the client’s own counsellor even with NONE, full or only regular clients', () => {
    const own = c('own', { ...full, onlyRegularClients: true });
    expect(decideRouting(snap([own, c('x')], { chosenCounsellorId: 'own', primaryCounsellorId: 'own' })).reason).toBe(
      R.CHOSEN,
    );
    const last = c('last', none);
    expect(
      decideRouting(snap([last, c('x')], { chosenCounsellorId: 'last', lastContactCounsellorId: 'last' })).counsellorId,
    ).toBe('last');
  });

  it('routes to the primary counsellor even with NONE or at capacity', () => {
    for (const p of [c('p', none), c('p', full)]) {
      const d = decideRouting(snap([p, c('x')], { primaryCounsellorId: 'p', lastContactCounsellorId: 'x' }));
      expect(d).toEqual({ counsellorId: 'p', reason: R.PRIMARY, choiceRefused: null });
    }
  });

  it('routes to the last-contact counsellor when there is no (active) primary, even with NONE', () => {
    const d = decideRouting(
      snap([c('l', none), c('x')], { primaryCounsellorId: 'gone', lastContactCounsellorId: 'l' }),
    );
    expect(d).toEqual({ counsellorId: 'l', reason: R.LAST_CONTACT, choiceRefused: null });
  });

  it('skips a last-contact counsellor who only takes regular clients', () => {
    const d = decideRouting(snap([c('l', { onlyRegularClients: true }), c('x')], { lastContactCounsellorId: 'l' }));
    expect(d.counsellorId).toBe('x');
  });

  it('picks the least-loaded counsellor with room; ties by who got a request least recently, then id', () => {
    const d = decideRouting(
      snap([c('a', { load: 2 }), c('b', { ...full, load: 1, capacity: 1 }), c('c', { load: 1 }), c('d', none)]),
    );
    expect(d).toEqual({ counsellorId: 'c', reason: R.LEAST_LOADED, choiceRefused: null });
    const tie = decideRouting(
      snap([
        c('a', { load: 1, lastAssignedAt: new Date('2026-01-02') }),
        c('b', { load: 1, lastAssignedAt: new Date('2026-01-01') }),
      ]),
    );
    expect(tie.counsellorId).toBe('b');
    expect(decideRouting(snap([c('b'), c('a')])).counsellorId).toBe('a');
    expect(decideRouting(snap([c('b', { lastAssignedAt: new Date() }), c('a')])).counsellorId).toBe('a');
  });

  it('never picks a counsellor who only takes regular clients in the least-loaded step', () => {
    const d = decideRouting(snap([c('r', { onlyRegularClients: true })], { fallbackCounsellorId: null }));
    expect(d.reason).toBe(R.UNASSIGNED);
  });

  it('uses the fallback counsellor when nobody has room, whatever the fallback’s availability', () => {
    const d = decideRouting(snap([c('a', full), c('f', none)], { fallbackCounsellorId: 'f' }));
    expect(d).toEqual({ counsellorId: 'f', reason: R.FALLBACK, choiceRefused: null });
  });

  it('leaves the request unassigned when there is no (active) fallback either', () => {
    expect(decideRouting(snap([c('a', full)], { fallbackCounsellorId: 'inactive' }))).toEqual({
      counsellorId: null,
      reason: R.UNASSIGNED,
      choiceRefused: null,
    });
  });
});
