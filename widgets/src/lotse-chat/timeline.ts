/**
 * The conversation as the widget holds it, as pure functions: confirmed messages ordered by their
 * stream sequence with each sequence at most once (history pages, the live subscription, its replay
 * after a reconnection and the answers of our own sends all deliver messages, some of them twice),
 * plus our own messages not confirmed yet ("pending", matched by the `clientMessageId` we gave them).
 */
import type { ChatMessage } from './lotse-chat.documents.js';

export interface PendingMessage {
  /** Our id for the message; the API returns the first message again when it is resent. */
  clientMessageId: string;
  body: string;
  /** ISO instant when it was written. */
  createdAt: string;
  /** `failed`: the API did not get it (network) or refused it; `retry` says whether resending may help. */
  state: 'sending' | 'failed';
  retry: boolean;
}

export interface Merged {
  /** All confirmed messages, by sequence. */
  list: ChatMessage[];
  /** The incoming messages that were new, by sequence. */
  added: ChatMessage[];
}

/**
 * Merges incoming messages into a list ordered by `seq`, ignoring sequences already present.
 * Returns the same list object when nothing was new, so callers can skip re-rendering.
 */
export function mergeMessages(list: readonly ChatMessage[], incoming: readonly ChatMessage[]): Merged {
  const known = new Set(list.map((m) => m.seq));
  const added: ChatMessage[] = [];
  for (const m of incoming) {
    if (known.has(m.seq)) continue;
    known.add(m.seq);
    added.push(m);
  }
  if (!added.length) return { list: list as ChatMessage[], added };
  added.sort((a, b) => a.seq - b.seq);
  const last = list.at(-1);
  // The usual case: live messages after everything known.
  const merged =
    !last || added[0]!.seq > last.seq ? [...list, ...added] : [...list, ...added].sort((a, b) => a.seq - b.seq);
  return { list: merged, added };
}

/** The newest sequence held (0 for none). */
export const lastSeq = (list: readonly ChatMessage[]): number => list.at(-1)?.seq ?? 0;

/**
 * Where the subscription resumes: the end of the unbroken run of sequences after `floor` (the sequence
 * before the oldest message the widget holds or expects). Not simply the newest: our own messages come
 * back through the answer of the send, and one of them may be newer than messages the subscription
 * missed while the connection was down; resuming after it would skip those.
 */
export function resumeSeq(list: readonly ChatMessage[], floor = 0): number {
  let seq = floor;
  for (const m of list) {
    if (m.seq <= seq) continue;
    if (m.seq !== seq + 1) break;
    seq = m.seq;
  }
  return seq;
}

/** Messages of others after the read marker. */
export function unreadCount(list: readonly ChatMessage[], ownId: string | null, lastReadSeq: number): number {
  let n = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i]!;
    if (m.seq <= lastReadSeq) break;
    if (m.sender?.id !== ownId) n++;
  }
  return n;
}

/** Pending messages still waiting for their confirmed copy. */
export function settlePending(pending: readonly PendingMessage[], confirmed: readonly ChatMessage[]): PendingMessage[] {
  const ids = new Set(confirmed.map((m) => m.clientMessageId).filter((id): id is string => !!id));
  if (!ids.size) return pending as PendingMessage[];
  const left = pending.filter((p) => !ids.has(p.clientMessageId));
  return left.length === pending.length ? (pending as PendingMessage[]) : left;
}

/**
 * A fresh id for a message we send (≤ 64 of A–Z a–z 0–9 _ -, as the API wants). `crypto.getRandomValues`,
 * not `randomUUID`: the latter is missing on pages served over plain http.
 */
export function newClientMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `w${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
