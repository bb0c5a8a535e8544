/**
 * The HTTP server: GraphQL (HTTP and WebSocket on /graphql), health checks, the offline IDE, the
 * widget bundle and demo page, and module routes (uploads, downloads).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { AppServices } from '../shared/app.js';
import { createContext, requestLanguage, type Context } from '../shared/context.js';
import { DomainError, ErrorCode } from '../shared/errors.js';
import { localised, tagRequestId } from '../graphql/format-error.js';
import { flushAccessTrail } from '../modules/access-log/access-log.trail.js';
import { corsPolicyFor } from './cors.js';
import { clientIp } from './client-ip.js';
import { setSecurityHeaders } from './security-headers.js';
import { handleGraphQL } from './graphql-http.js';
import { compile, sendJson, type Route } from './routes.js';
import { staticRoutes } from './static.js';
import { METRICS_PATH } from './metrics.js';
import { UNMATCHED_ROUTE } from '../shared/metrics.js';

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** Probes and static assets are not worth a log line each. */
const QUIET_PATHS = new Set([
  '/healthz',
  '/readyz',
  '/widgets/lotse.js',
  '/widgets/lotse-booking.js',
  '/widgets/lotse-mail-form.js',
  '/widgets/lotse-chat.js',
  '/favicon.ico',
  METRICS_PATH,
]);

export function createHttpServer(opts: {
  app: AppServices;
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  routes: Route[];
  /** Answers `/metrics` on this port (metrics on, with a token and no port of their own: http/metrics.ts). */
  metricsEndpoint?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}): Server {
  const { app, apollo, metricsEndpoint } = opts;
  const { metrics } = app;
  const cors = corsPolicyFor(app);
  const https = app.config.publicUrl?.startsWith('https:') ?? false;
  const compiled = [...opts.routes, ...staticRoutes(app)].map(compile);

  const matchRoute = (pathname: string, method: string | undefined) => {
    for (const { route, regex, names } of compiled) {
      if (route.method !== method) continue;
      const match = regex.exec(pathname);
      if (!match) continue;
      try {
        return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)])) };
      } catch {
        return undefined; // malformed percent-encoding (`%E0`): no such path, a 404 rather than a 500
      }
    }
    return undefined;
  };

  const health = async (res: ServerResponse, ready: boolean) => {
    if (!ready) return sendJson(res, 200, { status: 'ok' });
    try {
      await app.orm.em.getConnection().execute('select 1');
      sendJson(res, 200, { status: 'ready' });
    } catch {
      sendJson(res, 503, { status: 'unavailable' });
    }
  };

  const accessLog = app.log.isLevelEnabled('info');
  /** Times a request other than a GraphQL operation by its route pattern, until the response is written. */
  const timeRoute = (req: IncomingMessage, res: ServerResponse, route: string) => {
    if (!metrics) return;
    const started = performance.now();
    res.once('finish', () =>
      metrics.observeRoute(req.method, route, res.statusCode, (performance.now() - started) / 1000),
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    setSecurityHeaders(res, { https });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const ip = clientIp(req, app.config.trustProxyHops);
    if (accessLog && !QUIET_PATHS.has(url.pathname)) {
      // Method, path (never the query string: it may carry tokens), status and duration; no IPs.
      const started = process.hrtime.bigint();
      res.once('finish', () =>
        app.log.info(
          {
            requestId,
            method: req.method,
            path: url.pathname,
            status: res.statusCode,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          },
          'request',
        ),
      );
    }
    let admittedFor: Context['admittedFor'] = null;
    // Made once per request (Apollo and routes ask for it once); kept to write its audit entries.
    let made: Promise<Context> | undefined;
    const context = () =>
      (made ??= createContext({
        app,
        authorization: req.headers.authorization,
        ip,
        origin: req.headers.origin ?? null,
        admittedFor,
        requestId,
        acceptLanguage: req.headers['accept-language'],
      }).catch((err: unknown) => {
        // Apollo formats a failed context itself, outside the request's plugins.
        throw tagRequestId(err, requestId);
      }));
    try {
      if (url.pathname === '/healthz' || url.pathname === '/readyz') {
        timeRoute(req, res, url.pathname);
        return await health(res, url.pathname === '/readyz');
      }
      if (metricsEndpoint && url.pathname === METRICS_PATH) {
        timeRoute(req, res, METRICS_PATH);
        return await metricsEndpoint(req, res);
      }

      const matched = matchRoute(url.pathname, req.method);
      const graphql =
        url.pathname === '/graphql' && (req.method === 'POST' || (req.method === 'GET' && !wantsHtml(req)));
      if (!graphql)
        timeRoute(req, res, matched?.route.path ?? (url.pathname === '/graphql' ? '/graphql' : UNMATCHED_ROUTE));
      if (matched?.route.anyOrigin)
        return await matched.route.handler({ req, res, url, params: matched.params, context });

      // Only API requests are origin-checked. Requests without an Origin (same-origin GETs, servers,
      // tests) skip the policy entirely.
      const cors_ = req.headers.origin ? await cors.apply(req, res, url) : 'same-origin';
      if (cors_ === 'denied') {
        if (graphql) timeRoute(req, res, '/graphql'); // refused before it reached GraphQL
        return sendJson(res, 403, {
          errors: [{ message: 'Origin not allowed for this organisation', extensions: { code: ErrorCode.FORBIDDEN } }],
        });
      }
      if (typeof cors_ === 'object') admittedFor = cors_;
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        return res.end();
      }
      if (graphql) return await handleGraphQL(apollo, req, res, url, context, metrics);
      if (matched) return await matched.route.handler({ req, res, url, params: matched.params, context });
      sendJson(res, 404, { errors: [{ message: 'Not found', extensions: { code: ErrorCode.NOT_FOUND } }] });
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof DomainError) {
        const status = typeof err.details.status === 'number' ? err.details.status : (STATUS_BY_CODE[err.code] ?? 400);
        if (err.code === ErrorCode.RATE_LIMITED)
          res.setHeader('Retry-After', String(err.details.retryAfterSeconds ?? 60));
        // Field messages (uploads…) in the caller's UI language, as for GraphQL (format-error.ts).
        const ctx = (made && (await made.catch(() => null))) || {
          acceptLanguage: req.headers['accept-language'],
          viewer: null,
          admittedFor,
          app,
        };
        const { message, details } = err.code === ErrorCode.BAD_USER_INPUT ? localised(err, requestLanguage(ctx)) : err;
        return sendJson(res, status, { errors: [{ message, extensions: { code: err.code, ...details } }] });
      }
      app.log.error({ err, requestId, path: url.pathname }, 'unexpected HTTP error');
      sendJson(res, 500, {
        errors: [
          { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } },
        ],
      });
    } finally {
      // What a route (a download, an export) recorded for the access audit log; GraphQL wrote its own.
      if (made) await writeAccessTrail(made);
    }
  };

  const server = createServer({ keepAliveTimeout: 65_000, requestTimeout: 60_000 }, (req, res) => {
    void handle(req, res);
  });
  return server;
}

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/**
 * Writes a request's remaining audit entries. Routes that release records write theirs before the
 * first byte (a failure is then their 503); what is left here comes after the response, so a failure
 * can only be logged (by flushAccessTrail, without the statement's values).
 */
async function writeAccessTrail(made: Promise<Context>): Promise<void> {
  // A context that failed to build (refused token) recorded nothing.
  const ctx = await made.catch(() => null);
  if (!ctx) return;
  await flushAccessTrail(ctx).catch(() => undefined);
}
