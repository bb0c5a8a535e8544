/**
 * The page behind the cancel link of confirmation mails: `GET /appointments/cancel?token=…` shows the
 * appointment and a button; only the button's `POST` cancels (mail scanners and link previews open
 * links with GET, and must not cancel anything). Plain HTML without scripts, German or English as the
 * booking's mails (the language it was booked in, else the organisation's locale).
 */
import type { ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Route } from '../../http/routes.js';
import { readBody } from '../../http/body.js';
import { DomainError } from '../../shared/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { Appointment } from './appointment.entity.js';
import {
  APPOINTMENT_STARTED,
  CancellationService,
  findByCancelToken,
  startedForClient,
} from './cancellation.service.js';
import { appointmentName, formatWhen, mailLocale } from './mails.js';
import { escapeHtml, renderPage, sendPage } from '../../http/pages/html.js';

export const CANCEL_PATH = '/appointments/cancel';

const TEXTS = {
  de: {
    title: 'Termin absagen',
    question: 'Möchten Sie diesen Termin absagen?',
    button: 'Termin absagen',
    done: 'Der Termin ist abgesagt. Sie erhalten eine Bestätigung per E-Mail, falls Sie eine Adresse angegeben haben.',
    already: 'Dieser Termin ist bereits abgesagt.',
    started: 'Dieser Termin hat bereits begonnen und kann nicht mehr abgesagt werden.',
    unknown: 'Dieser Link ist ungültig oder abgelaufen.',
    with: 'mit',
  },
  en: {
    title: 'Cancel appointment',
    question: 'Do you want to cancel this appointment?',
    button: 'Cancel appointment',
    done: 'The appointment is cancelled. If you gave an email address, you will receive a confirmation.',
    already: 'This appointment has already been cancelled.',
    started: 'This appointment has already begun and can no longer be cancelled.',
    unknown: 'This link is invalid or has expired.',
    with: 'with',
  },
};

function page(res: ServerResponse, status: number, lang: 'de' | 'en', body: string): void {
  const style = `  button { font: inherit; margin-top: 1rem; padding: .6rem 1.2rem; cursor: pointer; }
  button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }`;
  sendPage(res, status, renderPage({ lang, title: TEXTS[lang].title, body, style }));
}

interface Found {
  appointment: Appointment;
  org: Organisation;
  cancelled: boolean;
  /** The content language the booking or seat was made in (null: the organisation's default). */
  lang: string | null;
}

async function find(em: EntityManager, token: string): Promise<Found | null> {
  if (token.length < 16 || token.length > 200) return null;
  const target = await findByCancelToken(em, token);
  if (!target) return null;
  const { appointment } = target;
  const org = await em.findOneOrFail(Organisation, appointment.organisation.id);
  const lang = target.seat ? (target.seat.lang ?? null) : target.seatCancelled ? null : (appointment.lang ?? null);
  return { appointment, org, cancelled: target.seatCancelled || appointment.status === 'CANCELLED', lang };
}

const langOf = (f: Found): 'de' | 'en' => (mailLocale(f.org.locale, f.lang).startsWith('en') ? 'en' : 'de');

function describe(f: Found): string {
  const t = TEXTS[langOf(f)];
  const a = f.appointment;
  const what = appointmentName(f.org, a, f.lang);
  return `<p><strong>${escapeHtml(what)}</strong> ${t.with} ${escapeHtml(a.counsellor.displayName)}<br>${escapeHtml(
    formatWhen(mailLocale(f.org.locale, f.lang), f.org.timezone, a.startsAt, a.endsAt),
  )}</p>`;
}

export function cancelPageRoutes(app: AppServices): Route[] {
  return [
    {
      method: 'GET',
      path: CANCEL_PATH,
      handler: async ({ res, url }) => {
        const token = url.searchParams.get('token') ?? '';
        const em = app.orm.em.fork() as EntityManager;
        const found = await find(em, token);
        if (!found) return page(res, 404, 'de', `<p>${TEXTS.de.unknown}</p><p lang="en">${TEXTS.en.unknown}</p>`);
        const t = TEXTS[langOf(found)];
        if (found.cancelled) return page(res, 200, langOf(found), `${describe(found)}<p>${t.already}</p>`);
        if (startedForClient(found.appointment)) {
          return page(res, 200, langOf(found), `${describe(found)}<p>${t.started}</p>`);
        }
        return page(
          res,
          200,
          langOf(found),
          `${describe(found)}<p>${t.question}</p>
<form method="post" action="${CANCEL_PATH}"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">${escapeHtml(t.button)}</button></form>`,
        );
      },
    },
    {
      method: 'POST',
      path: CANCEL_PATH,
      handler: async ({ req, res }) => {
        const form = new URLSearchParams((await readBody(req, 4096)).toString('utf8'));
        const token = form.get('token') ?? '';
        const em = app.orm.em.fork() as EntityManager;
        const found = await find(em, token);
        if (!found) return page(res, 404, 'de', `<p>${TEXTS.de.unknown}</p><p lang="en">${TEXTS.en.unknown}</p>`);
        const lang = langOf(found);
        try {
          await new CancellationService(app, em).cancelByToken(token);
        } catch (err) {
          if (err instanceof DomainError && err.details.reason === APPOINTMENT_STARTED) {
            return page(res, 409, lang, `${describe(found)}<p role="alert">${TEXTS[lang].started}</p>`);
          }
          if (err instanceof DomainError) return page(res, 404, lang, `<p>${TEXTS[lang].unknown}</p>`);
          throw err;
        }
        return page(res, 200, lang, `${describe(found)}<p role="status">${TEXTS[lang].done}</p>`);
      },
    },
  ];
}
