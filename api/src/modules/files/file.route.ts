/**
 * `GET /files/:id`: downloads a stored file. Public files (avatars) need no login and may be shown
 * on other sites (widgets); any other file only with a bearer token of someone its owner's rules
 * admit (`file-access.ts`). Anything else, including a malformed id, answers 404 so that ids reveal nothing.
 */
import type { ServerResponse } from 'node:http';
import type { AppServices } from '../../shared/app.js';
import { notFound } from '../../shared/errors.js';
import { IMAGE_TYPES, nameForType } from '../../shared/storage.js';
import { UUID_PATTERN } from '../../shared/validate.js';
import type { Route } from '../../http/routes.js';
import type { StoredFile } from './stored-file.entity.js';
import { mayReadFile } from './file-access.js';

export function fileRoutes(app: AppServices): Route[] {
  return [
    {
      method: 'GET',
      path: '/files/:id',
      async handler({ req, res, params, context }) {
        const id = params.id ?? '';
        if (!UUID_PATTERN.test(id)) throw notFound('File');
        const ctx = await context();
        const { file, bytes } = await app.storage.read(ctx.em, id, ctx.viewer?.organisationId ?? null);
        if (!(await mayReadFile(ctx.em, ctx.viewer, file))) throw notFound('File');
        const etag = `"${file.sha256}"`;
        setFileHeaders(res, file, etag);
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304);
          res.end();
          return;
        }
        res.writeHead(200, { 'Content-Length': String(bytes.length) });
        res.end(bytes);
      },
    },
  ];
}

/**
 * Content-Disposition value: inline for the image types uploads may have, attachment otherwise;
 * named for the detected type (rows stored before names were fixed on upload, too); ASCII fallback
 * plus RFC 5987 name.
 */
export function contentDisposition(storedName: string, contentType: string): string {
  const type = (IMAGE_TYPES as readonly string[]).includes(contentType) ? 'inline' : 'attachment';
  const filename = nameForType(storedName, contentType);
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_') || 'file';
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function setFileHeaders(res: ServerResponse, file: StoredFile, etag: string): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', contentDisposition(file.filename, file.contentType));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Stored files never change (a new avatar is a new file), so public ones may be cached for long.
  res.setHeader('Cache-Control', file.public ? 'public, max-age=86400, immutable' : 'private, no-store');
  // Widgets on the organisations' own sites show avatars; private files stay same-origin.
  res.setHeader('Cross-Origin-Resource-Policy', file.public ? 'cross-origin' : 'same-origin');
  // Even if a browser were told to render a file as a page, it could run nothing.
  res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  res.setHeader('ETag', etag);
  if (!file.public) res.setHeader('Vary', 'Authorization');
}
