/**
 * GraphQL over WebSocket (graphql-ws) on the same port and path as HTTP.
 *
 * Authentication happens once in `onConnect` from `connectionParams.authorization`
 * ("Bearer <access token>"); a refused token closes with 4403 Forbidden, as graphql-ws does for
 * `onConnect` returning false. Afterwards a socket closes with 4403 when its token expires, and when
 * its account may no longer use it (blocked, deactivated, password changed, all sessions ended):
 * checked on every operation and for every open socket every `authRecheckMs`. A client then
 * reconnects with a fresh token and resumes subscriptions from the last sequence it saw.
 *
 * Subscriptions are delivered by a frame pump instead of graphql-ws's per-subscriber loop: each event
 * is executed against the subscriber's selection, serialised once, and written to the socket as a
 * ready-made `next` frame. For fields marked `@SharedPayload()` the executed and serialised result is
 * cached on the event object per selection and viewer role, so an event fanned out to 1,000
 * subscribers is executed once, not 1,000 times (graphql-ws alone ran at ~0.2× a bare `ws` broadcast,
 * see LESSONS.md "GraphQL servers").
 *
 * Idle connections are kept small: a socket holds its viewer and a few ids, not a request context
 * (EntityManagers and loggers are created per operation, lazily), and parsed documents are shared.
 */
import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatError, type FormatErrorOptions } from '../graphql/format-error.js';
import { PARSE_OPTIONS } from './graphql-http.js';
import { operationProblem } from '../graphql/operation.js';
import { crossOriginProblem } from '../graphql/cross-origin.js';
import { twoFactorSetupProblem } from '../graphql/two-factor-gate.js';
import { corsPolicyFor, type Admitted } from './cors.js';
import { requestLanguage, type Context } from '../shared/context.js';
import {
  attachAccessTrail,
  auditUnavailable,
  flushAccessTrail,
  type AccessTrailSlot,
} from '../modules/access-log/access-log.trail.js';
import type { AppServices } from '../shared/app.js';
import type { Viewer } from '../shared/auth/tokens.js';
import { accountCanLogIn, sessionRevoked, type AccountState } from '../modules/identity/account.entity.js';
import type { Logger } from '../shared/logger.js';
import { DomainError, ErrorCode } from '../shared/errors.js';
import { DIRECT_DELIVERY, SHARED_PAYLOAD, type DirectSource } from '../shared/pubsub.js';
import { presenceFor } from '../modules/presence/presence.registry.js';
import { realtimeSettings } from '../modules/presence/realtime.settings.js';

/** A subscriber whose socket buffers more than this is too slow: it is cut off and resumes later. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** Parsed and validated documents kept for reuse (widgets all send the same few operations). */
const DOCUMENT_CACHE_SIZE = 500;
const MAX_CACHED_QUERY_LENGTH = 16 * 1024;
/** An operation re-checks the account unless that was done this recently (e.g. at connect). */
const RECHECK_AFTER_MS = 1000;

/** What one socket keeps for its lifetime. */
interface Connection {
  id: string;
  viewer: Viewer | null;
  ip: string;
  origin: string | null;
  socket: WebSocket;
  expiryTimer?: NodeJS.Timeout;
  /** Date.now() of the last check that the account may still use its token. */
  checkedAt: number;
  /** Ids of this socket's running subscriptions (queries and mutations are not counted). */
  subscriptions: Set<string>;
  /** Opened from another website: the organisation that admitted it (http/cors.ts). */
  admittedFor: Admitted | null;
  /** Staff who must set up two-factor login first (two-factor-gate.ts); looked up again until they have. */
  twoFactorSetupRequired: boolean;
  /**
   * The UI language for error messages: `connectionParams.acceptLanguage` (a browser cannot set headers on
   * a WebSocket), else the upgrade request's `Accept-Language`. Kept as sent, read on the error path only.
   */
  acceptLanguage: string | null;
}

interface SocketExtra extends Record<PropertyKey, unknown> {
  connection?: Connection;
  socket: WebSocket;
  request?: IncomingMessage;
}

/** Per operation: where its frames go. Keyed by the operation's context object. */
interface OperationTarget {
  socket: WebSocket;
  /** The subscription id, already JSON-encoded for frames. */
  idJson: string;
  query: string;
}

