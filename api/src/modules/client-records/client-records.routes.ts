/**
 * Plain HTTP routes of client documents (staff only):
 * - `POST /api/clients/:id/documents` — upload: raw bytes as the body, the file name in `X-Filename`
 *   (URI-encoded for non-ASCII names), `Authorization: Bearer`. 201 with the document.
 * - `GET /api/client-documents/:id` — download with `Authorization: Bearer` or a signed `?token=`
 *   (from the `clientDocumentLink` query, for `<a href>`).
 */
import type { AppServices } from '../../shared/app.js';
import { requireViewer } from '../../shared/context.js';
import { readBody } from '../../http/body.js';
import { sendJson, type Route } from '../../http/routes.js';
import { routeId, sendAttachment, uploadFilename } from '../files/transfer.js';
import { ClientDocumentsService } from './client-documents.service.js';
import { auditUnavailable, flushAccessTrail } from '../access-log/access-log.trail.js';

export function clientRecordRoutes(app: AppServices): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/clients/:id/documents',
      async handler({ req, res, params, context }) {
        const ctx = await context();
        const viewer = requireViewer(ctx, ['STAFF']);
        const clientId = routeId(params.id, 'Client');
        const filename = uploadFilename(req);
        // One byte over the limit is enough to refuse; the storage reports the limit in its error.
        const bytes = await readBody(req, app.config.maxUploadBytes + 1);
        const document = await new ClientDocumentsService(ctx.em, app).upload(viewer, { clientId, bytes, filename });
        // The upload's audit entry before the answer: if it cannot be written, 503 (the file is stored).
        await flushAccessTrail(ctx).catch(() => {
          throw auditUnavailable(true);
        });
        sendJson(res, 201, { document });
      },
    },
    {
      method: 'GET',
      path: '/api/client-documents/:id',
      async handler({ res, url, params, context }) {
        const ctx = await context();
        const documentId = routeId(params.id, 'Document');
        const service = new ClientDocumentsService(ctx.em, app);
        const token = url.searchParams.get('token');
        const viewer = token ? await service.viewerFromLink(token, documentId) : requireViewer(ctx, ['STAFF']);
        const { document, bytes } = await service.read(viewer, documentId);
        // The download's audit entry is written before the bytes go out; if it cannot be, 503 and no bytes.
        await flushAccessTrail(ctx);
        sendAttachment(res, bytes, document.contentType, document.filename);
      },
    },
  ];
}
