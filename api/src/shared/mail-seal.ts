/**
 * Secrets in outgoing mail (the one-time tokens of password-reset, invitation and cancel links).
 *
 * A link that works is the key to an account or a booking, so it must reach only the recipient:
 * the outbox row that admins read (`outboxMails`) and that backups copy keeps the mail with every
 * secret replaced by `[redacted]`. What SMTP needs to deliver it is sealed beside it: AES-256-GCM
 * under a key derived from JWT_SECRET (a database dump alone opens nothing), bound to the row's id
 * and recipient (a sealed text moved to another row or address does not open). The seal is deleted
 * as soon as the mail is delivered or delivery is given up. Without SMTP nothing could ever deliver
 * the mail, so no seal is kept at all: the secret exists only in the recipient's mail, and in the
 * database only as the hash the token check compares.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export const REDACTED = '[redacted]';

/** What SMTP gets: the mail's text and attachments with their secrets. */
export interface SealedContent {
  text: string;
  attachments: { filename: string; contentType: string; contentBase64: string }[];
}

/** The text with every secret (and its URI-encoded form) replaced by `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(REDACTED);
  }
  return out;
}

export class MailSealer {
  /** The current key first, then those of JWT_SECRET_PREVIOUS: mails queued before a rotation still go out. */
  private readonly keys: Buffer[];
  constructor(jwtSecret: string, previousJwtSecrets: readonly string[] = []) {
    this.keys = [jwtSecret, ...previousJwtSecrets].map((secret) =>
      createHmac('sha256', secret).update('outbox-mail-seal').digest(),
    );
  }

  seal(content: SealedContent, binding: { id: string; to: string }): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0]!, iv);
    cipher.setAAD(aad(binding));
    const body = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** The sealed content, or null when it does not open (other key, other row, tampered). */
  open(sealed: string, binding: { id: string; to: string }): SealedContent | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) return null;
    for (const key of this.keys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(aad(binding));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const text = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
        return JSON.parse(text) as SealedContent;
      } catch {
        // Not this key: the next one, if any.
      }
    }
    return null;
  }
}

const aad = (binding: { id: string; to: string }) => Buffer.from(`${binding.id}\n${binding.to}`, 'utf8');