export function attachWebSocket(
  server: Server,
  schema: GraphQLSchema,
  app: AppServices,
  rules: ValidationRule[],
): { close(): Promise<void> } {
  const settings = realtimeSettings(app.config);
  const formatting = { log: app.log, suggestions: app.config.introspection };
  const presence = presenceFor(app);
  presence.start();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  // A socket opened from another website is admitted like an HTTP request (http/cors.ts): by the
  // allowed origins of the organisation in `?org=`, and its operations then act for that one only.
  const cors = corsPolicyFor(app);
  const admissions = new WeakMap<IncomingMessage, Admitted>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    cors.admit(req, url).then(
      (verdict) => {
        if (verdict === 'denied') {
          socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
          return;
        }
        if (typeof verdict === 'object') admissions.set(req, verdict);
        wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      },
      () => socket.destroy(),
    );
  });

  const connections = new Set<Connection>();
  const targets = new WeakMap<object, OperationTarget>();
  const documents = new DocumentCache(schema, [...specifiedRules, ...rules]);
  const sharedResults = new WeakMap<object, Map<string, string | Promise<string>>>();

  // Live subscriptions hold memory and a pub/sub listener each: bounded per socket, and per account over
  // all its sockets in this process (a client opening many sockets is bounded by the account's limit).
  const limits = app.config.subscriptionLimits;
  const perAccount = new Map<string, number>();
  /** Running subscriptions on all sockets (metrics). */
  let running = 0;
  app.metrics?.watchWebSocket(() => ({ connections: wss.clients.size, subscriptions: running }));
  const subscriptionRefused = (conn: Connection): GraphQLError | null => {
    const held = conn.viewer ? (perAccount.get(conn.viewer.accountId) ?? 0) : 0;
    if (conn.subscriptions.size < limits.perSocket && held < limits.perAccount) return null;
    return new GraphQLError(
      conn.subscriptions.size >= limits.perSocket
        ? `At most ${limits.perSocket} subscriptions per connection; end one first`
        : `At most ${limits.perAccount} subscriptions per account; end one first`,
      { extensions: { code: ErrorCode.RATE_LIMITED, reason: 'TOO_MANY_SUBSCRIPTIONS' } },
    );
  };
  const subscriptionEnded = (conn: Connection, id: string) => {
    if (!conn.subscriptions.delete(id)) return;
    running--;
    if (!conn.viewer) return;
    const left = (perAccount.get(conn.viewer.accountId) ?? 1) - 1;
    if (left > 0) perAccount.set(conn.viewer.accountId, left);
    else perAccount.delete(conn.viewer.accountId);
  };

  const forbid = (conn: Connection, reason: string) => {
    if (conn.socket.readyState === conn.socket.OPEN) conn.socket.close(CloseCode.Forbidden, reason);
  };

  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      execute,
      async subscribe(args) {
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
        const target = targets.get(args.contextValue as object);
        if (!target) throw new Error('Subscription without a socket');
        return new FramePump(source as AsyncIterable<unknown>, {
          args,
          target,
          shareKey: shareKey(schema, args, target.query),
          shared: sharedResults,
          formatting,
        });
      },
      async onConnect(ctx) {
        const extra = ctx.extra as unknown as SocketExtra;
        const auth = ctx.connectionParams?.authorization;
        // Same rules as createContext (valid token, account may log in, token version current), with
        // one plain SQL row instead of an EntityManager: thousands of sockets connect at once.
        const viewer = typeof auth === 'string' ? await authenticate(app, auth) : null;
        if (typeof auth === 'string' && !viewer) return false; // 4403 Forbidden
        const conn: Connection = {
          id: randomUUID(),
          viewer,
          ip: extra.request?.socket.remoteAddress ?? 'unknown',
          origin: extra.request?.headers.origin ?? null,
          socket: extra.socket,
          checkedAt: Date.now(),
          subscriptions: new Set(),
          admittedFor: (extra.request && admissions.get(extra.request)) ?? null,
          twoFactorSetupRequired: viewer ? await mustSetUpTwoFactor(app, viewer) : false,
          acceptLanguage: acceptLanguageOf(ctx.connectionParams?.acceptLanguage, extra.request),
        };
        extra.connection = conn;
        // The upgrade request is not needed any more; dropping it keeps idle sockets small.
        delete extra.request;
        if (conn.viewer) {
          connections.add(conn);
          const exp = tokenExpiry(auth as string);
          if (exp) {
            const ms = Math.max(0, exp * 1000 - Date.now());
            conn.expiryTimer = setTimeout(() => forbid(conn, 'Token expired'), Math.min(ms, 2 ** 31 - 1));
          }
          if (conn.viewer.kind === 'STAFF') {
            const alive = () => presence.activity(conn.id);
            conn.socket.on('pong', alive);
            conn.socket.on('message', alive);
            await presence.connected(conn.id, conn.viewer);
          }
        }
        return true;
      },
      async onClose(ctx) {
        const conn = (ctx.extra as unknown as SocketExtra).connection;
        if (!conn) return;
        if (conn.expiryTimer) clearTimeout(conn.expiryTimer);
        for (const id of [...conn.subscriptions]) subscriptionEnded(conn, id);
        connections.delete(conn);
        await presence.disconnected(conn.id);
      },
      onNext(_ctx, _id, _payload, args, result) {
        const context = args.contextValue as Context;
        // Same error masking as HTTP: domain codes pass, unexpected errors become INTERNAL_SERVER_ERROR
        // and are logged with the operation's request id, which the client gets in the error.
        const masked =
          !('errors' in result) || !result.errors?.length
            ? result
            : ({
                ...result,
                errors: result.errors.map((e) =>
                  formatError((e as GraphQLError).toJSON(), e, {
                    ...formatting,
                    requestId: context.requestId,
                    // In the UI language of the socket (field messages of BAD_USER_INPUT).
                    lang: requestLanguage(context),
                  }),
                ),
              } as never);
        // An operation's reads of client records are written before its result goes out; live events
        // (nothing recorded) stay synchronous.
        // If they cannot be written, the result is withheld (as over HTTP, access-log.trail.ts).
        if (!context.accessTrail?.size) return masked;
        return flushAccessTrail(context).then(
          () => masked,
          (err: unknown) => {
            if (!(err instanceof DomainError)) throw err;
            const error = auditUnavailable(
              getOperationAST(args.document, args.operationName)?.operation === 'mutation',
            );
            const extensions = { code: error.code, ...error.details, requestId: context.requestId };
            return { errors: [{ message: error.message, extensions }] } as never;
          },
        );
      },
      onComplete(ctx, id) {
        const conn = (ctx.extra as unknown as SocketExtra).connection;
        if (conn) subscriptionEnded(conn, id);
      },
      onError(ctx, _id, _payload, errors) {
        const conn = (ctx.extra as unknown as SocketExtra).connection;
        const lang = conn ? requestLanguage({ ...conn, app }) : undefined;
        return errors.map((e) => formatError(e.toJSON(), e, { ...formatting, lang })) as never;
      },
      async onSubscribe(ctx, id, payload) {
        const conn = (ctx.extra as unknown as SocketExtra).connection!;
        // Parse and validate here so the same depth/cost/alias limits apply as over HTTP.
        const document = documents.get(payload.query);
        if (!('kind' in document)) return document;
        if (conn.twoFactorSetupRequired) conn.twoFactorSetupRequired = await mustSetUpTwoFactor(app, conn.viewer!);
        const problem =
          operationProblem(document, payload.operationName, payload.variables) ??
          crossOriginProblem(conn, document, payload.variables) ??
          twoFactorSetupProblem(conn, document, payload.operationName);
        if (problem) return [problem];
        if (conn.viewer && Date.now() - conn.checkedAt > RECHECK_AFTER_MS) {
          if (await stillValid(app, conn.viewer)) conn.checkedAt = Date.now();
          else conn.checkedAt = 0;
        }
        if (conn.viewer && conn.checkedAt === 0) {
          // After the error frame (graphql-ws sends it once this hook returns).
          setImmediate(() => forbid(conn, 'Session ended'));
          return [new GraphQLError('Session ended; log in again', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        // operationProblem made sure the document has the operation asked for.
        const operation = getOperationAST(document, payload.operationName)!;
        if (operation.operation === 'subscription') {
          const refused = subscriptionRefused(conn);
          if (refused) return [refused];
          conn.subscriptions.add(id);
          running++;
          if (conn.viewer) perAccount.set(conn.viewer.accountId, (perAccount.get(conn.viewer.accountId) ?? 0) + 1);
        }
        app.metrics?.wsOperation(operation.operation, operation.name?.value);
        const contextValue = operationContext(app, conn);
        targets.set(contextValue, { socket: conn.socket, idJson: JSON.stringify(id), query: payload.query });
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
    },
    wss,
    0, // keep-alive below: one loop for all sockets instead of a timer per socket
  );

  // Keep-alive: ping every socket each heartbeat; one that has not answered the previous ping is
  // dead (half-open TCP, frozen client) and is terminated, which ends its subscriptions and presence.
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (socket: WebSocket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
  });
  const keepAlive = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, settings.heartbeatMs);
  keepAlive.unref();

  // Revocation sweep: one SQL statement per 1,000 open sockets.
  const recheck = setInterval(() => {
    void recheckAll(app, connections, forbid).catch((err: unknown) =>
      app.log.warn({ err }, 'WebSocket session re-check failed'),
    );
  }, settings.authRecheckMs);
  recheck.unref();

  return {
    async close() {
      clearInterval(recheck);
      clearInterval(keepAlive);
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await presence.stop();
    },
  };
}

