/**
 * Texts of the notification mails. They say only that there is something to read and where: never
 * the subject, the message, the client's pseudonym or request data (mailboxes are shared, forwarded
 * and scanned; the content stays behind the login).
 */
export type NoticeKind = 'NEW_REQUEST' | 'ASSIGNED' | 'CLIENT_REPLY' | 'ANSWER';

export interface NoticeVars {
  organisationName: string;
  link: string;
}

type Texts = Record<NoticeKind, { subject: string; body: string }>;

const de: Texts = {
  NEW_REQUEST: {
    subject: 'Neue Mailanfrage',
    body: 'Ihnen wurde eine neue Mailanfrage zugewiesen.',
  },
  ASSIGNED: {
    subject: 'Mailanfrage zugewiesen',
    body: 'Ihnen wurde eine Mailanfrage zugewiesen.',
  },
  CLIENT_REPLY: {
    subject: 'Neue Nachricht in einer Mailanfrage',
    body: 'In einer Ihrer Mailanfragen ist eine neue Nachricht eingegangen.',
  },
  ANSWER: {
    subject: 'Neue Antwort auf Ihre Anfrage',
    body: 'Sie haben eine neue Antwort auf Ihre Anfrage erhalten.',
  },
};

const en: Texts = {
  NEW_REQUEST: { subject: 'New mail request', body: 'A new mail request has been assigned to you.' },
  ASSIGNED: { subject: 'Mail request assigned', body: 'A mail request has been assigned to you.' },
  CLIENT_REPLY: {
    subject: 'New message in a mail request',
    body: 'A new message has arrived in one of your mail requests.',
  },
  ANSWER: { subject: 'New answer to your request', body: 'You have received a new answer to your request.' },
};

const footer = {
  de: (v: NoticeVars) =>
    `Zum Lesen melden Sie sich bitte an:\n${v.link}\n\nDiese E-Mail enthält aus Datenschutzgründen keine Inhalte.\n\n${v.organisationName}`,
  en: (v: NoticeVars) =>
    `Please log in to read it:\n${v.link}\n\nFor your privacy this email contains no content.\n\n${v.organisationName}`,
};

/** German unless the organisation's locale is English. */
export function noticeMail(kind: NoticeKind, locale: string, vars: NoticeVars): { subject: string; text: string } {
  const lang = locale.toLowerCase().startsWith('en') ? 'en' : 'de';
  const t = (lang === 'en' ? en : de)[kind];
  const greeting = lang === 'en' ? 'Hello,' : 'Guten Tag,';
  return { subject: t.subject, text: `${greeting}\n\n${t.body}\n\n${footer[lang](vars)}\n` };
}

/**
 * Links in notification mails. The dashboard and the mail-form page own these routes; the request id
 * in a link grants nothing without logging in.
 */
export const links = {
  staffRequest: (base: string, requestId: string) => `${base}/dashboard/mail-requests/${requestId}`,
  clientRequest: (base: string, publicKey: string, requestId: string) =>
    `${base}/mail?org=${encodeURIComponent(publicKey)}&request=${requestId}`,
};
