/**
 * Confirmation and cancellation mails (German first, English for bookings made in English or, made
 * without a language, for organisations with locale `en`; see {@link mailLocale}),
 * each with an iCalendar attachment and, for confirmations, the cancel link and (booked in a widget
 * on an allowed page) the link back to the appointment in the widget, which also leads into the video room.
 *
 * The cancel link points at `${publicUrl}/appointments/cancel?token=…`, a small page served by the
 * API (cancel-page.ts) that shows the appointment and cancels only on an explicit POST, so mail
 * scanners that open links cancel nothing.
 */
import type { AppServices } from '../../shared/app.js';
import { contentLanguage, localize, type LanguageSettings } from '../organisation/content-languages.js';
import type { Appointment } from './appointment.entity.js';
import { appointmentIcs } from './ical.js';
import { VIDEO_OPENS_MINUTES_BEFORE } from './video.js';

export interface AppointmentMail {
  organisationId: string;
  organisationName: string;
  /** The language of the mail's texts and dates, see {@link mailLocale}. */
  locale: string;
  timeZone: string;
  to: string;
  appointmentId: string;
  sequence: number;
  start: Date;
  end: Date;
  /** Service name or group title. */
  what: string;
  counsellorName: string;
  location?: string | null;
  /** Confirmation only. */
  cancelToken?: string | null;
  /** Confirmation only: the booking widget's page showing this appointment, see {@link appointmentLink}. */
  appointmentUrl?: string | null;
  /** Confirmation only: a video appointment (the mail says when its room opens). */
  video?: boolean;
}

/** The fragment that makes `<lotse-booking>` show the appointment of a mail's link (widgets/src/lotse-booking). */
export const WIDGET_APPOINTMENT_FRAGMENT = 'lotse-appointment=';

/**
 * The link of a confirmation mail back to the booking widget's page, showing the appointment there
 * (see it, add it to a calendar, join its video room, cancel it): only when the page's origin is one the
 * organisation allows, so nobody can have the link point at a site of their own. The token (the
 * booking's cancel token) goes into the fragment, which browsers send to no server.
 */
export function appointmentLink(
  org: { allowedOrigins: string[] },
  returnUrl: string | null | undefined,
  token: string,
): string | null {
  if (!returnUrl) return null;
  const url = new URL(returnUrl);
  if (!org.allowedOrigins.includes(url.origin)) return null;
  url.hash = WIDGET_APPOINTMENT_FRAGMENT + encodeURIComponent(token);
  return url.toString();
}

/** The languages the mails have texts in. */
const MAIL_LANGUAGES = /^(de|en)([-_]|$)/i;

/**
 * The language of an appointment mail: the booking's content language (`lang`, stored when booking)
 * where the mails have texts in it, else the organisation's locale.
 */
export function mailLocale(orgLocale: string, lang: string | null | undefined): string {
  return lang && MAIL_LANGUAGES.test(lang) ? lang : orgLocale;
}

/**
 * What an appointment is called for its client in `lang` (null: the default language): the group
 * title or the service's public name as entered in that language, else the default-language text.
 */
export function appointmentName(
  org: LanguageSettings,
  a: Pick<Appointment, 'title' | 'titles' | 'service'>,
  lang: string | null | undefined,
): string {
  const language = contentLanguage(org, lang);
  if (a.title) return localize(a.titles, language, a.title);
  if (a.service) return localize(a.service.publicNames, language, a.service.publicName);
  return mailLocale(org.locale, lang).startsWith('en') ? 'Appointment' : 'Termin';
}

export const cancelUrl = (app: Pick<AppServices, 'publicUrl'>, token: string) =>
  `${app.publicUrl()}/appointments/cancel?token=${encodeURIComponent(token)}`;

export function formatWhen(locale: string, timeZone: string, start: Date, end: Date): string {
  const lang = locale.startsWith('en') ? 'en-GB' : 'de-DE';
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone }).format(start);
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone });
  return `${day}, ${time.format(start)}–${time.format(end)}${lang === 'de-DE' ? ' Uhr' : ''} (${timeZone})`;
}

