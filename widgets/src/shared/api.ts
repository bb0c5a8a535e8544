/**
 * GraphQL-over-HTTP client for the widgets.
 *
 * - Bound to an API base URL (by default derived from the bundle's own URL, so an embedding page
 *   needs only `<script type="module" src="https://lotse.example/widgets/lotse.js">`) and to an
 *   organisation's public key, sent as `?org=<key>` on every request: the API admits a cross-origin
 *   request only from that organisation's allowed origins, and the preflight carries no header values.
 * - Typed by codegen's documents (`graphql()` from `../gql/index.js`); results are `{ data }` or
 *   `{ error, errors }` with the API's fixed error codes, never thrown (only aborts throw).
 * - Keeps the session (access + refresh token) per organisation in `localStorage` and refreshes it
 *   when the access token has expired or the API answers UNAUTHENTICATED for a token problem:
 *   single-flight within the page and, through the Web Locks API, across tabs, because the API
 *   revokes the whole session when a rotated refresh token is used twice.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { graphql } from '../gql/index.js';
import { SocketConnection } from './socket.js';

/**
 * The API's error codes (see api/src/shared/errors.ts) plus NETWORK_ERROR for requests that got no answer.
 * SERVICE_UNAVAILABLE: the API answered HTTP 503, a part it depends on is out for a moment (its access
 * log, its database, a proxy in front of it); the same request may succeed shortly after.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

/** One problem with one input field; `path` is relative to the mutation's `input` (e.g. `email`, `slots.0.from`). */
export interface FieldProblem {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** A finer, machine-readable reason, e.g. `EXPIRED` for UNAUTHENTICATED or `SLOT_TAKEN` for CONFLICT. */
  reason?: string;
  /** Field problems of BAD_USER_INPUT (empty otherwise). */
  fields: FieldProblem[];
  /** Set with RATE_LIMITED, and with SERVICE_UNAVAILABLE when the answer said (`Retry-After`). */
  retryAfterSeconds?: number;
  /** Set with INTERNAL_SERVER_ERROR and SERVICE_UNAVAILABLE: quote it when reporting a problem. */
  requestId?: string;
  path?: readonly (string | number)[];
  /** Everything the API sent in `extensions`. */
  extensions: Record<string, unknown>;
}

export type ApiResult<T> =
  { data: T; error?: undefined; errors?: undefined } | { data?: undefined; error: ApiError; errors: ApiError[] };

/** A typed document from codegen (`graphql(...)`): its text plus result and variable types. */
export type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface RequestOptions {
  signal?: AbortSignal;
  /** Send the stored access token (and refresh it when needed). @default true */
  auth?: boolean;
}

/** Variables may be left out when the operation has none or only optional ones. */
export type RequestArgs<V> =
  Record<string, never> extends V
    ? [variables?: V, options?: RequestOptions]
    : [variables: V, options?: RequestOptions];

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** ISO instant; when unknown it is read from the token itself. */
  accessTokenExpiresAt?: string;
}

/** Maps each field path to its first message, for showing errors next to form fields. */
export function fieldErrors(error: ApiError | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of error?.fields ?? []) out[f.path] ??= f.message;
  return out;
}

/**
 * The API base derived from the bundle's URL: `https://host/prefix/widgets/lotse.js` → `https://host/prefix`.
 * Anything else (the Vite dev server, tests) → the module's origin.
 */
export function defaultApiBase(moduleUrl: string = import.meta.url): string {
  const url = new URL(moduleUrl);
  const match = /^(.*)\/widgets\/[^/]+$/.exec(url.pathname);
  return url.origin + (match ? match[1] : '');
}

const REFRESH = graphql(`
  mutation WidgetRefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

const LOGIN = graphql(`
  mutation WidgetLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      me {
        id
        kind
      }
    }
  }
`);

const LOGOUT = graphql(`
  mutation WidgetLogout {
    logout
  }
