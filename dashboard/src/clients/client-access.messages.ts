/** Texts of the client panel's access actions (set password, send invitation). German first. */
import { defineMessages } from '../../../widgets/src/shared/i18n.js';

export const clientAccessMessages = defineMessages({
  de: {
    setPassword: 'Passwort vergeben',
    invite: 'Einladung versenden',
    noEmail: 'Keine E-Mail-Adresse hinterlegt: Eine Einladung ist nicht möglich. Vergeben Sie das Passwort direkt.',
    cannotLogIn: 'Gesperrte Personen können nicht eingeladen werden.',
    passwordTitle: (name: string) => `Passwort für ${name} vergeben`,
    passwordText:
      'Alle laufenden Sitzungen der Person enden. Geben Sie das Passwort nur über einen geschützten Weg weiter; die Person sollte es nach der Anmeldung ändern.',
    password: 'Neues Passwort',
    passwordHint: 'Mindestens 10 Zeichen; nicht das Pseudonym.',
    repeat: 'Passwort wiederholen',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    required: 'Bitte ausfüllen.',
    save: 'Passwort speichern',
    cancel: 'Abbrechen',
    passwordSet: (name: string) =>
      `Neues Passwort für ${name} gespeichert. Laufende Sitzungen der Person sind beendet.`,
    inviteTitle: (name: string) => `Einladung an ${name} versenden?`,
    inviteText:
      'Die Person erhält eine E-Mail mit einem Link, über den sie im Formular der Mailberatung ihr Passwort festlegt. Der Link ist 7 Tage gültig.',
    inviteYes: 'Einladung senden',
    invited: (name: string, until: string) => `Einladung an ${name} verschickt. Der Link ist gültig bis ${until}.`,
    reason: (reason: string | undefined, fallback: string) =>
      ({
        NO_EMAIL: 'Für diese Person ist keine E-Mail-Adresse hinterlegt.',
        ACCOUNT_CANNOT_LOG_IN: 'Diese Person kann sich derzeit nicht anmelden (gesperrt oder gelöscht).',
        PASSWORD_TOO_SHORT: 'Das Passwort ist zu kurz (mindestens 10 Zeichen).',
        PASSWORD_TOO_LONG: 'Das Passwort ist zu lang.',
        PASSWORD_PERSONAL: 'Das Passwort darf das Pseudonym nicht enthalten.',
        PASSWORD_WEAK: 'Dieses Passwort ist zu leicht zu erraten.',
      })[reason ?? ''] ?? fallback,
  },
  en: {
    setPassword: 'Set password',
    invite: 'Send invitation',
    noEmail: 'No email address on file: an invitation is not possible. Set the password directly.',
    cannotLogIn: 'Blocked people cannot be invited.',
    passwordTitle: (name: string) => `Set a password for ${name}`,
    passwordText:
      'All of the person’s current sessions end. Pass the password on only through a protected channel; the person should change it after logging in.',
    password: 'New password',
    passwordHint: 'At least 10 characters; not the pseudonym.',
    repeat: 'Repeat the password',
    mismatch: 'The two passwords differ.',
    required: 'Please fill in.',
    save: 'Save password',
    cancel: 'Cancel',
    passwordSet: (name: string) => `New password for ${name} saved. The person’s current sessions have ended.`,
    inviteTitle: (name: string) => `Send an invitation to ${name}?`,
    inviteText:
      'The person receives an email with a link to set their password in the mail counselling form. The link is valid for 7 days.',
    inviteYes: 'Send invitation',
    invited: (name: string, until: string) => `Invitation sent to ${name}. The link is valid until ${until}.`,
    reason: (reason: string | undefined, fallback: string) =>
      ({
        NO_EMAIL: 'There is no email address for this person.',
        ACCOUNT_CANNOT_LOG_IN: 'This person cannot log in at the moment (blocked or deleted).',
        PASSWORD_TOO_SHORT: 'The password is too short (at least 10 characters).',
        PASSWORD_TOO_LONG: 'The password is too long.',
        PASSWORD_PERSONAL: 'The password must not contain the pseudonym.',
        PASSWORD_WEAK: 'This password is too easy to guess.',
      })[reason ?? ''] ?? fallback,
  },
});
