/**
 * Downloads of a client's data export (client-export.service.ts), a ZIP archive streamed as it is
 * written (no Content-Length):
 * - `GET /api/clients/me/export.zip?lang=` — the logged-in client's own, with `Authorization: Bearer`
 * - `GET /api/clients/:id/export.zip?lang=` — a client's, with `Authorization: Bearer` (the client
 *   themself or an admin) or a signed `?token=` (from `myDataExportLink` / `clientDataExportLink`, for `<a href>`)
 * `lang` is `de` or `en` (default: the organisation's language) and sets the language of `index.html`.
 */
import { z } from 'zod';
import type { AppServices } from '../../shared/app.js';
import { requireViewer } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import type { Route, RouteRequest } from '../../http/routes.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { disposition, routeId } from '../files/transfer.js';
import { ClientExportService } from './client-export.service.js';

const QuerySchema = z.object({ lang: z.enum(['de', 'en']).optional() });

async function send(r: RouteRequest, service: ClientExportService, viewer: Viewer, clientId: string): Promise<void> {
  const { lang } = validate(QuerySchema, { lang: r.url.searchParams.get('lang') ?? undefined });
  // Every check happens here, before the first byte: afterwards an error can only cut the download.
  const file = await service.open(viewer, clientId, lang);
  r.res.writeHead(200, {
    'Content-Type': 'application/zip',
    'Content-Disposition': disposition('attachment', file.filename),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  // The writer pipes into the response: back-pressure from the socket, and a reader that goes away
  // ends the transaction.
  await file.write(r.res);
}

export function clientExportRoutes(app: AppServices): Route[] {
  return [
    {
      method: 'GET',
      path: '/api/clients/me/export.zip',
      async handler(r) {
        const ctx = await r.context();
        const viewer = requireViewer(ctx, ['CLIENT']);
        await send(r, new ClientExportService(ctx.em, app), viewer, viewer.accountId);
      },
    },
    {
      method: 'GET',
      path: '/api/clients/:id/export.zip',
      async handler(r) {
        const ctx = await r.context();
        const clientId = routeId(r.params.id, 'Client');
        const service = new ClientExportService(ctx.em, app);
        const token = r.url.searchParams.get('token');
        const viewer = token ? await service.viewerFromLink(token, clientId) : requireViewer(ctx);
        await send(r, service, viewer, clientId);
      },
    },
  ];
}
