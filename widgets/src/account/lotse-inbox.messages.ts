/** Texts of `<lotse-inbox>`. German first. */
import { defineMessages, plural } from '../shared/i18n.js';

export const messages = defineMessages({
  de: {
    loading: 'Wird geladen …',
    failed: 'Die Nachrichten konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
    empty: 'Die Beratungsstelle hat Ihnen noch keine Nachricht geschickt.',
    more: 'Weitere laden',
    unread: 'neu',
    count: (n: number) => plural('de', n, { one: '1 Nachricht', other: `${n} Nachrichten` }),
    from: (name: string) => `Von ${name}`,
  },
  en: {
    loading: 'Loading …',
    failed: 'The messages could not be loaded.',
    retry: 'Try again',
    empty: 'The organisation has not sent you a message yet.',
    more: 'Load more',
    unread: 'new',
    count: (n: number) => plural('en', n, { one: '1 message', other: `${n} messages` }),
    from: (name: string) => `From ${name}`,
  },
});

export type InboxMessages = ReturnType<typeof messages.for>;