`);

/** Refresh this long before the stored expiry, so a request does not arrive with a token that just ran out. */
const EXPIRY_SKEW_MS = 5_000;

/**
 * The session of one organisation on one Lotse installation, in `localStorage` (or memory where storage is
 * blocked, e.g. third-party iframes in some browsers). Dispatches `change` when it changes, also when
 * another tab changed it.
 */
export class TokenStore extends EventTarget {
  private memory: Session | null = null;
  constructor(
    readonly key: string,
    private readonly storage: Storage | null = safeLocalStorage(),
  ) {
    super();
    if (this.storage && typeof window !== 'undefined') {
      window.addEventListener('storage', (e) => {
        if (e.key === this.key) this.dispatchEvent(new Event('change'));
      });
    }
  }

  get(): Session | null {
    if (!this.storage) return this.memory;
    try {
      const raw = this.storage.getItem(this.key);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<Session>;
      if (typeof parsed.accessToken !== 'string' || typeof parsed.refreshToken !== 'string') return null;
      return parsed as Session;
    } catch {
      return this.memory;
    }
  }

  set(session: Session | null): void {
    this.memory = session;
    try {
      if (session) this.storage?.setItem(this.key, JSON.stringify(session));
      else this.storage?.removeItem(this.key);
    } catch {
      // Storage full or blocked: the memory copy keeps this page working.
    }
    this.dispatchEvent(new Event('change'));
  }
}

function safeLocalStorage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    const probe = '__lotse_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** Expiry of a session's access token in ms since the epoch, or null when unknown. */
export function accessTokenExpiry(session: Session): number | null {
  if (session.accessTokenExpiresAt) {
    const t = Date.parse(session.accessTokenExpiresAt);
    if (!Number.isNaN(t)) return t;
  }
  const payload = session.accessToken.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

const isExpired = (session: Session) => {
  const exp = accessTokenExpiry(session);
  return exp !== null && exp - EXPIRY_SKEW_MS <= Date.now();
};

/** UNAUTHENTICATED because of the presented token (EXPIRED, INVALID, REVOKED), not e.g. a wrong password. */
const isTokenProblem = (e: ApiError | undefined) => e?.code === 'UNAUTHENTICATED' && typeof e.reason === 'string';

export interface ApiClientOptions {
  /** API base URL without trailing slash, e.g. `https://lotse.example`. @default {@link defaultApiBase} */
  baseUrl?: string;
  /**
   * The organisation's public key. Empty for the staff dashboard, which is served by the API itself (no
   * cross-origin check to pass) and whose staff log in by login name or email alone.
   */
  org: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Where the session is kept. @default localStorage (memory when unavailable) */
  storage?: Storage | null;
}

export class ApiClient {
  readonly baseUrl: string;
  readonly org: string;
  readonly tokens: TokenStore;
  private readonly fetchImpl: typeof fetch;
  private refreshing: Promise<Session | null> | null = null;
  private socket: SocketConnection | null = null;
  /**
   * The UI language (`de`, `en`), sent as `Accept-Language` so that the API words field messages in it:
   * the dashboard's chosen locale, a widget's `lang`. Unset, the browser's own header goes.
   */
  language: (() => string) | null = null;

  constructor(options: ApiClientOptions) {
    this.baseUrl = (options.baseUrl ?? defaultApiBase()).replace(/\/+$/, '');
    this.org = options.org;
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.tokens = new TokenStore(`lotse:${new URL(this.baseUrl).host}:${this.org || 'staff'}:session`, options.storage);
  }

  /** An absolute URL on the API with `?org=` added, e.g. `url('/graphql')`. */
  url(path: string): string {
    const url = new URL(this.baseUrl + (path.startsWith('/') ? path : `/${path}`));
    if (this.org) url.searchParams.set('org', this.org);
    return url.toString();
  }

  /** The WebSocket URL of `/graphql` (ws: or wss:). */
  get wsUrl(): string {
    return this.url('/graphql').replace(/^http/, 'ws');
  }

  /** The shared graphql-ws connection of this client (opened lazily by the first subscription). */
  get ws(): SocketConnection {
    return (this.socket ??= new SocketConnection(this));
  }

  get session(): Session | null {
    return this.tokens.get();
  }

  /** Whether a session is stored (its tokens may still turn out to be revoked). */
  get loggedIn(): boolean {
    return this.tokens.get() !== null;
  }

  /** Stores a session, e.g. the `AuthPayload` of a registration mutation. */
  setSession(session: Session | null): void {
    this.tokens.set(
      session
        ? {
            accessToken: session.accessToken,
            refreshToken: session.refreshToken,
            accessTokenExpiresAt: session.accessTokenExpiresAt,
          }
        : null,
    );
  }