function organiser(app: AppServices, name: string) {
  const email = /<([^>]+)>/.exec(app.config.mailFrom)?.[1] ?? app.config.mailFrom;
  return { name, email };
}

export function calendarFile(app: AppServices, m: Omit<AppointmentMail, 'to'>, cancelled = false): string {
  return appointmentIcs({
    appointmentId: m.appointmentId,
    sequence: m.sequence,
    start: m.start,
    end: m.end,
    summary: `${m.what} – ${m.organisationName}`,
    description: m.cancelToken ? cancelUrl(app, m.cancelToken) : undefined,
    location: m.location,
    organiser: organiser(app, m.organisationName),
    cancelled,
  });
}

export async function sendConfirmation(app: AppServices, m: AppointmentMail): Promise<void> {
  const en = m.locale.startsWith('en');
  const when = formatWhen(m.locale, m.timeZone, m.start, m.end);
  const link = m.cancelToken ? cancelUrl(app, m.cancelToken) : null;
  const page = m.appointmentUrl ?? null;
  const text = en
    ? [
        `Your appointment is confirmed.`,
        ``,
        `${m.what} with ${m.counsellorName}`,
        when,
        m.location ? `Place: ${m.location}` : null,
        ``,
        page && m.video
          ? `Join the video room here (it opens ${VIDEO_OPENS_MINUTES_BEFORE} minutes before the start); you can also cancel the appointment there:\n${page}\n`
          : null,
        page && !m.video ? `Your appointment online (calendar file, cancelling):\n${page}\n` : null,
        link ? `If you cannot come, please cancel here:\n${link}` : null,
        ``,
        m.organisationName,
      ]
    : [
        `Ihr Termin ist bestätigt.`,
        ``,
        `${m.what} mit ${m.counsellorName}`,
        when,
        m.location ? `Ort: ${m.location}` : null,
        ``,
        page && m.video
          ? `Hier betreten Sie den Videoraum (er öffnet ${VIDEO_OPENS_MINUTES_BEFORE} Minuten vor Beginn); dort können Sie den Termin auch absagen:\n${page}\n`
          : null,
        page && !m.video ? `Ihr Termin online (Kalenderdatei, Absagen):\n${page}\n` : null,
        link ? `Falls Sie nicht kommen können, sagen Sie bitte hier ab:\n${link}` : null,
        ``,
        m.organisationName,
      ];
  await app.mail.send({
    organisationId: m.organisationId,
    to: m.to,
    subject: en ? `Appointment confirmed: ${m.what}` : `Terminbestätigung: ${m.what}`,
    text: text.filter((l) => l !== null).join('\n'),
    // The cancel link cancels without login: only the booker may read it.
    secrets: m.cancelToken ? [m.cancelToken] : [],
    attachments: [
      { filename: 'termin.ics', contentType: 'text/calendar; charset=utf-8', content: calendarFile(app, m) },
    ],
  });
}

export async function sendCancellation(app: AppServices, m: AppointmentMail): Promise<void> {
  const en = m.locale.startsWith('en');
  const when = formatWhen(m.locale, m.timeZone, m.start, m.end);
  const text = en
    ? `Your appointment has been cancelled.\n\n${m.what} with ${m.counsellorName}\n${when}\n\n${m.organisationName}`
    : `Ihr Termin wurde abgesagt.\n\n${m.what} mit ${m.counsellorName}\n${when}\n\n${m.organisationName}`;
  await app.mail.send({
    organisationId: m.organisationId,
    to: m.to,
    subject: en ? `Appointment cancelled: ${m.what}` : `Termin abgesagt: ${m.what}`,
    text,
    attachments: [
      {
        filename: 'termin.ics',
        contentType: 'text/calendar; charset=utf-8; method=CANCEL',
        content: calendarFile(app, { ...m, cancelToken: null }, true),
      },
    ],
  });
}
