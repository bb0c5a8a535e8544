/**
 * Plain HTTP routes of the chat:
 * - `POST /api/chat/streams/:id/documents` — upload: raw bytes as the body, the file name in
 *   `X-Filename` (URI-encoded for non-ASCII names), `Authorization: Bearer`. 201 `{ document, message }`.
 * - `GET /api/chat/documents/:id` — download with `Authorization: Bearer` or a signed `?token=`
 *   (from the `chatDocumentLink` query, for `<a href>`).
 * - `GET /api/chat/streams/:id/export.csv` — the stream as CSV (staff).
 */
import type { AppServices } from '../../shared/app.js';
import { requireViewer } from '../../shared/context.js';
import { readBody } from '../../http/body.js';
import { sendJson, type Route } from '../../http/routes.js';
import { disposition, routeId, sendAttachment, uploadFilename } from '../files/transfer.js';
import { DocumentsService } from './documents.service.js';
import { ExportService } from './export.service.js';

export function chatRoutes(app: AppServices): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/chat/streams/:id/documents',
      async handler({ req, res, params, context }) {
        const ctx = await context();
        const viewer = requireViewer(ctx);
        const streamId = routeId(params.id, 'Chat stream');
        const filename = uploadFilename(req);
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
        const documentId = routeId(params.id, 'Document');
        const service = new DocumentsService(ctx.em, app);
        const token = url.searchParams.get('token');
        const viewer = token ? await service.viewerFromLink(token, documentId) : requireViewer(ctx);
        const { document, bytes } = await service.read(viewer, documentId);
        sendAttachment(res, bytes, document.contentType, document.filename);
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
          routeId(params.id, 'Chat stream'),
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
