/**
 * A Lit ReactiveController for one GraphQL subscription over the API client's shared graphql-ws socket.
 *
 * Subscribes when the host connects, unsubscribes when it disconnects, and after a lost connection
 * subscribes again with backoff, evaluating `variables()` afresh each time, so a stream can resume
 * from the last sequence it saw. The host re-renders whenever `status`, `data` or `error` change.
 *
 * @example
 * ```ts
 * private messages = new SubscriptionController(this, {
 *   client: () => this.api,
 *   document: CHAT_MESSAGE_ADDED,
 *   variables: () => (this.streamId ? { streamId: this.streamId, afterSequence: this.lastSequence } : null),
 *   onData: (data) => this.append(data.chatMessageAdded),
 * });
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toApiError, type ApiClient, type ApiError, type Document } from './api.js';
import { isCloseEvent, isRetryable, retryDelay, type SocketConnection } from './socket.js';

/**
 * - `idle`: not subscribed (no client, `variables()` returned null, host disconnected, or the server completed it)
 * - `connecting`: first subscription attempt under way
 * - `connected`: the socket is up and the subscription was sent (data arrives as it happens)
 * - `reconnecting`: the connection was lost; waiting or trying again
 * - `error`: the API refused the subscription (see `error`); call `restart()` to try again
 */
export type SubscriptionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'error';

export interface SubscriptionOptions<R, V> {
  /** The API client to use; null while it cannot be known yet (e.g. no `org`). */
  client: () => ApiClient | null;
  document: Document<R, V>;
  /** Variables, evaluated at every (re)subscription; return null to stay unsubscribed for now. */
  variables?: () => V | null;
  onData?: (data: R) => void;
  onError?: (error: ApiError) => void;
  /** Called on every status change (besides the host's re-render). */
  onStatus?: (status: SubscriptionStatus) => void;
}

export class SubscriptionController<R, V = Record<string, never>> implements ReactiveController {
  status: SubscriptionStatus = 'idle';
  /** The latest event's data. */
  data: R | undefined;
  error: ApiError | undefined;

  private unsubscribe: (() => void) | null = null;
  private connection: SocketConnection | null = null;
  /** Bumped on every (re)start, so callbacks of an abandoned subscription are ignored. */
  private generation = 0;
  private attempt = 0;
  private running = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SubscriptionOptions<R, V>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.running = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.running = false;
    this.stop();
    this.setStatus('idle');
  }

  /** Subscribes again at once (e.g. after the variables changed, or from `error`). */
  restart(): void {
    this.stop();
    this.attempt = 0;
    if (this.running) this.subscribe();
  }

  private stop(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.connection?.removeEventListener('state', this.onConnectionState);
    this.connection = null;
  }

  private subscribe(): void {
    const api = this.options.client();
    const variables = this.options.variables ? this.options.variables() : ({} as V);
    if (!api || variables === null) return this.setStatus('idle');

    const generation = ++this.generation;
    const connection = api.ws;
    if (this.connection !== connection) {
      this.connection?.removeEventListener('state', this.onConnectionState);
      connection.addEventListener('state', this.onConnectionState);
      this.connection = connection;
    }
    // On an open socket the subscription is live as soon as it is sent. (A retry often finds the
    // socket already reopened by another subscription: no `state` event would follow.)
    this.setStatus(connection.state === 'connected' ? 'connected' : this.attempt > 0 ? 'reconnecting' : 'connecting');

    this.unsubscribe = connection.subscribe<R>(
      { query: String(this.options.document), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (generation !== this.generation) return;
          if (result.errors?.length) {
            // An event that failed to resolve; the subscription itself goes on.
            this.error = toApiError(result.errors[0]!);
            this.options.onError?.(this.error);
            this.host.requestUpdate();
            return;
          }
          this.attempt = 0;
          this.data = result.data as R;
          this.error = undefined;
          this.setStatus('connected');
          this.options.onData?.(this.data);
          this.host.requestUpdate();
        },
        error: (err) => {
          if (generation !== this.generation) return;
          this.unsubscribe = null;
          if (isRetryable(err)) return void this.retry(connection, generation);
          this.error = Array.isArray(err)
            ? toApiError(err[0] ?? {})
            : toApiError({ message: isCloseEvent(err) ? `${err.code} ${err.reason}` : String(err) });
          this.setStatus('error');
          this.options.onError?.(this.error);
        },
        complete: () => {
          if (generation !== this.generation) return;
          this.unsubscribe = null;
          this.setStatus('idle');
        },
      },
    );
  }

  private async retry(connection: SocketConnection, generation: number): Promise<void> {
    this.setStatus('reconnecting');
    await connection.wait(retryDelay(this.attempt++));
    if (generation === this.generation && this.running) this.subscribe();
  }

  private readonly onConnectionState = () => {
    if (this.connection?.state === 'connected' && this.unsubscribe) {
      this.attempt = 0;
      this.setStatus('connected');
    }
  };

  private setStatus(status: SubscriptionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus?.(status);
    this.host.requestUpdate();
  }
}
