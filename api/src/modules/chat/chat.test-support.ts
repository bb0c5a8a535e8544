/**
 * Helpers for the chat tests: real graphql-ws clients over `ws`, subscriptions that collect what
 * arrives, and a few chat operations through the API.
 */
import { createClient, type Client as WsClient, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import type { TestServer } from '../../../../tests/support/server.js';

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  done: boolean;
  /** Resolves once `n` items arrived (rejects after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves when the subscription completed or failed. */
  ended(timeoutMs?: number): Promise<void>;
  stop(): void;
}

export interface TestWs {
  client: WsClient;
  /** The underlying socket of the current connection (to terminate it). */
  socket(): WebSocket | null;
  closes: { code: number; reason: string }[];
  subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Collected<T>;
  dispose(): Promise<void>;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await wait(20);
  }
}

export function connectWs(
  server: { url: string },
  token?: string | (() => string | undefined),
  options: Partial<ClientOptions> = {},
): TestWs {
  let current: WebSocket | null = null;
  const closes: { code: number; reason: string }[] = [];
  const url = server.url.replace(/^http/, 'ws') + '/graphql';
  const client = createClient({
    url,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols);
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        current = this;
      }
    },
    lazy: false,
    retryAttempts: 0,
    connectionParams: () => {
      const t = typeof token === 'function' ? token() : token;
      return t ? { authorization: `Bearer ${t}` } : {};
    },
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string | Buffer };
        closes.push({ code: e.code, reason: String(e.reason) });
      },
    },
    onNonLazyError: () => {},
    ...options,
  });
  return {
    client,
    socket: () => current,
    closes,
    subscribe<T>(query: string, variables?: Record<string, unknown>): Collected<T> {
      const items: T[] = [];
      const errors: unknown[] = [];
      const state = { done: false };
      const unsubscribe = client.subscribe<Record<string, T>>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors) errors.push(...result.errors);
            if (result.data) items.push(Object.values(result.data)[0] as T);
          },
          error: (err) => {
            // Close events do not serialise; keep what matters of them.
            const e = err as { code?: number; reason?: unknown };
            errors.push(typeof e?.code === 'number' ? { closeCode: e.code, reason: String(e.reason) } : err);
            state.done = true;
          },
          complete: () => {
            state.done = true;
          },
        },
      );
      return {
        items,
        errors,
        get done() {
          return state.done;
        },
        async waitFor(n, timeoutMs = 5000) {
          await until(
            () => items.length >= n || (state.done && items.length < n),
            timeoutMs,
            `${n} items (have ${items.length}, errors ${JSON.stringify(errors)})`,
          );
          if (items.length < n)
            throw new Error(`Subscription ended with ${items.length} items: ${JSON.stringify(errors)}`);
          return items;
        },
        async ended(timeoutMs = 5000) {
          await until(() => state.done, timeoutMs, 'subscription end');
        },
        stop: unsubscribe,
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

export const STREAM_FIELDS = `id kind title name description memberCount lastSeq lastReadSeq unreadCount isMember
  counterpart { id kind displayName } createdBy { id }
  lastMessage { id seq body }`;
export const MESSAGE_FIELDS = `id streamId seq kind body createdAt clientMessageId link sender { id kind displayName } document { id filename }`;

export const OPEN = `mutation($input: OpenChatStreamInput!) { openChatStream(input: $input) { ${STREAM_FIELDS} } }`;
export const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { ${MESSAGE_FIELDS} } }`;
export const MESSAGES_SUB = `subscription($streamId: ID!, $afterSeq: Int) { chatMessageAdded(streamId: $streamId, afterSeq: $afterSeq) { ${MESSAGE_FIELDS} } }`;

export async function openStream(api: GraphQLClient, input: { clientId?: string; counsellorId?: string }) {
  return (await api.ok<{ openChatStream: { id: string } & Record<string, any> }>(OPEN, { input })).openChatStream;
}

export async function send(api: GraphQLClient, streamId: string, body: string, clientMessageId?: string) {
  return (
    await api.ok<{ sendChatMessage: { id: string; seq: number } & Record<string, any> }>(SEND, {
      input: { streamId, body, clientMessageId },
    })
  ).sendChatMessage;
}

export function tokenOf(api: GraphQLClient): string {
  return api.token!;
}

export type { TestServer };
