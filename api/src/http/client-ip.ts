import type { IncomingMessage } from 'node:http';

/**
 * The client's IP for rate limits. Behind `hops` trusted reverse proxies the address is taken from
 * X-Forwarded-For, counting from the right (entries further left are client-controlled and could be
 * forged); without trusted proxies the socket address is used and the header ignored.
 */
export function clientIp(req: IncomingMessage, hops: number): string {
  const socketIp = req.socket.remoteAddress ?? 'unknown';
  if (hops <= 0) return socketIp;
  const header = req.headers['x-forwarded-for'];
  const list = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list[list.length - hops] ?? list[0] ?? socketIp;
}
