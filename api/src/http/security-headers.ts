import type { ServerResponse } from 'node:http';

/**
 * Headers every response carries. The default Content-Security-Policy allows nothing: JSON answers,
 * error pages ("widgets not built") and anything a browser might be tricked into rendering run no
 * script and cannot be framed. HTML pages replace it with PAGE_CSP.
 */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function setSecurityHeaders(res: ServerResponse, opts: { https: boolean }): void {
  res.setHeader('Content-Security-Policy', DEFAULT_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  if (opts.https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
}

/** A strict policy for our own pages: only our own scripts, styles and connections. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
