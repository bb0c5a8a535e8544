/**
 * Static files built by Vite into widgets/dist: the widget scripts (`/widgets/lotse-booking.js`,
 * `lotse-mail-form.js`, `lotse-chat.js`, the combined `lotse.js` and the chunks they share, all loadable
 * from any origin as module scripts), the demo host page (`/`), the staff dashboard (`/dashboard`, its
 * client-side routes below it) and the offline GraphQL IDE (`/ide`, also on GET /graphql from a browser).
 *
 * Text files (scripts, style sheets, pages, source maps, SVG) go out brotli- or gzip-compressed when the
 * request's `Accept-Encoding` allows, with `Vary: Accept-Encoding`. Each file is compressed once, at the
 * strongest settings, on its first request and kept in memory for as long as the file is unchanged (its
 * modification time and size): a rebuild under a running server is served fresh, as before, and no
 * precompressed file can go stale on disk. Caching headers are the same for every encoding.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** Types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.map', '.svg']);
/** Below this, compression saves less than it costs. */
const MIN_COMPRESS_BYTES = 1024;
/** Files compressed at most at once in memory (a build has a few hundred; old builds' chunks fall out). */
const MAX_CACHED_FILES = 1000;
/** Brotli's strongest quality takes seconds on the IDE's megabytes: those get a quicker one. */
const BROTLI_MAX_QUALITY_BYTES = 1024 * 1024;

export type ContentEncoding = 'br' | 'gzip';

const compressors: Record<ContentEncoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_QUALITY]: body.length <= BROTLI_MAX_QUALITY_BYTES ? zlib.BROTLI_MAX_QUALITY : 6,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => promisify(gzip)(body, { level: zlib.Z_BEST_COMPRESSION }),
};

/** Compressed variants of one version of a file (by modification time and size). */
interface Variants {
  version: string;
  encoded: Partial<Record<ContentEncoding, Promise<Buffer | null>>>;
}
const variants = new Map<string, Variants>();

/** `file`'s content in `encoding`, compressed once per version; null when that would not be smaller. */
function compressed(file: string, version: string, body: Buffer, encoding: ContentEncoding): Promise<Buffer | null> {
  let entry = variants.get(file);
  if (entry?.version !== version) {
    variants.delete(file);
    if (variants.size >= MAX_CACHED_FILES) variants.delete(variants.keys().next().value!);
    entry = { version, encoded: {} };
    variants.set(file, entry);
  }
  return (entry.encoded[encoding] ??= compressors[encoding](body).then(
    (out) => (out.length < body.length ? out : null),
    () => null, // served uncompressed then, as before
  ));
}

/**
 * The encoding to send for an `Accept-Encoding` header: brotli or gzip when acceptable (q > 0; brotli
 * when both are equally welcome), else null (identity). `*` stands for any coding not named.
 */
export function preferredEncoding(header: string | string[] | undefined): ContentEncoding | null {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return null;
  const weights = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gz = Math.max(weight('gzip'), weights.get('x-gzip') ?? 0);
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : null;
}

/** Adds a field to `Vary`, keeping what CORS may have put there (`Origin`). */
function vary(res: ServerResponse, field: string): void {
  const current = res.getHeader('Vary');
  const fields = current
    ? String(current)
        .split(',')
        .map((f) => f.trim())
    : [];
  if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) fields.push(field);
  res.setHeader('Vary', fields.join(', '));
}

async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  relative: string,
  opts: { crossOrigin?: boolean; page?: boolean; immutable?: boolean } = {},
): Promise<void> {
  const file = path.resolve(DIST_DIR, relative);
  // Never leave the dist directory, whatever the URL says.
  if (!file.startsWith(DIST_DIR + path.sep)) return notBuilt(res, 404);
  let body: Buffer;
  let version: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) return notBuilt(res, 404);
    body = await readFile(file);
    version = `${info.mtimeMs}:${info.size}`;
  } catch {
    return notBuilt(res, relative.endsWith('index.html') || WIDGET_ENTRIES.has(relative) ? 503 : 404);
  }
  const headers: Record<string, string> = {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    // Pages are asked again each time (they name the current build's chunks); hashed chunks never.
    'Cache-Control': opts.page ? 'no-cache' : opts.immutable ? IMMUTABLE : 'public, max-age=300',
  };
  if (COMPRESSIBLE.has(path.extname(file)) && body.length >= MIN_COMPRESS_BYTES) {
    // Caches must keep the encodings apart, also the identity answer a client without it got.
    vary(res, 'Accept-Encoding');
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    const encoded = encoding && (await compressed(file, version, body, encoding));
    if (encoding && encoded) {
      headers['Content-Encoding'] = encoding;
      body = encoded;
    }
  }
  headers['Content-Length'] = String(body.length);
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
    { method: 'GET', path: '/', handler: async ({ req, res }) => serveFile(req, res, 'index.html', { page: true }) },
    {
      method: 'GET',
      path: '/widgets/:file',
      anyOrigin: true,
      handler: async ({ req, res, params }) =>
        serveFile(req, res, params.file!, { crossOrigin: true, immutable: HASHED_CHUNK.test(params.file!) }),
    },
    {
      method: 'GET',
      path: '/dashboard/assets/:file',
      // The entry and every screen's chunk (loaded when its route is entered), all content-hashed.
      handler: async ({ req, res, params }) =>
        serveFile(req, res, `dashboard/assets/${params.file}`, { immutable: HASHED.test(params.file!) }),
    },
    // Every other path under /dashboard is one of the app's routes (deep links from mails included).
    {
      method: 'GET',
      path: '/dashboard/*',
      handler: async ({ req, res }) => serveFile(req, res, 'dashboard/index.html', { page: true }),
    },
    {
      method: 'GET',
      path: '/ide',
      handler: async ({ req, res }) => serveFile(req, res, 'ide/index.html', { page: true }),
    },
    {
      method: 'GET',
      path: '/graphql',
      handler: async ({ req, res }) => serveFile(req, res, 'ide/index.html', { page: true }),
    },
    {
      method: 'GET',
      path: '/ide/assets/:file',
      handler: async ({ req, res, params }) => serveFile(req, res, `ide/assets/${params.file}`),
    },
    {
      method: 'GET',
      path: '/assets/:file',
      handler: async ({ req, res, params }) => serveFile(req, res, `assets/${params.file}`),
    },
  ];
}
