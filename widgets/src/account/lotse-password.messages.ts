import { defineMessages } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';

export const messages = defineMessages({
  de: {
    ...sharedMessages.de,
    forgotHeading: 'Passwort vergessen',
    forgotHint:
      'Geben Sie Ihr Pseudonym und die E-Mail-Adresse Ihres Zugangs ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
    setHeading: 'Neues Passwort festlegen',
    changeHeading: 'Passwort ändern',
    loginName: 'Pseudonym',
    email: 'E-Mail-Adresse',
    current: 'Bisheriges Passwort',
    newPassword: 'Neues Passwort',
    repeat: 'Neues Passwort wiederholen',
    sendLink: 'Link schicken',
    save: 'Passwort speichern',
    cancel: 'Zurück',
    backToLogin: 'Zurück zur Anmeldung',
    required: 'Bitte füllen Sie dieses Feld aus.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    wrongPassword: 'Das bisherige Passwort stimmt nicht.',
    tokenInvalid: 'Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie bitte einen neuen an.',
    rateLimited: 'Zu viele Versuche. Bitte warten Sie einen Moment.',
    network: 'Keine Verbindung zum Server. Bitte versuchen Sie es gleich noch einmal.',
    failed: 'Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.',
    mailSent:
      'Wenn Pseudonym und E-Mail-Adresse zu einem Zugang gehören, ist ein Link unterwegs. Er ist eine Stunde gültig.',
    changed: 'Ihr neues Passwort gilt ab jetzt. Sie sind angemeldet.',
    // The password rules, worded as in the mail form's registration.
    passwordHint:
      'Mindestens 10 Zeichen. Es darf weder Ihr Pseudonym noch Ihre E-Mail-Adresse enthalten und muss schwer zu erraten sein – zum Beispiel mehrere ungewöhnliche Wörter oder eine Mischung aus Wörtern, Ziffern und Sonderzeichen.',
    tooShort: 'Das Passwort braucht mindestens 10 Zeichen.',
    tooLong: 'Das Passwort darf höchstens 200 Zeichen haben.',
    personal: 'Das Passwort darf weder Ihr Pseudonym noch Ihre E-Mail-Adresse enthalten.',
    unchanged: 'Das neue Passwort muss sich vom bisherigen unterscheiden.',
    /** The API's message is English (with zxcvbn's hints); German readers get this one. */
    weak: (_server?: string) =>
      'Dieses Passwort ist zu leicht zu erraten. Machen Sie es länger, mit ungewöhnlichen Wörtern, oder fügen Sie Ziffern und Sonderzeichen an unerwarteten Stellen ein.',
  },
  en: {
    ...sharedMessages.en,
    forgotHeading: 'Forgotten password',
    forgotHint:
      'Enter your pseudonym and the email address of your account. We will send you a link to choose a new password.',
    setHeading: 'Choose a new password',
    changeHeading: 'Change password',
    loginName: 'Pseudonym',
    email: 'Email address',
    current: 'Current password',
    newPassword: 'New password',
    repeat: 'Repeat new password',
    sendLink: 'Send link',
    save: 'Save password',
    cancel: 'Back',
    backToLogin: 'Back to login',
    required: 'Please fill in this field.',
    mismatch: 'The two passwords differ.',
    invalidEmail: 'Please enter a valid email address.',
    wrongPassword: 'The current password is not right.',
    tokenInvalid: 'This link has expired or was used already. Please ask for a new one.',
    rateLimited: 'Too many attempts. Please wait a moment.',
    network: 'No connection to the server. Please try again shortly.',
    failed: 'That did not work. Please try again.',
    mailSent: 'If pseudonym and email address belong to an account, a link is on its way. It is valid for one hour.',
    changed: 'Your new password applies from now on. You are logged in.',
    passwordHint:
      'At least 10 characters. It must contain neither your pseudonym nor your email address and must be hard to guess – for example several unusual words, or a mix of words, digits and symbols.',
    tooShort: 'The password needs at least 10 characters.',
    tooLong: 'The password may have at most 200 characters.',
    personal: 'The password must contain neither your pseudonym nor your email address.',
    unchanged: 'The new password must differ from the current one.',
    /** The API's own message, with zxcvbn's hints for this password. */
    weak: (server?: string) =>
      server ||
      'This password is too easy to guess. Make it longer with unusual words, or add digits and symbols in unexpected places.',
  },
});

export type PasswordMessages = ReturnType<typeof messages.for>;
