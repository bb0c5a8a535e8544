/** Texts of the client-group picker (group appointments, group chats) and of a group not fitting. German first. */
import { defineMessages } from '../../../widgets/src/shared/i18n.js';

const deList = (names: string[]) =>
  names.length < 2
    ? `„${names[0] ?? ''}“`
    : `${names
        .slice(0, -1)
        .map((n) => `„${n}“`)
        .join(', ')} und „${names[names.length - 1]}“`;
const enList = (names: string[]) =>
  names.length < 2
    ? `“${names[0] ?? ''}”`
    : `${names
        .slice(0, -1)
        .map((n) => `“${n}”`)
        .join(', ')} and “${names[names.length - 1]}”`;

export const pickerMessages = defineMessages({
  de: {
    legend: 'Klient*innen-Gruppen',
    legendMembership: 'Weiteren Gruppen beitreten',
    noneLeft: 'Keine weitere Gruppe gefunden.',
    hintAppointment:
      'Die aktiven Mitglieder der gewählten Gruppen werden jetzt Teilnehmende (eine Momentaufnahme): Wer später in die Gruppe kommt, wird nicht automatisch hinzugefügt. Gesperrte Klient*innen werden übersprungen.',
    hintChat:
      'Die aktiven Mitglieder der gewählten Gruppen kommen jetzt in den Chat (eine Momentaufnahme): Wer später in die Gruppe kommt, wird nicht automatisch hinzugefügt. Gesperrte Klient*innen werden übersprungen.',
    hintMembership:
      'Name und Beschreibung der Gruppe sind für ihre Mitglieder sichtbar. Zu Gruppenterminen und -chats, die die Gruppe schon bekommen haben, kommt die Person nicht automatisch dazu.',
    search: 'Gruppe suchen',
    options: 'Gruppen zur Auswahl',
    option: (name: string, members: number) => `${name} (${members === 1 ? '1 Mitglied' : `${members} Mitglieder`})`,
    loading: 'Gruppen werden geladen …',
    none: 'Keine Gruppe gefunden.',
    noGroups: 'Es gibt noch keine Klient*innen-Gruppen.',
    more: 'Weitere Gruppen: bitte die Suche verfeinern.',
    chosen: (groups: number, members: number) =>
      groups === 0
        ? 'Keine Gruppe gewählt.'
        : `${groups === 1 ? '1 Gruppe' : `${groups} Gruppen`} gewählt, ${members === 1 ? '1 Mitglied' : `${members} Mitglieder`}.`,
    limit: (n: number) => `Höchstens ${n} Gruppen auf einmal.`,
    manage: 'Gruppen verwalten',
    /** GroupFull of a group appointment: who does not fit where. */
    tooMany: (names: string[], requested: number, left: number) =>
      `${names.length === 1 ? `Gruppe ${deList(names)} hat` : `Die Gruppen ${deList(names)} haben zusammen`} ${
        requested === 1 ? '1 Mitglied' : `${requested} Mitglieder`
      }${left === 0 ? ', es ist kein Platz mehr frei' : `, es ${left === 1 ? 'ist nur 1 Platz' : `sind nur ${left} Plätze`} frei`}. Bitte erhöhen Sie die Höchstzahl oder wählen Sie weniger Gruppen.`,
    tooManyNew: (names: string[], requested: number, left: number) =>
      `${names.length === 1 ? `Gruppe ${deList(names)} bringt` : `Die Gruppen ${deList(names)} bringen zusammen`} ${
        requested === 1 ? '1 neue Teilnehmende' : `${requested} neue Teilnehmende`
      }${left === 0 ? ', es ist kein Platz mehr frei' : `, es ${left === 1 ? 'ist nur 1 Platz' : `sind nur ${left} Plätze`} frei`}. Bitte erhöhen Sie zuerst die Höchstzahl.`,
    notEnoughSeats: 'Nicht genug Plätze frei – siehe Klient*innen-Gruppen.',
    chooseOne: 'Bitte wählen Sie mindestens eine Gruppe.',
    addGroups: 'Gruppen hinzufügen',
    seated: (n: number) =>
      n === 0
        ? 'Alle aktiven Mitglieder nehmen schon teil.'
        : `${n === 1 ? '1 Teilnehmende:r' : `${n} Teilnehmende`} aus den Gruppen hinzugefügt.`,
    joined: (n: number) =>
      n === 0
        ? 'Alle aktiven Mitglieder sind schon im Chat.'
        : `${n === 1 ? '1 Mitglied' : `${n} Mitglieder`} hinzugefügt.`,
    groupGone: 'Eine gewählte Gruppe gibt es nicht mehr. Bitte prüfen Sie die Auswahl.',
  },
  en: {
    legend: 'Client groups',
    legendMembership: 'Join more groups',
    noneLeft: 'No further group found.',
    hintAppointment:
      'The active members of the chosen groups become participants now (a snapshot): whoever joins a group later is not added automatically. Blocked clients are skipped.',
    hintChat:
      'The active members of the chosen groups join the chat now (a snapshot): whoever joins a group later is not added automatically. Blocked clients are skipped.',
    hintMembership:
      'The group’s name and description are visible to its members. The person is not added automatically to group appointments and chats the group was added to before.',
    search: 'Find a group',
    options: 'Groups to choose from',
    option: (name: string, members: number) => `${name} (${members === 1 ? '1 member' : `${members} members`})`,
    loading: 'Loading groups …',
    none: 'No group found.',
    noGroups: 'There are no client groups yet.',
    more: 'More groups: please refine the search.',
    chosen: (groups: number, members: number) =>
      groups === 0
        ? 'No group chosen.'
        : `${groups === 1 ? '1 group' : `${groups} groups`} chosen, ${members === 1 ? '1 member' : `${members} members`}.`,
    limit: (n: number) => `At most ${n} groups at once.`,
    manage: 'Manage groups',
    tooMany: (names: string[], requested: number, left: number) =>
      `${names.length === 1 ? `Group ${enList(names)} has` : `The groups ${enList(names)} have`} ${
        requested === 1 ? '1 member' : `${requested} members`
      }${left === 0 ? ', there are no seats left' : `, only ${left === 1 ? '1 seat is' : `${left} seats are`} free`}. Please raise the maximum or choose fewer groups.`,
    tooManyNew: (names: string[], requested: number, left: number) =>
      `${names.length === 1 ? `Group ${enList(names)} brings` : `The groups ${enList(names)} bring`} ${
        requested === 1 ? '1 new participant' : `${requested} new participants`
      }${left === 0 ? ', there are no seats left' : `, only ${left === 1 ? '1 seat is' : `${left} seats are`} free`}. Please raise the maximum first.`,
    notEnoughSeats: 'Not enough seats free – see client groups.',
    chooseOne: 'Please choose at least one group.',
    addGroups: 'Add groups',
    seated: (n: number) =>
      n === 0
        ? 'All active members take part already.'
        : `${n === 1 ? '1 participant' : `${n} participants`} added from the groups.`,
    joined: (n: number) =>
      n === 0 ? 'All active members are in the chat already.' : `${n === 1 ? '1 member' : `${n} members`} added.`,
    groupGone: 'A chosen group no longer exists. Please check the selection.',
  },
});
