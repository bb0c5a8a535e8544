import type { IncomingMessage } from 'node:http';
import { DomainError, ErrorCode } from '../shared/errors.js';

/**
 * Reads a request body up to `limit` bytes; a larger body fails with BAD_USER_INPUT (413).
 * Uses stream events rather than `for await`: async iteration of a request costs several times
 * more per request, and this runs on every GraphQL POST.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function tooLarge(limit: number) {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Request body larger than ${limit} bytes`, {
    reason: 'PAYLOAD_TOO_LARGE',
    status: 413,
  });
}
