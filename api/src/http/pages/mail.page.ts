/**
 * `GET /mail?org=<public key>&request=<id>&lang=de|en`: where notification mails send clients. A small
 * page hosting `<lotse-mail-form>`, which asks the client to log in and then opens the request.
 * The organisation's own website may host the widget instead; this page works without one.
 */
import type { Route } from '../routes.js';
import { escapeHtml, renderPage, sendPage } from './html.js';
import { rules } from '../../shared/validate.js';

const TITLE = { de: 'Ihre Mailberatung', en: 'Your mail counselling' } as const;
/** The widget's views have `<h3>` headings: a level between them and the page's `<h1>`. */
const SECTION = { de: 'Anfragen und Antworten', en: 'Requests and answers' } as const;

export function renderMailPage(org: string, request: string | null, lang: 'de' | 'en'): string {
  const e = escapeHtml;
  return renderPage({
    lang,
    title: TITLE[lang],
    width: '44rem',
    head: '<script type="module" src="/widgets/lotse-mail-form.js"></script>',
    body: `<section aria-labelledby="mail-section"><h2 id="mail-section">${SECTION[lang]}</h2><lotse-mail-form org="${e(org)}" lang="${lang}"${request ? ` request="${e(request)}"` : ''}></lotse-mail-form></section>`,
  });
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
        if (!/^pk_[A-Za-z0-9_-]{1,60}$/.test(org))
          return sendPage(res, 404, renderPage({ lang: 'en', title: 'Not found', body: '' }));
        const requestId = request && rules.id.safeParse(request).success ? request : null;
        sendPage(res, 200, renderMailPage(org, requestId, lang));
      },
    },
  ];
}
