/**
 * Secrets the server must read back later but nobody may use from a database dump (the TOTP secrets of
 * two-factor login): AES-256-GCM under a key derived from JWT_SECRET and a purpose label, bound to the
 * row they belong to (a sealed value copied onto another account does not open). Same construction as
 * the outbox seal (mail-seal.ts), with its own key per purpose so one kind of seal never opens another.
 * During a rotation of JWT_SECRET, values sealed under the secrets in JWT_SECRET_PREVIOUS still open.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export class SecretSealer {
  /** The current key first, then those of JWT_SECRET_PREVIOUS (read only, during a rotation). */
  private readonly keys: Buffer[];
  constructor(jwtSecret: string, purpose: string, previousJwtSecrets: readonly string[] = []) {
    this.keys = [jwtSecret, ...previousJwtSecrets].map((secret) =>
      createHmac('sha256', secret).update(`secret-seal:${purpose}`).digest(),
    );
  }

  seal(plain: string, binding: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0]!, iv);
    cipher.setAAD(Buffer.from(binding, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** The plain secret, or null when it does not open (other key, other row, tampered). */
  open(sealed: string, binding: string): string | null {
    return this.openAged(sealed, binding)?.plain ?? null;
  }

  /**
   * Like `open`, and says whether the value was sealed under a previous JWT_SECRET: the caller then
   * seals it again under the current one, so that the previous secret can be dropped later.
   */
  openAged(sealed: string, binding: string): { plain: string; stale: boolean } | null {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) return null;
    for (const [i, key] of this.keys.entries()) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(binding, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
        return { plain, stale: i > 0 };
      } catch {
        // Not this key: the next one, if any.
      }
    }
    return null;
  }
}
