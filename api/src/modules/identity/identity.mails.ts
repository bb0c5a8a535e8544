/**
 * Texts of the identity mails (password reset, invitation), German first, English when the
 * organisation's locale is English. Plain text: links stay copyable and nothing is tracked.
 */
export type MailLang = 'de' | 'en';

export const mailLang = (locale: string | null | undefined): MailLang =>
  locale?.toLowerCase().startsWith('en') ? 'en' : 'de';

/** The link to the set-password page; `lang` makes the page speak the mail's language. */
export function setPasswordLink(publicUrl: string, secret: string, lang: MailLang): string {
  const url = new URL('/set-password', publicUrl);
  url.searchParams.set('token', secret);
  url.searchParams.set('lang', lang);
  return url.toString();
}

/** The fragment that makes a widget show its set-password view (widgets/src/shared/set-password-link.ts reads it). */
export const WIDGET_SET_PASSWORD_FRAGMENT = 'lotse-set-password=';

/**
 * The link of a client's invitation: the API's page with the organisation's mail form (`/mail`,
 * http/pages/mail.page.ts), which opens at its set-password view and then has the client logged in
 * where they read and write their mail counselling. The token is in the fragment, which browsers send
 * to no server, and the widget removes it from the address at once.
 */
export function clientSetPasswordLink(publicUrl: string, organisationKey: string, secret: string, lang: MailLang) {
  const url = new URL('/mail', publicUrl);
  url.searchParams.set('org', organisationKey);
  url.searchParams.set('lang', lang);
  url.hash = `${WIDGET_SET_PASSWORD_FRAGMENT}${secret}&widget=lotse-mail-form`;
  return url.toString();
}

interface MailText {
  subject: string;
  text: string;
}

interface Vars {
  organisationName: string;
  loginName: string;
  link: string;
}

export function passwordResetMail(lang: MailLang, v: Vars): MailText {
  if (lang === 'en') {
    return {
      subject: `Reset your password – ${v.organisationName}`,
      text: [
        'Hello,',
        '',
        `a new password was requested for your account at ${v.organisationName} (login name: ${v.loginName}).`,
        'Use this link to choose a new password:',
        '',
        v.link,
        '',
        'The link is valid for one hour and works only once.',
        'If you did not ask for a new password, ignore this mail: your current password stays valid.',
        '',
        v.organisationName,
      ].join('\n'),
    };
  }
  return {
    subject: `Passwort zurücksetzen – ${v.organisationName}`,
    text: [
      'Guten Tag,',
      '',
      `für Ihr Konto bei ${v.organisationName} (Login-Name: ${v.loginName}) wurde ein neues Passwort angefordert.`,
      'Über diesen Link können Sie ein neues Passwort festlegen:',
      '',
      v.link,
      '',
      'Der Link ist eine Stunde gültig und kann nur einmal verwendet werden.',
      'Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese E-Mail: Ihr bisheriges Passwort bleibt gültig.',
      '',
      v.organisationName,
    ].join('\n'),
  };
}

/** A staff member's invitation, or with `forClient` a client's (their pseudonym, the mail form). */
export function invitationMail(lang: MailLang, v: Vars, forClient = false): MailText {
  if (forClient) return clientInvitationMail(lang, v);
  if (lang === 'en') {
    return {
      subject: `Invitation – ${v.organisationName}`,
      text: [
        'Hello,',
        '',
        `${v.organisationName} invites you to its online counselling platform.`,
        `Your login name is: ${v.loginName}`,
        '',
        'Use this link to choose your password:',
        '',
        v.link,
        '',
        'The link is valid for 7 days and works only once.',
        '',
        v.organisationName,
      ].join('\n'),
    };
  }
  return {
    subject: `Einladung – ${v.organisationName}`,
    text: [
      'Guten Tag,',
      '',
      `${v.organisationName} lädt Sie zu ihrer Online-Beratungsplattform ein.`,
      `Ihr Login-Name lautet: ${v.loginName}`,
      '',
      'Über diesen Link legen Sie Ihr Passwort fest:',
      '',
      v.link,
      '',
      'Der Link ist 7 Tage gültig und kann nur einmal verwendet werden.',
      '',
      v.organisationName,
    ].join('\n'),
  };
}

function clientInvitationMail(lang: MailLang, v: Vars): MailText {
  if (lang === 'en') {
    return {
      subject: `Invitation – ${v.organisationName}`,
      text: [
        'Hello,',
        '',
        `${v.organisationName} has set up access to its online counselling for you.`,
        `Your pseudonym (to log in): ${v.loginName}`,
        '',
        'Use this link to choose your password:',
        '',
        v.link,
        '',
        'The link is valid for 7 days and works only once. Afterwards you log in to the mail counselling form with your pseudonym and password.',
        '',
        v.organisationName,
      ].join('\n'),
    };
  }
  return {
    subject: `Einladung – ${v.organisationName}`,
    text: [
      'Guten Tag,',
      '',
      `${v.organisationName} hat für Sie einen Zugang zur Online-Beratung eingerichtet.`,
      `Ihr Pseudonym (zum Anmelden): ${v.loginName}`,
      '',
      'Über diesen Link legen Sie Ihr Passwort fest:',
      '',
      v.link,
      '',
      'Der Link ist 7 Tage gültig und kann nur einmal verwendet werden. Danach melden Sie sich im Formular der Mailberatung mit Pseudonym und Passwort an.',
      '',
      v.organisationName,
    ].join('\n'),
  };
}

/**
 * The confirmation of a client's new notification address. It goes to an address nobody has confirmed
 * yet, perhaps a mistyped one: it names neither the organisation nor the account, so a stranger learns
 * nothing about the person who typed it (the link's page is the organisation's, which cannot be helped).
 */
export function emailConfirmationMail(lang: MailLang, v: { link: string }): MailText {
  if (lang === 'en') {
    return {
      subject: 'Please confirm your email address',
      text: [
        'Hello,',
        '',
        'this email address was entered to receive notifications from an online counselling service.',
        'If that was you, confirm it with this link:',
        '',
        v.link,
        '',
        'The link is valid for 24 hours and works only once.',
        'If it was not you, ignore this mail: the address will not be used.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    text: [
      'Guten Tag,',
      '',
      'diese E-Mail-Adresse wurde angegeben, um Benachrichtigungen einer Online-Beratung zu erhalten.',
      'Wenn Sie das waren, bestätigen Sie sie über diesen Link:',
      '',
      v.link,
      '',
      'Der Link ist 24 Stunden gültig und kann nur einmal verwendet werden.',
      'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Die Adresse wird dann nicht verwendet.',
    ].join('\n'),
  };
}
