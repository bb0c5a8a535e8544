/**
 * Pub/sub topics and events of the chat. Everything about one stream (messages, typing, read
 * markers, removed members) goes through one topic per stream, so each API process subscribes once
 * per stream (one Redis channel) however many of its sockets follow it.
 *
 * Events are plain JSON data: through Redis, Dates arrive as ISO strings (see `normalizeStreamEvent`).
 */
import type { ChatInboxUpdate, ChatMessage, ChatParticipant } from './chat.types.js';

export const streamTopic = (streamId: string) => `chat:stream:${streamId}`;
export const inboxTopic = (accountId: string) => `chat:inbox:${accountId}`;

export type StreamEvent =
  | { type: 'message'; message: ChatMessage }
  | { type: 'typing'; streamId: string; participant: ChatParticipant; typing: boolean }
  | { type: 'read'; streamId: string; participant: ChatParticipant; seq: number }
  | { type: 'removed'; streamId: string; accountId: string };

/** Restores Dates in place (once per process and event, before the event is handed to subscribers). */
export function normalizeStreamEvent(event: StreamEvent): StreamEvent {
  if (event.type === 'message') reviveMessage(event.message);
  return event;
}

export function reviveMessage(m: ChatMessage | null): ChatMessage | null {
  if (!m) return m;
  if (typeof m.createdAt === 'string') m.createdAt = new Date(m.createdAt);
  if (m.document && typeof m.document.createdAt === 'string') m.document.createdAt = new Date(m.document.createdAt);
  return m;
}

export function reviveInboxUpdate(u: ChatInboxUpdate): ChatInboxUpdate {
  reviveMessage(u.lastMessage);
  return u;
}
