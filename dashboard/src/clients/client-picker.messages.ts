/** Texts of the client picker (appointments with a client, group participants). German first. */
import { defineMessages } from '../../../widgets/src/shared/i18n.js';

export const clientPickerMessages = defineMessages({
  de: {
    legend: 'Ratsuchende:r',
    search: 'Suchen nach Pseudonym oder Klientennummer',
    hint: 'Alle aktiven Ratsuchenden Ihrer Organisation; beobachtete zuerst. Gesperrte und zur Löschung vorgemerkte können keine Termine bekommen.',
    options: 'Gefundene Ratsuchende',
    option: (pseudonym: string, clientNumber: string) => `${pseudonym} (${clientNumber})`,
    status: (status: string): string =>
      status === 'BLOCKED' ? 'gesperrt' : status === 'DELETION_PENDING' ? 'Löschung vorgemerkt' : '',
    loading: 'Ratsuchende werden geladen …',
    none: 'Niemand gefunden.',
    noneLeft: 'Niemand weiteres gefunden.',
    noClients: 'Es gibt noch keine Ratsuchenden.',
    more: (shown: number, total: number) => `${shown} von ${total} angezeigt: Für weitere bitte die Suche verfeinern.`,
    found: (n: number) => (n === 1 ? '1 Person gefunden.' : `${n} Personen gefunden.`),
    chosenOne: (label: string) => `Gewählt: ${label}.`,
    chosenMany: (n: number) =>
      n === 0 ? 'Niemand gewählt.' : n === 1 ? '1 Person gewählt.' : `${n} Personen gewählt.`,
    nobody: 'Noch niemand gewählt.',
    required: 'Bitte wählen Sie eine:n Ratsuchende:n.',
    notActive: (name: string) => `${name} ist nicht aktiv und kann nicht gewählt werden.`,
  },
  en: {
    legend: 'Client',
    search: 'Search by pseudonym or client number',
    hint: 'All active clients of your organisation; watched ones first. Blocked clients and those marked for deletion cannot get appointments.',
    options: 'Clients found',
    option: (pseudonym: string, clientNumber: string) => `${pseudonym} (${clientNumber})`,
    status: (status: string): string =>
      status === 'BLOCKED' ? 'blocked' : status === 'DELETION_PENDING' ? 'marked for deletion' : '',
    loading: 'Loading clients …',
    none: 'Nobody found.',
    noneLeft: 'Nobody else found.',
    noClients: 'There are no clients yet.',
    more: (shown: number, total: number) => `${shown} of ${total} shown: please refine the search for more.`,
    found: (n: number) => (n === 1 ? '1 person found.' : `${n} people found.`),
    chosenOne: (label: string) => `Chosen: ${label}.`,
    chosenMany: (n: number) => (n === 0 ? 'Nobody chosen.' : n === 1 ? '1 person chosen.' : `${n} people chosen.`),
    nobody: 'Nobody chosen yet.',
    required: 'Please choose a client.',
    notActive: (name: string) => `${name} is not active and cannot be chosen.`,
  },
});
