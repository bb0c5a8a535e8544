/**
 * `GET /api/access-log.csv?clientId=&staffId=&action=&recordKind=&from=&to=&lang=` — the access audit
 * log as CSV (admins and staff with the data-protection permission), newest first, with the filter of
 * the `accessLog` query; `lang` is `de` or `en` (default: the organisation's language). Streamed from a
 * cursor a batch at a time (monitoring/export.service.ts), so memory stays flat whatever the size.
 */
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../shared/app.js';
import { requireViewer } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import type { Route } from '../../http/routes.js';
import { BOM, csvRecord } from '../monitoring/csv.js';
import { cursorBatches } from '../monitoring/export.service.js';
import { responseSink } from '../monitoring/monitoring.routes.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { AccessLogFilterSchema } from './access-log.inputs.js';
import { accessLogExportSql, assertMayReadAccessLog } from './access-log.service.js';
import { AccessAction, AccessRecordKind } from './access-log.trail.js';

type Lang = 'de' | 'en';

const HEADER: Record<Lang, string[]> = {
  de: ['Zeitpunkt', 'Mitarbeiter:in', 'Aktion', 'Bereich', 'Klientennummer', 'Ratsuchende:r', 'Datensatz'],
  en: ['Time', 'Staff member', 'Action', 'Records', 'Client number', 'Client', 'Record'],
};
const ACTIONS: Record<Lang, Record<AccessAction, string>> = {
  de: {
    READ: 'gelesen',
    CREATE: 'angelegt',
    UPDATE: 'geändert',
    DELETE: 'gelöscht',
    DOWNLOAD: 'heruntergeladen',
    EXPORT: 'exportiert',
  },
  en: {
    READ: 'read',
    CREATE: 'created',
    UPDATE: 'changed',
    DELETE: 'deleted',
    DOWNLOAD: 'downloaded',
    EXPORT: 'exported',
  },
};
const KINDS: Record<Lang, Record<AccessRecordKind, string>> = {
  de: {
    PROFILE: 'Profil',
    NOTES: 'Notizen',
    DOCUMENTS: 'Dokumente',
    MONITORINGS: 'Monitorings',
    MAIL_THREAD: 'Mailverlauf',
    CHAT_STREAM: 'Chat',
    DATA_EXPORT: 'Datenauskunft',
    MESSAGES: 'Nachrichten',
  },
  en: {
    PROFILE: 'Profile',
    NOTES: 'Notes',
    DOCUMENTS: 'Documents',
    MONITORINGS: 'Monitorings',
    MAIL_THREAD: 'Mail thread',
    CHAT_STREAM: 'Chat',
    DATA_EXPORT: 'Data export',
    MESSAGES: 'Messages',
  },
};

const QuerySchema = AccessLogFilterSchema.and(z.object({ lang: z.enum(['de', 'en']).optional() }));

export function accessLogRoutes(_app: AppServices): Route[] {
  return [
    {
      method: 'GET',
      path: '/api/access-log.csv',
      async handler(r) {
        const ctx = await r.context();
        const viewer = requireViewer(ctx, ['STAFF']);
        const q = validate(QuerySchema, Object.fromEntries(r.url.searchParams));
        await assertMayReadAccessLog(ctx.em, viewer);
        const org = await ctx.em.findOneOrFail(Organisation, viewer.organisationId);
        const lang: Lang = (q.lang ?? org.locale).startsWith('en') ? 'en' : 'de';
        const filename = `${lang === 'de' ? 'zugriffsprotokoll' : 'access-log'}-${q.from ?? 'start'}-${q.to ?? 'now'}.csv`;
        r.res.writeHead(200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${filename}"`,
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        });
        const sink = responseSink(r.res);
        await sink.write(BOM + csvRecord(HEADER[lang]));
        const batches = cursorBatches(ctx.em.getConnection() as PostgreSqlConnection, (quote) =>
          accessLogExportSql(quote, viewer.organisationId, q),
        );
        for await (const rows of batches) {
          let chunk = '';
          for (const row of rows) {
            row[2] = ACTIONS[lang][row[2] as AccessAction];
            row[3] = KINDS[lang][row[3] as AccessRecordKind];
            chunk += csvRecord(row);
          }
          await sink.write(chunk);
          if (sink.closed) break;
        }
        r.res.end();
      },
    },
  ];
}
