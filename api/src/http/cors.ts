/**
 * CORS for widget requests. A browser request from another origin is admitted only when that origin
 * is in the allowed origins of the organisation the widget names (`?org=<public key>` on the URL, so
 * that the preflight, which carries no custom header values, can be decided too).
 * Same-origin requests (dashboard, IDE, demo page) and non-browser clients carry no foreign Origin
 * and need no CORS headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import type { AppServices } from '../shared/app.js';

const CACHE_MS = 10_000;

/** A cross-origin request admitted by an organisation: it may act for that organisation only. */
export interface Admitted {
  publicKey: string;
  organisationId: string;
}

/** The policy of a Lotse server: its own public origin is always allowed. */
export function corsPolicyFor(app: Pick<AppServices, 'orm' | 'config'>): CorsPolicy {
  return new CorsPolicy(app.orm, () => (app.config.publicUrl ? [new URL(app.config.publicUrl).origin] : []));
}

interface Admission {
  origins: Set<string>;
  /** Null for an unknown or suspended key. */
  organisationId: string | null;
  at: number;
}

export class CorsPolicy {
  private readonly cache = new Map<string, Admission>();
  constructor(
    private readonly orm: MikroORM,
    /** Origins always allowed (the API's own public origin). */
    private readonly ownOrigins: () => string[],
  ) {}

  /**
   * Whether the request may proceed; sets the CORS response headers when it is cross-origin. An admitted
   * cross-origin request names the organisation that admitted it: the operation may act for that one only.
   */
  async apply(req: IncomingMessage, res: ServerResponse, url: URL): Promise<Admitted | 'denied' | 'same-origin'> {
    const verdict = await this.admit(req, url);
    if (typeof verdict !== 'object') return verdict;
    const origin = req.headers.origin!;
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
    res.setHeader(
      'Access-Control-Allow-Headers',
      // Accept-Language: the UI language for field messages (safelisted for plain values like `de`, named
      // here too so that no value of it can block a request).
      'Content-Type, Authorization, Accept-Language, Apollo-Require-Preflight, X-Filename, X-Request-Id',
    );
    res.setHeader('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After');
    res.setHeader('Access-Control-Max-Age', '600');
    return verdict;
  }

  /**
   * The decision alone (no headers), also for WebSocket upgrades: same-origin (or no browser), denied,
   * or admitted by the organisation of `?org=` whose allowed origins name the request's Origin.
   */
  async admit(req: IncomingMessage, url: URL): Promise<Admitted | 'denied' | 'same-origin'> {
    const origin = req.headers.origin;
    if (!origin || origin === 'null' || this.isOwn(origin, req)) return 'same-origin';
    const key = url.searchParams.get('org');
    const admitted = key ? await this.allowedFor(key) : null;
    if (!key || !admitted?.organisationId || !admitted.origins.has(origin)) return 'denied';
    return { publicKey: key, organisationId: admitted.organisationId };
  }

  private isOwn(origin: string, req: IncomingMessage): boolean {
    if (this.ownOrigins().includes(origin)) return true;
    const host = req.headers.host;
    return !!host && (origin === `http://${host}` || origin === `https://${host}`);
  }

  private async allowedFor(publicKey: string): Promise<Admission> {
    const hit = this.cache.get(publicKey);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit;
    const org = await this.orm.em
      .fork()
      .findOne(Organisation, { publicKey, suspendedAt: null }, { fields: ['id', 'allowedOrigins'] });
    const admission = { origins: new Set(org?.allowedOrigins ?? []), organisationId: org?.id ?? null, at: Date.now() };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(publicKey, admission);
    return admission;
  }
}
