/**
 * Confirmation and cancellation mails (German first, English for organisations with locale `en`),
 * each with an iCalendar attachment and, for confirmations, the cancel link.
 *
 * The cancel link points at `${publicUrl}/appointments/cancel?token=…`, a small page served by the
 * API (cancel-page.ts) that shows the appointment and cancels only on an explicit POST, so mail
 * scanners that open links cancel nothing.
 */
import type { AppServices } from '../../shared/app.js';
import { appointmentIcs } from './ical.js';

export interface AppointmentMail {
  organisationId: string;
  organisationName: string;
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
  const text = en
    ? [
        `Your appointment is confirmed.`,
        ``,
        `${m.what} with ${m.counsellorName}`,
        when,
        m.location ? `Place: ${m.location}` : null,
        ``,
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
