/** Texts shared by several dashboard screens: the frame, errors, statuses. */
import { defineMessages, formatDateTime, type Locale } from '../../../widgets/src/shared/i18n.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import { sharedMessages } from '../../../widgets/src/shared/messages.js';

export const common = defineMessages({
  de: {
    appName: 'Lotse',
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    networkError: 'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung.',
    forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
    notFound: 'Nicht gefunden – oder Sie dürfen es nicht sehen.',
    rateLimited: (seconds: number) =>
      `Zu viele Versuche. Bitte warten Sie ${Math.ceil(seconds / 60)} Minute(n) und versuchen Sie es dann erneut.`,
    unexpected: (id: string) => `Etwas ist schiefgegangen. Bitte nennen Sie bei Rückfragen die Kennung ${id}.`,
    unexpectedNoId: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
    serviceUnavailable: sharedMessages.de.serviceUnavailable,
    auditUnavailable:
      'Das Zugriffsprotokoll kann gerade nicht geschrieben werden, daher werden keine Daten angezeigt. Bitte versuchen Sie es gleich erneut.',
    auditUnavailableSaved:
      'Die Änderung ist gespeichert, aber das Zugriffsprotokoll konnte sie nicht festhalten. Bitte laden Sie die Seite neu, bevor Sie es erneut versuchen.',
    saved: 'Gespeichert',
  },
  en: {
    appName: 'Lotse',
    loading: 'Loading …',
    retry: 'Try again',
    networkError: 'No connection to the server. Please check your internet connection.',
    forbidden: 'You are not allowed to do that.',
    notFound: 'Not found – or you may not see it.',
    rateLimited: (seconds: number) =>
      `Too many attempts. Please wait ${Math.ceil(seconds / 60)} minute(s) and try again.`,
    unexpected: (id: string) => `Something went wrong. If you report it, please quote the reference ${id}.`,
    unexpectedNoId: 'Something went wrong. Please try again.',
    serviceUnavailable: sharedMessages.en.serviceUnavailable,
    auditUnavailable:
      'The access log cannot be written at the moment, so no data is shown. Please try again in a moment.',
    auditUnavailableSaved:
      'The change was saved, but the access log could not record it. Please reload the page before trying again.',
    saved: 'Saved',
  },
});

/** A sentence for an error the user can act on (field errors are shown at their fields instead). */
export function errorText(locale: Locale, error: ApiError): string {
  const t = common.for(locale);
  switch (error.code) {
    case 'NETWORK_ERROR':
      return t.networkError;
    case 'FORBIDDEN':
      return t.forbidden;
    case 'NOT_FOUND':
      return t.notFound;
    case 'RATE_LIMITED':
      return t.rateLimited(error.retryAfterSeconds ?? 60);
    case 'SERVICE_UNAVAILABLE':
      // HTTP 503: the access log could not be written (nothing released, or the change kept), or another part is out.
      if (error.reason === 'AUDIT_UNAVAILABLE') {
        return error.extensions.changesSaved ? t.auditUnavailableSaved : t.auditUnavailable;
      }
      return t.serviceUnavailable;
    case 'INTERNAL_SERVER_ERROR':
      return error.requestId ? t.unexpected(error.requestId) : t.unexpectedNoId;
    default:
      // BAD_USER_INPUT and CONFLICT carry a message written for people.
      return error.message;
  }
}

/** Date and time in the staff member's locale and time zone. */
export const dateTime = (locale: Locale, value: string | Date) => formatDateTime(locale, value);

/** "Heute 14:30" style relative day, else the date. */
export function dayAndTime(locale: Locale, value: string | Date): string {
  const date = new Date(value);
  const today = new Date();
  const sameDay = date.toDateString() === today.toDateString();
  const time = formatDateTime(locale, date, { hour: '2-digit', minute: '2-digit' });
  if (sameDay) return `${locale === 'de' ? 'Heute' : 'Today'} ${time}`;
  return formatDateTime(locale, date, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