  /** Runs a query or mutation. Never throws except when `options.signal` aborts. */
  async request<R, V>(document: Document<R, V>, ...[variables, options = {}]: RequestArgs<V>): Promise<ApiResult<R>> {
    if (options.auth === false) return this.send(document, variables, null, options.signal);
    let session = this.tokens.get();
    if (session && isExpired(session)) session = await this.refresh(session.accessToken);
    let result = await this.send(document, variables, session?.accessToken ?? null, options.signal);
    if (session && isTokenProblem(result.error)) {
      const next = await this.refresh(session.accessToken);
      if (next) result = await this.send(document, variables, next.accessToken, options.signal);
    }
    return result;
  }

  /** Logs in with login name or email and password in this organisation and stores the session. */
  async login(login: string, password: string): Promise<ApiResult<{ id: string; kind: 'STAFF' | 'CLIENT' }>> {
    const result = await this.request(
      LOGIN,
      { input: { login, password, organisationKey: this.org || undefined } },
      { auth: false },
    );
    if (result.error) return result;
    const { accessToken, refreshToken, accessTokenExpiresAt, me } = result.data.login;
    if (!accessToken || !refreshToken || !me) {
      // Staff with two-factor login on get a challenge instead (the dashboard asks for the code); the
      // widgets are for clients, who never do.
      const error: ApiError = {
        code: 'FORBIDDEN',
        reason: 'SECOND_FACTOR_REQUIRED',
        message: 'This account uses two-factor login; log in in the dashboard.',
        fields: [],
        extensions: {},
      };
      return { error, errors: [error] };
    }
    this.setSession({ accessToken, refreshToken, accessTokenExpiresAt: accessTokenExpiresAt ?? undefined });
    return { data: me };
  }

  /** Ends the session on the server (best effort) and forgets it here. */
  async logout(): Promise<void> {
    if (this.tokens.get()) await this.request(LOGOUT);
    this.tokens.set(null);
  }

  /**
   * A valid access token for a request or a WebSocket connection: the stored one, refreshed first when
   * it has expired. Null without a session.
   */
  async accessToken(): Promise<string | null> {
    if (this.refreshing) await this.refreshing;
    const session = this.tokens.get();
    if (!session) return null;
    if (!isExpired(session)) return session.accessToken;
    return (await this.refresh(session.accessToken))?.accessToken ?? null;
  }

