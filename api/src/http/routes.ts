/**
 * Plain HTTP routes beside /graphql (uploads, downloads, health, static files). Each module adds its
 * routes here; handlers get the request context (viewer, em, app) like resolvers do.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../shared/context.js';

export interface RouteRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  /** Builds the request context lazily (verifies the bearer token). */
  context(): Promise<Context>;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /**
   * Path with `:name` parameters, e.g. `/files/:id`; a trailing `/*` also matches the path itself and
   * everything below it (an app's client-side routes).
   */
  path: string;
  handler(r: RouteRequest): Promise<void>;
  /**
   * Public, credential-less files that every website may load (the widget bundle): the organisations'
   * allowed origins are not checked. A module script is fetched in CORS mode and carries the embedding
   * page's Origin, so without this the README's snippet would be refused on the sites it is meant for.
   * @default false
   */
  anyOrigin?: boolean;
}

export function compile(route: Route): { route: Route; regex: RegExp; names: string[] } {
  const names: string[] = [];
  const rest = route.path.endsWith('/*');
  const pattern = (rest ? route.path.slice(0, -2) : route.path).replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, regex: new RegExp(`^${pattern}${rest ? '(?:/.*)?' : ''}$`), names };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}
