/**
 * Export of everything of one organisation as a ZIP archive, for a move to another installation
 * or a data-protection request (format: README, "Exporting an organisation"):
 *
 *   manifest.json               organisation, row counts, schema version, creation instant
 *   tables/<table>.jsonl        one JSON object per row, for every table with an organisation_id
 *   files/<id>/<filename>       the bytes of every stored file
 *
 * One REPEATABLE READ transaction: every table and file is read from the same snapshot, while the
 * organisation keeps working. Rows come through a server-side cursor in batches and file bytes in
 * chunks, each written into the archive before the next is read, so the export's memory does not
 * grow with the organisation. Secrets never leave the database (tenant-tables.ts: denied columns).
 */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ZipFile, type Options as ZipOptions } from 'yazl';
import { notFound } from '../../shared/errors.js';
import { safeFilename } from '../../shared/storage.js';
import { Organisation } from './organisation.entity.js';
import { exportDenied, ident, readCatalog, type TenantTable } from './tenant-tables.js';

export const EXPORT_FORMAT = 'lotse-organisation-export';
export const EXPORT_FORMAT_VERSION = 1;

/** Rows fetched from a cursor at once. */
const ROW_BATCH = 500;
/** Bytes of a file read at once. */
const FILE_CHUNK = 1024 * 1024;
/** Types whose bytes are compressed already: stored as they are. */
const COMPRESSED = /^(image\/(png|jpeg|webp|gif)|application\/(pdf|vnd\.openxmlformats|vnd\.oasis))/;

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  createdAt: string;
  organisation: { id: string; slug: string; name: string };
  /** The database schema the rows follow: the last migration applied, and how many there are. */
  schema: { lastMigration: string; migrations: number };
  tables: Record<string, { file: string; rows: number; omittedColumns: string[] }>;
  files: { count: number; bytes: number };
}

export interface ExportDeps {
  /** The instant written into the manifest. @default the system clock */
  now?: () => Date;
}

export class OrganisationExportService {
  constructor(private readonly deps: ExportDeps = {}) {}

  /**
   * Writes the organisation's archive to `out` and returns its manifest. On failure `out` is
   * destroyed with the error (the caller removes a partial file). NOT_FOUND for an unknown slug.
   */
  async export(em: EntityManager, slug: string, out: Writable): Promise<ExportManifest> {
    const zip = new ZipFile();
    const output = zip.outputStream as Readable;
    const written = pipeline(output, out);
    // Rejects when the output fails (disk full, closed): the entry being read stops waiting for a
    // reader that will never come, and the transaction ends.
    const broken = written.then(() => new Promise<never>(() => {}));
    broken.catch(() => {});
    const add: Add = (path, source, options) => addEntry(zip, path, source, options, broken);
    try {
      const manifest = await em.transactional((tx) => this.writeEntries(tx, slug, add), {
        isolationLevel: IsolationLevel.REPEATABLE_READ,
        readOnly: true,
      });
      zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json');
      zip.end();
      await written;
      return manifest;
    } catch (err) {
      output.destroy(err as Error);
      await written.catch(() => {});
      throw err;
    }
  }