/** A socket's UI language as sent: the client's connection parameter, else the upgrade request's header. */
function acceptLanguageOf(param: unknown, request: IncomingMessage | undefined): string | null {
  if (typeof param === 'string' && param.length <= 100) return param;
  return request?.headers['accept-language'] ?? null;
}

/**
 * The context of one WebSocket operation. The viewer stays the one authenticated at connect (and
 * re-checked since); the EntityManager and logger are made on first use, so subscriptions that never
 * touch them (chat, presence) cost nothing while they wait.
 */
function operationContext(app: AppServices, conn: Connection): Context {
  const requestId = randomUUID();
  let em: EntityManager | undefined;
  let log: Logger | undefined;
  let trailSlot: AccessTrailSlot | undefined;
  return {
    requestId,
    viewer: conn.viewer,
    tokenProblem: null,
    twoFactorSetupRequired: conn.twoFactorSetupRequired,
    ip: conn.ip,
    origin: conn.origin,
    admittedFor: conn.admittedFor,
    acceptLanguage: conn.acceptLanguage,
    app,
    get accessTrail() {
      return trailSlot?.trail;
    },
    get em() {
      if (!em) {
        em = app.orm.em.fork() as EntityManager;
        // The trail itself is made at the operation's first entry (access-log.trail.ts).
        if (app.config.accessLog) attachAccessTrail(em, (trailSlot ??= {}));
      }
      return em;
    },
    get log() {
      return (log ??= app.log.child({ requestId }));
    },
  };
}

