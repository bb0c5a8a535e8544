/** Texts of the set-password page, German first. `messages` are handed to the page script as JSON. */
export type PageLang = 'de' | 'en';

export const pageLang = (value: string | null): PageLang => (value === 'en' ? 'en' : 'de');

export interface SetPasswordTexts {
  title: string;
  intro: string;
  password: string;
  repeat: string;
  policy: string;
  show: string;
  submit: string;
  otherLanguage: { lang: PageLang; label: string };
  messages: {
    missingToken: string;
    required: string;
    tooShort: string;
    mismatch: string;
    saving: string;
    success: string;
    next: string;
    network: string;
    generic: string;
    /** Translations of server error reasons; without one the server's (English) message is shown. */
    reasons: Record<string, string>;
  };
}

export const TEXTS: Record<PageLang, SetPasswordTexts> = {
  de: {
    title: 'Passwort festlegen',
    intro: 'Legen Sie hier das Passwort für Ihr Konto fest.',
    password: 'Neues Passwort',
    repeat: 'Passwort wiederholen',
    policy:
      'Mindestens 10 Zeichen. Nicht Ihr Login-Name, Ihre E-Mail-Adresse oder Ihr Name. Gut sind mehrere ungewöhnliche Wörter oder eine Mischung aus Buchstaben, Ziffern und Zeichen.',
    show: 'Passwort anzeigen',
    submit: 'Passwort speichern',
    otherLanguage: { lang: 'en', label: 'English' },
    messages: {
      missingToken:
        'Dieser Link ist unvollständig. Öffnen Sie bitte den Link aus der E-Mail noch einmal vollständig oder fordern Sie einen neuen an.',
      required: 'Bitte geben Sie ein Passwort ein.',
      tooShort: 'Bitte verwenden Sie mindestens 10 Zeichen.',
      mismatch: 'Die beiden Passwörter stimmen nicht überein.',
      saving: 'Wird gespeichert …',
      success: 'Ihr Passwort ist gespeichert. Sie können sich jetzt mit dem neuen Passwort anmelden.',
      next: 'Weiter zur Anmeldung',
      network: 'Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.',
      generic: 'Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.',
      reasons: {
        TOKEN_INVALID: 'Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
        PASSWORD_TOO_SHORT: 'Bitte verwenden Sie mindestens 10 Zeichen.',
        PASSWORD_TOO_LONG: 'Bitte verwenden Sie höchstens 200 Zeichen.',
        PASSWORD_PERSONAL:
          'Das Passwort darf weder Ihren Login-Namen noch Ihre E-Mail-Adresse oder Ihren Namen enthalten.',
        PASSWORD_WEAK:
          'Dieses Passwort ist zu leicht zu erraten. Verlängern Sie es mit ungewöhnlichen Wörtern oder fügen Sie Ziffern und Zeichen an unerwarteten Stellen ein.',
        RATE_LIMITED: 'Zu viele Versuche. Bitte warten Sie einen Moment.',
      },
    },
  },
  en: {
    title: 'Set your password',
    intro: 'Choose the password for your account.',
    password: 'New password',
    repeat: 'Repeat password',
    policy:
      'At least 10 characters. Not your login name, email address or name. Several unusual words, or a mix of letters, digits and symbols, work well.',
    show: 'Show password',
    submit: 'Save password',
    otherLanguage: { lang: 'de', label: 'Deutsch' },
    messages: {
      missingToken: 'This link is incomplete. Please open the whole link from the mail again, or request a new one.',
      required: 'Please enter a password.',
      tooShort: 'Please use at least 10 characters.',
      mismatch: 'The two passwords do not match.',
      saving: 'Saving …',
      success: 'Your password is saved. You can now log in with the new password.',
      next: 'Continue to log in',
      network: 'The server cannot be reached right now. Please try again later.',
      generic: 'That did not work. Please try again.',
      reasons: {
        TOKEN_INVALID: 'This link is invalid or has expired. Please request a new one.',
      },
    },
  },
};