  private async writeEntries(tx: EntityManager, slug: string, add: Add): Promise<ExportManifest> {
    const org = await tx.findOne(Organisation, { slug });
    if (!org) throw notFound(`Organisation "${slug}"`);
    const createdAt = (this.deps.now?.() ?? new Date()).toISOString();
    const catalog = await readCatalog(tx);
    const tables: ExportManifest['tables'] = {};
    const all = [catalog.organisation, ...catalog.tenant].sort((a, b) => a.name.localeCompare(b.name));
    for (const table of all) {
      const file = `tables/${table.name}.jsonl`;
      const counter = { rows: 0 };
      await add(file, rowLines(tx, table, org.id, counter));
      const omittedColumns = table.columns.filter((c) => exportDenied(table.name, c));
      tables[table.name] = { file, rows: counter.rows, omittedColumns };
    }
    const files = await this.addFiles(tx, add, org.id);
    const migrations = await tx.execute<{ name: string; n: number }[]>(
      `select name, count(*) over ()::int as n from mikro_orm_migrations order by id desc limit 1`,
    );
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      createdAt,
      organisation: { id: org.id, slug: org.slug, name: org.name },
      schema: { lastMigration: migrations[0]?.name ?? '', migrations: migrations[0]?.n ?? 0 },
      tables,
      files,
    };
  }

  /** Every stored file's bytes as `files/<id>/<filename>`, read in chunks. */
  private async addFiles(tx: EntityManager, add: Add, organisationId: string): Promise<ExportManifest['files']> {
    const totals = { count: 0, bytes: 0 };
    const sql = `select id, filename, content_type, octet_length(data)::int as length
                   from stored_file where organisation_id = ? order by id`;
    for await (const batch of cursor<FileRow>(tx, 'lotse_export_files', sql, [organisationId])) {
      for (const f of batch) {
        if (f.length === null) {
          // Only the PostgreSQL backend exists; bytes elsewhere would be silently missing here.
          throw new Error(`Stored file ${f.id} has no bytes in the database; cannot export it`);
        }
        const options: Partial<ZipOptions> = { compress: !COMPRESSED.test(f.content_type) };
        await add(`files/${f.id}/${safeFilename(f.filename)}`, fileChunks(tx, f.id, f.length), options);
        totals.count += 1;
        totals.bytes += f.length;
      }
    }
    return totals;
  }
}

interface FileRow {
  id: string;
  filename: string;
  content_type: string;
  length: number | null;
}

/** The table's rows of the organisation as JSON lines, its denied columns left out (never read). */
async function* rowLines(
  tx: EntityManager,
  table: TenantTable,
  organisationId: string,
  counter: { rows: number },
): AsyncGenerator<string> {
  const columns = table.columns.filter((c) => !exportDenied(table.name, c)).map(ident);
  const owner = table.name === 'organisation' ? 'id' : 'organisation_id';
  // Primary-key order: two exports of the same data are the same files.
  const order = table.primaryKey.length ? ` order by ${table.primaryKey.map(ident).join(', ')}` : '';
  const sql = `select row_to_json(x)::text as line
                 from (select ${columns.join(', ')} from ${ident(table.name)} where ${ident(owner)} = ?${order}) x`;
  for await (const batch of cursor<{ line: string }>(tx, 'lotse_export_rows', sql, [organisationId])) {
    counter.rows += batch.length;
    yield batch.map((r) => `${r.line}\n`).join('');
  }
}

/** A file's bytes in chunks of FILE_CHUNK. */
export async function* fileChunks(tx: EntityManager, id: string, length: number): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < length; offset += FILE_CHUNK) {
    const [row] = await tx.execute<{ part: Buffer }[]>(
      `select substring(data from ? for ?) as part from stored_file where id = ?`,
      [offset + 1, FILE_CHUNK, id],
    );
    yield row!.part;
  }
}

/** Batches of a query's rows through a server-side cursor (within the caller's transaction). */
async function* cursor<T>(tx: EntityManager, name: string, sql: string, params: unknown[]): AsyncGenerator<T[]> {
  await tx.execute(`declare ${name} no scroll cursor for ${sql}`, params);
  for (;;) {
    const rows = await tx.execute<T[]>(`fetch forward ${ROW_BATCH} from ${name}`);
    if (!rows.length) break;
    yield rows;
  }
  await tx.execute(`close ${name}`);
}

export type Add = (
  path: string,
  source: AsyncIterable<string | Buffer>,
  options?: Partial<ZipOptions>,
) => Promise<void>;

/**
 * Adds an entry whose data comes from `source` and resolves once all of it went into the archive
 * (yazl writes entries in order; the next one is added only then, so one source reads at a time).
 * Rejects with the output's error when `broken` does.
 */
export function addEntry(
  zip: ZipFile,
  path: string,
  source: AsyncIterable<string | Buffer>,
  options: Partial<ZipOptions> = {},
  broken: Promise<never>,
): Promise<void> {
  let stream: Readable | undefined;
  const done = new Promise<void>((resolve, reject) => {
    zip.addReadStreamLazy(path, options, (give) => {
      stream = Readable.from(source, { objectMode: false });
      stream.once('end', resolve);
      stream.once('error', reject);
      give(null, stream);
    });
  });
  return Promise.race([done, broken]).catch((err: unknown) => {
    stream?.destroy();
    throw err;
  });
}