/** The viewer of a bearer token whose account may use it now, else null. */
async function authenticate(app: AppServices, authorization: string): Promise<Viewer | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) return null;
  const viewer = await app.tokens.verifyAccess(match[1]!);
  if (viewer === null || viewer === 'expired') return null;
  return (await stillValid(app, viewer)) ? viewer : null;
}

/** Whether the viewer is staff who must set up two-factor login before anything else (one statement). */
async function mustSetUpTwoFactor(app: AppServices, viewer: Viewer): Promise<boolean> {
  if (viewer.kind !== 'STAFF') return false;
  const rows = await app.orm.em
    .getConnection()
    .execute<{ required: boolean }[]>(
      `select o."require_two_factor" and a."totp_enabled_at" is null as "required" from "account" a join "organisation" o on o."id" = a."organisation_id" where a."id" = ?`,
      [viewer.accountId],
    );
  return !!rows[0]?.required;
}

/** Whether the account behind a socket may still use its token (one SQL statement). */
async function stillValid(app: AppServices, viewer: Viewer): Promise<boolean> {
  const rows = await app.orm.em
    .getConnection()
    .execute<AccountRow[]>(
      `select "id", "token_version", "status", "active", "kind", "revoked_sessions" from "account" where "id" = ? and "organisation_id" = ?`,
      [viewer.accountId, viewer.organisationId],
    );
  return !!rows[0] && accountAccepts(rows[0], viewer);
}

interface AccountRow extends AccountState {
  id: string;
}

const accountAccepts = (row: AccountRow, viewer: Viewer) =>
  row.token_version === viewer.tokenVersion && accountCanLogIn(row) && !sessionRevoked(row, viewer.sessionId);

async function recheckAll(
  app: AppServices,
  connections: Set<Connection>,
  forbid: (conn: Connection, reason: string) => void,
): Promise<void> {
  const open = [...connections];
  for (let i = 0; i < open.length; i += 1000) {
    const chunk = open.slice(i, i + 1000);
    const ids = [...new Set(chunk.map((c) => c.viewer!.accountId))];
    const rows = await app.orm.em
      .getConnection()
      .execute<AccountRow[]>(
        `select "id", "token_version", "status", "active", "kind", "revoked_sessions" from "account" where "id" = any(?::uuid[])`,
        [`{${ids.join(',')}}`],
      );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const conn of chunk) {
      const row = byId.get(conn.viewer!.accountId);
      if (!row || !accountAccepts(row, conn.viewer!)) {
        conn.checkedAt = 0;
        forbid(conn, 'Session ended');
      } else {
        conn.checkedAt = Date.now();
      }
    }
  }
}

