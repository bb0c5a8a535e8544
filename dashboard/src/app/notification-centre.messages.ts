import { defineMessages } from '../../../widgets/src/shared/i18n.js';

export const notificationMessages = defineMessages({
  de: {
    appName: 'Lotse',
    title: 'Benachrichtigungen',
    unread: (n: number) => `${n} ungelesen`,
    noneUnread: 'keine ungelesen',
    empty: 'Noch keine Benachrichtigungen.',
    markAll: 'Alle als gelesen markieren',
    settings: 'Hinweise',
    sound: 'Ton abspielen',
    desktop: 'Browser-Benachrichtigung, wenn der Tab im Hintergrund ist',
    several: (n: number) => `${n} neue Benachrichtigungen`,
    text: (kind: string, about: string) => {
      const what = about ? `: ${about}` : '';
      switch (kind) {
        case 'NEW_REQUEST':
          return `Neue Mailanfrage für Sie${what}`;
        case 'POOL_REQUEST':
          return `Neue Mailanfrage im offenen Pool${what}`;
        case 'CLIENT_REPLIED':
          return `Neue Nachricht zu Ihrer Anfrage${what}`;
        case 'ASSIGNED':
          return `Ihnen zugewiesen${what}`;
        case 'TAKEN_FROM_ME':
          return 'Eine Kollegin oder ein Kollege hat eine Ihrer Anfragen übernommen';
        case 'RELEASED_FROM_ME':
          return about
            ? `Ihre Anfrage „${about}“ wurde in den offenen Pool gegeben`
            : 'Eine Ihrer Anfragen wurde in den offenen Pool gegeben';
        case 'CHAT':
          return `Neue Chatnachricht${about ? ` von ${about}` : ''}`;
        case 'BOOKED':
          return 'Ein neuer Termin wurde bei Ihnen gebucht';
        case 'MISSED':
          return about === '1'
            ? '1 weitere Neuigkeit, während die Verbindung unterbrochen war'
            : `${about} weitere Neuigkeiten, während die Verbindung unterbrochen war`;
        default:
          return kind;
      }
    },
  },
  en: {
    appName: 'Lotse',
    title: 'Notifications',
    unread: (n: number) => `${n} unread`,
    noneUnread: 'none unread',
    empty: 'No notifications yet.',
    markAll: 'Mark all as read',
    settings: 'Alerts',
    sound: 'Play a sound',
    desktop: 'Browser notification while the tab is in the background',
    several: (n: number) => `${n} new notifications`,
    text: (kind: string, about: string) => {
      const what = about ? `: ${about}` : '';
      switch (kind) {
        case 'NEW_REQUEST':
          return `New mail request for you${what}`;
        case 'POOL_REQUEST':
          return `New mail request in the open pool${what}`;
        case 'CLIENT_REPLIED':
          return `New message on your request${what}`;
        case 'ASSIGNED':
          return `Assigned to you${what}`;
        case 'TAKEN_FROM_ME':
          return 'A colleague took over one of your requests';
        case 'RELEASED_FROM_ME':
          return about
            ? `Your request “${about}” was given to the open pool`
            : 'One of your requests was given to the open pool';
        case 'CHAT':
          return `New chat message${about ? ` from ${about}` : ''}`;
        case 'BOOKED':
          return 'A new appointment was booked with you';
        case 'MISSED':
          return about === '1'
            ? '1 more update while the connection was lost'
            : `${about} more updates while the connection was lost`;
        default:
          return kind;
      }
    },
  },
});
