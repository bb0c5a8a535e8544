/**
 * Outgoing mail. Every mail is first written to the `outbox_mail` table; with SMTP_URL it is then
 * delivered through nodemailer (failed deliveries are retried by a background job), without it the
 * mail stays in the outbox, readable by the organisation's admins through the API.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { MikroORM } from '@mikro-orm/postgresql';
import { MailStatus, OutboxMail } from '../modules/mail/outbox-mail.entity.js';
import type { Logger } from './logger.js';
import type { Jobs } from './jobs.js';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer | string;
}

export interface MailMessage {
  /** Null for mails to the platform operator. */
  organisationId: string | null;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export const MAIL_RETRY_JOB = 'mail.retry';
const MAX_ATTEMPTS = 5;

export class MailService {
  private readonly transport?: Transporter;
  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
    private readonly opts: { smtpUrl?: string; from: string },
    private readonly jobs?: Jobs,
  ) {
    if (opts.smtpUrl) this.transport = nodemailer.createTransport(opts.smtpUrl);
  }

  /** Records the mail and delivers it when SMTP is configured. Never throws for delivery failures. */
  async send(message: MailMessage): Promise<OutboxMail> {
    const em = this.orm.em.fork();
    const mail = em.create(OutboxMail, {
      organisation: message.organisationId,
      to: message.to,
      subject: message.subject,
      text: message.text,
      attachments: message.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        contentBase64: Buffer.from(a.content).toString('base64'),
      })),
      status: this.transport ? MailStatus.SENDING : MailStatus.QUEUED,
    });
    await em.flush();
    if (!this.transport) {
      // Without SMTP the mail stays in the outbox; the id finds it there. Never the address, subject
      // or text: logs are not a place for personal data, in development neither.
      this.log.info({ mailId: mail.id }, 'mail queued');
      return mail;
    }
    await this.deliver(mail.id);
    return mail;
  }

  /** Delivers one outbox mail by id; used for the first attempt and by the retry job. */
  async deliver(mailId: string): Promise<void> {
    if (!this.transport) return;
    const em = this.orm.em.fork();
    const mail = await em.findOne(OutboxMail, mailId, { populate: ['attachments'] });
    if (!mail || mail.status === MailStatus.SENT) return;
    mail.attempts += 1;
    try {
      await this.transport.sendMail({
        from: this.opts.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.contentBase64, 'base64'),
        })),
      });
      mail.status = MailStatus.SENT;
      mail.sentAt = new Date();
      mail.lastError = null;
      this.log.info({ mailId: mail.id }, 'mail sent');
    } catch (err) {
      mail.status = MailStatus.FAILED;
      mail.lastError = err instanceof Error ? err.message.slice(0, 500) : String(err);
      // The SMTP server's text often names the recipient (`550 <a@b>: no such user`): it stays in
      // the outbox row (lastError, for admins); the log gets the codes only.
      const { code, responseCode } = (err ?? {}) as { code?: unknown; responseCode?: unknown };
      this.log.warn({ mailId: mail.id, attempts: mail.attempts, code, responseCode }, 'mail delivery failed');
      if (mail.attempts < MAX_ATTEMPTS && this.jobs) {
        // Back off 1, 4, 16, 64 minutes.
        await this.jobs.send(MAIL_RETRY_JOB, { mailId: mail.id }, { startAfter: 60 * 4 ** (mail.attempts - 1) });
      }
    }
    await em.flush();
  }

  async close(): Promise<void> {
    this.transport?.close();
  }
}
