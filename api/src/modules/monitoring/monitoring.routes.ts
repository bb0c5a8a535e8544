/**
 * Downloads of case documentation, authenticated like the other file routes
 * (`Authorization: Bearer`), staff only:
 * - `GET /api/monitoring/monitorings.csv?from=&to=&counsellorId=&lang=` — the monitorings, newest first
 * - `GET /api/monitoring/statistics.csv?from=&to=&counsellorId=&lang=` — the statistics tables
 * - `GET /api/monitoring/monitorings.xlsx`, `GET /api/monitoring/statistics.xlsx` — the same as workbooks
 * `from`/`to` are days (default: the statistics' default period), `lang` is `de` or `en` (default:
 * the organisation's language). Counsellors get their own; admins the organisation or one counsellor.
 */
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { requireViewer, type Context } from '../../shared/context.js';
import { rules, validate } from '../../shared/validate.js';
import type { Route, RouteRequest } from '../../http/routes.js';
import type { CsvSink } from './csv.js';
import { isoDate } from './monitoring.inputs.js';
import { MonitoringExportService, type CsvExport, type XlsxExport } from './export.service.js';
import { XLSX_TYPE } from './xlsx.js';

const QuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  counsellorId: rules.id.optional(),
  lang: z.enum(['de', 'en']).optional(),
});

function disposition(filename: string): string {
  return `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

const HEADERS = {
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** The response as a sink: waits for 'drain' when the socket's buffer is full. */
export function responseSink(res: ServerResponse): CsvSink {
  let closed = false;
  res.once('close', () => (closed = true));
  return {
    get closed() {
      return closed;
    },
    async write(chunk) {
      if (closed) return;
      if (!res.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
    },
  };
}

/** The service, recording monitorings files in the access log unless ACCESS_LOG=off. */
function exportService(app: AppServices, ctx: Context): MonitoringExportService {
  return new MonitoringExportService(
    ctx.em,
    app.config.accessLog ? { log: ctx.log, requestId: ctx.requestId } : undefined,
  );
}

function csvRoute(
  app: AppServices,
  path: string,
  make: (service: MonitoringExportService, viewer: Viewer, r: RouteRequest) => Promise<CsvExport>,
): Route {
  return {
    method: 'GET',
    path,
    async handler(r) {
      const ctx = await r.context();
      const viewer = requireViewer(ctx, ['STAFF']);
      const file = await make(exportService(app, ctx), viewer, r);
      try {
        // The cursor and the access-log entries before the first byte: a failure is still an error answer.
        await file.open?.();
        r.res.writeHead(200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': disposition(file.filename),
          ...HEADERS,
        });
        await file.write(responseSink(r.res));
        r.res.end();
      } finally {
        await file.close?.();
      }
    },
  };
}

function xlsxRoute(
  app: AppServices,
  path: string,
  make: (service: MonitoringExportService, viewer: Viewer, r: RouteRequest) => Promise<XlsxExport>,
): Route {
  return {
    method: 'GET',
    path,
    async handler(r) {
      const ctx = await r.context();
      const viewer = requireViewer(ctx, ['STAFF']);
      const file = await make(exportService(app, ctx), viewer, r);
      try {
        await file.open?.();
        r.res.writeHead(200, {
          'Content-Type': XLSX_TYPE,
          'Content-Disposition': disposition(file.filename),
          ...HEADERS,
        });
        // pipeline: back-pressure from the socket, and a reader that goes away stops the cursor.
        await pipeline(file.stream(), r.res);
      } finally {
        // A stream destroyed before it read its first batch never ran the cursor's own cleanup.
        await file.close?.();
      }
    },
  };
}

function query(r: RouteRequest) {
  const q = validate(QuerySchema, Object.fromEntries(r.url.searchParams));
  return { from: q.from, to: q.to, counsellorId: q.counsellorId, language: q.lang };
}

/**
 * The monitorings files are recorded in the access log (EXPORT MONITORINGS, one entry per client in
 * the file) before their first byte; the statistics are aggregates, no client's records.
 */
export function monitoringRoutes(app: AppServices): Route[] {
  return [
    csvRoute(app, '/api/monitoring/monitorings.csv', (s, viewer, r) => s.monitorings(viewer, query(r))),
    csvRoute(app, '/api/monitoring/statistics.csv', (s, viewer, r) => s.statistics(viewer, query(r))),
    xlsxRoute(app, '/api/monitoring/monitorings.xlsx', (s, viewer, r) => s.monitoringsXlsx(viewer, query(r))),
    xlsxRoute(app, '/api/monitoring/statistics.xlsx', (s, viewer, r) => s.statisticsXlsx(viewer, query(r))),
  ];
}
