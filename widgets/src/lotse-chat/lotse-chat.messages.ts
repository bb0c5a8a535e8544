/** Texts of `<lotse-chat>`, German first (it defines the keys), English second. */
import { defineMessages } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';

export const messages = defineMessages({
  de: {
    ...sharedMessages.de,
    /** Which catalogue this is (the lazily loaded views pick their own texts by it). */
    lang: 'de',
    // the bubble
    bubble: 'Chat',
    reachable: 'jetzt erreichbar',
    unreachable: 'gerade niemand erreichbar',
    noConnection: 'keine Verbindung',
    statusNoConnection: 'Keine Verbindung zum Server. Wir versuchen es weiter …',
    unread: (n: number) => (n === 1 ? '1 ungelesene Nachricht' : `${n} ungelesene Nachrichten`),
    newMessageFrom: (name: string) => `Neue Nachricht von ${name} im Chat`,

    // the panel
    title: 'Live-Chat',
    close: 'Chat schließen',
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    unknownOrganisation: 'Dieser Chat ist nicht richtig eingebunden: Die Organisation ist unbekannt.',
    failedToLoad: 'Der Chat konnte nicht geladen werden.',
    statusReachable: 'Jetzt ist jemand aus dem Beratungsteam erreichbar.',
    statusUnreachable: 'Gerade ist niemand im Chat erreichbar.',
    counterpartOnline: (name: string) => `${name} ist online.`,
    counterpartNotOnline: (name: string) => `${name} ist gerade nicht online.`,
    counterpartOffline: (name: string) =>
      `${name} ist gerade nicht online. Ihre Nachricht wird gelesen, sobald ${name} wieder da ist.`,
    counterpartUnavailable: (name: string) => `${name} ist im Moment nicht erreichbar.`,

    // start
    startIntro:
      'Chatten Sie anonym mit einer Beraterin oder einem Berater. Sie brauchen nur ein Pseudonym, keinen echten Namen.',
    pseudonym: 'Ihr Pseudonym',
    pseudonymHint:
      '3 bis 64 Zeichen: Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich. Am besten nicht Ihr echter Name.',
    pseudonymRequired: 'Bitte wählen Sie ein Pseudonym.',
    pseudonymTooShort: 'Das Pseudonym braucht mindestens 3 Zeichen.',
    pseudonymTooLong: 'Das Pseudonym darf höchstens 64 Zeichen haben.',
    pseudonymCharacters: 'Bitte nur Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich verwenden.',
    pseudonymTaken: 'Dieses Pseudonym ist schon vergeben. Bitte wählen Sie ein anderes – oder melden Sie sich an.',
    startChat: 'Chat starten',
    starting: 'Chat wird gestartet …',
    keptNote: 'Der Chat bleibt in diesem Browser erhalten, auch wenn Sie die Seite neu laden.',
    haveAccount: 'Sie haben schon einen Zugang mit Passwort?',
    toLogin: 'Anmelden',
    loggedInAs: (name: string) => `Angemeldet als ${name}`,
    started: (name: string) => `Chat mit ${name} gestartet.`,

    // login
    loggingIn: 'Anmeldung läuft …',
    back: 'Zurück',

    // logout
    logout: 'Abmelden',
    account: 'Mein Zugang',
    logoutQuestion:
      'Wirklich abmelden? Diesen Chat sehen Sie danach nur wieder, wenn Sie sich mit Pseudonym und Passwort anmelden.',
    logoutCancel: 'Angemeldet bleiben',
    loggedOut: 'Sie sind abgemeldet.',
    sessionEnded: 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.',

    // mail fallback
    mailIntro: 'Schreiben Sie uns eine Nachricht – wir antworten so bald wie möglich.',
    nowReachable: 'Jetzt ist jemand im Chat erreichbar.',
    haveChat: 'Sie haben schon einen Chat-Zugang mit Passwort?',
    writeMail: 'Lieber eine Mailanfrage schreiben',
    backToChat: 'Zurück zum Chat',

    // the conversation
    messagesLabel: 'Nachrichten',
    you: 'Sie',
    emptyChat: (name: string) => `Schreiben Sie Ihre erste Nachricht – ${name} antwortet hier.`,
    loadOlder: 'Ältere Nachrichten laden',
    typing: (name: string) => `${name} schreibt …`,
    composer: 'Ihre Nachricht',
    composerHint: 'Die Eingabetaste sendet, Umschalt und Eingabetaste beginnen eine neue Zeile.',
    send: 'Senden',
    attach: 'Datei anhängen',
    sending: 'Wird gesendet …',
    notSent: 'Nicht gesendet.',
    resend: 'Erneut senden',
    messageTooLong: (max: number) => `Die Nachricht darf höchstens ${max.toLocaleString('de-DE')} Zeichen haben.`,
    reconnecting: 'Verbindung unterbrochen – neuer Versuch läuft …',
    reconnected: 'Wieder verbunden.',

    // uploads and video
    uploading: (name: string, percent: number) => `${name} wird hochgeladen: ${percent} %`,
    uploadFailed: (name: string) => `${name} wurde nicht gesendet.`,
    cancelUpload: 'Hochladen abbrechen',
    dismiss: 'Meldung schließen',
    fileEmpty: 'Die Datei ist leer.',
    fileTooLarge: (mb: string | null) =>
      mb ? `Die Datei ist zu groß (höchstens ${mb} MB).` : 'Die Datei ist zu groß.',
    fileType: 'Diese Dateiart wird nicht angenommen. Möglich sind Bilder, PDF, Text- und Office-Dokumente.',
    videoLink: 'Videochat beitreten',

    // errors
    networkError: 'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung.',
    rateLimited: (seconds: number) =>
      `Zu viele Versuche. Bitte warten Sie ${Math.ceil(seconds / 60)} ${seconds > 60 ? 'Minuten' : 'Minute'}.`,
    genericError: 'Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.',
    errorReference: (id: string) => `(Fehlernummer ${id})`,
    nobodyReachableNow: 'Gerade ist doch niemand im Chat erreichbar. Schreiben Sie uns gern eine Nachricht.',
    counsellorRefused: 'Diese Person kann gerade keine Nachrichten annehmen.',
  },
  en: {
    ...sharedMessages.en,
    lang: 'en',
    bubble: 'Chat',
    reachable: 'available now',
    unreachable: 'nobody available right now',
    noConnection: 'no connection',
    statusNoConnection: 'No connection to the server. We keep trying …',
    unread: (n: number) => (n === 1 ? '1 unread message' : `${n} unread messages`),
    newMessageFrom: (name: string) => `New chat message from ${name}`,

    title: 'Live chat',
    close: 'Close chat',
    loading: 'Loading …',
    retry: 'Try again',
    unknownOrganisation: 'This chat is not embedded correctly: the organisation is unknown.',
    failedToLoad: 'The chat could not be loaded.',
    statusReachable: 'A counsellor is available now.',
    statusUnreachable: 'Nobody is available in the chat right now.',
    counterpartOnline: (name: string) => `${name} is online.`,
    counterpartNotOnline: (name: string) => `${name} is not online right now.`,
    counterpartOffline: (name: string) =>
      `${name} is not online right now. Your message will be read once ${name} is back.`,
    counterpartUnavailable: (name: string) => `${name} cannot be reached at the moment.`,

    startIntro: 'Chat anonymously with a counsellor. All you need is a pseudonym, not your real name.',
    pseudonym: 'Your pseudonym',
    pseudonymHint: '3 to 64 characters: letters, digits, dot, underscore and hyphen. Preferably not your real name.',
    pseudonymRequired: 'Please choose a pseudonym.',
    pseudonymTooShort: 'The pseudonym needs at least 3 characters.',
    pseudonymTooLong: 'The pseudonym may have at most 64 characters.',
    pseudonymCharacters: 'Please use only letters, digits, dot, underscore and hyphen.',
    pseudonymTaken: 'This pseudonym is already taken. Please choose another one – or log in.',
    startChat: 'Start chat',
    starting: 'Starting the chat …',
    keptNote: 'The chat stays in this browser, also when you reload the page.',
    haveAccount: 'Do you have an account with a password?',
    toLogin: 'Log in',
    loggedInAs: (name: string) => `Logged in as ${name}`,
    started: (name: string) => `Chat with ${name} started.`,

    loggingIn: 'Logging in …',
    back: 'Back',

    logout: 'Log out',
    account: 'My account',
    logoutQuestion: 'Really log out? You will only see this chat again by logging in with pseudonym and password.',
    logoutCancel: 'Stay logged in',
    loggedOut: 'You are logged out.',
    sessionEnded: 'Your session has expired. Please log in again.',

    mailIntro: 'Send us a message – we will answer as soon as we can.',
    nowReachable: 'Somebody is available in the chat now.',
    haveChat: 'Do you have a chat account with a password?',
    writeMail: 'Write a mail request instead',
    backToChat: 'Back to the chat',

    messagesLabel: 'Messages',
    you: 'You',
    emptyChat: (name: string) => `Write your first message – ${name} will answer here.`,
    loadOlder: 'Load older messages',
    typing: (name: string) => `${name} is typing …`,
    composer: 'Your message',
    composerHint: 'Enter sends, Shift and Enter start a new line.',
    send: 'Send',
    attach: 'Attach a file',
    sending: 'Sending …',
    notSent: 'Not sent.',
    resend: 'Send again',
    messageTooLong: (max: number) => `The message may have at most ${max.toLocaleString('en-GB')} characters.`,
    reconnecting: 'Connection lost – trying again …',
    reconnected: 'Connected again.',

    uploading: (name: string, percent: number) => `Uploading ${name}: ${percent} %`,
    uploadFailed: (name: string) => `${name} was not sent.`,
    cancelUpload: 'Cancel upload',
    dismiss: 'Dismiss',
    fileEmpty: 'The file is empty.',
    fileTooLarge: (mb: string | null) => (mb ? `The file is too large (at most ${mb} MB).` : 'The file is too large.'),
    fileType: 'This kind of file is not accepted. Images, PDF, text and office documents are.',
    videoLink: 'Join the video chat',

    networkError: 'No connection to the server. Please check your internet connection.',
    rateLimited: (seconds: number) =>
      `Too many attempts. Please wait ${Math.ceil(seconds / 60)} ${seconds > 60 ? 'minutes' : 'minute'}.`,
    genericError: 'Something went wrong. Please try again.',
    errorReference: (id: string) => `(error reference ${id})`,
    nobodyReachableNow: 'Nobody is available in the chat after all. You are welcome to send us a message.',
    counsellorRefused: 'This person cannot take messages right now.',
  },
});

export type ChatMessages = (typeof messages)['de'];
