/** Texts of `<lotse-account>`, German first (it defines the keys), English second. */
import { defineMessages } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';

export const messages = defineMessages({
  de: {
    ...sharedMessages.de,
    heading: 'Mein Zugang',
    loading: 'Wird geladen …',
    emailHeading: 'E-Mail-Adresse für Benachrichtigungen',
    emailHint:
      'Wir schreiben Ihnen nur, dass eine Antwort da ist – ohne Inhalte. Mit der Adresse können Sie auch ein vergessenes Passwort zurücksetzen.',
    current: (email: string) => `Benachrichtigungen gehen an: ${email}`,
    none: 'Es ist keine E-Mail-Adresse hinterlegt. Sie erhalten keine Benachrichtigungen.',
    pending: (email: string) =>
      `Noch nicht bestätigt: ${email}. Wir haben einen Link an diese Adresse geschickt. Erst wenn Sie ihn öffnen, gehen Benachrichtigungen dorthin.`,
    newEmail: 'Neue E-Mail-Adresse',
    newEmailHint:
      'An diese Adresse schicken wir einen Link. Erst nach der Bestätigung gehen Benachrichtigungen dorthin.',
    password: 'Ihr Passwort',
    passwordHint: 'Zur Sicherheit, damit niemand sonst Ihre Adresse ändern kann.',
    sendLink: 'Bestätigungslink schicken',
    remove: 'Adresse entfernen',
    passwordHeading: 'Passwort',
    changePassword: 'Passwort ändern',
    exportHeading: 'Meine Daten',
    exportHint:
      'Alles, was wir über Sie gespeichert haben und was Sie mit uns ausgetauscht haben: Nachrichten, Chats, Termine und Dokumente, als ZIP-Datei mit einer lesbaren Übersicht (HTML) und maschinenlesbaren Daten (JSON).',
    exportButton: 'Meine Daten herunterladen',
    exportStarted:
      'Der Download hat begonnen. Bewahren Sie die Datei sicher auf: Sie enthält Ihre vertraulichen Gespräche.',
    back: 'Zurück',
    linkSent: (email: string) =>
      `Wir haben einen Link an ${email} geschickt. Öffnen Sie ihn innerhalb von 24 Stunden, um die Adresse zu bestätigen.`,
    removed: 'Ihre E-Mail-Adresse ist entfernt. Sie erhalten keine Benachrichtigungen mehr.',
    unchanged: 'Diese Adresse ist schon hinterlegt.',
    confirmed: 'Ihre E-Mail-Adresse ist bestätigt. Benachrichtigungen gehen ab jetzt dorthin.',
    confirming: 'Ihre E-Mail-Adresse wird bestätigt …',
    passwordChanged: 'Ihr neues Passwort gilt ab jetzt. Andere Anmeldungen sind beendet.',
    required: 'Bitte füllen Sie dieses Feld aus.',
    invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    wrongPassword: 'Das Passwort stimmt nicht.',
    tokenInvalid: 'Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie bitte einen neuen an.',
    taken: 'Diese E-Mail-Adresse gehört schon zu einem anderen Zugang. Bitte wählen Sie eine andere.',
    rateLimited: 'Zu viele Versuche. Bitte warten Sie eine Weile.',
    network: 'Keine Verbindung zum Server. Bitte versuchen Sie es gleich noch einmal.',
    failed: 'Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.',
  },
  en: {
    ...sharedMessages.en,
    heading: 'My account',
    loading: 'Loading …',
    emailHeading: 'Email address for notifications',
    emailHint:
      'We only write that an answer has arrived – without any content. With the address you can also reset a forgotten password.',
    current: (email: string) => `Notifications go to: ${email}`,
    none: 'No email address is stored. You receive no notifications.',
    pending: (email: string) =>
      `Not confirmed yet: ${email}. We sent a link to this address. Notifications go there only once you open it.`,
    newEmail: 'New email address',
    newEmailHint: 'We send a link to this address. Notifications go there only once you confirm it.',
    password: 'Your password',
    passwordHint: 'For your safety, so that nobody else can change your address.',
    sendLink: 'Send confirmation link',
    remove: 'Remove address',
    passwordHeading: 'Password',
    changePassword: 'Change password',
    exportHeading: 'My data',
    exportHint:
      'Everything we keep about you and everything you exchanged with us: messages, chats, appointments and documents, as a ZIP file with a readable overview (HTML) and machine-readable data (JSON).',
    exportButton: 'Download my data',
    exportStarted: 'The download has started. Keep the file safe: it contains your confidential conversations.',
    back: 'Back',
    linkSent: (email: string) => `We sent a link to ${email}. Open it within 24 hours to confirm the address.`,
    removed: 'Your email address is removed. You will receive no more notifications.',
    unchanged: 'This address is stored already.',
    confirmed: 'Your email address is confirmed. Notifications go there from now on.',
    confirming: 'Confirming your email address …',
    passwordChanged: 'Your new password applies from now on. Other logins have ended.',
    required: 'Please fill in this field.',
    invalidEmail: 'Please enter a valid email address.',
    wrongPassword: 'The password is not right.',
    tokenInvalid: 'This link has expired or was used already. Please ask for a new one.',
    taken: 'This email address belongs to another account already. Please choose another one.',
    rateLimited: 'Too many attempts. Please wait a while.',
    network: 'No connection to the server. Please try again shortly.',
    failed: 'That did not work. Please try again.',
  },
});

export type AccountMessages = ReturnType<typeof messages.for>;
