import { describe, expect, it } from 'vitest';
import type { ChatMessage } from './lotse-chat.documents.js';
import {
  lastSeq,
  mergeMessages,
  newClientMessageId,
  resumeSeq,
  settlePending,
  unreadCount,
  type PendingMessage,
} from './timeline.js';

const ME = 'me';
const HER = 'her';
const msg = (seq: number, from = HER, clientMessageId: string | null = null): ChatMessage => ({
  id: `m${seq}`,
  streamId: 's',
  seq,
  kind: 'TEXT',
  body: `#${seq}`,
  createdAt: new Date(2026, 0, 1, 10, seq).toISOString(),
  link: null,
  clientMessageId,
  sender: { id: from, kind: from === ME ? 'CLIENT' : 'STAFF', displayName: from },
  document: null,
});
const seqs = (list: readonly ChatMessage[]) => list.map((m) => m.seq);

describe('mergeMessages', () => {
  it('keeps each sequence once and orders by sequence, whatever the order of arrival', () => {
    let list: ChatMessage[] = [];
    list = mergeMessages(list, [msg(1), msg(2)]).list;
    list = mergeMessages(list, [msg(4, ME)]).list;
    const replay = mergeMessages(list, [msg(2), msg(3), msg(4, ME), msg(5)]);
    expect(seqs(replay.list)).toEqual([1, 2, 3, 4, 5]);
    expect(seqs(replay.added)).toEqual([3, 5]);
    const older = mergeMessages(replay.list, [msg(0)]);
    expect(seqs(older.list)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('returns the same list when nothing is new', () => {
    const list = [msg(1), msg(2)];
    const merged = mergeMessages(list, [msg(2), msg(1)]);
    expect(merged.list).toBe(list);
    expect(merged.added).toEqual([]);
  });
});

describe('resumeSeq', () => {
  it('resumes after the unbroken run, not after an own message that skipped ahead', () => {
    expect(resumeSeq([msg(1), msg(4, ME)])).toBe(1);
    expect(resumeSeq([msg(1), msg(2), msg(3), msg(4, ME)])).toBe(4);
    expect(lastSeq([msg(1), msg(4, ME)])).toBe(4);
  });

  it('starts from the floor: the sequence before the oldest page held', () => {
    expect(resumeSeq([], 0)).toBe(0);
    expect(resumeSeq([], 40)).toBe(40);
    expect(resumeSeq([msg(41), msg(42), msg(44)], 40)).toBe(42);
    // History starts at 11: messages 1–10 are not missing, only not loaded.
    expect(resumeSeq([msg(11), msg(12)], 10)).toBe(12);
    expect(resumeSeq([msg(5), msg(11), msg(12)], 10)).toBe(12);
  });
});

describe('unreadCount', () => {
  it('counts others’ messages after the read marker', () => {
    const list = [msg(1), msg(2, ME), msg(3), msg(4)];
    expect(unreadCount(list, ME, 0)).toBe(3);
    expect(unreadCount(list, ME, 2)).toBe(2);
    expect(unreadCount(list, ME, 4)).toBe(0);
    expect(unreadCount([], ME, 0)).toBe(0);
  });
});

describe('settlePending', () => {
  const pending = (id: string): PendingMessage => ({
    clientMessageId: id,
    body: id,
    createdAt: '',
    state: 'sending',
    retry: true,
  });

  it('drops the pending messages whose confirmed copy arrived', () => {
    const list = [pending('a'), pending('b')];
    expect(settlePending(list, [msg(3, ME, 'a')]).map((p) => p.clientMessageId)).toEqual(['b']);
    expect(settlePending(list, [msg(3, ME, null)])).toBe(list);
  });
});

describe('newClientMessageId', () => {
  it('is unique and fits the API’s rule', () => {
    const ids = new Set(Array.from({ length: 100 }, newClientMessageId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});
