/**
 * No personal data in logs: a queued or failed mail is logged by its outbox id, never with its
 * address, subject or text (the outbox row keeps those, readable by admins).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import { captureLogs } from '../../../tests/support/logs.js';
import { uniq } from '../../../tests/support/builders.js';
import { MailService } from './mail.js';

const logs = captureLogs();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({}, { logger: logs.logger });
});
afterAll(() => server?.close());

const message = () => ({
  organisationId: null,
  to: `${uniq('ratsuchende')}@example.org`,
  subject: `Ihre Anfrage ${uniq('s')}`,
  text: `Vertraulicher Inhalt ${uniq('t')}`,
});

describe('MailService logging', () => {
  it('logs a queued mail (no SMTP) by its outbox id, without address, subject or text', async () => {
    const m = message();
    const mail = await server.app.mail.send(m);
    const line = logs.entries().find((e) => e.mailId === mail.id);
    expect(line).toMatchObject({ msg: 'mail queued', mailId: mail.id });
    for (const secret of [m.to, m.to.split('@')[0]!, m.subject, m.text]) expect(logs.text()).not.toContain(secret);
  });

  it('logs a refused delivery by id and SMTP code, without the server text that names the recipient', async () => {
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        callback(Object.assign(new Error(`<${address.address}>: no such user`), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    const failing = captureLogs();
    const service = new MailService(server.orm, failing.logger, {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'x@y.z',
      jwtSecret: 'a-test-secret-of-at-least-32-characters',
    });
    try {
      const m = message();
      const mail = await service.send(m);
      const line = failing.entries().find((e) => e.msg === 'mail delivery failed');
      expect(line).toMatchObject({ mailId: mail.id, attempts: 1, responseCode: 550 });
      for (const secret of [m.to, m.to.split('@')[0]!, m.subject, m.text]) {
        expect(failing.text()).not.toContain(secret);
      }
    } finally {
      await service.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
