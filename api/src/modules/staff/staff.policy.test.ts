import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.js';
import { assertKeepsAnAdmin, assertLicenceSlot, assertNotSelf } from './staff.policy.js';

const reasonOf = (fn: () => void): unknown => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return { code: (err as DomainError).code, ...(err as DomainError).details };
  }
  return 'no error';
};

describe('assertLicenceSlot', () => {
  it('admits activations while active counsellors stay within the volume', () => {
    expect(() => assertLicenceSlot(0, 1)).not.toThrow();
    expect(() => assertLicenceSlot(4, 5)).not.toThrow();
  });

  it('refuses the activation that would exceed the volume, saying by how much is used', () => {
    expect(reasonOf(() => assertLicenceSlot(5, 5))).toEqual({
      code: 'CONFLICT',
      reason: 'LICENCE_LIMIT_REACHED',
      licenceVolume: 5,
      activeCounsellors: 5,
    });
    // An organisation whose volume was lowered below its active staff admits no activation.
    expect(reasonOf(() => assertLicenceSlot(7, 5))).toMatchObject({ reason: 'LICENCE_LIMIT_REACHED' });
    expect(reasonOf(() => assertLicenceSlot(0, 0))).toMatchObject({ reason: 'LICENCE_LIMIT_REACHED' });
  });
});

describe('assertKeepsAnAdmin', () => {
  it('refuses to remove the last active admin', () => {
    expect(reasonOf(() => assertKeepsAnAdmin(0))).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
    expect(() => assertKeepsAnAdmin(1)).not.toThrow();
  });
});

describe('assertNotSelf', () => {
  it('refuses every removal of oneself and nothing else', () => {
    for (const change of ['DEMOTE', 'DEACTIVATE', 'DELETE'] as const) {
      expect(reasonOf(() => assertNotSelf('a', 'a', change))).toMatchObject({
        code: 'CONFLICT',
        reason: 'CANNOT_CHANGE_OWN_ACCOUNT',
      });
      expect(() => assertNotSelf('a', 'b', change)).not.toThrow();
    }
  });
});
