/**
 * The TOTP mechanics of two-factor login (RFC 6238 as authenticator apps use it: SHA-1, 6 digits, 30
 * seconds) and recovery codes. Pure functions; the service decides what is stored.
 */
import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { hashSecret } from '../../shared/auth/tokens.js';

/** A fresh Base32 secret (20 random bytes, what authenticator apps expect). */
export const newTotpSecret = (): string => generateSecret();

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export const otpauthUri = (secret: string, accountName: string, issuer: string): string =>
  generateURI({ issuer, label: accountName, secret });

/**
 * The QR code of the URI as an SVG data URL, rendered here so the dashboard needs no QR library and
 * can show it with a plain `<img>` (no markup from the API is inserted into the page).
 */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/**
 * The time step a code belongs to, or null when it is not valid now. One step either side is accepted
 * (clocks of phones drift), but never a step at or before `afterStep`: a code that was accepted once
 * cannot be used again, also not within its own window.
 */
export async function acceptedStep(secret: string, code: string, afterStep?: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(afterStep != null ? { afterTimeStep: afterStep } : {}),
  });
  // otplib's result type covers HOTP too; a TOTP result carries the step it matched.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** Recovery codes handed out at once. */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A recovery code: 16 characters of a 31-letter alphabet without look-alikes (about 79 bits, so the
 * stored SHA-256 cannot be reversed by trying), shown in groups of four.
 */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  let out = '';
  for (let i = 0; i < 16; i++) out += ALPHABET[bytes[i]! % ALPHABET.length];
  return out.match(/.{4}/g)!.join('-');
}

/** What is hashed: case, spaces and dashes as typed do not matter. */
export const recoveryCodeHash = (code: string): string => hashSecret(code.toLowerCase().replace(/[\s-]/g, ''));
