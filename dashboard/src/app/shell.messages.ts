import { defineMessages } from '../../../widgets/src/shared/i18n.js';

export const shellMessages = defineMessages({
  de: {
    brand: 'Lotse',
    loading: 'Wird geladen …',
    skip: 'Zum Inhalt springen',
    navigation: 'Hauptnavigation',
    navHome: 'Übersicht',
    navMail: 'Mailberatung',
    navChat: 'Chat',
    presence: 'Mein Status',
    presenceStatus: (p: string) =>
      ({
        ONLINE: 'Online',
        APPEAR_OFFLINE: 'Offline erscheinen',
        REGULAR_CLIENTS_ONLY: 'Nur Stammklient:innen',
        UNAVAILABLE: 'Nicht erreichbar',
      })[p] ?? p,
    logout: 'Abmelden',
    commands: 'Befehle (Strg+K)',
    goTo: (name: string) => `Gehe zu: ${name}`,
    setPresence: (name: string) => `Mein Status: ${name}`,
    paletteLanguage: 'Sprache: English',
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
    navChat: 'Chat',
    presence: 'My status',
    presenceStatus: (p: string) =>
      ({
        ONLINE: 'Online',
        APPEAR_OFFLINE: 'Appear offline',
        REGULAR_CLIENTS_ONLY: 'Regular clients only',
        UNAVAILABLE: 'Unavailable',
      })[p] ?? p,
    logout: 'Log out',
    commands: 'Commands (Ctrl+K)',
    goTo: (name: string) => `Go to: ${name}`,
    setPresence: (name: string) => `My status: ${name}`,
    paletteLanguage: 'Language: Deutsch',
    switchLanguage: 'Deutsch',
    connectionLost: 'Connection lost – reconnecting …',
    sessionExpiredTitle: 'Session ended',
    sessionExpired: 'Your session has expired or was ended. Log in again to carry on where you were.',
  },
});
