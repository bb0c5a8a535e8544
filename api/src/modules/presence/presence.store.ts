/**
 * Where presence lives so that every API process sees the same: open staff connections with their
 * last heartbeat, and which counsellors are currently announced online. Redis when REDIS_URL is set
 * (sorted set of connections per counsellor, a set of online counsellors), otherwise PostgreSQL
 * (tables of migration 0201). Never only in one process's memory: a counsellor connected to process A
 * is online for a widget served by process B, and a crashed process's connections expire by
 * themselves because nobody refreshes their heartbeats.
 *
 * Announcing is compare-and-set (`markOnline`, `sweep` return only what they changed), so when
 * several processes race, exactly one of them publishes each change.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';

export interface PresenceConnection {
  connectionId: string;
  organisationId: string;
  counsellorId: string;
}

export interface CounsellorRef {
  organisationId: string;
  counsellorId: string;
}

export interface PresenceStore {
  /** Records a heartbeat (now) for each connection, registering new ones. */
  touch(connections: PresenceConnection[]): Promise<void>;
  /** Marks counsellors online; returns those that were not (the caller announces them). */
  markOnline(counsellors: CounsellorRef[]): Promise<CounsellorRef[]>;
  /**
   * Forgets connections silent for longer than `graceMs` and marks offline every online counsellor
   * left without a live connection; returns those (the caller announces them).
   */
  sweep(graceMs: number): Promise<CounsellorRef[]>;
  /** Ids of the organisation's counsellors that are announced online. */
  onlineIn(organisationId: string): Promise<Set<string>>;
  close(): Promise<void>;
}

/** PostgreSQL arrays of uuids as one bound text parameter (ids are uuids we generated or read). */
const uuidArray = (ids: string[]) => `{${ids.join(',')}}`;

export class PostgresPresenceStore implements PresenceStore {
  constructor(private readonly orm: MikroORM) {}

  private exec<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.orm.em.getConnection().execute<T[]>(sql, params);
  }

  async touch(connections: PresenceConnection[]): Promise<void> {
    if (!connections.length) return;
    await this.exec(
      `insert into "presence_connection" ("connection_id", "organisation_id", "counsellor_id", "last_seen_at")
       select c, o, k, now() from unnest(?::uuid[], ?::uuid[], ?::uuid[]) as t(c, o, k)
       on conflict ("connection_id") do update set "last_seen_at" = excluded."last_seen_at"`,
      [
        uuidArray(connections.map((c) => c.connectionId)),
        uuidArray(connections.map((c) => c.organisationId)),
        uuidArray(connections.map((c) => c.counsellorId)),
      ],
    );
  }

  async markOnline(counsellors: CounsellorRef[]): Promise<CounsellorRef[]> {
    if (!counsellors.length) return [];
    const rows = await this.exec<{ counsellor_id: string; organisation_id: string }>(
      `insert into "presence_state" ("counsellor_id", "organisation_id", "online", "changed_at")
       select k, o, true, now() from unnest(?::uuid[], ?::uuid[]) as t(k, o)
       on conflict ("counsellor_id") do update set "online" = true, "changed_at" = now()
         where "presence_state"."online" = false
       returning "counsellor_id", "organisation_id"`,
      [uuidArray(counsellors.map((c) => c.counsellorId)), uuidArray(counsellors.map((c) => c.organisationId))],
    );
    return rows.map((r) => ({ counsellorId: r.counsellor_id, organisationId: r.organisation_id }));
  }

  async sweep(graceMs: number): Promise<CounsellorRef[]> {
    const seconds = graceMs / 1000;
    await this.exec(`delete from "presence_connection" where "last_seen_at" < now() - make_interval(secs => ?)`, [
      seconds,
    ]);
    const rows = await this.exec<{ counsellor_id: string; organisation_id: string }>(
      `update "presence_state" s set "online" = false, "changed_at" = now()
       where s."online" and not exists (
         select 1 from "presence_connection" c
         where c."counsellor_id" = s."counsellor_id" and c."last_seen_at" >= now() - make_interval(secs => ?))
       returning s."counsellor_id", s."organisation_id"`,
      [seconds],
    );
    return rows.map((r) => ({ counsellorId: r.counsellor_id, organisationId: r.organisation_id }));
  }

  async onlineIn(organisationId: string): Promise<Set<string>> {
    const rows = await this.exec<{ counsellor_id: string }>(
      `select "counsellor_id" from "presence_state" where "organisation_id" = ? and "online"`,
      [organisationId],
    );
    return new Set(rows.map((r) => r.counsellor_id));
  }

  async close(): Promise<void> {}
}

