/**
 * The page behind the link in reset and invitation mails: `GET /set-password?token=…&lang=de|en`.
 * Plain HTML; its script (`/pages/set-password.js`, a separate file because PAGE_CSP allows no inline
 * scripts) reads the token from the address, calls `setPasswordWithToken` on /graphql and shows the
 * server's errors next to the field. The token is never written into the HTML.
 * Platform operators' links lead to the same page under `/operator/set-password`, where the script
 * calls `operatorSetPasswordWithToken` instead.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import type { Route } from '../routes.js';
import { PAGE_CSP } from '../security-headers.js';
import { escapeHtml } from './html.js';
import { pageLang, TEXTS, type PageLang } from './set-password.texts.js';
import { OPERATOR_SET_PASSWORD_PATH } from '../../modules/platform-operator/operator.mails.js';

export const SET_PASSWORD_PATH = '/set-password';
export const SET_PASSWORD_SCRIPT_PATH = '/pages/set-password.js';

/** JSON inside <script type="application/json"> (data, never executed): `<` is escaped so no tag can end it. */
const jsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderSetPasswordPage(lang: PageLang): string {
  const t = TEXTS[lang];
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(t.title)} – Lotse</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0; padding: 2rem 1rem; }
  main { max-width: 28rem; margin: 0 auto; }
  nav { text-align: right; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input[type=password], input[type=text] { box-sizing: border-box; width: 100%; font: inherit; padding: .5rem; margin-top: .25rem; }
  input[aria-invalid=true] { outline: 2px solid #b00020; }
  .hint { font-size: .9rem; margin: .25rem 0 0; }
  .error { color: #b00020; font-weight: 600; margin: .25rem 0 0; }
  .error:empty { display: none; }
  @media (prefers-color-scheme: dark) { .error { color: #ff8a80; } input[aria-invalid=true] { outline-color: #ff8a80; } }
  .show { font-weight: normal; display: flex; gap: .5rem; align-items: center; }
  button { font: inherit; margin-top: 1.5rem; padding: .6rem 1.2rem; cursor: pointer; }
  button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
  [hidden] { display: none !important; }
</style>
<script type="module" src="${SET_PASSWORD_SCRIPT_PATH}"></script>
</head>
<body>
<main>
  <nav><a id="other-language" href="?lang=${t.otherLanguage.lang}" lang="${t.otherLanguage.lang}" hreflang="${t.otherLanguage.lang}">${e(t.otherLanguage.label)}</a></nav>
  <h1>${e(t.title)}</h1>
  <p id="form-error" class="error" role="alert"></p>
  <p id="status" role="status" aria-live="polite"></p>
  <form id="set-password-form" method="post" action="#" novalidate>
    <p>${e(t.intro)}</p>
    <label for="password">${e(t.password)}</label>
    <input id="password" name="password" type="password" autocomplete="new-password" required minlength="10" maxlength="200" aria-describedby="password-policy password-error">
    <p id="password-policy" class="hint">${e(t.policy)}</p>
    <p id="password-error" class="error"></p>
    <label for="password-repeat">${e(t.repeat)}</label>
    <input id="password-repeat" name="passwordRepeat" type="password" autocomplete="new-password" required maxlength="200" aria-describedby="password-repeat-error">
    <p id="password-repeat-error" class="error"></p>
    <label class="show"><input id="show-password" type="checkbox"> ${e(t.show)}</label>
    <button type="submit">${e(t.submit)}</button>
  </form>
  <p id="next" hidden><a href="/">${e(t.messages.next)}</a></p>
</main>
<script type="application/json" id="set-password-messages">${jsonForHtml(t.messages)}</script>
</body>
</html>
`;
}

// Read once per process; the file sits beside this module.
let script: Promise<Buffer> | undefined;
const loadScript = () => (script ??= readFile(new URL('./set-password.client.js', import.meta.url)));

function send(res: ServerResponse, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra,
  });
  res.end(body);
}

export function setPasswordRoutes(): Route[] {
  return [
    ...[SET_PASSWORD_PATH, OPERATOR_SET_PASSWORD_PATH].map((path): Route => ({
      method: 'GET',
      path,
      handler: async ({ res, url }) =>
        send(res, 'text/html; charset=utf-8', renderSetPasswordPage(pageLang(url.searchParams.get('lang'))), {
          'Content-Security-Policy': PAGE_CSP,
          // The address carries a secret: keep the page out of every cache.
          'Cache-Control': 'no-store',
        }),
    })),
    {
      method: 'GET',
      path: SET_PASSWORD_SCRIPT_PATH,
      handler: async ({ res }) =>
        send(res, 'text/javascript; charset=utf-8', await loadScript(), { 'Cache-Control': 'no-cache' }),
    },
  ];
}
