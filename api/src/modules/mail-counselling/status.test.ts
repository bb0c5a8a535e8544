import { describe, expect, it } from 'vitest';
import { MailRequestStatus as S } from './mail-request.entity.js';
import { nextStatus, type MailEvent } from './status.js';

const events: MailEvent[] = ['CLIENT_WRITES', 'ANSWER', 'RELEASE', 'TAKE_OVER', 'ASSIGN', 'CLOSE'];

describe('nextStatus', () => {
  it('allows nothing on a closed request', () => {
    for (const e of events) expect(nextStatus(S.CLOSED, e, true)).toBeNull();
  });

  it('moves an answered request back to ASSIGNED when the client writes, and keeps other statuses', () => {
    expect(nextStatus(S.ANSWERED, 'CLIENT_WRITES', false)).toBe(S.ASSIGNED);
    for (const s of [S.NEW, S.OPEN, S.ASSIGNED]) expect(nextStatus(s, 'CLIENT_WRITES', true)).toBe(s);
  });

  it('answers and releases only what someone is responsible for', () => {
    for (const s of [S.ASSIGNED, S.ANSWERED]) {
      expect(nextStatus(s, 'ANSWER', true)).toBe(S.ANSWERED);
      expect(nextStatus(s, 'RELEASE', true)).toBe(S.OPEN);
    }
    for (const s of [S.NEW, S.OPEN]) {
      expect(nextStatus(s, 'ANSWER', true)).toBeNull();
      expect(nextStatus(s, 'RELEASE', true)).toBeNull();
    }
  });

  it('takes over only from the pool, into ASSIGNED or ANSWERED depending on whether the client waits', () => {
    for (const s of [S.NEW, S.OPEN]) {
      expect(nextStatus(s, 'TAKE_OVER', true)).toBe(S.ASSIGNED);
      expect(nextStatus(s, 'TAKE_OVER', false)).toBe(S.ANSWERED);
    }
    for (const s of [S.ASSIGNED, S.ANSWERED]) expect(nextStatus(s, 'TAKE_OVER', true)).toBeNull();
  });

  it('lets an admin assign any open request and close any request that is not closed', () => {
    for (const s of [S.NEW, S.OPEN, S.ASSIGNED, S.ANSWERED]) {
      expect(nextStatus(s, 'ASSIGN', true)).toBe(S.ASSIGNED);
      expect(nextStatus(s, 'ASSIGN', false)).toBe(S.ANSWERED);
      expect(nextStatus(s, 'CLOSE', true)).toBe(S.CLOSED);
    }
  });
});
