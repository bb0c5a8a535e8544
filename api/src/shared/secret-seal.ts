/**
 * Secrets the server must read back later but nobody may use from a database dump (the TOTP secrets of
 * two-factor login): AES-256-GCM under a key derived from JWT_SECRET and a purpose label, bound to the
 * row they belong to (a sealed value copied onto another account does not open). Same construction as
 * the outbox seal (mail-seal.ts), with its own key per purpose so one kind of seal never opens another.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export class SecretSealer {
  private readonly key: Buffer;
  constructor(jwtSecret: string, purpose: string) {
    this.key = createHmac('sha256', jwtSecret).update(`secret-seal:${purpose}`).digest();
  }

  seal(plain: string, binding: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(binding, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** The plain secret, or null when it does not open (other key, other row, tampered). */
  open(sealed: string, binding: string): string | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(binding, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
