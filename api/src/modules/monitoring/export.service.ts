/**
 * CSV downloads of case documentation: the monitorings (admin: the organisation or one counsellor;
 * counsellor: their own) and the statistics tables as the screen groups them. UTF-8 with BOM,
 * header in the requested language (default: the organisation's).
 *
 * The monitorings are read through a PostgreSQL cursor on a connection of their own, a batch at a
 * time, each batch written before the next is fetched (back-pressure from the response), so memory
 * stays flat whatever the period. PostgreSQL formats every value as text (no type parsing here).
 */
import type { EntityManager, PostgreSqlConnection } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Viewer } from '../../shared/auth/tokens.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { BOM, csvNumber, csvRecord, type CsvSink } from './csv.js';
import { MonitoringChannel, MonitoringSourceKind } from './monitoring.entity.js';
import { scopeCounsellor } from './monitoring.policy.js';
import { localDate } from './period.js';
import { CHANNEL_LABELS, type Lang } from './statistics.definitions.js';
import { StatisticsService, type StatisticsRequest } from './statistics.service.js';

/** Rows per FETCH: large enough that round trips do not dominate, small enough to stay flat. */
export const EXPORT_BATCH = 2000;

const MONITORING_HEADER = {
  de: [
    'Datum',
    'Berater:in',
    'Ratsuchende:r',
    'Klientennummer',
    'Kanal',
    'Dauer (Minuten)',
    'Betreff',
    'Beratungsfelder',
    'Quelle',
    'Notizen',
    'Anonymisiert',
  ],
  en: [
    'Date',
    'Counsellor',
    'Client',
    'Client number',
    'Channel',
    'Duration (minutes)',
    'Subject',
    'Topics',
    'Source',
    'Notes',
    'Anonymised',
  ],
};
const SOURCE_LABELS: Record<Lang, Record<MonitoringSourceKind, string>> = {
  de: { APPOINTMENT: 'Termin', MAIL_REQUEST: 'Mailanfrage', CHAT_STREAM: 'Chat' },
  en: { APPOINTMENT: 'Appointment', MAIL_REQUEST: 'Mail request', CHAT_STREAM: 'Chat' },
};
const YES_NO = { de: ['ja', 'nein'], en: ['yes', 'no'] } as const;
const STATISTICS_HEADER = {
  de: ['Tabelle', 'Zeile', 'Anzahl', 'Minuten', 'Definition'],
  en: ['Table', 'Row', 'Count', 'Minutes', 'Definition'],
};
const FIGURES_TITLE = { de: 'Kennzahlen', en: 'Figures' };

/**
 * One CSV cell in SQL, by the rules of csv.ts: quoted, quotes doubled, a leading = + - @ tab or CR
 * defused with an apostrophe, null as empty.
 */
const sqlCell = (v: string) =>
  `'"' || replace(case when left(${v}, 1) in ('=', '+', '-', '@', chr(9), chr(13)) then '''' || ${v} else coalesce(${v}, '') end, '"', '""') || '"'`;

export interface ExportLabels {
  channels: Record<MonitoringChannel, string>;
  sources: Record<MonitoringSourceKind, string>;
  yes: string;
  no: string;
}

export function exportLabels(lang: Lang): ExportLabels {
  const channels = Object.fromEntries(Object.values(MonitoringChannel).map((c) => [c, CHANNEL_LABELS[c][lang]]));
  return {
    channels: channels as Record<MonitoringChannel, string>,
    sources: SOURCE_LABELS[lang],
    yes: YES_NO[lang][0],
    no: YES_NO[lang][1],
  };
}

/**
 * The export's records, in the list's order (newest first): PostgreSQL writes each record as CSV text
 * (labels in the UI language included), so the API only passes text on, a batch at a time; per row
 * that is one string instead of a dozen, which keeps the server's allocation (and its heap between
 * collections) small. Literals instead of parameters: a cursor is declared by a utility statement,
 * which takes none; every value is checked before (ids are UUIDs, days YYYY-MM-DD) and quoted by
 * the driver anyway.
 */
