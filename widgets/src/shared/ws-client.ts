/**
 * A small client of the GraphQL over WebSocket protocol (`graphql-transport-ws`, as the API's graphql-ws
 * server speaks it), with only what {@link SocketConnection} uses: lazy connect, an authenticating
 * `connection_init`, multiplexed subscriptions, pings, and no retries of its own (every close reaches
 * the subscriptions, which decide). It replaces graphql-ws's client in the widgets: a third of its size,
 * which every widget script carries.
 *
 * Errors passed to a sink: GraphQL errors (an array) when the API refused the operation; the socket's
 * `CloseEvent` (or a `{ code, reason }` like it) when the connection ended; the `error` Event when it
 * never opened.
 */

export interface SubscribePayload {
  query: string;
  variables?: Record<string, unknown>;
}

export interface ExecutionResult<R> {
  data?: R | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export interface Sink<T> {
  next(value: T): void;
  error(error: unknown): void;
  complete(): void;
}

export interface WsClientOptions {
  url(): string;
  /** Payload of `connection_init`, read anew for every connection. */
  connectionParams(): Promise<Record<string, unknown>>;
  /** Close this long after the last subscription ended (ms). */
  lazyCloseTimeout: number;
  /** Ping this often while connected (ms). */
  keepAlive: number;
  on: {
    connecting(): void;
    opened(socket: WebSocket): void;
    connected(): void;
    /** `received`: the server pinged (answered at once); else we did. */
    ping(received: boolean): void;
    pong(received: boolean): void;
    closed(event: unknown): void;
  };
}

/** What `terminate()` reports, as graphql-ws does. */
const TERMINATED = { code: 4499, reason: 'Terminated' };

interface Active {
  payload: SubscribePayload;
  sink: Sink<ExecutionResult<unknown>>;
  sent: boolean;
}

export class WsClient {
  private socket: WebSocket | null = null;
  private acknowledged = false;
  private readonly active = new Map<string, Active>();
  private nextId = 0;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: WsClientOptions) {}

  /** Starts a subscription (connecting first if needed). Returns the function that ends it. */
  subscribe<R>(payload: SubscribePayload, sink: Sink<ExecutionResult<R>>): () => void {
    const id = String(++this.nextId);
    const entry: Active = { payload, sink: sink as Sink<ExecutionResult<unknown>>, sent: false };
    this.active.set(id, entry);
    clearTimeout(this.closeTimer);
    if (this.acknowledged) this.send(id, entry);
    else if (!this.socket) this.connect();
    return () => {
      if (!this.active.delete(id)) return;
      if (entry.sent) this.socket?.send(JSON.stringify({ id, type: 'complete' }));
      this.closeWhenIdle();
    };
  }

  /** Drops the connection at once: every subscription gets a 4499 close. */
  terminate(): void {
    if (this.socket) this.ended(this.socket, TERMINATED);
  }

  private connect(): void {
    this.options.on.connecting();
    const socket = new WebSocket(this.options.url(), 'graphql-transport-ws');
    this.socket = socket;
    let failed: Event | null = null;
    socket.onerror = (event) => (failed = event);
    socket.onclose = (event) => this.ended(socket, this.acknowledged || !failed ? event : failed);
    socket.onopen = async () => {
      this.options.on.opened(socket);
      let params: Record<string, unknown>;
      try {
        params = await this.options.connectionParams();
      } catch {
        params = {};
      }
      if (this.socket === socket) socket.send(JSON.stringify({ type: 'connection_init', payload: params }));
    };
    socket.onmessage = ({ data }) => {
      let message: { type?: string; id?: string; payload?: unknown };
      try {
        message = JSON.parse(String(data)) as typeof message;
      } catch {
        return socket.close(4400, 'Invalid message');
      }
      const entry = message.id ? this.active.get(message.id) : undefined;
      switch (message.type) {
        case 'connection_ack':
          this.acknowledged = true;
          this.options.on.connected();
          this.pingTimer = setInterval(() => {
            socket.send('{"type":"ping"}');
            this.options.on.ping(false);
          }, this.options.keepAlive);
          for (const [id, active] of this.active) this.send(id, active);
          return this.closeWhenIdle();
        case 'ping':
          this.options.on.ping(true);
          return socket.send('{"type":"pong"}');
        case 'pong':
          return this.options.on.pong(true);
        case 'next':
          return entry?.sink.next(message.payload as ExecutionResult<unknown>);
        case 'error':
          this.active.delete(message.id!);
          entry?.sink.error(message.payload);
          return this.closeWhenIdle();
        case 'complete':
          this.active.delete(message.id!);
          entry?.sink.complete();
          return this.closeWhenIdle();
      }
    };
  }

  private send(id: string, entry: Active): void {
    if (entry.sent) return;
    entry.sent = true;
    this.socket!.send(JSON.stringify({ id, type: 'subscribe', payload: entry.payload }));
  }

  private closeWhenIdle(): void {
    clearTimeout(this.closeTimer);
    if (this.active.size) return;
    const socket = this.socket;
    this.closeTimer = setTimeout(() => {
      if (socket && this.socket === socket && !this.active.size) socket.close(1000, 'Normal Closure');
    }, this.options.lazyCloseTimeout);
  }

  /** The connection `socket` is over (closed, failed or terminated): tell everyone, once. */
  private ended(socket: WebSocket, reason: unknown): void {
    if (this.socket !== socket) return;
    this.socket = null;
    this.acknowledged = false;
    clearInterval(this.pingTimer);
    clearTimeout(this.closeTimer);
    socket.onclose = socket.onerror = socket.onmessage = null;
    // Closing a socket that is still connecting makes Chromium log an error: close it once open.
    socket.onopen = () => socket.close(1000, 'Normal Closure');
    if (socket.readyState === WebSocket.OPEN) socket.close(1000, 'Normal Closure');
    const sinks = [...this.active.values()].map((a) => a.sink);
    this.active.clear();
    this.options.on.closed(reason);
    for (const sink of sinks) sink.error(reason);
  }
}
