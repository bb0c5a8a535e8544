/**
 * CSV and XLSX downloads of case documentation: the monitorings (admin: the organisation or one
 * counsellor; counsellor: their own) and the statistics tables as the screen groups them. Header in
 * the requested language (default: the organisation's); CSV as UTF-8 with BOM, XLSX through xlsx.ts.
 *
 * The monitorings are read through a PostgreSQL cursor on a connection of their own, a batch at a
 * time, each batch written before the next is fetched (back-pressure from the response), so memory
 * stays flat whatever the period. PostgreSQL formats every value as text (no type parsing here).
 */
import type { Readable } from 'node:stream';
import type { EntityManager, PostgreSqlConnection } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Viewer } from '../../shared/auth/tokens.js';
import type { Logger } from '../../shared/logger.js';
import { auditUnavailable } from '../access-log/access-log.trail.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { BOM, csvNumber, csvRecord, type CsvSink } from './csv.js';
import { MonitoringChannel, MonitoringSourceKind } from './monitoring.entity.js';
import { scopeCounsellor } from './monitoring.policy.js';
import { localDate } from './period.js';
import { CHANNEL_LABELS, type Lang } from './statistics.definitions.js';
import { StatisticsService, type StatisticsRequest } from './statistics.service.js';
import { XlsxDay, xlsxStream, type XlsxCell, type XlsxSheet } from './xlsx.js';

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
const MONITORINGS_TITLE = { de: 'Monitorings', en: 'Monitorings' };
/** Column widths of the monitorings sheet, in characters. */
const MONITORING_WIDTHS = [11, 22, 18, 14, 12, 10, 30, 30, 14, 40, 12];

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
 * The export's columns as SQL text expressions (labels in the UI language included), in the list's
 * order (newest first), wrapped by `select`. Literals instead of parameters: a cursor is declared by
 * a utility statement, which takes none; every value is checked before (ids are UUIDs, days
 * YYYY-MM-DD) and quoted by the driver anyway.
 */
function monitoringSql(
  quote: (v: string) => string,
  organisationId: string,
  from: string,
  to: string,
  counsellorId: string | null,
  labels: ExportLabels,
  select: (columns: string[]) => string,
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
  return `select ${select(columns)}
    from monitoring m
    join account c on c.id = m.counsellor_id
    left join account cl on cl.id = m.client_id
   where m.organisation_id = ${quote(organisationId)} and m.date between ${quote(from)}::date and ${quote(to)}::date${
     counsellorId ? ` and m.counsellor_id = ${quote(counsellorId)}` : ''
   }
   order by m.date desc, m.created_at desc, m.id desc`;
}

/**
 * The CSV records: PostgreSQL writes each as CSV text, so the API only passes text on, a batch at a
 * time; per row that is one string instead of a dozen, which keeps the server's allocation small.
 */
export function monitoringExportSql(
  quote: (v: string) => string,
  organisationId: string,
  from: string,
  to: string,
  counsellorId: string | null,
  labels: ExportLabels,
): string {
  return monitoringSql(
    quote,
    organisationId,
    from,
    to,
    counsellorId,
    labels,
    (columns) => `${columns.map(sqlCell).join(` || ';' || `)} || chr(13) || chr(10)`,
  );
}

/** The same rows as columns of text (for the XLSX), in the same order. */
export function monitoringColumnsSql(
  quote: (v: string) => string,
  organisationId: string,
  from: string,
  to: string,
  counsellorId: string | null,
  labels: ExportLabels,
): string {
  return monitoringSql(quote, organisationId, from, to, counsellorId, labels, (columns) => columns.join(', '));
}

/**
 * One FETCH through pg's callback API, its rows as arrays of text. Not the promise API: measured with
 * `--trace-gc` (README, Benchmarks), every result awaited through pg's own promise survived the next
 * scavenge and was promoted, so the old generation grew with the rows exported until a full
 * collection (old space 68 → 188 MB, RSS +130–170 MB for 1,000,000 rows, and 300–700 ms per scavenge);
 * through the callback the same batches die young and the heap stays at its size before the export.
 */
export function fetchBatch(client: pg.Client, text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    client.query<string[]>({ text, rowMode: 'array' }, (err, result) => (err ? reject(err) : resolve(result.rows)));
  });
}

/**
 * The rows of `sql` from a cursor in one read-only snapshot, on a connection of the pool held for
 * the export, a batch per `batches()` iteration: the next FETCH is sent only when the consumer asks
 * for the next batch. `open` does everything before the first row (and `before`, if given, in the
 * cursor's snapshot), so its errors come before a response is started; `close` (or the end of
 * `batches`, or stopping it early) rolls back if need be and returns the connection, once.
 */
export class ExportCursor {
  private state: 'open' | 'committed' | 'closed' = 'open';

  private constructor(
    private readonly client: pg.Client,
    private readonly release: () => Promise<void>,
  ) {}

