/**
 * Static files built by Vite into widgets/dist: the widget scripts (`/widgets/lotse-booking.js`,
 * `lotse-mail-form.js`, `lotse-chat.js`, the combined `lotse.js` and the chunks they share, all loadable
 * from any origin as module scripts), the demo host page (`/`), the staff dashboard (`/dashboard`, its
 * client-side routes below it) and the offline GraphQL IDE (`/ide`, also on GET /graphql from a browser).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';
import type { AppServices } from '../shared/app.js';
import type { Route } from './routes.js';
import { PAGE_CSP } from './security-headers.js';

export const DIST_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../widgets/dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * A Vite output name with its content hash (`home-view-DylSxCZe.js`, `index-7lMSmpS9.js.map`): its
 * content never changes under that name, a new build names its files anew.
 */
const HASHED = /-[\w-]{8}\.[a-z0-9]+(?:\.map)?$/;

/** A year: hashed files are the same for as long as anyone holds them. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The widget scripts that embed snippets name; their names never change, so browsers revalidate them. */
const WIDGET_ENTRIES = new Set(['lotse.js', 'lotse-booking.js', 'lotse-mail-form.js', 'lotse-chat.js']);

/** Chunks named by a hash of their content (widgets/vite.config.ts): a new build gives new names. */
const HASHED_CHUNK = /^lotse-chunk-[A-Za-z0-9_-]+\.js$/;

async function serveFile(
  res: ServerResponse,
  relative: string,
  opts: { crossOrigin?: boolean; page?: boolean; immutable?: boolean } = {},
): Promise<void> {
  const file = path.resolve(DIST_DIR, relative);
  // Never leave the dist directory, whatever the URL says.
  if (!file.startsWith(DIST_DIR + path.sep)) return notBuilt(res, 404);
  let body: Buffer;
  try {
    if (!(await stat(file)).isFile()) return notBuilt(res, 404);
    body = await readFile(file);
  } catch {
    return notBuilt(res, relative.endsWith('index.html') || WIDGET_ENTRIES.has(relative) ? 503 : 404);
  }
  const headers: Record<string, string> = {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(body.length),
    // Pages are asked again each time (they name the current build's chunks); hashed chunks never.
    'Cache-Control': opts.page ? 'no-cache' : opts.immutable ? IMMUTABLE : 'public, max-age=300',
  };
  if (opts.crossOrigin) {
    headers['Access-Control-Allow-Origin'] = '*';
    headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
  }
  if (opts.page) headers['Content-Security-Policy'] = PAGE_CSP;
  res.writeHead(200, headers);
  res.end(body);
}

function notBuilt(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(status === 503 ? 'Widgets are not built yet: run `npm run build`.' : 'Not found');
}

export function staticRoutes(_app: AppServices): Route[] {
  return [
    { method: 'GET', path: '/', handler: async ({ res }) => serveFile(res, 'index.html', { page: true }) },
    {
      method: 'GET',
      path: '/widgets/:file',
      anyOrigin: true,
      handler: async ({ res, params }) =>
        serveFile(res, params.file!, { crossOrigin: true, immutable: HASHED_CHUNK.test(params.file!) }),
    },
    {
      method: 'GET',
      path: '/dashboard/assets/:file',
      // The entry and every screen's chunk (loaded when its route is entered), all content-hashed.
      handler: async ({ res, params }) =>
        serveFile(res, `dashboard/assets/${params.file}`, { immutable: HASHED.test(params.file!) }),
    },
    // Every other path under /dashboard is one of the app's routes (deep links from mails included).
    {
      method: 'GET',
      path: '/dashboard/*',
      handler: async ({ res }) => serveFile(res, 'dashboard/index.html', { page: true }),
    },
    { method: 'GET', path: '/ide', handler: async ({ res }) => serveFile(res, 'ide/index.html', { page: true }) },
    { method: 'GET', path: '/graphql', handler: async ({ res }) => serveFile(res, 'ide/index.html', { page: true }) },
    {
      method: 'GET',
      path: '/ide/assets/:file',
      handler: async ({ res, params }) => serveFile(res, `ide/assets/${params.file}`),
    },
    {
      method: 'GET',
      path: '/assets/:file',
      handler: async ({ res, params }) => serveFile(res, `assets/${params.file}`),
    },
  ];
}
