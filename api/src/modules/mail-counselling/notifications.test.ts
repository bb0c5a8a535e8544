import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import { buildClient, buildCounsellor, buildOrganisation, uniq } from '../../../../tests/support/builders.js';
import { registerLimitKey } from '../client/registration.service.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { ANSWER, apiAs, em, REPLY, SEND_AS_NEW, sendRequest } from './mail.test-support.js';
import { MAIL_NOTIFY_JOB } from './notify.js';

let smtp: TestSmtp;
let server: TestServer;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url, publicUrl: 'https://lotse.example' });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

/** The whole mail as a reader (or a scanner) sees it. */
const everything = (m: ParsedMail) => `${m.subject ?? ''}\n${m.text ?? ''}\n${m.html || ''}`;

function expectNoContent(m: ParsedMail, ...secrets: string[]) {
  for (const secret of secrets) expect(everything(m)).not.toContain(secret);
}

const mailsTo = (address: string) =>
  smtp.mails.filter((m) =>
    (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).some((a) =>
      a.value.some((v) => v.address?.toLowerCase() === address.toLowerCase()),
    ),
  );

/** Waits until the notice job for this request has run (completed) in the job queue. */
async function noticeJobDone(kind: string, requestId: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const rows = await em(server).execute<{ state: string }[]>(
      `select state from pgboss.job where name = ? and data->>'kind' = ? and data->>'requestId' = ?`,
      [MAIL_NOTIFY_JOB, kind, requestId],
    );
    if (rows[0]?.state === 'completed') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`notice job ${kind} for ${requestId} did not complete`);
}

describe('notification mails', () => {
  let org: Organisation;
  let counsellor: Counsellor;

  beforeAll(async () => {
    org = await buildOrganisation(server, { name: 'Beratung Nord' });
    counsellor = await buildCounsellor(server, org, { email: `${uniq('berater')}@example.org` });
  });

  it('tells the counsellor about a new request and a client reply, and the client about an answer, without content', async () => {
    await server.app.limits.sensitiveIp.reset(registerLimitKey('127.0.0.1'));
    const clientEmail = `${uniq('ratsuchend')}@example.org`;
    const subject = `Geheimer Betreff ${uniq()}`;
    const message = `Vertraulicher Inhalt ${uniq()}`;
    const res = await server.client().ok(SEND_AS_NEW, {
      input: {
        organisationKey: org.publicKey,
        pseudonym: uniq('Nachtfalter'),
        password: 'Leuchtkäfer-Mondsichel-64',
        email: clientEmail,
        privacyNoticeAccepted: true,
        subject,
        message,
      },
    });
    const id = res.sendMailRequestAsNewClient.request.id;

    const newRequest = await smtp.waitFor(counsellor.email!);
    expect(newRequest.subject).toBe('Neue Mailanfrage');
    expect(newRequest.text).toContain(`https://lotse.example/dashboard/mail-requests/${id}`);
    expectNoContent(newRequest, subject, message, res.sendMailRequestAsNewClient.session.me.client.pseudonym);

    const answer = `Antwort mit Inhalt ${uniq()}`;
    await (await apiAs(server, counsellor)).ok(ANSWER, { input: { requestId: id, message: answer } });
    const toClient = await smtp.waitFor(clientEmail);
    expect(toClient.subject).toBe('Neue Antwort auf Ihre Anfrage');
    expect(toClient.text).toContain('https://lotse.example/mail?org=');
    expect(toClient.text).toContain('Beratung Nord');
    expectNoContent(toClient, subject, message, answer);

    const reply = `Rückfrage ${uniq()}`;
    const capi = server.client(res.sendMailRequestAsNewClient.session.accessToken);
    await capi.ok(REPLY, { input: { requestId: id, message: reply } });
    const replyMail = await smtp.waitFor(counsellor.email!, (m) => m.subject === 'Neue Nachricht in einer Mailanfrage');
    expectNoContent(replyMail, subject, message, answer, reply);
    expect(mailsTo(counsellor.email!)).toHaveLength(2);
  });

  it('sends no answer notice to a client without an email, and writes English for an English organisation', async () => {
    const en = await buildOrganisation(server, { locale: 'en' });
    const c = await buildCounsellor(server, en, { email: `${uniq('en')}@example.org` });
    const client = await buildClient(server, en);
    const { id, subject, message } = await sendRequest(await apiAs(server, client));
    const mail = await smtp.waitFor(c.email!);
    expect(mail.subject).toBe('New mail request');
    expect(mail.text).toMatch(/^Hello,/);
    expectNoContent(mail, subject, message);

    const before = smtp.mails.length;
    await (await apiAs(server, c)).ok(ANSWER, { input: { requestId: id, message: 'Hi' } });
    await noticeJobDone('ANSWER', id);
    expect(smtp.mails.length).toBe(before);
  });
});