/** Parsed, validated documents by query text (a small LRU); errors are cached too. */
class DocumentCache {
  private readonly entries = new Map<string, DocumentNode | readonly GraphQLError[]>();
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: ValidationRule[],
  ) {}

  get(query: string): DocumentNode | readonly GraphQLError[] {
    const hit = this.entries.get(query);
    if (hit) {
      this.entries.delete(query);
      this.entries.set(query, hit);
      return hit;
    }
    let result: DocumentNode | readonly GraphQLError[];
    try {
      const document = parse(query, PARSE_OPTIONS);
      const errors = validate(this.schema, document, this.rules);
      result = errors.length ? errors : document;
    } catch (err) {
      result = [err as GraphQLError];
    }
    if (query.length <= MAX_CACHED_QUERY_LENGTH) {
      this.entries.set(query, result);
      if (this.entries.size > DOCUMENT_CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
    }
    return result;
  }
}

/**
 * The cache key under which a shared field's executed result can be reused: the same query text,
 * operation, viewer role and the values of every variable used below the root field. Variables used
 * only in the root field's arguments (stream id, `afterSeq`) choose the events, not their shape.
 * Null when the field is not shared or the operation is not a single plain root field.
 */
export function shareKey(schema: GraphQLSchema, args: ExecutionArgs, query: string): string | null {
  const op = getOperationAST(args.document, args.operationName);
  const root = op?.selectionSet.selections;
  if (!op || op.operation !== 'subscription' || root?.length !== 1 || root[0]!.kind !== Kind.FIELD) return null;
  const rootField = root[0]!;
  const field = schema.getSubscriptionType()?.getFields()[rootField.name.value];
  if (!field?.extensions?.[SHARED_PAYLOAD]) return null;
  const total = new Map<string, number>();
  const inRootArgs = new Map<string, number>();
  const count = (map: Map<string, number>, name: string) => map.set(name, (map.get(name) ?? 0) + 1);
  visit(args.document, {
    VariableDefinition: () => false,
    Variable: (node) => void count(total, node.name.value),
  });
  for (const arg of rootField.arguments ?? []) {
    visit(arg, { Variable: (node) => void count(inRootArgs, node.name.value) });
  }
  const vars = (args.variableValues ?? {}) as Record<string, unknown>;
  const used = [...total.keys()]
    .filter((name) => total.get(name)! > (inRootArgs.get(name) ?? 0))
    .sort()
    .map((name) => [name, vars[name] ?? null]);
  const role = (args.contextValue as Context).viewer?.role ?? 'ANONYMOUS';
  return `${role}\n${args.operationName ?? ''}\n${JSON.stringify(used)}\n${query}`;
}

interface PumpOptions {
  args: ExecutionArgs;
  target: OperationTarget;
  shareKey: string | null;
  shared: WeakMap<object, Map<string, string | Promise<string>>>;
  formatting: FormatErrorOptions;
}

/**
 * Drives one subscription: takes each source event, turns it into a serialised result (shared or
 * per subscriber) and writes a `next` frame straight to the socket. To graphql-ws it is an async
 * iterator that never yields: it completes when the source ends (graphql-ws then sends `complete`)
 * and rejects when the source fails (graphql-ws sends `error`); `return()` (client `complete`, socket
 * closed) stops it at once, also while it waits for an event.
 *
 * Sources offering DIRECT_DELIVERY push events synchronously; a cached frame is then written in the
 * same tick, so fanning an event out is a loop of `socket.send` calls. Otherwise the source is
 * iterated. Either way frames leave in event order.
 */
class FramePump implements AsyncIterableIterator<never> {
  private readonly iterator: AsyncIterator<unknown> | undefined;
  private readonly source: AsyncIterable<unknown>;
  private finished = false;
  private readonly done: Promise<IteratorResult<never>>;
  private resolveDone!: (r: IteratorResult<never>) => void;
  private rejectDone!: (err: unknown) => void;
  /** Events waiting while an earlier event's result is being executed (direct delivery). */
  private backlog: unknown[] = [];
  private busy = false;
  private endAfterBacklog = false;

