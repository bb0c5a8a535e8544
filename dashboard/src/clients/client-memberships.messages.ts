/** Texts of the client panel's "client groups" section. German first. */
import { defineMessages } from '../../../widgets/src/shared/i18n.js';

export const membershipMessages = defineMessages({
  de: {
    title: 'Klient*innen-Gruppen',
    none: 'In keiner Gruppe.',
    listLabel: 'Gruppen dieser Person',
    remove: 'Entfernen',
    removeLabel: (group: string) => `Aus Gruppe ${group} entfernen`,
    removed: (pseudonym: string, group: string) => `${pseudonym} wurde aus der Gruppe ${group} entfernt.`,
    add: 'Zu Gruppen hinzufügen',
    added: (pseudonym: string, groups: string[]) =>
      `${pseudonym} ist jetzt Mitglied in ${groups.length === 1 ? `der Gruppe ${groups[0]}` : `${groups.length} weiteren Gruppen`}.`,
    chooseOne: 'Bitte wählen Sie mindestens eine Gruppe.',
    allGroups: 'Alle Gruppen',
  },
  en: {
    title: 'Client groups',
    none: 'In no group.',
    listLabel: 'This person’s groups',
    remove: 'Remove',
    removeLabel: (group: string) => `Remove from group ${group}`,
    removed: (pseudonym: string, group: string) => `${pseudonym} was removed from the group ${group}.`,
    add: 'Add to groups',
    added: (pseudonym: string, groups: string[]) =>
      `${pseudonym} is now a member of ${groups.length === 1 ? `the group ${groups[0]}` : `${groups.length} more groups`}.`,
    chooseOne: 'Please choose at least one group.',
    allGroups: 'All groups',
  },
});
