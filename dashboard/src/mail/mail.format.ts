/** How mail requests read in the dashboard: statuses and the "reply due by …" clock. */
import { defineMessages, formatDateTime, type Locale } from '../../../widgets/src/shared/i18n.js';

export type MailStatus = 'NEW' | 'ASSIGNED' | 'OPEN' | 'ANSWERED' | 'CLOSED';
export const MAIL_STATUSES: MailStatus[] = ['NEW', 'ASSIGNED', 'OPEN', 'ANSWERED', 'CLOSED'];

/** A request due within this time counts as "due soon". */
export const DUE_SOON_MS = 24 * 3_600_000;

export const mailFormat = defineMessages({
  de: {
    status: (s: string) =>
      ({ NEW: 'Neu', ASSIGNED: 'Zugewiesen', OPEN: 'Freigegeben', ANSWERED: 'Beantwortet', CLOSED: 'Geschlossen' })[
        s
      ] ?? s,
    overdue: 'Überfällig',
    dueSoon: 'Bald fällig',
    dueBy: (when: string) => `Antwort fällig bis ${when}`,
    overdueSince: (when: string) => `Antwort war fällig bis ${when}`,
    noCounsellor: 'Nicht zugewiesen',
  },
  en: {
    status: (s: string) =>
      ({ NEW: 'New', ASSIGNED: 'Assigned', OPEN: 'Released', ANSWERED: 'Answered', CLOSED: 'Closed' })[s] ?? s,
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    dueBy: (when: string) => `Reply due by ${when}`,
    overdueSince: (when: string) => `Reply was due by ${when}`,
    noCounsellor: 'Not assigned',
  },
});

export interface DueInfo {
  dueAt?: string | null;
  overdue: boolean;
}

/** "Reply due by …" for a request that waits for an answer; empty when it does not. */
export function dueText(locale: Locale, request: DueInfo): string {
  if (!request.dueAt) return '';
  const t = mailFormat.for(locale);
  const when = formatDateTime(locale, request.dueAt, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return request.overdue ? t.overdueSince(when) : t.dueBy(when);
}

export const isDueSoon = (request: DueInfo, now = Date.now()): boolean =>
  !request.overdue && !!request.dueAt && Date.parse(request.dueAt) - now < DUE_SOON_MS;
