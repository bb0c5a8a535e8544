/**
 * GraphQL over WebSocket (graphql-ws) on the same port and path as HTTP.
 *
 * Authentication happens once in `onConnect` from `connectionParams.authorization`
 * ("Bearer <access token>"); a refused token closes with 4403 Forbidden, as graphql-ws does for
 * `onConnect` returning false. An accepted token's expiry closes the socket with 4403 too, so a
 * client reconnects with a fresh token (and resumes from its last sequence where supported).
 */
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import {
  execute,
  parse,
  subscribe,
  validate,
  specifiedRules,
  type GraphQLError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { formatError } from '../graphql/format-error.js';
import { createContext, type Context } from '../shared/context.js';
import type { AppServices } from '../shared/app.js';

interface SocketExtra extends Record<PropertyKey, unknown> {
  context?: Context;
  expiryTimer?: NodeJS.Timeout;
}

export function attachWebSocket(
  server: Server,
  schema: GraphQLSchema,
  app: AppServices,
  rules: ValidationRule[],
): { close(): Promise<void> } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/graphql') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      execute,
      subscribe,
      async onConnect(ctx) {
        const extra = ctx.extra as unknown as SocketExtra & {
          request: import('node:http').IncomingMessage;
          socket: import('ws').WebSocket;
        };
        const auth = ctx.connectionParams?.authorization;
        const context = await createContext({
          app,
          authorization: typeof auth === 'string' ? auth : null,
          ip: extra.request.socket.remoteAddress ?? 'unknown',
          origin: extra.request.headers.origin ?? null,
        });
        if (typeof auth === 'string' && !context.viewer) return false; // 4403 Forbidden
        extra.context = context;
        if (context.viewer) {
          const exp = await tokenExpiry(auth as string);
          if (exp) {
            const ms = Math.max(0, exp * 1000 - Date.now());
            extra.expiryTimer = setTimeout(
              () => extra.socket.close(CloseCode.Forbidden, 'Token expired'),
              Math.min(ms, 2 ** 31 - 1),
            );
          }
        }
        return true;
      },
      onClose(ctx) {
        const extra = ctx.extra as unknown as SocketExtra;
        if (extra.expiryTimer) clearTimeout(extra.expiryTimer);
      },
      onNext(_ctx, _id, _payload, _args, result) {
        // Same error masking as HTTP: domain codes pass, unexpected errors become INTERNAL_SERVER_ERROR.
        if (!('errors' in result) || !result.errors?.length) return result;
        return {
          ...result,
          errors: result.errors.map((e) => formatError((e as GraphQLError).toJSON(), e, app.log)),
        } as never;
      },
      onSubscribe(ctx, _id, payload) {
        // Parse and validate here so the same depth/cost/alias limits apply as over HTTP.
        let document;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [err as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, ...rules]);
        if (errors.length) return errors;
        const base = (ctx.extra as unknown as SocketExtra).context!;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          // A fresh EntityManager per operation; the viewer stays the one authenticated at connect.
          contextValue: { ...base, em: app.orm.em.fork(), requestId: randomUUID() },
        };
      },
    },
    wss,
  );

  return {
    async close() {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

async function tokenExpiry(authorization: string): Promise<number | null> {
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