export function monitoringExportSql(
  quote: (v: string) => string,
  organisationId: string,
  from: string,
  to: string,
  counsellorId: string | null,
  labels: ExportLabels,
): string {
  const when = (map: Record<string, string>) =>
    Object.entries(map)
      .map(([k, v]) => `when ${quote(k)} then ${quote(v)}`)
      .join(' ');
  const columns = [
    `to_char(m.date, 'YYYY-MM-DD')`,
    `coalesce(nullif(trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), ''), c.display_name)`,
    'cl.pseudonym',
    'cl.client_number',
    `case m.channel::text ${when(labels.channels)} end`,
    'm.duration_minutes::text',
    'm.subject',
    `(select string_agg(tp.name, ', ' order by tp.name) from monitoring_topic t
        join topic tp on tp.id = t.topic_id where t.monitoring_id = m.id)`,
    `case when m.appointment_id is not null then ${quote(labels.sources.APPOINTMENT)}
          when m.mail_request_id is not null then ${quote(labels.sources.MAIL_REQUEST)}
          when m.chat_stream_id is not null then ${quote(labels.sources.CHAT_STREAM)} end`,
    'm.notes',
    `case when m.anonymised then ${quote(labels.yes)} else ${quote(labels.no)} end`,
  ];
  return `select ${columns.map(sqlCell).join(` || ';' || `)} || chr(13) || chr(10)
    from monitoring m
    join account c on c.id = m.counsellor_id
    left join account cl on cl.id = m.client_id
   where m.organisation_id = ${quote(organisationId)} and m.date between ${quote(from)}::date and ${quote(to)}::date${
     counsellorId ? ` and m.counsellor_id = ${quote(counsellorId)}` : ''
   }
   order by m.date desc, m.created_at desc, m.id desc`;
}

export interface CsvExport {
  filename: string;
  /** Writes the whole file (BOM and header first) into the sink. */
  write(sink: CsvSink): Promise<void>;
}

export class MonitoringExportService {
  constructor(private readonly em: EntityManager) {}

  private async setup(viewer: Viewer, req: StatisticsRequest) {
    const counsellorId = scopeCounsellor(viewer, req.counsellorId);
    const org = await this.em.findOneOrFail(Organisation, viewer.organisationId);
    const lang: Lang = (req.language ?? org.locale).startsWith('en') ? 'en' : 'de';
    const period = StatisticsService.period(req, new Date(), org.timezone);
    return { counsellorId, lang, period, today: localDate(new Date(), org.timezone) };
  }

  /** Checks the viewer's scope and the period before anything is sent (errors stay JSON errors). */
  async monitorings(viewer: Viewer, req: StatisticsRequest): Promise<CsvExport> {
    const { counsellorId, lang, period } = await this.setup(viewer, req);
    const connection = this.em.getConnection() as PostgreSqlConnection;
    const labels = exportLabels(lang);
    return {
      filename: `monitorings-${period.from}-${period.to}.csv`,
      async write(sink) {
        await sink.write(BOM + csvRecord(MONITORING_HEADER[lang]));
        const knex = connection.getKnex();
        const client = (await knex.client.acquireConnection()) as pg.Client;
        let open = false;
        try {
          const sql = monitoringExportSql(
            (v) => client.escapeLiteral(v),
            viewer.organisationId,
            period.from,
            period.to,
            counsellorId,
            labels,
          );
          await client.query('begin isolation level repeatable read read only');
          open = true;
          await client.query(`declare monitoring_export no scroll cursor for ${sql}`);
          for (;;) {
            const { rows } = await client.query<string[]>({
              text: `fetch ${EXPORT_BATCH} from monitoring_export`,
              rowMode: 'array',
            });
            let chunk = '';
            for (const r of rows) chunk += r[0];
            if (chunk) await sink.write(chunk);
            if (rows.length < EXPORT_BATCH || sink.closed) break;
          }
          await client.query('commit');
          open = false;
        } finally {
          if (open) await client.query('rollback').catch(() => undefined);
          await knex.client.releaseConnection(client);
        }
      },
    };
  }

  /** The statistics as the screen shows them: the figures, then each table, with definitions. */
  async statistics(viewer: Viewer, req: StatisticsRequest): Promise<CsvExport> {
    const { counsellorId, lang, period } = await this.setup(viewer, req);
    const stats = await new StatisticsService(this.em).statistics(viewer, {
      ...period,
      counsellorId,
      language: lang,
    });
    return {
      filename: `statistik-${period.from}-${period.to}.csv`.replace(
        'statistik',
        lang === 'de' ? 'statistik' : 'statistics',
      ),
      async write(sink) {
        let out = BOM + csvRecord(STATISTICS_HEADER[lang]);
        for (const f of stats.figures) {
          const value = csvNumber(f.value, lang);
          out += csvRecord([
            FIGURES_TITLE[lang],
            f.label,
            f.unit === 'COUNT' ? value : '',
            f.unit === 'MINUTES' ? value : '',
            f.definition,
          ]);
        }
        for (const t of stats.tables) {
          t.rows.forEach((r, i) => {
            out += csvRecord([t.title, r.label, String(r.count), String(r.minutes), i === 0 ? t.definition : '']);
          });
        }
        await sink.write(out);
      },
    };
  }
}
