/**
 * Mails of the platform operator's work: the invitation of a new operator (German and English in one
 * mail: an operator has no organisation whose language could choose) and the answer to a licence
 * request (in the organisation's language, German first). Plain text, like every mail.
 */
import { mailLang } from '../identity/identity.mails.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { LicenceRequestStatus, type LicenceRequest } from '../staff/licence-request.entity.js';

/** The operators' set-password page (http/pages/set-password.page.ts), not the accounts' one. */
export const OPERATOR_SET_PASSWORD_PATH = '/operator/set-password';

export function operatorSetPasswordLink(publicUrl: string, secret: string): string {
  const url = new URL(OPERATOR_SET_PASSWORD_PATH, publicUrl);
  url.searchParams.set('token', secret);
  return url.toString();
}

export function operatorInvitationMail(v: { loginName: string; link: string; publicUrl: string }) {
  return {
    subject: 'Lotse: Zugang als Plattformbetreiber:in / platform operator access',
    text: [
      'Guten Tag,',
      '',
      `für Sie wurde ein Zugang als Plattformbetreiber:in von ${v.publicUrl} angelegt.`,
      `Ihr Login-Name lautet: ${v.loginName}`,
      'Über diesen Link legen Sie Ihr Passwort fest (7 Tage gültig, nur einmal verwendbar):',
      '',
      v.link,
      '',
      '---',
      '',
      'Hello,',
      '',
      `a platform operator account at ${v.publicUrl} was created for you.`,
      `Your login name is: ${v.loginName}`,
      'Use the link above to choose your password (valid for 7 days, works only once).',
    ].join('\n'),
  };
}

/** The answer to the request's contact person. */
export function licenceAnswerMail(org: Organisation, r: LicenceRequest): { subject: string; text: string } {
  const granted = r.status === LicenceRequestStatus.GRANTED;
  if (mailLang(org.locale) === 'en') {
    return {
      subject: granted ? 'Your licence request was granted' : 'Your licence request was declined',
      text: [
        `Hello ${r.contactPerson},`,
        '',
        granted
          ? `the licence of "${org.name}" now allows ${r.grantedVolume} active counsellors (requested: ${r.requestedVolume}).`
          : `the request of "${org.name}" to raise the licence to ${r.requestedVolume} active counsellors was declined.`,
        ...(r.answerMessage ? ['', 'Message from the platform operator:', r.answerMessage] : []),
      ].join('\n'),
    };
  }
  return {
    subject: granted
      ? 'Ihre Anfrage zur Lizenzerweiterung wurde bewilligt'
      : 'Ihre Anfrage zur Lizenzerweiterung wurde abgelehnt',
    text: [
      `Guten Tag ${r.contactPerson},`,
      '',
      granted
        ? `das Lizenzvolumen von „${org.name}“ umfasst jetzt ${r.grantedVolume} aktive Beratende (angefragt: ${r.requestedVolume}).`
        : `die Anfrage von „${org.name}“, das Lizenzvolumen auf ${r.requestedVolume} aktive Beratende zu erweitern, wurde abgelehnt.`,
      ...(r.answerMessage ? ['', 'Nachricht des Plattformbetreibers:', r.answerMessage] : []),
    ].join('\n'),
  };
}
