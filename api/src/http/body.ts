import type { IncomingMessage } from 'node:http';
import { DomainError, ErrorCode } from '../shared/errors.js';

/** Reads a request body up to `limit` bytes; a larger body fails with BAD_USER_INPUT (413). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number) {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Request body larger than ${limit} bytes`, {
    reason: 'PAYLOAD_TOO_LARGE',
    status: 413,
  });
}