  /**
   * `before(snapshot)` gets the cursor's snapshot (pg_export_snapshot) before the cursor is declared:
   * a transaction that imports it sees exactly the rows the cursor will return, e.g. to record them in
   * the access log before any is sent. It must finish before `open` returns (the id is valid while
   * the cursor's transaction is).
   */
  static async open(
    connection: PostgreSqlConnection,
    sql: (quote: (v: string) => string) => string,
    before?: (snapshot: string) => Promise<void>,
  ): Promise<ExportCursor> {
    const knex = connection.getKnex();
    const client = (await knex.client.acquireConnection()) as pg.Client;
    const cursor = new ExportCursor(client, () => knex.client.releaseConnection(client));
    try {
      await client.query('begin isolation level repeatable read read only');
      if (before) {
        const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
        await before(rows[0]!.id);
      }
      await client.query(`declare monitoring_export no scroll cursor for ${sql((v) => client.escapeLiteral(v))}`);
    } catch (err) {
      await cursor.close();
      throw err;
    }
    return cursor;
  }

  async *batches(): AsyncGenerator<string[][]> {
    try {
      for (;;) {
        const rows = await fetchBatch(this.client, `fetch ${EXPORT_BATCH} from monitoring_export`);
        if (rows.length) yield rows;
        if (rows.length < EXPORT_BATCH) break;
      }
      await this.client.query('commit');
      this.state = 'committed';
    } finally {
      await this.close();
    }
  }

