/** Helpers for the few server-rendered pages (links in mails): escaping and the response. */
import type { ServerResponse } from 'node:http';
import { PAGE_CSP } from '../security-headers.js';

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Sends an HTML page under the strict page CSP; pages carry personal links, so nothing is cached. */
export function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Content-Security-Policy': PAGE_CSP,
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

export interface PageOptions {
  lang: 'de' | 'en';
  /** Plain text; escaped here. */
  title: string;
  /** HTML inside <main>, after the <h1>; the caller escapes what it interpolates. */
  body: string;
  /** Extra HTML for <head> (e.g. the widget bundle's module script). */
  head?: string;
  /** Extra CSS rules. */
  style?: string;
  /** Width of the content column. @default '32rem' */
  width?: string;
}

/** The common frame of Lotse's pages: language, viewport, no indexing, system font, light/dark. */
export function renderPage(o: PageOptions): string {
  const title = escapeHtml(o.title);
  return `<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – Lotse</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0; padding: 2rem 1rem; }
  main { max-width: ${o.width ?? '32rem'}; margin: 0 auto; }
${o.style ?? ''}
</style>
${o.head ?? ''}
</head>
<body><main><h1>${title}</h1>${o.body}</main></body>
</html>
`;
}
