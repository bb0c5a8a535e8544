/** The mail that carries a direct message to a client with an email address. German first, English by the organisation's locale. */
import { mailLang } from '../identity/identity.mails.js';

export function directMessageMail(
  locale: string,
  v: { organisationName: string; subject: string; body: string },
): { subject: string; text: string } {
  const footer =
    mailLang(locale) === 'en'
      ? [
          `${v.organisationName} sent you this message through its online counselling.`,
          'Please do not reply to this mail: log in to the online counselling to answer.',
        ]
      : [
          `Diese Nachricht hat Ihnen ${v.organisationName} über die Online-Beratung geschickt.`,
          'Bitte antworten Sie nicht auf diese E-Mail: Melden Sie sich für eine Antwort in der Online-Beratung an.',
        ];
  return { subject: `${v.subject} – ${v.organisationName}`, text: [v.body, '', '—', ...footer].join('\n') };
}
