/**
 * Access tokens (short-lived JWTs, HS256, signed with jose) and opaque secrets for refresh and
 * one-time tokens (only their SHA-256 is stored).
 */
import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';

export type ViewerKind = 'STAFF' | 'CLIENT';
export type ViewerRole = 'ADMIN' | 'COUNSELLOR' | 'CLIENT';

/** Who is calling. The organisation always comes from here, never from an argument. */
export interface Viewer {
  accountId: string;
  organisationId: string;
  kind: ViewerKind;
  role: ViewerRole;
  /** Refresh-token family (one login session). */
  sessionId: string;
  /** Account token version when the token was issued; a raised version ends the session. */
  tokenVersion: number;
}

/**
 * A platform operator (modules/platform-operator). Kept apart from `Viewer` on purpose: it has no
 * organisation, so code written for tenants cannot take one for a viewer by mistake.
 */
export interface OperatorViewer {
  operatorId: string;
  /** Refresh-token family (one login session). */
  sessionId: string;
  tokenVersion: number;
}

const ISSUER = 'lotse';
/** Remembered verified tokens per process; each entry is a few hundred bytes. */
const VERIFIED_CACHE_SIZE = 10_000;
const AUDIENCE = 'lotse-api';
/**
 * Operator tokens are for another audience: `verifyAccess` refuses them (and `verifyOperator`
 * refuses tenant tokens) before any claim is read, so no tenant operation can accept one.
 */
const OPERATOR_AUDIENCE = 'lotse-operator';

export class TokenService {
  /**
   * The HMAC key, imported once: given raw bytes, jose imports a WebCrypto key on every sign and
   * verify, which costs more than the HMAC itself.
   */
  private readonly key: Promise<CryptoKey>;
  /** Verified tokens by their text, oldest first (insertion order) for eviction. */
  private readonly verified = new Map<string, { viewer: Viewer; exp: number }>();
  constructor(
    secret: string,
    /** Access token lifetime in seconds. */
    readonly accessTtl: number,
  ) {
    this.key = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
  }

  async signAccess(viewer: Viewer): Promise<string> {
    return new SignJWT({
      org: viewer.organisationId,
      knd: viewer.kind,
      rol: viewer.role,
      sid: viewer.sessionId,
      ver: viewer.tokenVersion,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(viewer.accountId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.accessTtl}s`)
      .sign(await this.key);
  }

  async signOperator(operator: OperatorViewer): Promise<string> {
    return new SignJWT({ knd: 'OPERATOR', sid: operator.sessionId, ver: operator.tokenVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(operator.operatorId)
      .setIssuer(ISSUER)
      .setAudience(OPERATOR_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.accessTtl}s`)
      .sign(await this.key);
  }

  /**
   * Verifies an operator access token; the same answers as `verifyAccess`. Not cached: operators
   * are few and send few requests.
   */
  async verifyOperator(token: string): Promise<OperatorViewer | 'expired' | null> {
    try {
      const { payload } = await jwtVerify(token, await this.key, {
        issuer: ISSUER,
        audience: OPERATOR_AUDIENCE,
        algorithms: ['HS256'],
      });
      const { sub, knd, sid, ver } = payload as Record<string, unknown>;
      if (typeof sub !== 'string' || knd !== 'OPERATOR' || typeof sid !== 'string' || typeof ver !== 'number') {
        return null;
      }
      return { operatorId: sub, sessionId: sid, tokenVersion: ver };
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) return 'expired';
      return null;
    }
  }

  /**
   * Verifies an access token.
   * @returns the viewer, `'expired'` for a token past its lifetime (the client should refresh),
   * or `null` for anything else that is not a valid token.
   */
  async verifyAccess(token: string): Promise<Viewer | 'expired' | null> {
    // A verified token is remembered until it expires: verification is a pure function of the token
    // and the key, and a client sends the same token with every request for its lifetime.
    const cached = this.verified.get(token);
    if (cached) {
      if (cached.exp * 1000 > Date.now()) return cached.viewer;
      this.verified.delete(token);
      return 'expired';
    }
    try {
      const { payload } = await jwtVerify(token, await this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const { sub, org, knd, rol, sid, ver } = payload as Record<string, unknown>;
      if (
        typeof sub !== 'string' ||
        typeof org !== 'string' ||
        (knd !== 'STAFF' && knd !== 'CLIENT') ||
        (rol !== 'ADMIN' && rol !== 'COUNSELLOR' && rol !== 'CLIENT') ||
        typeof sid !== 'string' ||
        typeof ver !== 'number'
      ) {
        return null;
      }
      const viewer: Viewer = {
        accountId: sub,
        organisationId: org,
        kind: knd,
        role: rol,
        sessionId: sid,
        tokenVersion: ver,
      };
      if (typeof payload.exp === 'number') {
        if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(token, { viewer, exp: payload.exp });
      }
      return viewer;
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) return 'expired';
      return null;
    }
  }
}

/** A fresh opaque secret (256 bits, URL-safe). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** What the database stores instead of a secret. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
