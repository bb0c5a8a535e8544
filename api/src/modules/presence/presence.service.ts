/**
 * Presence of counsellors: which staff WebSocket connections are alive (heartbeats in the shared
 * store), when a counsellor is announced online or offline, and what widgets are shown.
 *
 * A connection is alive while it shows activity (any message, or the pong to the server's ping every
 * `heartbeatMs`). Every `heartbeatMs` each process writes the heartbeats of its live connections and
 * sweeps the store: a counsellor whose last connection closed or went silent more than
 * `presenceGraceMs` ago is announced offline, by whichever process notices first. A page reload
 * within the grace period therefore never flickers the bubble.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { AccountStatus } from '../identity/account.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { shownPresence } from './presence.rules.js';
import {
  PostgresPresenceStore,
  RedisPresenceStore,
  type CounsellorRef,
  type PresenceConnection,
  type PresenceStore,
} from './presence.store.js';
import type { CounsellorPresence } from './presence.types.js';
import { realtimeSettings, type RealtimeSettings } from './realtime.settings.js';

export const presenceTopic = (organisationId: string) => `presence:org:${organisationId}`;

/** Active counsellors an organisation may have are bounded by its licence; this bounds the answer anyway. */
const MAX_COUNSELLORS = 500;

interface LocalConnection extends PresenceConnection {
  /** Date.now() of the last message or pong. */
  lastActivity: number;
}

export class PresenceService {
  readonly settings: RealtimeSettings;
  readonly store: PresenceStore;
  private readonly local = new Map<string, LocalConnection>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;

  constructor(private readonly app: AppServices) {
    this.settings = realtimeSettings(app.config);
    this.store = app.config.redisUrl
      ? new RedisPresenceStore(app.config.redisUrl, this.settings.presenceGraceMs * 4)
      : new PostgresPresenceStore(app.orm);
  }

  /** Starts the heartbeat/sweep timer of this process. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.settings.heartbeatMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.ticking;
    await this.store.close();
  }

  /** A staff member's socket was accepted. */
  async connected(connectionId: string, viewer: Viewer): Promise<void> {
    if (viewer.kind !== 'STAFF') return;
    const conn: LocalConnection = {
      connectionId,
      organisationId: viewer.organisationId,
      counsellorId: viewer.accountId,
      lastActivity: Date.now(),
    };
    this.local.set(connectionId, conn);
    await this.guard(async () => {
      await this.store.touch([conn]);
      await this.announce(await this.store.markOnline([conn]));
    });
  }

  /** Any sign of life on a socket (cheap: called for every message and pong). */
  activity(connectionId: string): void {
    const conn = this.local.get(connectionId);
    if (conn) conn.lastActivity = Date.now();
  }

  /** The socket closed: its heartbeat stops now, so the counsellor goes offline after the grace period. */
  async disconnected(connectionId: string): Promise<void> {
    const conn = this.local.get(connectionId);
    if (!conn) return;
    this.local.delete(connectionId);
    await this.guard(() => this.store.touch([conn]));
  }

  /** One heartbeat round: refresh live connections, re-assert online (heals races), sweep the expired. */
  tick(): Promise<void> {
    this.ticking ??= this.guard(async () => {
      const now = Date.now();
      const alive = [...this.local.values()].filter((c) => now - c.lastActivity <= this.settings.presenceGraceMs);
      await this.store.touch(alive);
      const distinct = new Map(alive.map((c) => [c.counsellorId, c]));
      await this.announce(await this.store.markOnline([...distinct.values()]));
      await this.announce(await this.store.sweep(this.settings.presenceGraceMs));
    }).finally(() => {
      this.ticking = undefined;
    });
    return this.ticking;
  }

  /** Shown presence of the organisation's active counsellors, by display name. */
  async availability(em: EntityManager, organisationId: string): Promise<CounsellorPresence[]> {
    const [counsellors, online] = await Promise.all([
      em.find(
        Counsellor,
        { organisation: organisationId, active: true, status: AccountStatus.ACTIVE, deletedAt: null },
        { orderBy: { displayName: 'asc', id: 'asc' }, limit: MAX_COUNSELLORS },
      ),
      this.store.onlineIn(organisationId),
    ]);
    return counsellors.map((c) => this.view(c, online.has(c.id)));
  }

  /** Whether the counsellor is announced online (connected now or within the grace period). */
  async isConnected(organisationId: string, counsellorId: string): Promise<boolean> {
    return (await this.store.onlineIn(organisationId)).has(counsellorId);
  }

  /** Publishes a counsellor's shown presence to the organisation's widgets (after a status change). */
  async publish(counsellor: Counsellor): Promise<CounsellorPresence> {
    const online = await this.store.onlineIn(counsellor.organisation.id);
    const view = this.view(counsellor, online.has(counsellor.id));
    this.app.pubSub.publish(presenceTopic(counsellor.organisation.id), view);
    return view;
  }

  private view(c: Counsellor, connected: boolean): CounsellorPresence {
    return {
      counsellorId: c.id,
      displayName: c.displayName,
      state: shownPresence({ status: c.presenceStatus, onlyRegularClients: c.onlyRegularClients, connected }),
    };
  }

  private async announce(refs: CounsellorRef[]): Promise<void> {
    if (!refs.length) return;
    const em = this.app.orm.em.fork();
    const counsellors = await em.find(Counsellor, { id: { $in: refs.map((r) => r.counsellorId) } });
    const byOrg = new Map<string, Counsellor[]>();
    for (const c of counsellors) byOrg.set(c.organisation.id, [...(byOrg.get(c.organisation.id) ?? []), c]);
    for (const [orgId, list] of byOrg) {
      const online = await this.store.onlineIn(orgId);
      for (const c of list) this.app.pubSub.publish(presenceTopic(orgId), this.view(c, online.has(c.id)));
    }
  }

  /** Presence must never break a socket or a request: failures are logged and retried next tick. */
  private async guard(fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      this.app.log.warn({ err }, 'presence update failed');
    }
  }
}
