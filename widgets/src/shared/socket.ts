/**
 * The one graphql-ws connection of an {@link ApiClient}, shared by every subscription of the page.
 *
 * - Lazy: opened by the first subscription, closed a few seconds after the last one ends.
 * - Authenticated in `connectionParams` with the current access token (refreshed first when it has
 *   expired). When the session changes (login, refresh, logout, another tab), the socket is replaced,
 *   because the API authenticates a socket once, at connect.
 * - The protocol client (ws-client.ts) does not retry: every close reaches the subscriptions, and
 *   {@link SubscriptionController}s resubscribe with fresh variables (so a chat can resume from the
 *   last sequence it saw) after {@link retryDelay}.
 * - A ping every {@link PING_INTERVAL_MS}; no pong within {@link PONG_TIMEOUT_MS} means the network is
 *   gone (browsers notice a dead TCP connection late), so the socket is terminated and subscriptions retry.
 */
import type { ApiClient } from './api.js';
import { WsClient, type ExecutionResult, type Sink, type SubscribePayload } from './ws-client.js';

export const PING_INTERVAL_MS = 15_000;
export const PONG_TIMEOUT_MS = 5_000;
/** Cap of the reconnection backoff. */
export const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Delay before reconnection attempt `attempt` (0-based): the first at once (up to 1 s of jitter, so
 * that a restarted server is not hit by every client in the same millisecond), then 1, 2, 4 … 30 s,
 * each randomised by ±25 %.
 */
export function retryDelay(attempt: number): number {
  if (attempt <= 0) return Math.random() * 1_000;
  const base = Math.min(MAX_RETRY_DELAY_MS, 1_000 * 2 ** (attempt - 1));
  return base * (0.75 + Math.random() / 2);
}

export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'closed';

/** Close codes after which subscribing again cannot help (protocol misuse), per graphql-ws's CloseCode. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([4400, 4406, 4409, 4429]);

export interface CloseLike {
  code: number;
  reason: string;
}

export const isCloseEvent = (value: unknown): value is CloseLike =>
  typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;

/**
 * Whether a subscription that failed with `error` may succeed when tried again: the socket closed (for
 * any but a fatal protocol reason) or failed to open (a WebSocket `error` event: network down, server
 * restarting). GraphQL errors (an array) are the API's answer and final.
 */
export function isRetryable(error: unknown): boolean {
  if (isCloseEvent(error)) return !FATAL_CLOSE_CODES.has(error.code);
  return typeof Event !== 'undefined' && error instanceof Event;
}

/** A connection's state changes are dispatched as `state` events; read {@link SocketConnection.state}. */
export class SocketConnection extends EventTarget {
  state: ConnectionState = 'idle';
  private readonly client: WsClient;
  private socket: WebSocket | null = null;
  /** The token sent in the current socket's connection_init (undefined: not sent yet). */
  private usedToken: string | null | undefined = undefined;
  private authorising = false;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly waiting = new Set<() => void>();

  constructor(private readonly api: ApiClient) {
    super();
    this.client = new WsClient({
      url: () => api.wsUrl,
      lazyCloseTimeout: 3_000,
      keepAlive: PING_INTERVAL_MS,
      connectionParams: async () => {
        this.authorising = true;
        try {
          const token = await api.accessToken();
          this.usedToken = token;
          // The API reads `authorization` (lower case) and the UI language from the connection params.
          const language = api.language?.();
          return {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(language ? { acceptLanguage: language } : {}),
          };
        } finally {
          this.authorising = false;
        }
      },
      on: {
        connecting: () => this.setState('connecting'),
        opened: (socket) => {
          this.socket = socket;
        },
        connected: () => this.setState('connected'),
        ping: (received) => {
          if (received) return;
          clearTimeout(this.pongTimer);
          this.pongTimer = setTimeout(() => this.client.terminate(), PONG_TIMEOUT_MS);
        },
        pong: (received) => {
          if (received) clearTimeout(this.pongTimer);
        },
        closed: (event) => {
          clearTimeout(this.pongTimer);
          const token = this.usedToken;
          this.socket = null;
          this.usedToken = undefined;
          this.setState('closed');
          // 4403: the API refused the token (or it expired while connected): refresh before reconnecting.
          if (isCloseEvent(event) && event.code === 4403 && token) void api.refresh(token);
        },
      },
    });
    api.tokens.addEventListener('change', () => this.onSessionChanged());
    if (typeof window !== 'undefined') window.addEventListener('online', () => this.wakeUp());
  }

  /** Starts a subscription on the shared socket (opening it if needed). Returns the unsubscribe function. */
  subscribe<R>(payload: SubscribePayload, sink: Sink<ExecutionResult<R>>): () => void {
    return this.client.subscribe<R>(payload, sink);
  }

  /**
   * Drops the socket at once, as a lost network would. Subscriptions see a close (4499) and resubscribe.
   * Used after a session change and by tests of reconnection.
   */
  terminate(): void {
    this.client.terminate();
  }

  /** Resolves after `ms`, or earlier when the browser comes back online or the session changes. */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiting.add(done);
    });
  }

  private wakeUp(): void {
    for (const done of [...this.waiting]) done();
  }

  private onSessionChanged(): void {
    // Our own refresh inside connectionParams: the new token goes into this very connection_init.
    if (this.authorising) return;
    const token = this.api.tokens.get()?.accessToken ?? null;
    if (this.usedToken !== undefined && this.socket && token !== this.usedToken) this.terminate();
    this.wakeUp();
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    this.dispatchEvent(new Event('state'));
  }
}
