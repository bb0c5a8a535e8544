/** Texts of the deletion records screen (`<lotse-client-purges>`). German first. */
import { defineMessages } from '../../../widgets/src/shared/i18n.js';

/** What a purge step removed, by the kind the API reports (client-purge.steps.ts and the modules' purges). */
const KINDS_DE: Record<string, [one: string, many: string]> = {
  account: ['Konto', 'Konten'],
  mailRequests: ['Mailanfrage', 'Mailanfragen'],
  mailMessages: ['Mailnachricht', 'Mailnachrichten'],
  chatStreams: ['Chatverlauf', 'Chatverläufe'],
  chatMessages: ['Chatnachricht', 'Chatnachrichten'],
  documents: ['Chat-Dokument', 'Chat-Dokumente'],
  appointments: ['Termin (anonymisiert)', 'Termine (anonymisiert)'],
  groupSeats: ['Gruppenplatz', 'Gruppenplätze'],
  mails: ['E-Mail', 'E-Mails'],
  clientNotes: ['Notiz', 'Notizen'],
  clientDocuments: ['Dokument', 'Dokumente'],
  directMessages: ['Direktnachricht', 'Direktnachrichten'],
  anonymiseMonitoringsOfClient: ['Monitoring (anonymisiert)', 'Monitorings (anonymisiert)'],
  clientGroupMemberships: ['Gruppenmitgliedschaft', 'Gruppenmitgliedschaften'],
};
const KINDS_EN: Record<string, [one: string, many: string]> = {
  account: ['account', 'accounts'],
  mailRequests: ['mail request', 'mail requests'],
  mailMessages: ['mail message', 'mail messages'],
  chatStreams: ['chat conversation', 'chat conversations'],
  chatMessages: ['chat message', 'chat messages'],
  documents: ['chat document', 'chat documents'],
  appointments: ['appointment (anonymised)', 'appointments (anonymised)'],
  groupSeats: ['group seat', 'group seats'],
  mails: ['email', 'emails'],
  clientNotes: ['note', 'notes'],
  clientDocuments: ['document', 'documents'],
  directMessages: ['direct message', 'direct messages'],
  anonymiseMonitoringsOfClient: ['monitoring (anonymised)', 'monitorings (anonymised)'],
  clientGroupMemberships: ['group membership', 'group memberships'],
};
const counted = (kinds: Record<string, [string, string]>, kind: string, n: number) => {
  const names = kinds[kind];
  return names ? `${n} ${n === 1 ? names[0] : names[1]}` : `${n} × ${kind}`;
};

export const purgeMessages = defineMessages({
  de: {
    title: 'Löschprotokoll',
    link: 'Löschprotokoll',
    back: 'Zur Liste',
    intro:
      'Wann die Löschroutine gelöschte Klient*innen nach Ablauf der Löschfrist endgültig entfernt hat, und was dabei entfernt wurde. Neueste zuerst.',
    notAllowed: 'Das Löschprotokoll sehen nur Admins.',
    home: 'Zur Startseite',
    loading: 'Wird geladen …',
    count: (n: number) => (n === 1 ? '1 Eintrag' : `${n} Einträge`),
    empty: 'Bisher wurde niemand endgültig gelöscht.',
    more: 'Weitere laden',
    tableCaption: 'Endgültig gelöschte Klient*innen',
    purgedAt: 'Endgültig gelöscht',
    requestedAt: 'Löschung veranlasst',
    number: 'Klient*innen-Nr.',
    removed: 'Entfernt',
    kind: (kind: string, n: number) => counted(KINDS_DE, kind, n),
  },
  en: {
    title: 'Deletion records',
    link: 'Deletion records',
    back: 'Back to the list',
    intro:
      'When the deletion routine removed deleted clients for good after the retention period, and what it removed. Newest first.',
    notAllowed: 'Only admins see the deletion records.',
    home: 'Go to the start page',
    loading: 'Loading …',
    count: (n: number) => (n === 1 ? '1 record' : `${n} records`),
    empty: 'Nobody has been removed for good yet.',
    more: 'Load more',
    tableCaption: 'Clients removed for good',
    purgedAt: 'Removed for good',
    requestedAt: 'Deletion requested',
    number: 'Client no.',
    removed: 'Removed',
    kind: (kind: string, n: number) => counted(KINDS_EN, kind, n),
  },
});
