/**
 * Pieces shared by the plain-HTTP upload and download routes of private documents (chat documents,
 * client documents): the file name header of an upload, and the headers of a download.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { badInput, notFound } from '../../shared/errors.js';
import { nameForType } from '../../shared/storage.js';
import { rules } from '../../shared/validate.js';

/** A malformed id cannot name anything: NOT_FOUND, like an unknown one. */
export function routeId(value: string | undefined, what: string): string {
  if (!value || !rules.id.safeParse(value).success) throw notFound(what);
  return value;
}

/** The upload's file name from `X-Filename` (URI-encoded for non-ASCII names; sanitised when stored). */
export function uploadFilename(req: IncomingMessage): string {
  const header = req.headers['x-filename'];
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) throw badInput('Give the file name in the X-Filename header.', [{ path: 'filename', message: 'Missing' }]);
  try {
    return decodeURIComponent(raw);
  } catch {
    // Not URI-encoded: use it as it is.
    return raw;
  }
}

/** `filename*` (RFC 5987) for any name, plus an ASCII fallback. */
export function disposition(kind: 'attachment' | 'inline', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** A private document as a download, named for its detected type (also for names stored before that rule). */
export function sendAttachment(res: ServerResponse, bytes: Buffer, contentType: string, filename: string): void {
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': bytes.length,
    'Content-Disposition': disposition('attachment', nameForType(filename, contentType)),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(bytes);
}
