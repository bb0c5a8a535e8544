/**
 * Outgoing mail. Every mail is first written to the `outbox_mail` table; with SMTP_URL it is then
 * delivered through nodemailer (failed deliveries are retried by a background job), without it the
 * mail stays in the outbox, readable by the organisation's admins through the API. Secrets in a mail
 * (one-time links) are never stored readable: see mail-seal.ts.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { MikroORM } from '@mikro-orm/postgresql';
import { MailStatus, OutboxMail } from '../modules/mail/outbox-mail.entity.js';
import type { Logger } from './logger.js';
import type { Jobs } from './jobs.js';
import { MailSealer, redact, type SealedContent } from './mail-seal.js';

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
  /**
   * Secrets the text or attachments carry (tokens of one-time links): delivered to the recipient,
   * stored only as `[redacted]`.
   */
  secrets?: readonly string[];
}

export const MAIL_RETRY_JOB = 'mail.retry';
const MAX_ATTEMPTS = 5;

export class MailService {
  private readonly transport?: Transporter;
  private readonly sealer: MailSealer;
  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
    private readonly opts: {
      smtpUrl?: string;
      from: string;
      jwtSecret: string;
      previousJwtSecrets?: readonly string[];
    },
    private readonly jobs?: Jobs,
  ) {
    if (opts.smtpUrl) this.transport = nodemailer.createTransport(opts.smtpUrl);
    this.sealer = new MailSealer(opts.jwtSecret, opts.previousJwtSecrets);
  }

  /** Records the mail and delivers it when SMTP is configured. Never throws for delivery failures. */
  async send(message: MailMessage): Promise<OutboxMail> {
    const em = this.orm.em.fork();
    const secrets = (message.secrets ?? []).filter((s) => s.length > 0);
    const content: SealedContent = {
      text: message.text,
      attachments: (message.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        contentBase64: Buffer.from(a.content).toString('base64'),
      })),
    };
    const mail = em.create(OutboxMail, {
      organisation: message.organisationId,
      to: message.to,
      subject: message.subject,
      text: redact(content.text, secrets),
      attachments: message.attachments ? content.attachments.map((a) => redactAttachment(a, secrets)) : undefined,
      status: this.transport ? MailStatus.SENDING : MailStatus.QUEUED,
    });
    // Only a mail SMTP will deliver keeps its secrets, sealed, until it is delivered or given up.
    if (secrets.length && this.transport) mail.sealed = this.sealer.seal(content, mail);
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
    const mail = await em.findOne(OutboxMail, mailId, { populate: ['attachments', 'sealed'] });
    if (!mail || mail.status === MailStatus.SENT) return;
    mail.attempts += 1;
    const content = this.contentOf(mail);
    try {
      await this.transport.sendMail({
        from: this.opts.from,
        to: mail.to,
        subject: mail.subject,
        text: content.text,
        attachments: content.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.contentBase64, 'base64'),
        })),
      });
      mail.status = MailStatus.SENT;
      mail.sentAt = new Date();
      mail.lastError = null;
      mail.sealed = null;
      this.log.info({ mailId: mail.id }, 'mail sent');
    } catch (err) {
      mail.status = MailStatus.FAILED;
      mail.lastError = err instanceof Error ? err.message.slice(0, 500) : String(err);
      // The SMTP server's text often names the recipient (`550 <a@b>: no such user`): it stays in
      // the outbox row (lastError, for admins); the log gets the codes only.
      const { code, responseCode } = (err ?? {}) as { code?: unknown; responseCode?: unknown };
      this.log.warn({ mailId: mail.id, attempts: mail.attempts, code, responseCode }, 'mail delivery failed');
      if (mail.attempts >= MAX_ATTEMPTS) {
        // Given up: the secret goes with the last chance to deliver it.
        mail.sealed = null;
      } else if (this.jobs) {
        // Back off 1, 4, 16, 64 minutes.
        await this.jobs.send(MAIL_RETRY_JOB, { mailId: mail.id }, { startAfter: 60 * 4 ** (mail.attempts - 1) });
      }
    }
    await em.flush();
  }

  /** What to send: the sealed original when the mail has secrets, else the stored text. */
  private contentOf(mail: OutboxMail): SealedContent {
    const opened = mail.sealed ? this.sealer.open(mail.sealed, mail) : null;
    if (mail.sealed && !opened) this.log.error({ mailId: mail.id }, 'sealed mail does not open; sending it redacted');
    return opened ?? { text: mail.text, attachments: mail.attachments ?? [] };
  }

  async close(): Promise<void> {
    this.transport?.close();
  }
}

/**
 * The attachment with its secrets redacted. Calendar files fold long lines (RFC 5545: CRLF and a
 * space), which can split a link's token; they are unfolded first, so no piece of a secret survives.
 */
function redactAttachment(a: SealedContent['attachments'][number], secrets: readonly string[]) {
  if (!secrets.length) return a;
  let text = Buffer.from(a.contentBase64, 'base64').toString('utf8');
  if (a.contentType.startsWith('text/calendar')) text = text.replace(/\r?\n[ \t]/g, '');
  if (!secrets.some((s) => text.includes(s) || text.includes(encodeURIComponent(s)))) return a;
  return { ...a, contentBase64: Buffer.from(redact(text, secrets)).toString('base64') };
}