  /** Rolls back an unfinished transaction and returns the connection; again is a no-op. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    const unfinished = this.state === 'open';
    this.state = 'closed';
    if (unfinished) await this.client.query('rollback').catch(() => undefined);
    await this.release();
  }
}

/** `ExportCursor` as one generator: opened at the first iteration, closed at its end. */
export async function* cursorBatches(
  connection: PostgreSqlConnection,
  sql: (quote: (v: string) => string) => string,
): AsyncGenerator<string[][]> {
  const cursor = await ExportCursor.open(connection, sql);
  try {
    yield* cursor.batches();
  } finally {
    await cursor.close();
  }
}

/**
 * The access-log entries of a monitorings export: EXPORT MONITORINGS for each client with a monitoring
 * in the file (anonymised ones have none), one row per client whatever the number of rows, written in
 * one INSERT … SELECT over the file's own filter. Run in the cursor's snapshot, so the entries name
 * exactly the clients of the file; committed before the first byte goes out.
 */
const EXPORT_AUDIT = `insert into access_log (organisation_id, at, staff_id, action, record_kind, client_id, client_number, record_id)
  select cl.organisation_id, $2::timestamptz, $3::uuid, 'EXPORT'::access_log_action,
         'MONITORINGS'::access_log_record_kind, cl.id, cl.client_number, null
    from (select distinct m.client_id from monitoring m
           where m.organisation_id = $1::uuid and m.date between $4::date and $5::date
             and ($6::uuid is null or m.counsellor_id = $6::uuid) and m.client_id is not null) x
    join account cl on cl.id = x.client_id and cl.organisation_id = $1 and cl.kind = 'CLIENT'`;

/**
 * Writes the export's entries in a transaction of its own on a second connection of the pool, which
 * imports the cursor's snapshot (the cursor's transaction is read-only and stays open while the file
 * streams). Held for one statement; with every connection of the pool held by exports waiting for a
 * second one, the acquisition times out and the exports answer 503 rather than hang.
 */
async function recordExport(
  connection: PostgreSqlConnection,
  snapshot: string,
  viewer: Viewer,
  filter: { from: string; to: string; counsellorId: string | null },
): Promise<void> {
  const knex = connection.getKnex();
  const client = (await knex.client.acquireConnection()) as pg.Client;
  try {
    await client.query('begin isolation level repeatable read');
    await client.query(`set transaction snapshot ${client.escapeLiteral(snapshot)}`);
    await client.query(EXPORT_AUDIT, [
      viewer.organisationId,
      new Date(),
      viewer.accountId,
      filter.from,
      filter.to,
      filter.counsellorId,
    ]);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await knex.client.releaseConnection(client);
  }
}

export interface CsvExport {
  filename: string;
  /**
   * What must happen before the first byte (the monitorings: the cursor, and the access-log entries,
   * whose failure is a 503); `write` does it itself if not called.
   */
  open?(): Promise<void>;
  /** Writes the whole file (BOM and header first) into the sink. */
  write(sink: CsvSink): Promise<void>;
  /** Returns what `open` holds if `write` never ran or stopped early; again is a no-op. */
  close?(): Promise<void>;
}

export interface XlsxExport {
  filename: string;
  /** As CsvExport's. */
  open?(): Promise<void>;
  /** The workbook's bytes; nothing is read from the database before the stream is read. */
  stream(): Readable;
  close?(): Promise<void>;
}

/**
 * Recording monitorings exports in the access log (EXPORT MONITORINGS per client in the file): the
 * request's logger and id, for a failure's log line. Absent (ACCESS_LOG=off, tests of the streaming
 * alone), nothing is recorded.
 */
export interface ExportAudit {
  log: Logger;
  requestId: string;
}

export class MonitoringExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit?: ExportAudit,
  ) {}

  /**
   * Opens the cursor of a monitorings file; for staff with `audit`, first writes the file's
   * access-log entries in the cursor's snapshot (one statement, whatever the size). A failure to
   * write them is logged without values and answered 503 (`auditUnavailable`): nothing is sent.
   */
  private opener(
    viewer: Viewer,
    filter: { from: string; to: string; counsellorId: string | null },
    sql: (quote: (v: string) => string) => string,
  ): () => Promise<ExportCursor> {
    const connection = this.em.getConnection() as PostgreSqlConnection;
    const audit = viewer.kind === 'STAFF' ? this.audit : undefined;
    const before =
      audit &&
      (async (snapshot: string) => {
        try {
          await recordExport(connection, snapshot, viewer, filter);
        } catch (err) {
          audit.log.error(
            { requestId: audit.requestId, sqlState: (err as { code?: unknown }).code ?? null },
            'access log write failed',
          );
          throw auditUnavailable();
        }
      });
    return () => ExportCursor.open(connection, sql, before);
  }

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
    const labels = exportLabels(lang);
    const open = this.opener(viewer, { ...period, counsellorId }, (quote) =>
      monitoringExportSql(quote, viewer.organisationId, period.from, period.to, counsellorId, labels),
    );
    let cursor: ExportCursor | undefined;
    return {
      filename: `monitorings-${period.from}-${period.to}.csv`,
      async open() {
        cursor ??= await open();
      },
      async write(sink) {
        const batches = (cursor ??= await open());
        try {
          await sink.write(BOM + csvRecord(MONITORING_HEADER[lang]));
          for await (const rows of batches.batches()) {
            let chunk = '';
            for (const r of rows) chunk += r[0];
            await sink.write(chunk);
            if (sink.closed) break;
          }
        } finally {
          await batches.close();
        }
      },
      close: async () => cursor?.close(),
    };
  }

  /** The monitorings as one sheet: days as dates, minutes as numbers, the rest as text. */
  async monitoringsXlsx(viewer: Viewer, req: StatisticsRequest): Promise<XlsxExport> {
    const { counsellorId, lang, period } = await this.setup(viewer, req);
    const labels = exportLabels(lang);
    const open = this.opener(viewer, { ...period, counsellorId }, (quote) =>
      monitoringColumnsSql(quote, viewer.organisationId, period.from, period.to, counsellorId, labels),
    );
    let cursor: ExportCursor | undefined;
    async function* rows(): AsyncGenerator<XlsxCell[][]> {
      const batches = (cursor ??= await open()).batches();
      for await (const batch of batches) {
        yield batch.map((r) => {
          const cells: XlsxCell[] = r;
          cells[0] = new XlsxDay(r[0]!);
          cells[5] = Number(r[5]);
          return cells;
        });
      }
    }
    return {
      filename: `monitorings-${period.from}-${period.to}.xlsx`,
      async open() {
        cursor ??= await open();
      },
      close: async () => cursor?.close(),
      stream: () =>
        xlsxStream([
          { name: MONITORINGS_TITLE[lang], header: MONITORING_HEADER[lang], widths: MONITORING_WIDTHS, rows: rows() },
        ]),
    };
  }

  private async loadStatistics(viewer: Viewer, req: StatisticsRequest) {
    const { counsellorId, lang, period } = await this.setup(viewer, req);
    const stats = await new StatisticsService(this.em).statistics(viewer, {
      ...period,
      counsellorId,
      language: lang,
    });
    const name = `${lang === 'de' ? 'statistik' : 'statistics'}-${period.from}-${period.to}`;
    return { lang, stats, name };
  }

  /** The statistics as the screen shows them: the figures, then each table, with definitions. */
  async statistics(viewer: Viewer, req: StatisticsRequest): Promise<CsvExport> {
    const { lang, stats, name } = await this.loadStatistics(viewer, req);
    return {
      filename: `${name}.csv`,
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

  /** The same as a workbook: a sheet for the figures and one per table (the CSV's first column). */
  async statisticsXlsx(viewer: Viewer, req: StatisticsRequest): Promise<XlsxExport> {
    const { lang, stats, name } = await this.loadStatistics(viewer, req);
    const header = STATISTICS_HEADER[lang].slice(1);
    const widths = [28, 10, 10, 60];
    const sheets: XlsxSheet[] = [
      {
        name: FIGURES_TITLE[lang],
        header,
        widths,
        rows: [
          stats.figures.map((f) => [
            f.label,
            f.unit === 'COUNT' ? f.value : null,
            f.unit === 'MINUTES' ? f.value : null,
            f.definition,
          ]),
        ],
      },
      ...stats.tables.map((t) => ({
        name: t.title,
        header,
        widths,
        rows: [t.rows.map((r, i) => [r.label, r.count, r.minutes, i === 0 ? t.definition : null])],
      })),
    ];
    return { filename: `${name}.xlsx`, stream: () => xlsxStream(sheets) };
  }
}
