/** Texts of `<lotse-mail-form>`, German first (it defines the keys), English second. */
import { defineMessages } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';

export const messages = defineMessages({
  de: {
    ...sharedMessages.de,
    title: 'Mailberatung',
    loading: 'Wird geladen …',
    unknownOrganisation: 'Dieses Formular ist nicht richtig eingebunden: Die Organisation ist unbekannt.',
    retry: 'Erneut versuchen',

    // headings of the views
    headingCompose: 'Anfrage schreiben',
    headingLogin: 'Anmelden',
    headingSent: 'Ihre Anfrage ist angekommen',
    headingRequests: 'Ihre Anfragen',
    headingInbox: 'Nachrichten der Beratungsstelle',
    inbox: (unread: number) =>
      unread ? `Nachrichten der Beratungsstelle (${unread} neu)` : 'Nachrichten der Beratungsstelle',

    // account bar and navigation
    loggedInAs: (name: string) => `Angemeldet als ${name}`,
    logout: 'Abmelden',
    account: 'Mein Zugang',
    loginToRead: 'Bitte melden Sie sich an, um die Antwort zu lesen.',
    forgotPassword: 'Passwort vergessen?',
    passwordSaved: 'Ihr neues Passwort ist gespeichert.',
    loggedOut: 'Sie sind abgemeldet.',
    sessionEnded: 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.',
    myRequests: 'Meine Anfragen',
    newRequest: 'Neue Anfrage schreiben',
    haveAccount: 'Sie haben schon einmal geschrieben?',
    toLogin: 'Anmelden und Antworten lesen',
    noAccountYet: 'Noch keinen Zugang?',
    toCompose: 'Neue Anfrage schreiben',
    intro:
      'Schreiben Sie uns Ihr Anliegen. Eine Beraterin oder ein Berater antwortet Ihnen hier – anonym, wenn Sie möchten. Die Antwort lesen Sie, indem Sie sich mit Ihrem Pseudonym und Passwort wieder anmelden.',

    // compose: the request
    requestLegend: 'Ihre Anfrage',
    counsellorLegend: 'Wer soll Ihnen antworten? (freiwillig)',
    counsellorHint:
      'Wenn die gewählte Person gerade keine Anfragen annehmen kann, antwortet jemand anderes aus dem Team.',
    noPreference: 'Egal – die nächste freie Person',
    languages: 'Sprachen',
    topic: 'Thema (freiwillig)',
    topicNone: 'Kein bestimmtes Thema',
    subject: 'Betreff',
    subjectHint: 'Eine Zeile, höchstens 200 Zeichen. Der Betreff kann später nicht mehr geändert werden.',
    message: 'Ihre Nachricht',
    messageHint: 'Höchstens 20.000 Zeichen.',
    charactersLeft: (n: number) => `Noch ${n.toLocaleString('de-DE')} Zeichen`,
    required: '(Pflichtangabe)',

    // compose: request data
    aboutYouLegend: 'Angaben zu Ihrer Person (freiwillig)',
    aboutYouHint: 'Diese Angaben helfen uns, Sie gut zu beraten. Sie können jedes Feld leer lassen.',
    notSpecified: 'Keine Angabe',
    numberHint: 'Eine Zahl, z. B. 42.',

    // compose: access
    accessLegend: 'Ihr Zugang, um die Antwort zu lesen',
    accessHint:
      'Sie brauchen keinen echten Namen. Merken Sie sich Pseudonym und Passwort gut: Damit melden Sie sich wieder an, um die Antwort zu lesen.',
    pseudonym: 'Pseudonym',
    pseudonymHint:
      '3 bis 64 Zeichen: Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich. Am besten nicht Ihr echter Name.',
    password: 'Passwort',
    passwordHint:
      'Mindestens 10 Zeichen. Es darf weder Ihr Pseudonym noch Ihre E-Mail-Adresse enthalten und muss schwer zu erraten sein – zum Beispiel mehrere ungewöhnliche Wörter oder eine Mischung aus Wörtern, Ziffern und Sonderzeichen.',
    passwordRepeat: 'Passwort wiederholen',
    email: 'E-Mail-Adresse (freiwillig)',
    emailHint:
      'Nur, damit wir Ihnen Bescheid geben können, wenn eine Antwort da ist, und Sie ein vergessenes Passwort zurücksetzen können. Die E-Mail enthält keine Inhalte Ihrer Anfrage.',
    writingAs: (name: string) => `Sie schreiben als ${name}.`,
    consentBefore: 'Ich habe die ',
    privacyNotice: 'Datenschutzhinweise',
    consentAfter: (org: string) =>
      ` gelesen und bin einverstanden, dass ${org} mein Pseudonym, meine Nachrichten, meine freiwilligen Angaben und gegebenenfalls meine E-Mail-Adresse für die Beratung speichert.`,
    consentPlain: (org: string) =>
      `Ich bin einverstanden, dass ${org} mein Pseudonym, meine Nachrichten, meine freiwilligen Angaben und gegebenenfalls meine E-Mail-Adresse für die Beratung speichert.`,
    newWindow: '(öffnet ein neues Fenster)',
    send: 'Anfrage senden',
    sending: 'Ihre Anfrage wird gesendet …',

    // field problems
    subjectRequired: 'Bitte geben Sie einen Betreff an.',
    subjectTooLong: 'Der Betreff darf höchstens 200 Zeichen haben.',
    subjectInvalid: 'Bitte geben Sie einen einzeiligen Betreff mit höchstens 200 Zeichen an.',
    messageRequired: 'Bitte schreiben Sie eine Nachricht.',
    messageTooLong: 'Die Nachricht darf höchstens 20.000 Zeichen haben.',
    messageInvalid: 'Bitte schreiben Sie eine Nachricht mit höchstens 20.000 Zeichen.',
    counsellorUnavailable:
      'Diese Person kann gerade nicht gewählt werden. Die Auswahl ist aktualisiert – bitte wählen Sie erneut.',
    topicUnavailable: 'Dieses Thema gibt es nicht mehr. Bitte wählen Sie erneut.',
    dataTooLong: 'Höchstens 200 Zeichen.',
    dataNumber: 'Bitte geben Sie eine Zahl an oder lassen Sie das Feld leer.',
    dataInvalid: 'Diese Angabe passt nicht. Bitte wählen Sie erneut oder lassen Sie das Feld leer.',
    pseudonymRequired: 'Bitte wählen Sie ein Pseudonym.',
    pseudonymTooShort: 'Das Pseudonym braucht mindestens 3 Zeichen.',
    pseudonymTooLong: 'Das Pseudonym darf höchstens 64 Zeichen haben.',
    pseudonymCharacters: 'Bitte nur Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich verwenden.',
    pseudonymInvalid: 'Bitte 3 bis 64 Zeichen verwenden: Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich.',
    pseudonymTaken:
      'Dieses Pseudonym ist schon vergeben. Bitte wählen Sie ein anderes – oder melden Sie sich an, wenn es Ihres ist.',
    passwordRequired: 'Bitte wählen Sie ein Passwort.',
    passwordTooShort: (n: number) => `Das Passwort braucht mindestens 10 Zeichen (bisher ${n}).`,
    passwordTooShortPlain: 'Das Passwort braucht mindestens 10 Zeichen.',
    passwordTooLong: 'Das Passwort darf höchstens 200 Zeichen haben.',
    passwordPersonal: 'Das Passwort darf weder Ihr Pseudonym noch Ihre E-Mail-Adresse enthalten.',
    /** The API's message is English (with zxcvbn's hints); German readers get this one. */
    passwordWeak: (_server?: string) =>
      'Dieses Passwort ist zu leicht zu erraten. Machen Sie es länger, mit ungewöhnlichen Wörtern, oder fügen Sie Ziffern und Sonderzeichen an unerwarteten Stellen ein.',
    passwordInvalid: 'Dieses Passwort erfüllt die Regeln nicht.',
    passwordRepeatRequired: 'Bitte wiederholen Sie das Passwort.',
    passwordMismatch: 'Die beiden Passwörter stimmen nicht überein.',
    emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse an oder lassen Sie das Feld leer.',
    emailTaken:
      'Mit dieser E-Mail-Adresse gibt es schon einen Zugang. Bitte melden Sie sich an oder lassen Sie das Feld leer.',
    consentRequired: 'Bitte stimmen Sie zu, damit wir Ihre Anfrage bearbeiten können.',
    replyRequired: 'Bitte schreiben Sie eine Nachricht.',
    loginRequired: 'Bitte geben Sie Ihr Pseudonym oder Ihre E-Mail-Adresse an.',
    loginPasswordRequired: 'Bitte geben Sie Ihr Passwort an.',
    invalidValue: 'Diese Angabe ist ungültig.',
    formErrors: (n: number) => (n === 1 ? 'Bitte prüfen Sie eine Angabe.' : `Bitte prüfen Sie ${n} Angaben.`),

    // login
    login: 'Pseudonym oder E-Mail-Adresse',
    loginPassword: 'Passwort',
    loginHint: 'Mit dem Pseudonym und Passwort, die Sie bei Ihrer ersten Anfrage gewählt haben.',
    loginSubmit: 'Anmelden',
    loggingIn: 'Sie werden angemeldet …',
    loginFailed: 'Pseudonym, E-Mail-Adresse oder Passwort stimmen nicht. Bitte versuchen Sie es noch einmal.',
    loginBlocked: 'Dieser Zugang ist gesperrt. Bitte wenden Sie sich an die Beratungsstelle.',
    notAClient: 'Dieser Zugang gehört zum Team der Beratungsstelle. Hier melden sich Ratsuchende an.',
    loggedIn: (name: string) => `Angemeldet als ${name}.`,

    // sent
    sentThanks: (name: string) => `Vielen Dank für Ihre Nachricht, ${name}.`,
    sentWho: (name: string) => `${name} wird Ihnen antworten.`,
    sentWhoUnknown: 'Eine Beraterin oder ein Berater wird Ihnen antworten.',
    howToComeBack: 'So lesen Sie die Antwort',
    comeBackSteps:
      'Öffnen Sie später wieder diese Seite, wählen Sie „Anmelden und Antworten lesen“ und melden Sie sich mit Ihrem Pseudonym und Ihrem Passwort an.',
    comeBackPageLabel: 'Adresse dieser Seite',
    yourPseudonym: 'Ihr Pseudonym',
    noteCredentials:
      'Notieren Sie sich Pseudonym und Passwort. Ohne E-Mail-Adresse können wir ein vergessenes Passwort nicht zurücksetzen.',
    mailNotice: 'Wir schreiben Ihnen eine E-Mail, sobald eine Antwort da ist. Die E-Mail enthält keine Inhalte.',
    stillLoggedIn:
      'Sie sind auf diesem Gerät angemeldet. Melden Sie sich ab, wenn Sie fertig sind – besonders auf einem Gerät, das auch andere nutzen.',
    openRequest: 'Anfrage ansehen',

    // requests
    noRequests: 'Sie haben noch keine Anfragen geschrieben.',
    requestCount: (n: number) => (n === 1 ? '1 Anfrage' : `${n} Anfragen`),
    loadMore: 'Weitere Anfragen laden',
    refresh: 'Aktualisieren',
    lastMessage: (when: string) => `Letzte Nachricht: ${when}`,
    statusWAITING: 'Wartet auf Antwort',
    statusANSWERED: 'Beantwortet',
    statusCLOSED: 'Abgeschlossen',
    status: 'Status',
    counsellor: 'Beratung',

    // thread
    backToRequests: 'Zurück zu meinen Anfragen',
    thread: 'Nachrichten',
    you: 'Sie',
    counsellorFallback: 'Beratung',
    reply: 'Ihre Antwort',
    replyHint: 'Höchstens 20.000 Zeichen.',
    sendReply: 'Antwort senden',
    sendingReply: 'Ihre Antwort wird gesendet …',
    replySent: 'Ihre Antwort ist gesendet.',
    closedNotice:
      'Diese Anfrage ist abgeschlossen. Wenn Sie wieder etwas auf dem Herzen haben, schreiben Sie gern eine neue Anfrage.',
    requestNotFound: 'Diese Anfrage wurde nicht gefunden.',

    // general errors
    genericError: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es noch einmal.',
    errorReference: (id: string) => `Fehlernummer: ${id}`,
    networkError:
      'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
    rateLimited: (seconds: number) =>
      `Zu viele Versuche in kurzer Zeit. Bitte warten Sie ${seconds} Sekunden und versuchen Sie es dann noch einmal.`,
  },
  en: {
    ...sharedMessages.en,
    title: 'Mail counselling',
    loading: 'Loading …',
    unknownOrganisation: 'This form is not set up correctly: the organisation is unknown.',
    retry: 'Try again',

    headingCompose: 'Write a request',
    headingLogin: 'Log in',
    headingSent: 'Your request has arrived',
    headingRequests: 'Your requests',
    headingInbox: 'Messages from the organisation',
    inbox: (unread: number) =>
      unread ? `Messages from the organisation (${unread} new)` : 'Messages from the organisation',

    loggedInAs: (name: string) => `Logged in as ${name}`,
    logout: 'Log out',
    account: 'My account',
    loginToRead: 'Please log in to read the answer.',
    forgotPassword: 'Forgotten your password?',
    passwordSaved: 'Your new password is saved.',
    loggedOut: 'You are logged out.',
    sessionEnded: 'Your login has expired. Please log in again.',
    myRequests: 'My requests',
    newRequest: 'Write a new request',
    haveAccount: 'You have written to us before?',
    toLogin: 'Log in and read answers',
    noAccountYet: 'No access yet?',
    toCompose: 'Write a new request',
    intro:
      'Tell us what is on your mind. A counsellor will answer you here – anonymously, if you like. To read the answer, log in again with your pseudonym and password.',

    requestLegend: 'Your request',
    counsellorLegend: 'Who should answer you? (optional)',
    counsellorHint: 'If the person you choose cannot take requests right now, someone else from the team will answer.',
    noPreference: 'No preference – the next available person',
    languages: 'Languages',
    topic: 'Topic (optional)',
    topicNone: 'No particular topic',
    subject: 'Subject',
    subjectHint: 'One line, at most 200 characters. The subject cannot be changed later.',
    message: 'Your message',
    messageHint: 'At most 20,000 characters.',
    charactersLeft: (n: number) => `${n.toLocaleString('en-GB')} characters left`,
    required: '(required)',

    aboutYouLegend: 'About you (optional)',
    aboutYouHint: 'These details help us to counsel you well. You may leave any of them empty.',
    notSpecified: 'Not specified',
    numberHint: 'A number, e.g. 42.',

    accessLegend: 'Your access to read the answer',
    accessHint:
      'You need no real name. Keep your pseudonym and password safe: you log in with them again to read the answer.',
    pseudonym: 'Pseudonym',
    pseudonymHint: '3 to 64 characters: letters, digits, dot, underscore and hyphen. Preferably not your real name.',
    password: 'Password',
    passwordHint:
      'At least 10 characters. It must contain neither your pseudonym nor your email address and must be hard to guess – for example several unusual words, or a mix of words, digits and symbols.',
    passwordRepeat: 'Repeat password',
    email: 'Email address (optional)',
    emailHint:
      'Only so that we can let you know when an answer has arrived and you can reset a forgotten password. The email contains nothing of your request.',
    writingAs: (name: string) => `You are writing as ${name}.`,
    consentBefore: 'I have read the ',
    privacyNotice: 'privacy notice',
    consentAfter: (org: string) =>
      ` and agree that ${org} stores my pseudonym, my messages, the optional details and, if given, my email address for the counselling.`,
    consentPlain: (org: string) =>
      `I agree that ${org} stores my pseudonym, my messages, the optional details and, if given, my email address for the counselling.`,
    newWindow: '(opens a new window)',
    send: 'Send request',
    sending: 'Sending your request …',

    subjectRequired: 'Please enter a subject.',
    subjectTooLong: 'The subject may have at most 200 characters.',
    subjectInvalid: 'Please enter a subject of one line with at most 200 characters.',
    messageRequired: 'Please write a message.',
    messageTooLong: 'The message may have at most 20,000 characters.',
    messageInvalid: 'Please write a message of at most 20,000 characters.',
    counsellorUnavailable: 'This person cannot be chosen right now. The list has been updated – please choose again.',
    topicUnavailable: 'This topic no longer exists. Please choose again.',
    dataTooLong: 'At most 200 characters.',
    dataNumber: 'Please enter a number or leave the field empty.',
    dataInvalid: 'This value does not fit. Please choose again or leave the field empty.',
    pseudonymRequired: 'Please choose a pseudonym.',
    pseudonymTooShort: 'The pseudonym needs at least 3 characters.',
    pseudonymTooLong: 'The pseudonym may have at most 64 characters.',
    pseudonymCharacters: 'Please use only letters, digits, dot, underscore and hyphen.',
    pseudonymInvalid: 'Please use 3 to 64 characters: letters, digits, dot, underscore and hyphen.',
    pseudonymTaken: 'This pseudonym is already taken. Please choose another one – or log in if it is yours.',
    passwordRequired: 'Please choose a password.',
    passwordTooShort: (n: number) => `The password needs at least 10 characters (so far ${n}).`,
    passwordTooShortPlain: 'The password needs at least 10 characters.',
    passwordTooLong: 'The password may have at most 200 characters.',
    passwordPersonal: 'The password must contain neither your pseudonym nor your email address.',
    /** The API's own message, with zxcvbn's hints for this password, when there is one. */
    passwordWeak: (server?: string) =>
      server ||
      'This password is too easy to guess. Make it longer with unusual words, or add digits and symbols in unexpected places.',
    passwordInvalid: 'This password does not meet the rules.',
    passwordRepeatRequired: 'Please repeat the password.',
    passwordMismatch: 'The two passwords do not match.',
    emailInvalid: 'Please enter a valid email address or leave the field empty.',
    emailTaken: 'There is already an access with this email address. Please log in, or leave the field empty.',
    consentRequired: 'Please agree so that we can handle your request.',
    replyRequired: 'Please write a message.',
    loginRequired: 'Please enter your pseudonym or email address.',
    loginPasswordRequired: 'Please enter your password.',
    invalidValue: 'This value is not valid.',
    formErrors: (n: number) => (n === 1 ? 'Please check one entry.' : `Please check ${n} entries.`),

    login: 'Pseudonym or email address',
    loginPassword: 'Password',
    loginHint: 'With the pseudonym and password you chose with your first request.',
    loginSubmit: 'Log in',
    loggingIn: 'Logging in …',
    loginFailed: 'Pseudonym, email address or password is wrong. Please try again.',
    loginBlocked: 'This access is blocked. Please contact the counselling service.',
    notAClient: 'This access belongs to the counselling team. People seeking advice log in here.',
    loggedIn: (name: string) => `Logged in as ${name}.`,

    sentThanks: (name: string) => `Thank you for your message, ${name}.`,
    sentWho: (name: string) => `${name} will answer you.`,
    sentWhoUnknown: 'A counsellor will answer you.',
    howToComeBack: 'How to read the answer',
    comeBackSteps:
      'Come back to this page later, choose “Log in and read answers” and log in with your pseudonym and your password.',
    comeBackPageLabel: 'Address of this page',
    yourPseudonym: 'Your pseudonym',
    noteCredentials:
      'Write down your pseudonym and password. Without an email address we cannot reset a forgotten password.',
    mailNotice: 'We will email you as soon as there is an answer. The email contains nothing of your request.',
    stillLoggedIn:
      'You are logged in on this device. Log out when you are done – especially on a device that others use too.',
    openRequest: 'View request',

    noRequests: 'You have not written any requests yet.',
    requestCount: (n: number) => (n === 1 ? '1 request' : `${n} requests`),
    loadMore: 'Load more requests',
    refresh: 'Refresh',
    lastMessage: (when: string) => `Last message: ${when}`,
    statusWAITING: 'Waiting for an answer',
    statusANSWERED: 'Answered',
    statusCLOSED: 'Closed',
    status: 'Status',
    counsellor: 'Counsellor',

    backToRequests: 'Back to my requests',
    thread: 'Messages',
    you: 'You',
    counsellorFallback: 'Counsellor',
    reply: 'Your reply',
    replyHint: 'At most 20,000 characters.',
    sendReply: 'Send reply',
    sendingReply: 'Sending your reply …',
    replySent: 'Your reply has been sent.',
    closedNotice: 'This request is closed. If something is on your mind again, you are welcome to write a new request.',
    requestNotFound: 'This request was not found.',

    genericError: 'Something went wrong. Please try again.',
    errorReference: (id: string) => `Error reference: ${id}`,
    networkError: 'No connection to the server. Please check your internet connection and try again.',
    rateLimited: (seconds: number) =>
      `Too many attempts in a short time. Please wait ${seconds} seconds and try again.`,
  },
});

export type MailFormMessages = ReturnType<typeof messages.for>;
