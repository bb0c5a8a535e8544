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

const CACHE_MS = 10_000;

export class CorsPolicy {
  private readonly cache = new Map<string, { origins: Set<string>; at: number }>();
  constructor(
    private readonly orm: MikroORM,
    /** Origins always allowed (the API's own public origin). */
    private readonly ownOrigins: () => string[],
  ) {}

  /** Whether the request may proceed; sets the CORS response headers when it is cross-origin. */
  async apply(req: IncomingMessage, res: ServerResponse, url: URL): Promise<'allowed' | 'denied' | 'same-origin'> {
    const origin = req.headers.origin;
    if (!origin || origin === 'null' || this.isOwn(origin, req)) return 'same-origin';
    const key = url.searchParams.get('org');
    if (!key || !(await this.allowedFor(key)).has(origin)) return 'denied';
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
    res.setHeader(
      'Access-Control-Allow-Headers',
      'Content-Type, Authorization, Apollo-Require-Preflight, X-Filename, X-Request-Id',
    );
    res.setHeader('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After');
    res.setHeader('Access-Control-Max-Age', '600');
    return 'allowed';
  }

  private isOwn(origin: string, req: IncomingMessage): boolean {
    if (this.ownOrigins().includes(origin)) return true;
    const host = req.headers.host;
    return !!host && (origin === `http://${host}` || origin === `https://${host}`);
  }

  private async allowedFor(publicKey: string): Promise<Set<string>> {
    const hit = this.cache.get(publicKey);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.origins;
    const org = await this.orm.em
      .fork()
      .findOne(Organisation, { publicKey, suspendedAt: null }, { fields: ['allowedOrigins'] });
    const origins = new Set(org?.allowedOrigins ?? []);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(publicKey, { origins, at: Date.now() });
    return origins;
  }
}
