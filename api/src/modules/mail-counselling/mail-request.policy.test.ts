import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.js';
import { OpennessLevel as O } from '../organisation/organisation.entity.js';
import { MailRequestStatus as S } from './mail-request.entity.js';
import {
  assertMayTakeOver,
  assertResponsible,
  mayTakeOver,
  staffCanSee,
  staffCanSeeDraft,
  type StaffActor,
} from './mail-request.policy.js';

const me: StaffActor = { accountId: 'me', organisationId: 'org', isAdmin: false };
const admin: StaffActor = { ...me, accountId: 'boss', isAdmin: true };
const levels = [O.VERY_OPEN, O.OPEN, O.RESTRICTED, O.STRONGLY_RESTRICTED];

describe('staffCanSee', () => {
  it('shows a counsellor their own and the pool at every level, a colleague’s only when VERY_OPEN', () => {
    for (const level of levels) {
      expect(staffCanSee(me, level, { status: S.ASSIGNED, counsellorId: 'me' })).toBe(true);
      expect(staffCanSee(me, level, { status: S.OPEN, counsellorId: null })).toBe(true);
      expect(staffCanSee(me, level, { status: S.NEW, counsellorId: null })).toBe(true);
      expect(staffCanSee(me, level, { status: S.ANSWERED, counsellorId: 'colleague' })).toBe(level === O.VERY_OPEN);
      expect(staffCanSee(admin, level, { status: S.CLOSED, counsellorId: 'colleague' })).toBe(true);
    }
  });
});

describe('staffCanSeeDraft', () => {
  it('hides colleagues’ drafts from counsellors only when STRONGLY_RESTRICTED', () => {
    for (const level of levels) {
      expect(staffCanSeeDraft(me, level, 'me')).toBe(true);
      expect(staffCanSeeDraft(admin, level, 'me')).toBe(true);
      expect(staffCanSeeDraft(me, level, 'colleague')).toBe(level !== O.STRONGLY_RESTRICTED);
    }
  });
});

describe('mayTakeOver', () => {
  it('lets admins always, counsellors only in VERY_OPEN and OPEN', () => {
    expect(levels.map((l) => mayTakeOver(me, l))).toEqual([true, true, false, false]);
    expect(levels.map((l) => mayTakeOver(admin, l))).toEqual([true, true, true, true]);
    expect(() => assertMayTakeOver(me, O.RESTRICTED)).toThrow(DomainError);
  });
});

describe('assertResponsible', () => {
  it('accepts the assigned counsellor, and an admin only when allowed', () => {
    const r = { status: S.ASSIGNED, counsellorId: 'me' };
    expect(() => assertResponsible(me, r, false)).not.toThrow();
    expect(() => assertResponsible(admin, r, true)).not.toThrow();
    expect(() => assertResponsible(admin, r, false)).toThrow(/assigned/);
    expect(() => assertResponsible(me, { status: S.OPEN, counsellorId: null }, true)).toThrow(/assigned/);
  });
});
