/**
 * A client's data export (GDPR Art. 15 access, Art. 20 portability) as a ZIP archive (format:
 * README, "Client data export"):
 *
 *   manifest.json                 format, version, instant, language, organisation, client, counts, files
 *   data/profile.json             profile: pseudonym, number, notification email, phone, topics, master data, groups
 *   data/mail-requests.json       mail threads with every message
 *   data/chats.json               chats with their messages (group chats: the client's own)
 *   data/appointments.json        appointments and seats in group appointments
 *   data/inbox.json               direct messages from the organisation (by mail or in-app)
 *   data/documents.json           the chat documents, each with its `path` in the archive
 *   documents/<id>/<filename>     their bytes
 *   index.html                    all of it, readable, in German or English
 *   (staff's choice) data/notes.json, data/client-documents.json, client-documents/…: the staff's
 *                                 notes and documents (client-export.staff-records.ts)
 *
 * The client downloads their own (`/api/clients/me/export.zip`); admins and staff with the
 * data-protection permission produce the same archive for a client on request
 * (`/api/clients/:id/export.zip`), optionally with the staff's records. Other counsellors cannot, not
 * even a primary counsellor: the archive holds the email address and phone number only admins see, and
 * chats with colleagues.
 *
 * Streamed like the organisation export (organisation/export.service.ts, whose entry writer it uses):
 * one read-only REPEATABLE READ transaction, pages by keyset, file bytes in 1 MiB pieces, each entry
 * written into the archive before the next is read; memory does not grow with the client's data.
 */
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ZipFile } from 'yazl';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { actsForDataProtection } from '../access-log/access-log.service.js';
import { safeFilename } from '../../shared/storage.js';
import { DownloadLinks, type DownloadLink } from '../files/download-link.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { addEntry, fileChunks, type Add } from '../organisation/export.service.js';
import { ClientExportReads, type ExportDocument } from './client-export.reads.js';
import { exportHtml } from './client-export.html.js';
import { exportTexts } from './client-export.texts.js';
import { STAFF_RECORD_FILES, StaffRecordReads } from './client-export.staff-records.js';

export const CLIENT_EXPORT_FORMAT = 'lotse-client-export';
export const CLIENT_EXPORT_FORMAT_VERSION = 1;

export type ExportLanguage = 'de' | 'en';

export interface ExportOptions {
  /** de or en, for `index.html` (default: the organisation's language). */
  language?: ExportLanguage;
  /**
   * Staff only: also the staff's notes and documents about the client (default false; the self-service
   * download never has them, a client asking for them is FORBIDDEN).
   */
  staffRecords?: boolean;
}

/** The signed link's resource for an archive with staff records: a plain link cannot be widened to one. */
const withStaffRecords = (clientId: string): string => `${clientId}+staff-records`;

/** Types whose bytes are compressed already: stored as they are. */
const COMPRESSED = /^(image\/(png|jpeg|webp|gif)|application\/(pdf|vnd\.openxmlformats|vnd\.oasis))/;

/** What each file of the archive holds, written into the manifest. */
const FILES = {
  'data/profile.json':
    'Profile: pseudonym, client number, status, notification email, phone, primary counsellor, topics, master data, client groups.',
  'data/mail-requests.json':
    'Mail requests (oldest first), each with its messages in order (author CLIENT or COUNSELLOR).',
  'data/chats.json':
    'Chats the client is a member of (oldest first) with their messages; in group chats only the client’s own.',
  'data/appointments.json': 'Appointments (kind SINGLE) and seats in group appointments (kind GROUP), by start.',
  'data/inbox.json': 'Direct messages from the organisation, delivered by MAIL or to the widgets’ INBOX.',
  'data/documents.json': 'Documents of the chats, each with its path in this archive.',
  'documents/<id>/<filename>': 'The documents’ bytes.',
  'index.html': 'All of the above, readable in a browser (no scripts, nothing loaded from elsewhere).',
} as const;

export interface ClientExportManifest {
  format: typeof CLIENT_EXPORT_FORMAT;
  formatVersion: typeof CLIENT_EXPORT_FORMAT_VERSION;
  createdAt: string;
  language: ExportLanguage;
  /** CLIENT: downloaded by the client; STAFF: produced by staff on request. */
  requestedBy: 'CLIENT' | 'STAFF';
  /** Whether the staff's notes and documents are in it (the producer's choice; never for CLIENT). */
  staffRecords: boolean;
  organisation: { name: string };
  client: { id: string; pseudonym: string; clientNumber: string };
  counts: {
    mailRequests: number;
    mailMessages: number;
    chats: number;
    chatMessages: number;
    appointments: number;
    inboxMessages: number;
    documents: number;
    documentBytes: number;
    /** Present when `staffRecords`. */
    notes?: number;
    clientDocuments?: number;
    clientDocumentBytes?: number;
  };
  files: Record<string, string>;
}

