/**
 * The staff's records of a client (notes and the documents staff uploaded for them) in a staff-produced
 * data export, when whoever produces it chooses so (`includeStaffRecords`, default off). The self-service
 * download never contains them: their disclosure needs a person's review first (GDPR Art. 15(4), e.g.
 * third parties named in a note), so it is a decision of the admin or data-protection officer who answers
 * the request, made per archive.
 *
 *   data/notes.json                       the notes, oldest first: author, body, created, edited
 *   data/client-documents.json            the documents, each with its `path` in the archive
 *   client-documents/<id>/<filename>      their bytes, streamed in 1 MiB pieces
 *
 * Read in the export's transaction by keyset pages, like everything else of the archive.
 */
import type { ClientExportReads } from './client-export.reads.js';
import { esc } from './client-export.html.js';
import type { ExportTexts } from './client-export.texts.js';
import { safeFilename } from '../../shared/storage.js';

export interface ExportNote {
  id: string;
  createdAt: string | null;
  /** When its author last changed the text; null while unchanged. */
  editedAt: string | null;
  /** The author's display name; null once their account is deleted. */
  author: string | null;
  body: string;
}

export interface ExportClientDocument {
  id: string;
  fileId: string;
  filename: string;
  contentType: string;
  size: number;
  uploadedAt: string | null;
  /** Display name of the staff member who uploaded it; null once their account is deleted. */
  uploadedBy: string | null;
  /** The bytes in the archive. */
  path: string;
  /** Bytes in storage (null for bytes kept elsewhere, which the export refuses). */
  length: number | null;
}

/** What the manifest lists for these files. */
export const STAFF_RECORD_FILES = {
  'data/notes.json': 'Staff notes about the client (oldest first), included on the staff’s decision after review.',
  'data/client-documents.json':
    'Documents staff keep for the client, each with its path in this archive; included on the staff’s decision.',
  'client-documents/<id>/<filename>': 'Their bytes.',
} as const;

const iso = (v: unknown): string | null => (v instanceof Date ? v.toISOString() : v == null ? null : String(v));

/** The archive path of a client document's bytes; the id keeps equal file names apart. */
export const clientDocumentPath = (d: Pick<ExportClientDocument, 'id' | 'filename'>): string =>
  `client-documents/${d.id}/${safeFilename(d.filename)}`;

export class StaffRecordReads {
  constructor(private readonly reads: ClientExportReads) {}

  notes(): AsyncGenerator<ExportNote[]> {
    return this.reads.keyset(
      `select n.id, n.created_at, n.edited_at, n.body, a.display_name as author
         from client_note n
         left join account a on a.id = n.author_id and a.organisation_id = n.organisation_id
        where n.organisation_id = ? and n.client_id = ?`,
      (n) => ({
        id: String(n.id),
        createdAt: iso(n.created_at),
        editedAt: iso(n.edited_at),
        author: n.author == null ? null : String(n.author),
        body: String(n.body),
      }),
    );
  }

  documents(): AsyncGenerator<ExportClientDocument[]> {
    return this.reads.keyset(
      `select d.id, d.file_id, d.filename, d.content_type, d.size, d.created_at, a.display_name as uploaded_by,
              octet_length(f.data)::int as length
         from client_document d
         join stored_file f on f.id = d.file_id and f.organisation_id = d.organisation_id
         left join account a on a.id = d.uploaded_by_id and a.organisation_id = d.organisation_id
        where d.organisation_id = ? and d.client_id = ?`,
      (d) => {
        const doc = {
          id: String(d.id),
          fileId: String(d.file_id),
          filename: String(d.filename),
          contentType: String(d.content_type),
          size: Number(d.size),
          uploadedAt: iso(d.created_at),
          uploadedBy: d.uploaded_by == null ? null : String(d.uploaded_by),
          length: d.length == null ? null : Number(d.length),
        };
        return { ...doc, path: clientDocumentPath(doc) };
      },
    );
  }
}

/** The two sections of `index.html` (headings `#notes`, `#client-documents`); every value escaped. */
export async function* staffRecordsHtml(
  t: ExportTexts,
  when: (iso: string | null) => string,
  records: StaffRecordReads,
): AsyncGenerator<string> {
  yield `<section aria-labelledby="notes"><h2 id="notes">${esc(t.notes)}</h2>\n`;
  let any = false;
  for await (const notes of records.notes()) {
    for (const n of notes) {
      any = true;
      const edited = n.editedAt ? `, ${esc(t.editedAt)} ${esc(when(n.editedAt))}` : '';
      yield `<article><p class="meta">${esc(n.author ?? t.formerStaff)}, ${esc(when(n.createdAt))}${edited}</p><p class="body">${esc(n.body)}</p></article>\n`;
    }
  }
  if (!any) yield `<p>${esc(t.nothing)}</p>`;
  yield `</section>\n<section aria-labelledby="client-documents"><h2 id="client-documents">${esc(t.clientDocuments)}</h2>\n`;
  any = false;
  for await (const documents of records.documents()) {
    if (!any && documents.length) {
      yield `<table><thead><tr><th scope="col">${esc(t.file)}</th><th scope="col">${esc(t.type)}</th><th scope="col">${esc(
        t.size,
      )}</th><th scope="col">${esc(t.uploadedAt)}</th><th scope="col">${esc(t.uploadedBy)}</th></tr></thead><tbody>\n`;
    }
    for (const d of documents) {
      any = true;
      yield `<tr><td><a href="${esc(encodeURI(d.path))}">${esc(d.filename)}</a></td><td>${esc(d.contentType)}</td><td>${esc(
        t.bytes(d.size),
      )}</td><td>${esc(when(d.uploadedAt))}</td><td>${esc(d.uploadedBy ?? t.formerStaff)}</td></tr>\n`;
    }
  }
  yield any ? `</tbody></table>` : `<p>${esc(t.nothing)}</p>`;
  yield `</section>\n`;
}