  constructor(
    source: AsyncIterable<unknown>,
    private readonly o: PumpOptions,
  ) {
    this.source = source;
    this.done = new Promise((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    const direct = (source as Partial<DirectSource<unknown>>)[DIRECT_DELIVERY];
    if (direct) {
      direct.call(source, {
        next: (event) => this.deliver(event),
        end: () => (this.busy ? (this.endAfterBacklog = true) : this.finish()),
        fail: (err) => this.fail(err),
      });
    } else {
      this.iterator = source[Symbol.asyncIterator]();
      void this.run();
    }
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<never>> {
    return this.done;
  }

  async return(): Promise<IteratorResult<never>> {
    this.finish();
    return { done: true, value: undefined };
  }

  async throw(): Promise<IteratorResult<never>> {
    return this.return();
  }

  private stopSource(): void {
    const it = this.iterator ?? (this.source as Partial<AsyncIterator<unknown>>);
    void it.return?.()?.catch(() => undefined);
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.backlog = [];
    this.stopSource();
    this.resolveDone({ done: true, value: undefined });
  }

  private fail(err: unknown): void {
    if (this.finished) return;
    this.finished = true;
    this.backlog = [];
    this.stopSource();
    this.rejectDone(err);
  }

  /** Direct delivery: send now when the frame is ready, else keep order behind the pending one. */
  private deliver(event: unknown): void {
    if (this.finished) return;
    if (this.busy) {
      this.backlog.push(event);
      return;
    }
    const result = this.resultJson(event);
    if (typeof result === 'string') {
      this.send(result);
      return;
    }
    this.busy = true;
    void this.drain(result);
  }

  private async drain(first: Promise<string>): Promise<void> {
    try {
      this.send(await first);
      while (this.backlog.length && !this.finished) {
        const result = this.resultJson(this.backlog.shift());
        this.send(typeof result === 'string' ? result : await result);
      }
    } catch (err) {
      this.fail(err);
    } finally {
      this.busy = false;
    }
    if (this.endAfterBacklog) this.finish();
  }

  private async run(): Promise<void> {
    try {
      for (;;) {
        const step = await this.iterator!.next();
        if (step.done || this.finished) break;
        const result = this.resultJson(step.value);
        const json = typeof result === 'string' ? result : await result;
        if (this.finished) break;
        this.send(json);
      }
      this.finish();
    } catch (err) {
      this.fail(err);
    }
  }

  private resultJson(event: unknown): string | Promise<string> {
    const { shareKey, shared } = this.o;
    if (!shareKey || typeof event !== 'object' || event === null) return this.execute(event);
    let perEvent = shared.get(event);
    if (!perEvent) shared.set(event, (perEvent = new Map()));
    const cached = perEvent.get(shareKey);
    if (cached !== undefined) return cached;
    const result = this.execute(event);
    if (typeof result === 'string') {
      perEvent.set(shareKey, result);
      return result;
    }
    const pending = result.then((json) => {
      perEvent.set(shareKey, json);
      return json;
    });
    perEvent.set(shareKey, pending);
    return pending;
  }

  /** Synchronous when every resolver of the selection is (then a fan-out never waits). */
  private execute(event: unknown): string | Promise<string> {
    const result = execute({ ...this.o.args, rootValue: event });
    return isPromise(result) ? result.then((r) => this.serialise(r)) : this.serialise(result);
  }

  private serialise(result: ExecutionResult): string {
    if (!result.errors?.length) return JSON.stringify({ data: result.data });
    const context = this.o.args.contextValue as Context;
    const opts = { ...this.o.formatting, requestId: context.requestId, lang: requestLanguage(context) };
    const errors = result.errors.map((e) => formatError(e.toJSON(), e, opts));
    return JSON.stringify({ data: result.data, errors });
  }

  private send(json: string): void {
    if (this.finished) return;
    const { socket, idJson } = this.o.target;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      // Too slow to keep up: cut it off; the client reconnects and resumes from its last sequence.
      socket.terminate();
      return;
    }
    socket.send(`{"id":${idJson},"type":"next","payload":${json}}`);
  }
}

const isPromise = <T>(v: T | Promise<T>): v is Promise<T> => typeof (v as Promise<T>)?.then === 'function';

/** The `exp` claim of a bearer token (already verified by createContext). */
function tokenExpiry(authorization: string): number | null {
  const token = authorization.replace(/^Bearer\s+/i, '');
  const [, payload] = token.split('.');
  if (!payload) return null;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: number };
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}
