/**
 * File storage behind a small interface. The default backend keeps bytes in PostgreSQL, so every API
 * process sees the same files and backups include them; an S3-compatible backend can implement the
 * same interface later without touching callers.
 *
 * Types are checked by content (magic bytes via file-type), never by the name or the client's
 * Content-Type header.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { EntityManager } from '@mikro-orm/postgresql';
import { StoredFile } from '../modules/files/stored-file.entity.js';
import { badInput, notFound } from './errors.js';

export interface PutFileInput {
  organisationId: string;
  bytes: Buffer;
  filename: string;
  /** Allowed MIME types as detected from the content. */
  allowedTypes: readonly string[];
  maxBytes: number;
  public?: boolean;
}

export interface FileStorage {
  /** Checks size and content type, stores the file and returns its record (not yet flushed). */
  put(em: EntityManager, input: PutFileInput): Promise<StoredFile>;
  /** Reads a file's bytes, only within the given organisation (unless the file is public). */
  read(em: EntityManager, id: string, organisationId: string | null): Promise<{ file: StoredFile; bytes: Buffer }>;
  remove(em: EntityManager, file: StoredFile): Promise<void>;
}

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export const DOCUMENT_TYPES = [...IMAGE_TYPES, 'application/pdf'] as const;

/** Detects a type from content; plain UTF-8 text (which has no magic bytes) is recognised as text/plain. */
export async function detectType(bytes: Buffer): Promise<string | undefined> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.mime;
  if (bytes.length > 0 && isUtf8Text(bytes)) return 'text/plain';
  return undefined;
}

function isUtf8Text(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      sample.length < bytes.length ? sample.subarray(0, sample.length - 4) : sample,
    );
    return true;
  } catch {
    return false;
  }
}

/** Keeps only characters that are safe in a Content-Disposition header and a file system. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const cleaned = base
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 200)
    .trim();
  return cleaned || 'file';
}

/**
 * File name extensions for the types uploads may have (the first is the one appended). A download
 * is named for what its bytes are: a browser or desktop opens a file by its extension, so plain text
 * uploaded as `Befund.html` must not come back as a page.
 */
const EXTENSIONS: Record<string, readonly string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
};

/**
 * The name with an extension that matches the detected type: kept when it already does, else the
 * type's extension is appended (`Befund.html` → `Befund.html.txt`; the old name stays readable).
 * Types without a known extension get `.bin`, which nothing opens by itself.
 */
export function nameForType(filename: string, contentType: string): string {
  const allowed = EXTENSIONS[contentType] ?? ['bin'];
  const ext = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (ext && allowed.includes(ext)) return filename;
  return `${filename}.${allowed[0]!}`;
}

export class PostgresFileStorage implements FileStorage {
  async put(em: EntityManager, input: PutFileInput): Promise<StoredFile> {
    if (input.bytes.length === 0)
      throw badInput('The file is empty.', [{ path: 'file', message: 'Empty file' }], 'FILE_EMPTY');
    if (input.bytes.length > input.maxBytes) {
      const mb = (input.maxBytes / 1024 / 1024).toFixed(1);
      throw badInput(
        `The file is larger than ${mb} MB.`,
        [{ path: 'file', message: `At most ${mb} MB` }],
        'FILE_TOO_LARGE',
      );
    }
    const type = await detectType(input.bytes);
    if (!type || !input.allowedTypes.includes(type)) {
      throw badInput(
        `This kind of file is not accepted. Allowed: ${input.allowedTypes.join(', ')}.`,
        [{ path: 'file', message: 'File type not allowed' }],
        'FILE_TYPE_NOT_ALLOWED',
      );
    }
    return em.create(StoredFile, {
      organisation: input.organisationId,
      contentType: type,
      size: input.bytes.length,
      filename: nameForType(safeFilename(input.filename), type),
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      public: input.public ?? false,
      data: input.bytes,
    });
  }

  async read(em: EntityManager, id: string, organisationId: string | null) {
    const file = await em.findOne(StoredFile, { id }, { populate: ['data'] });
    if (!file || (!file.public && file.organisation.id !== organisationId) || !file.data) throw notFound('File');
    return { file, bytes: Buffer.from(file.data) };
  }

  async remove(em: EntityManager, file: StoredFile): Promise<void> {
    em.remove(file);
  }
}