const KEY = 'lotse:presence';
const connsKey = (counsellorId: string) => `${KEY}:conns:${counsellorId}`;
const orgOnlineKey = (organisationId: string) => `${KEY}:online:${organisationId}`;
/** Every online counsellor as `orgId/counsellorId`: what the sweep walks. */
const ONLINE_KEY = `${KEY}:online`;

// KEYS: global online set, org online set. ARGV: "org/counsellor", counsellorId.
const MARK_ONLINE = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('SADD', KEYS[2], ARGV[2])
  return 1
end
return 0`;

// KEYS: connections zset, global online set, org online set. ARGV: cutoff ms, "org/counsellor", counsellorId.
const SWEEP_ONE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
if redis.call('ZCARD', KEYS[1]) == 0 then
  if redis.call('SREM', KEYS[2], ARGV[2]) == 1 then
    redis.call('SREM', KEYS[3], ARGV[3])
    return 1
  end
end
return 0`;

export class RedisPresenceStore implements PresenceStore {
  private readonly redis: Redis;
  constructor(
    redisUrl: string,
    /** Connection keys expire on their own after this long without heartbeats (crashed processes). */
    private readonly keyTtlMs: number,
  ) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  }

  async touch(connections: PresenceConnection[]): Promise<void> {
    if (!connections.length) return;
    const now = Date.now();
    const pipeline = this.redis.pipeline();
    for (const c of connections) {
      pipeline.zadd(connsKey(c.counsellorId), now, c.connectionId);
      pipeline.pexpire(connsKey(c.counsellorId), this.keyTtlMs);
    }
    await pipeline.exec();
  }

  async markOnline(counsellors: CounsellorRef[]): Promise<CounsellorRef[]> {
    if (!counsellors.length) return [];
    const pipeline = this.redis.pipeline();
    for (const c of counsellors) {
      pipeline.eval(
        MARK_ONLINE,
        2,
        ONLINE_KEY,
        orgOnlineKey(c.organisationId),
        `${c.organisationId}/${c.counsellorId}`,
        c.counsellorId,
      );
    }
    const results = (await pipeline.exec()) ?? [];
    return counsellors.filter((_, i) => results[i]?.[1] === 1);
  }

  async sweep(graceMs: number): Promise<CounsellorRef[]> {
    const members = await this.redis.smembers(ONLINE_KEY);
    if (!members.length) return [];
    const cutoff = Date.now() - graceMs;
    const refs = members.map((m) => {
      const [organisationId, counsellorId] = m.split('/') as [string, string];
      return { organisationId, counsellorId, member: m };
    });
    const pipeline = this.redis.pipeline();
    for (const r of refs) {
      pipeline.eval(
        SWEEP_ONE,
        3,
        connsKey(r.counsellorId),
        ONLINE_KEY,
        orgOnlineKey(r.organisationId),
        cutoff,
        r.member,
        r.counsellorId,
      );
    }
    const results = (await pipeline.exec()) ?? [];
    return refs
      .filter((_, i) => results[i]?.[1] === 1)
      .map(({ organisationId, counsellorId }) => ({ organisationId, counsellorId }));
  }

  async onlineIn(organisationId: string): Promise<Set<string>> {
    return new Set(await this.redis.smembers(orgOnlineKey(organisationId)));
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