  /**
   * Exchanges the refresh token for a new session. Concurrent callers share one request. `failedToken`
   * is the access token that was refused: if the store already holds another (valid) one, e.g. from
   * another tab, that one is returned without a new refresh.
   * @returns the new session, or null when there is none (the stored session is then cleared, unless
   * the refresh only failed for lack of network).
   */
  refresh(failedToken?: string): Promise<Session | null> {
    this.refreshing ??= withLock(`${this.tokens.key}:refresh`, () => this.doRefresh(failedToken)).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(failedToken?: string): Promise<Session | null> {
    const current = this.tokens.get();
    if (!current) return null;
    if (failedToken && current.accessToken !== failedToken && !isExpired(current)) return current;
    // The widget's organisation: the API renews only a session of an account of it.
    const input = { refreshToken: current.refreshToken, organisationKey: this.org || undefined };
    const result = await this.send(REFRESH, { input }, null);
    if (result.error) {
      // Keep the session when the network failed; forget it when the API refused it (and no other tab
      // has stored a newer one meanwhile).
      if (result.error.code !== 'NETWORK_ERROR' && this.tokens.get()?.refreshToken === current.refreshToken) {
        this.tokens.set(null);
      }
      return null;
    }
    const next: Session = result.data.refreshSession;
    this.setSession(next);
    return next;
  }

  /**
   * `fetch` on the API (uploads, downloads) with `?org=` and the access token; on 401 for a token problem
   * the session is refreshed and the request repeated once. The body must be re-sendable (not a stream).
   */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const go = (token: string | null) => {
      const headers = new Headers(init.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      const language = this.language?.();
      if (language && !headers.has('accept-language')) headers.set('accept-language', language);
      return this.fetchImpl(this.url(path), { ...init, headers, mode: 'cors', credentials: 'omit' });
    };
    const token = await this.accessToken();
    const response = await go(token);
    if (response.status !== 401 || !token) return response;
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { errors?: RawError[] } | null;
    if (!isTokenProblem(body?.errors?.[0] && toApiError(body.errors[0]))) return response;
    const next = await this.refresh(token);
    return next ? go(next.accessToken) : response;
  }

  private async send<R, V>(
    document: Document<R, V>,
    variables: V | undefined,
    token: string | null,
    signal?: AbortSignal,
  ): Promise<ApiResult<R>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
    };
    if (token) headers.authorization = `Bearer ${token}`;
    const language = this.language?.();
    if (language) headers['accept-language'] = language;
    let response: Response;
    try {
      response = await this.fetchImpl(this.url('/graphql'), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: String(document), variables: variables ?? {} }),
        signal,
        mode: 'cors',
        credentials: 'omit',
      });
    } catch (err) {
      if (signal?.aborted) throw err;
      return failure({
        code: 'NETWORK_ERROR',
        message: err instanceof Error ? err.message : 'Network error',
        fields: [],
        extensions: {},
      });
    }
    // 503 (and its Retry-After) says "for a moment", whatever the body: the API's own GraphQL errors
    // (SERVICE_UNAVAILABLE, or an unreachable database reported as INTERNAL_SERVER_ERROR) or a proxy's page.
    const unavailable = response.status === 503;
    const retryAfter = unavailable ? Number(response.headers.get('retry-after')) || undefined : undefined;
    let body: { data?: R | null; errors?: RawError[] };
    try {
      body = (await response.json()) as typeof body;
    } catch (err) {
      if (signal?.aborted) throw err;
      return failure({
        code: unavailable ? 'SERVICE_UNAVAILABLE' : response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK_ERROR',
        message: `Unexpected response (HTTP ${response.status})`,
        fields: [],
        retryAfterSeconds: retryAfter,
        extensions: { status: response.status },
      });
    }
    if (body.errors?.length) {
      const errors = body.errors.map((raw) => {
        const error = toApiError(raw);
        if (!unavailable || (error.code !== 'INTERNAL_SERVER_ERROR' && error.code !== 'SERVICE_UNAVAILABLE'))
          return error;
        return {
          ...error,
          code: 'SERVICE_UNAVAILABLE' as const,
          retryAfterSeconds: error.retryAfterSeconds ?? retryAfter,
        };
      });
      return { error: errors[0]!, errors };
    }
    if (body.data == null) {
      return failure({ code: 'INTERNAL_SERVER_ERROR', message: 'Empty response', fields: [], extensions: {} });
    }
    return { data: body.data };
  }
}

interface RawError {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/** Turns a GraphQL error from the wire into an {@link ApiError}. */
export function toApiError(raw: RawError): ApiError {
  const ext = raw.extensions ?? {};
  const code =
    typeof ext.code === 'string' && KNOWN_CODES.has(ext.code) ? (ext.code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
  const fields = Array.isArray(ext.fields)
    ? (ext.fields as unknown[]).filter(
        (f): f is FieldProblem =>
          typeof f === 'object' &&
          f !== null &&
          typeof (f as FieldProblem).path === 'string' &&
          typeof (f as FieldProblem).message === 'string',
      )
    : [];
  return {
    code,
    message: raw.message ?? code,
    reason: typeof ext.reason === 'string' ? ext.reason : undefined,
    fields,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    requestId: typeof ext.requestId === 'string' ? ext.requestId : undefined,
    path: raw.path,
    extensions: ext,
  };
}

const failure = (error: ApiError): ApiResult<never> => ({ error, errors: [error] });

/** Runs `fn` holding a lock shared by all tabs of this origin (Web Locks API), or directly where that is missing. */
async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return fn();
  return locks.request(name, fn);
}

const clients = new Map<string, ApiClient>();

/**
 * The shared client for an organisation: every widget of a page talking to the same API and organisation
 * uses one client, so they share the session, its refresh and one WebSocket.
 */
export function apiClient(options: { org: string; baseUrl?: string }): ApiClient {
  const baseUrl = (options.baseUrl || defaultApiBase()).replace(/\/+$/, '');
  const key = `${baseUrl}|${options.org}`;
  let client = clients.get(key);
  if (!client) {
    client = new ApiClient({ baseUrl, org: options.org });
    clients.set(key, client);
  }
  return client;
}
