/**
 * Downloads of a client's data export (client-export.service.ts), a ZIP archive streamed as it is
 * written (no Content-Length):
 * - `GET /api/clients/me/export.zip?lang=` — the logged-in client's own, with `Authorization: Bearer`
 * - `GET /api/clients/:id/export.zip?lang=&staffRecords=` — a client's, with `Authorization: Bearer` (the
 *   client themself, an admin or staff with the data-protection permission) or a signed `?token=` (from
 *   `myDataExportLink` / `clientDataExportLink`, for `<a href>`)
 * `lang` is `de` or `en` (default: the organisation's language) and sets the language of `index.html`.
 * `staffRecords=true` (staff only) adds the staff's notes and documents; a token must have been signed
 * for that.
 *
 * A download holds a database connection (its snapshot) while it lasts, and its reader sets the pace.
 * So each account's exports run one after another and a process writes at most EXPORTS_PER_PROCESS
 * at once; others wait for their turn (holding only their socket) rather than fail, because a browser
 * that follows a link to an error would leave the page for it. A reader that takes nothing for
 * STALL_MS loses the download and the connection.
 */
import { z } from 'zod';
import type { AppServices } from '../../shared/app.js';
import { requireViewer, type Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import type { Route, RouteRequest } from '../../http/routes.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { disposition, routeId } from '../files/transfer.js';
import { AccessAction, AccessRecordKind, flushAccessTrail, recordAccess } from '../access-log/access-log.trail.js';
import { ClientExportService } from './client-export.service.js';

const QuerySchema = z.object({
  lang: z.enum(['de', 'en']).optional(),
  staffRecords: z.enum(['true', 'false']).optional(),
});

/** Exports one process writes at once (each holds a pooled connection). */
export const EXPORTS_PER_PROCESS = 4;
/** A download whose reader takes nothing for this long is ended (ms). */
export const STALL_MS = 120_000;

/**
 * Turns for exports: one at a time per account, EXPORTS_PER_PROCESS at a time in all, first come
 * first served. Per app (tests run several servers in one process).
 */
class ExportTurns {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  /** The last turn of each account that has one running or waiting. */
  private readonly accounts = new Map<string, Promise<void>>();

  async run(accountId: string, work: () => Promise<void>): Promise<void> {
    const before = this.accounts.get(accountId) ?? Promise.resolve();
    let done!: () => void;
    const mine = before.then(() => new Promise<void>((resolve) => (done = resolve)));
    this.accounts.set(accountId, mine);
    try {
      await before;
      if (this.active >= EXPORTS_PER_PROCESS) await new Promise<void>((resolve) => this.queue.push(resolve));
      this.active += 1;
      try {
        await work();
      } finally {
        this.active -= 1;
        this.queue.shift()?.();
      }
    } finally {
      // `done` is set once `before` settled, which it has by now.
      done();
      if (this.accounts.get(accountId) === mine) this.accounts.delete(accountId);
    }
  }
}

const turns = new WeakMap<AppServices, ExportTurns>();

async function send(
  app: AppServices,
  r: RouteRequest,
  ctx: Context,
  service: ClientExportService,
  viewer: Viewer,
  clientId: string,
): Promise<void> {
  const staffRecords = staffRecordsAsked(r);
  const { lang } = validate(QuerySchema, { lang: r.url.searchParams.get('lang') ?? undefined });
  // Every check happens here, before the first byte: afterwards an error can only cut the download.
  const file = await service.open(viewer, clientId, { language: lang, staffRecords });
  // Staff producing a client's archive is in the access log (a client's own download is not), written
  // before the first byte goes out.
  recordAccess(ctx.em, viewer, AccessAction.DOWNLOAD, AccessRecordKind.DATA_EXPORT, { clientId });
  await flushAccessTrail(ctx);
  let queue = turns.get(app);
  if (!queue) turns.set(app, (queue = new ExportTurns()));
  await queue.run(viewer.accountId, async () => {
    // Gone while waiting for the turn: nobody to write to.
    if (r.res.destroyed || r.req.socket.destroyed) return;
    await stream(r, file);
  });
}

/** `?staffRecords=true|false` (BAD_USER_INPUT for anything else). */
function staffRecordsAsked(r: RouteRequest): boolean {
  const { staffRecords } = validate(QuerySchema, { staffRecords: r.url.searchParams.get('staffRecords') ?? undefined });
  return staffRecords === 'true';
}

async function stream(r: RouteRequest, file: Awaited<ReturnType<ClientExportService['open']>>): Promise<void> {
  // Socket inactivity: a reader that stopped reading (the writes wait) or vanished without a word.
  r.res.setTimeout(STALL_MS, () => r.res.destroy());
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
        await send(app, r, ctx, new ClientExportService(ctx.em, app), viewer, viewer.accountId);
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
        const viewer = token ? await service.viewerFromLink(token, clientId, staffRecordsAsked(r)) : requireViewer(ctx);
        await send(app, r, ctx, service, viewer, clientId);
      },
    },
  ];
}
