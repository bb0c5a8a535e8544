import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import { startSmtp, type TestSmtp } from '../../../tests/support/smtp.js';
import { createLogger } from './logger.js';
import { MailService } from './mail.js';
import { MailSealer, redact } from './mail-seal.js';
import { MailStatus, OutboxMail } from '../modules/mail/outbox-mail.entity.js';

let server: TestServer;
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const SECRET = 'geheimes-token-0123456789abcdefghij';
const message = (to: string) => ({
  organisationId: null,
  to,
  subject: 'Link',
  text: `Hier: https://lotse.test/set-password?token=${SECRET}&lang=de`,
  attachments: [{ filename: 'termin.ics', contentType: 'text/calendar', content: `DESCRIPTION:…?token=${SECRET}` }],
  secrets: [SECRET],
});

const stored = (id: string) =>
  server.orm.em.fork().findOneOrFail(OutboxMail, id, { populate: ['attachments', 'sealed'] });
const atRest = (m: OutboxMail) =>
  [m.text, m.sealed ?? '', ...(m.attachments ?? []).map((a) => Buffer.from(a.contentBase64, 'base64').toString())].join(
    '\n',
  );

describe('MailService secrets', () => {
  it('delivers a failed mail later with its secret, which was kept only sealed and is gone once sent', async () => {
    // A mail service of the same deployment whose SMTP server is down: the first attempt fails.
    const down = new MailService(server.orm, createLogger('silent'), {
      smtpUrl: 'smtp://127.0.0.1:1',
      from: 'Lotse <no-reply@lotse.local>',
      jwtSecret: server.app.config.jwtSecret,
    });
    const mail = await down.send(message('spaeter@example.org'));
    await down.close();
    const failed = await stored(mail.id);
    expect(failed.status).toBe(MailStatus.FAILED);
    expect(failed.text).toBe('Hier: https://lotse.test/set-password?token=[redacted]&lang=de');
    expect(atRest(failed)).not.toContain(SECRET);
    expect(failed.sealed).toMatch(/^v1\./);

    // The retry (here: the running server's service) sends the real link and drops the seal.
    await server.app.mail.deliver(mail.id);
    const delivered = await smtp.waitFor('spaeter@example.org');
    expect(delivered.text).toContain(`token=${SECRET}`);
    expect(delivered.attachments[0]!.content.toString()).toContain(`token=${SECRET}`);
    const sent = await stored(mail.id);
    expect(sent.status).toBe(MailStatus.SENT);
    expect(sent.sealed).toBeNull();
  });

  it('keeps no secret at all for a mail SMTP has taken', async () => {
    const mail = await server.app.mail.send(message('jetzt@example.org'));
    expect((await smtp.waitFor('jetzt@example.org')).text).toContain(SECRET);
    const row = await stored(mail.id);
    expect(row.status).toBe(MailStatus.SENT);
    expect(atRest(row)).not.toContain(SECRET);
  });
});

describe('MailSealer', () => {
  it('opens a seal only with its key, for its row and recipient', () => {
    const content = { text: `token=${SECRET}`, attachments: [] };
    const binding = { id: '6f1c0b8e-1d2a-4c3b-9e4f-5a6b7c8d9e0f', to: 'a@example.org' };
    const sealer = new MailSealer('k'.repeat(32));
    const sealed = sealer.seal(content, binding);
    expect(sealed).not.toContain(SECRET);
    expect(sealer.open(sealed, binding)).toEqual(content);
    expect(sealer.open(sealed, { ...binding, to: 'b@example.org' })).toBeNull();
    expect(sealer.open(sealed, { ...binding, id: '00000000-0000-4000-8000-000000000000' })).toBeNull();
    expect(new MailSealer('x'.repeat(32)).open(sealed, binding)).toBeNull();
    // A rotation: the new secret with the old one as previous still opens what the old one sealed.
    expect(new MailSealer('x'.repeat(32), ['k'.repeat(32)]).open(sealed, binding)).toEqual(content);
    expect(redact(`a ${SECRET} b ${encodeURIComponent(SECRET)}`, [SECRET])).toBe('a [redacted] b [redacted]');
  });
});