/** An export that may be written: the checks passed, nothing read yet. */
export interface ClientExport {
  filename: string;
  write(out: Writable): Promise<ClientExportManifest>;
}

export const clientExportPath = (clientId: string): string => `/api/clients/${clientId}/export.zip`;

export class ClientExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: Pick<AppServices, 'config' | 'publicUrl'>,
  ) {}

  /**
   * The export of `clientId` for `viewer`: the client themself, or an admin or staff member with the
   * data-protection permission of the client's organisation. FORBIDDEN for other counsellors and for a
   * client asking for staff records; NOT_FOUND for a client asking for someone else's (as any other
   * client id is unknown to them) and for another organisation's client.
   */
  async open(viewer: Viewer, clientId: string, options: ExportOptions = {}): Promise<ClientExport> {
    const { language, staffRecords = false } = options;
    if (viewer.kind === 'CLIENT') {
      if (clientId !== viewer.accountId) throw notFound('Client');
      if (staffRecords) throw forbidden('The staff’s records are given out by the organisation after review');
    } else if (!(await actsForDataProtection(this.em, viewer))) {
      throw forbidden('Only admins and staff with the data-protection permission produce a client’s data export');
    }
    const [row] = await this.em.execute<{ client_number: string | null; locale: string }[]>(
      `select a.client_number, o.locale from account a join organisation o on o.id = a.organisation_id
        where a.organisation_id = ? and a.id = ? and a.kind = 'CLIENT'`,
      [viewer.organisationId, clientId],
    );
    if (!row) throw notFound('Client');
    const lang: ExportLanguage = language ?? (row.locale?.startsWith('en') ? 'en' : 'de');
    const day = new Date().toISOString().slice(0, 10);
    const filename = `${lang === 'en' ? 'lotse-data' : 'lotse-daten'}-${row.client_number ?? 'client'}-${day}.zip`;
    const requestedBy = viewer.kind === 'CLIENT' ? 'CLIENT' : 'STAFF';
    return {
      filename,
      write: (out) => this.write(out, viewer.organisationId, clientId, lang, requestedBy, staffRecords),
    };
  }

  /**
   * A signed URL of the export of `clientId` for `<a href>` downloads (5 minutes); checks as `open`.
   * A link with staff records says so in its signature (`staffRecords=true` alone is refused).
   */
  async link(viewer: Viewer, clientId: string, options: ExportOptions = {}): Promise<DownloadLink> {
    await this.open(viewer, clientId, options);
    const resource = options.staffRecords ? withStaffRecords(clientId) : clientId;
    const link = await this.links().sign(viewer, resource, clientExportPath(clientId));
    const query = `${options.language ? `&lang=${options.language}` : ''}${options.staffRecords ? '&staffRecords=true' : ''}`;
    return { ...link, url: `${link.url}${query}` };
  }

  viewerFromLink(token: string, clientId: string, staffRecords = false): Promise<Viewer> {
    return this.links().viewer(this.em, token, staffRecords ? withStaffRecords(clientId) : clientId);
  }

  private links(): DownloadLinks {
    return new DownloadLinks(this.app, 'client-export');
  }

  private async write(
    out: Writable,
    organisationId: string,
    clientId: string,
    language: ExportLanguage,
    requestedBy: 'CLIENT' | 'STAFF',
    staffRecords: boolean,
  ): Promise<ClientExportManifest> {
    const zip = new ZipFile();
    const output = zip.outputStream as Readable;
    const written = pipeline(output, out);
    // Rejects when the output fails (the reader went away): the entry being read stops waiting.
    const broken = written.then(() => new Promise<never>(() => {}));
    broken.catch(() => {});
    const add: Add = (path, source, options) => addEntry(zip, path, source, options, broken);
    try {
      const manifest = await this.em.transactional(
        (tx) => this.entries(tx, add, organisationId, clientId, language, requestedBy, staffRecords),
        { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
      );
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

  private async entries(
    tx: EntityManager,
    add: Add,
    organisationId: string,
    clientId: string,
    language: ExportLanguage,
    requestedBy: 'CLIENT' | 'STAFF',
    staffRecords: boolean,
  ): Promise<ClientExportManifest> {
    const createdAt = new Date();
    const org = await tx.findOneOrFail(Organisation, organisationId);
    const reads = new ClientExportReads(tx, organisationId, clientId);
    const records = staffRecords ? new StaffRecordReads(reads) : null;
    const profile = await reads.profile();
    // Purged between the check and the snapshot.
    if (!profile) throw notFound('Client');
    const fields = org.masterDataFields.map((f) => ({ key: f.key, label: f.label }));
    const counts: ClientExportManifest['counts'] = {
      mailRequests: 0,
      mailMessages: 0,
      chats: 0,
      chatMessages: 0,
      appointments: 0,
      inboxMessages: 0,
      documents: 0,
      documentBytes: 0,
      ...(records ? { notes: 0, clientDocuments: 0, clientDocumentBytes: 0 } : {}),
    };

    await add('data/profile.json', once(`${JSON.stringify(profile, null, 2)}\n`));
    await add(
      'data/mail-requests.json',
      jsonArray(reads.mailThreads(fields), (r) => {
        counts.mailRequests += 1;
        const { messages, ...head } = r;
        return withItems(head, 'messages', messages(), () => (counts.mailMessages += 1));
      }),
    );
    await add(
      'data/chats.json',
      jsonArray(reads.chatThreads(), (s) => {
        counts.chats += 1;
        const { messages, ...head } = s;
        return withItems(head, 'messages', messages(), () => (counts.chatMessages += 1));
      }),
    );
    await add(
      'data/appointments.json',
      jsonArray(reads.appointments(), (a) => {
        counts.appointments += 1;
        return once(JSON.stringify(a));
      }),
    );
    await add(
      'data/inbox.json',
      jsonArray(reads.inbox(), (m) => {
        counts.inboxMessages += 1;
        return once(JSON.stringify(m));
      }),
    );
    await add(
      'data/documents.json',
      jsonArray(reads.documents(), ({ length: _, ...d }) => {
        counts.documents += 1;
        counts.documentBytes += d.size;
        return once(JSON.stringify({ ...d, path: documentPath(d) }));
      }),
    );
    if (records) {
      await add(
        'data/notes.json',
        jsonArray(records.notes(), (n) => {
          counts.notes! += 1;
          return once(JSON.stringify(n));
        }),
      );
      await add(
        'data/client-documents.json',
        jsonArray(records.documents(), ({ length: _, ...d }) => {
          counts.clientDocuments! += 1;
          counts.clientDocumentBytes! += d.size;
          return once(JSON.stringify(d));
        }),
      );
    }
    await add(
      'index.html',
      exportHtml({
        t: exportTexts(language),
        language,
        organisation: org.name,
        timeZone: org.timezone,
        createdAt,
        profile,
        fields,
        reads,
        documentPath,
        staffRecords: records,
      }),
    );
    for await (const documents of reads.documents()) {
      for (const d of documents) {
        if (d.length === null) {
          // Only the PostgreSQL backend exists; bytes elsewhere would be silently missing here.
          throw new Error(`Stored file ${d.fileId} has no bytes in the database; cannot export it`);
        }
        await add(documentPath(d), fileChunks(tx, d.fileId, d.length), { compress: !COMPRESSED.test(d.contentType) });
      }
    }
    if (records) {
      for await (const documents of records.documents()) {
        for (const d of documents) {
          if (d.length === null)
            throw new Error(`Stored file ${d.fileId} has no bytes in the database; cannot export it`);
          await add(d.path, fileChunks(tx, d.fileId, d.length), { compress: !COMPRESSED.test(d.contentType) });
        }
      }
    }
    return {
      format: CLIENT_EXPORT_FORMAT,
      formatVersion: CLIENT_EXPORT_FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      language,
      requestedBy,
      staffRecords,
      organisation: { name: org.name },
      client: { id: profile.id, pseudonym: profile.pseudonym, clientNumber: profile.clientNumber },
      counts,
      files: records ? { ...FILES, ...STAFF_RECORD_FILES } : FILES,
    };
  }
}

/** The archive path of a document's bytes; the id keeps equal file names apart. */
function documentPath(d: Pick<ExportDocument, 'id' | 'filename'>): string {
  return `documents/${d.id}/${safeFilename(d.filename)}`;
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** A JSON array written item by item (one per line), from pages of items. */
async function* jsonArray<T>(pages: AsyncIterable<T[]>, item: (x: T) => AsyncIterable<string>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const page of pages) {
    for (const x of page) {
      yield first ? '\n' : ',\n';
      first = false;
      yield* item(x);
    }
  }
  yield first ? ']\n' : '\n]\n';
}

/** `head` as a JSON object with one more key whose array is written page by page. */
async function* withItems<T>(
  head: object,
  key: string,
  pages: AsyncIterable<T[]>,
  counted: () => void,
): AsyncGenerator<string> {
  const open = JSON.stringify(head);
  yield `${open.slice(0, -1)}${open.length > 2 ? ',' : ''}${JSON.stringify(key)}:[`;
  let first = true;
  for await (const page of pages) {
    let chunk = '';
    for (const x of page) {
      chunk += `${first ? '\n  ' : ',\n  '}${JSON.stringify(x)}`;
      first = false;
      counted();
    }
    yield chunk;
  }
  yield first ? ']}' : '\n]}';
}
