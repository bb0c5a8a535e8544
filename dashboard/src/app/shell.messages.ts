import { defineMessages } from '../../../widgets/src/shared/i18n.js';

export const shellMessages = defineMessages({
  de: {
    brand: 'Lotse',
    loading: 'Wird geladen …',
    skip: 'Zum Inhalt springen',
    navigation: 'Hauptnavigation',
    navHome: 'Übersicht',
    navMail: 'Mailberatung',
    navCalendar: 'Kalender',
    navAvailability: 'Buchungszeiten',
    presence: 'Mein Status',
    presenceStatus: (p: string) =>
      ({
        ONLINE: 'Online',
        APPEAR_OFFLINE: 'Offline erscheinen',
        REGULAR_CLIENTS_ONLY: 'Nur Stammklient:innen',
        UNAVAILABLE: 'Nicht erreichbar',
      })[p] ?? p,
    logout: 'Abmelden',
    switchLanguage: 'English',
    connectionLost: 'Verbindung unterbrochen – wird wiederhergestellt …',
    sessionExpiredTitle: 'Sitzung beendet',
    sessionExpired:
      'Ihre Sitzung ist abgelaufen oder wurde beendet. Melden Sie sich erneut an, um dort weiterzuarbeiten, wo Sie waren.',
  },
  en: {
    brand: 'Lotse',
    loading: 'Loading …',
    skip: 'Skip to content',
    navigation: 'Main navigation',
    navHome: 'Overview',
    navMail: 'Mail counselling',
    navCalendar: 'Calendar',
    navAvailability: 'Booking times',
    presence: 'My status',
    presenceStatus: (p: string) =>
      ({
        ONLINE: 'Online',
        APPEAR_OFFLINE: 'Appear offline',
        REGULAR_CLIENTS_ONLY: 'Regular clients only',
        UNAVAILABLE: 'Unavailable',
      })[p] ?? p,
    logout: 'Log out',
    switchLanguage: 'Deutsch',
    connectionLost: 'Connection lost – reconnecting …',
    sessionExpiredTitle: 'Session ended',
    sessionExpired: 'Your session has expired or was ended. Log in again to carry on where you were.',
  },
});
