/**
 * `GET /mail?org=<public key>&request=<id>&lang=de|en`: where notification mails send clients. A small
 * page hosting `<lotse-mail-form>`, which asks the client to log in and then opens the request.
 * The organisation's own website may host the widget instead; this page works without one.
 */
import type { ServerResponse } from 'node:http';
import type { Route } from '../routes.js';
import { PAGE_CSP } from '../security-headers.js';
import { rules } from '../../shared/validate.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TITLE = { de: 'Ihre Mailberatung', en: 'Your mail counselling' } as const;

export function renderMailPage(org: string, request: string | null, lang: 'de' | 'en'): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${TITLE[lang]} – Lotse</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0; padding: 2rem 1rem; }
  main { max-width: 44rem; margin: 0 auto; }
</style>
<script type="module" src="/widgets/lotse.js"></script>
</head>
<body>
<main>
<h1>${TITLE[lang]}</h1>
<lotse-mail-form org="${e(org)}" lang="${lang}"${request ? ` request="${e(request)}"` : ''}></lotse-mail-form>
</main>
</body>
</html>
`;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PAGE_CSP,
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

export function mailPageRoutes(): Route[] {
  return [
    {
      method: 'GET',
      path: '/mail',
      async handler({ res, url }) {
        const org = url.searchParams.get('org') ?? '';
        const request = url.searchParams.get('request');
        const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'de';
        if (!/^pk_[A-Za-z0-9_-]{1,60}$/.test(org)) return send(res, 404, '<!doctype html><title>Not found</title>');
        const requestId = request && rules.id.safeParse(request).success ? request : null;
        send(res, 200, renderMailPage(org, requestId, lang));
      },
    },
  ];
}
