import { defineMessages, plural } from '../../../widgets/src/shared/i18n.js';

const channelDe: Record<string, string> = { VIDEO: 'Video', CHAT: 'Chat', PHONE: 'Telefon', ON_SITE: 'vor Ort' };
const channelEn: Record<string, string> = { VIDEO: 'video', CHAT: 'chat', PHONE: 'phone', ON_SITE: 'on site' };

export const homeMessages = defineMessages({
  de: {
    title: (name: string) => `Guten Tag, ${name}`,
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    mailTitle: 'Meine Mailanfragen',
    mineCount: (n: number) => `${n} ${plural('de', n, { one: 'offene Anfrage', other: 'offene Anfragen' })} bei mir`,
    poolCount: (n: number) => `${n} im offenen Pool`,
    noMail: 'Keine offenen Anfragen bei Ihnen.',
    overdue: 'Überfällig',
    dueSoon: 'Bald fällig',
    waiting: 'Warten auf Ihre Antwort',
    appointmentsTitle: 'Termine',
    today: 'Heute',
    next: 'Die nächsten Tage',
    noneToday: 'Heute keine Termine mehr.',
    noneNext: 'Keine Termine in den nächsten sieben Tagen.',
    group: 'Gruppentermin',
    appointment: 'Termin',
    participants: (n: number) => `${n} ${plural('de', n, { one: 'Teilnahme', other: 'Teilnahmen' })}`,
    channel: (c: string) => channelDe[c] ?? c,
    chatsTitle: 'Ungelesene Chats',
    unread: (n: number) => `${n} neu`,
    noUnread: 'Keine ungelesenen Nachrichten.',
    availabilityTitle: 'Neue Mailanfragen',
    availabilityLegend: 'Bekomme ich neue Anfragen zugeteilt?',
    availability: (value: string, capacity: number | null) =>
      value === 'UNLIMITED'
        ? 'Ja, ohne Begrenzung'
        : value === 'CAPACITY'
          ? `Ja, bis zu ${capacity ?? 5} offene Anfragen`
          : 'Nein, zurzeit keine neuen Anfragen',
    saved: 'Gespeichert.',
  },
  en: {
    title: (name: string) => `Hello, ${name}`,
    loading: 'Loading …',
    retry: 'Try again',
    mailTitle: 'My mail requests',
    mineCount: (n: number) => `${n} open ${plural('en', n, { one: 'request', other: 'requests' })} with me`,
    poolCount: (n: number) => `${n} in the open pool`,
    noMail: 'No open requests with you.',
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    waiting: 'Waiting for your answer',
    appointmentsTitle: 'Appointments',
    today: 'Today',
    next: 'The next days',
    noneToday: 'No more appointments today.',
    noneNext: 'No appointments in the next seven days.',
    group: 'Group appointment',
    appointment: 'Appointment',
    participants: (n: number) => `${n} ${plural('en', n, { one: 'participant', other: 'participants' })}`,
    channel: (c: string) => channelEn[c] ?? c,
    chatsTitle: 'Unread chats',
    unread: (n: number) => `${n} new`,
    noUnread: 'No unread messages.',
    availabilityTitle: 'New mail requests',
    availabilityLegend: 'Do I receive new requests?',
    availability: (value: string, capacity: number | null) =>
      value === 'UNLIMITED'
        ? 'Yes, without a limit'
        : value === 'CAPACITY'
          ? `Yes, up to ${capacity ?? 5} open requests`
          : 'No, no new requests for now',
    saved: 'Saved.',
  },
});
