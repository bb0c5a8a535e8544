/**
 * Plain HTTP routes of the chat:
 * - `POST /api/chat/streams/:id/documents` — upload: raw bytes as the body, the file name in
 *   `X-Filename` (URI-encoded for non-ASCII names), `Authorization: Bearer`. 201 `{ document, message }`.
 * - `GET /api/chat/documents/:id` — download with `Authorization: Bearer` or a signed `?token=`
 *   (from the `chatDocumentLink` query, for `<a href>`).
 * - `GET /api/chat/streams/:id/export.csv` — the stream as CSV (staff).
 */
import type { ServerResponse } from 'node:http';
import type { AppServices } from '../../shared/app.js';
import { requireViewer } from '../../shared/context.js';
import { badInput, notFound } from '../../shared/errors.js';
import { readBody } from '../../http/body.js';
import { sendJson, type Route } from '../../http/routes.js';
import { rules } from '../../shared/validate.js';
import { nameForType } from '../../shared/storage.js';
import { DocumentsService } from './documents.service.js';
import { ExportService } from './export.service.js';

/** A malformed id cannot name anything: NOT_FOUND, like an unknown one. */
function id(value: string | undefined, what: string): string {
  if (!value || !rules.id.safeParse(value).success) throw notFound(what);
  return value;
}

/** `filename*` (RFC 5987) for any name, plus an ASCII fallback. */
function disposition(kind: 'attachment' | 'inline', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function sendBytes(res: ServerResponse, bytes: Buffer, contentType: string, filename: string): void {
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': bytes.length,
    // Named for the detected type, also for documents stored before names were fixed on upload.
    'Content-Disposition': disposition('attachment', nameForType(filename, contentType)),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(bytes);
}

export function chatRoutes(app: AppServices): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/chat/streams/:id/documents',
      async handler({ req, res, params, context }) {
        const ctx = await context();
        const viewer = requireViewer(ctx);
        const streamId = id(params.id, 'Chat stream');
        const header = req.headers['x-filename'];
        const raw = Array.isArray(header) ? header[0] : header;
        if (!raw)
          throw badInput('Give the file name in the X-Filename header.', [{ path: 'filename', message: 'Missing' }]);
        let filename = raw;
        try {
          filename = decodeURIComponent(raw);
        } catch {
          // Not URI-encoded: use it as it is (it is sanitised on storing).
        }
        // One byte over the limit is enough to refuse; the storage reports the limit in its error.
        const bytes = await readBody(req, app.config.maxUploadBytes + 1);
        const result = await new DocumentsService(ctx.em, app).upload(viewer, { streamId, bytes, filename });
        sendJson(res, 201, result);
      },
    },
    {
      method: 'GET',
      path: '/api/chat/documents/:id',
      async handler({ res, url, params, context }) {
        const ctx = await context();
        const documentId = id(params.id, 'Document');
        const service = new DocumentsService(ctx.em, app);
        const token = url.searchParams.get('token');
        const viewer = token ? await service.viewerFromLink(token, documentId) : requireViewer(ctx);
        const { document, bytes } = await service.read(viewer, documentId);
        sendBytes(res, bytes, document.contentType, document.filename);
      },
    },
    {
      method: 'GET',
      path: '/api/chat/streams/:id/export.csv',
      async handler({ res, params, context }) {
        const ctx = await context();
        const viewer = requireViewer(ctx);
        const { filename, chunks } = await new ExportService(ctx.em, app).exportStream(
          viewer,
          id(params.id, 'Chat stream'),
        );
        res.writeHead(200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': disposition('attachment', filename),
          'Cache-Control': 'private, no-store',
        });
        for await (const chunk of chunks) {
          if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
        }
        res.end();
      },
    },
  ];
}
