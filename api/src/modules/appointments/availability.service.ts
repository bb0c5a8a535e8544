/**
 * The availability query: free slots of one organisation over a range, for any number of counsellors,
 * in at most two SQL statements whatever the number of counsellors or weeks, prepared on the read
 * pool (db/sql.ts) so PostgreSQL plans them once per connection, not once per widget request:
 *   - the organisation's schedule (booking settings and every booking window), cached per process
 *     and re-read only when its `schedule_version` moved (triggers raise it on every change);
 *   - the busy time in the range (held/booked appointments incl. follow-up, blockers, absences)
 *     together with the current schedule version: one statement when the schedule is cached.
 * Everything else (closed days, DST, notice, horizon) is computed by the pure functions in slots.ts.
 * Exported for the benchmark (`bench/`), which calls it directly.
 */
import { statement, type Sql } from '../../db/sql.js';
import { closedDates } from './holidays.js';
import { addDays, localDate } from './local-time.js';
import { generateSlotGroups, type BusyInterval, type SlotGroup, type WindowRule } from './slots.js';
import { DEFAULT_HOLD_MINUTES, DEFAULT_MINIMUM_NOTICE_MINUTES } from './appointment-settings.entity.js';
import { DEFAULT_HORIZON_WEEKS } from './booking-window.entity.js';

const DAY = 86_400_000;
/** Longest range one availability query may ask for (a little over 8 weeks). */
export const MAX_RANGE_DAYS = 63;

export interface BookingContext {
  organisationId: string;
  publicKey: string;
  timeZone: string;
  locale: string;
  holidayRegion: string;
  closingDays: { date: string }[];
  holdMinutes: number;
  minimumNoticeMinutes: number;
}

export interface AvailabilityRequest {
  /** The organisation, by widget public key or by id (staff). */
  organisation: { publicKey: string } | { id: string };
  from: Date;
  to: Date;
  serviceId?: string | null;
  counsellorIds?: readonly string[] | null;
  /**
   * Who may see counsellors that take only their regular clients: `'all'` (staff views), or the
   * primary counsellor id of the client asking (null for anonymous visitors: none of them).
   */
  regularClientsOf?: 'all' | string | null;
  /** @default Date.now() */
  now?: number;
}

export interface Availability {
  /** Null when the organisation does not exist. */
  context: BookingContext | null;
  /** Free slots by counsellor and service (slots.ts `generateSlotGroups`). */
  groups: SlotGroup[];
}

type WindowRow = [string, number, number, number, string, number, number, number | null, number | null, boolean];

/**
 * An organisation's schedule: everything slot generation needs except busy time, with the
 * `schedule_version` it was read at (migration 0101). Cached per process (`app.caches.schedules`).
 */
export interface Schedule {
  version: number;
  context: BookingContext;
  windows: WindowRow[];
}

/** Cached schedules by organisation selector (`k:<public key>` / `i:<id>`); bounded. */
export class ScheduleCache {
  private readonly entries = new Map<string, Schedule>();
  constructor(private readonly maxEntries = 5000) {}
  get(selector: string): Schedule | undefined {
    return this.entries.get(selector);
  }
  set(selector: string, schedule: Schedule): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(selector, schedule);
  }
}

/** The organisation's booking settings and all its booking windows of bookable counsellors. */
const SCHEDULE = statement(
  'availability_schedule',
  `
select o.id, o.public_key, o.timezone, o.locale, o.holiday_region, o.closing_days,
       coalesce(s.hold_minutes, ${DEFAULT_HOLD_MINUTES}) as hold_minutes,
       coalesce(s.minimum_notice_minutes, ${DEFAULT_MINIMUM_NOTICE_MINUTES}) as minimum_notice_minutes,
       coalesce((select version from schedule_version v where v.organisation_id = o.id), 0)::float8 as version,
       coalesce((
         select json_agg(json_build_array(w.counsellor_id, w.weekday, w.start_minute, w.end_minute, w.service_id,
                  sv.duration_minutes, sv.follow_up_minutes, sv.minimum_notice_minutes, cs.horizon_weeks,
                  coalesce(a.only_regular_clients, false)))
         from booking_window w
         join appointment_service sv on sv.id = w.service_id and sv.active and sv.organisation_id = o.id
         join account a on a.id = w.counsellor_id and a.organisation_id = o.id and a.kind = 'STAFF'
                       and a.active and a.status = 'ACTIVE'
         left join counsellor_schedule cs on cs.counsellor_id = w.counsellor_id
         where w.organisation_id = o.id
       ), '[]'::json) as windows
  from organisation o
  left join appointment_settings s on s.organisation_id = o.id
 where (o.public_key = $1::text or o.id = $2::uuid) and o.suspended_at is null
 limit 1`,
);

/**
 * The organisation's busy time in a range (held/booked appointments incl. follow-up, blockers,
 * absences) as epoch ms triples, with its current schedule version.
 * $1 organisation id, $2/$3 range, $4 now.
 */
const BUSY = statement(
  'availability_busy',
  `
select coalesce((select version from schedule_version v where v.organisation_id = $1::uuid), 0)::float8 as version,
       coalesce((select json_agg(json_build_array(b.c, (extract(epoch from b.s) * 1000)::bigint,
                   (extract(epoch from b.e) * 1000)::bigint)) from (
         select ap.counsellor_id as c, ap.starts_at as s, ap.blocked_until as e from appointment ap
          where ap.organisation_id = $1::uuid
            and tstzrange(ap.starts_at, ap.blocked_until, '[)') && tstzrange($2::timestamptz, $3::timestamptz, '[)')
            and (ap.status = 'BOOKED' or (ap.status = 'HELD' and ap.hold_expires_at > $4::timestamptz))
         union all
         select ab.counsellor_id, ab.starts_at, ab.ends_at from absence ab
          where ab.organisation_id = $1::uuid and ab.starts_at < $3::timestamptz and ab.ends_at > $2::timestamptz
       ) b), '[]'::json) as busy`,
);

interface ScheduleRow {
  id: string;
  public_key: string;
  timezone: string;
  locale: string;
  holiday_region: string;
  closing_days: { date: string }[] | null;
  hold_minutes: number;
  minimum_notice_minutes: number;
  version: number;
  windows: WindowRow[];
}

interface BusyRow {
  version: number;
  /** [counsellor id, start, end] in epoch ms. */
  busy: [string, number, number][];
}

async function loadSchedule(db: Sql, key: string | null, orgId: string | null): Promise<Schedule | null> {
  const [row] = await db.query<ScheduleRow>(SCHEDULE, [key, orgId]);
  if (!row) return null;
  return {
    version: row.version,
    windows: row.windows,
    context: {
      organisationId: row.id,
      publicKey: row.public_key,
      timeZone: row.timezone,
      locale: row.locale,
      holidayRegion: row.holiday_region,
      closingDays: row.closing_days ?? [],
      holdMinutes: row.hold_minutes,
      minimumNoticeMinutes: row.minimum_notice_minutes,
    },
  };
}

/**
 * Free slots (see module comment). Does not validate the range; resolvers do.
 * One statement when the organisation's schedule is cached and unchanged (busy time and the
 * schedule version), two otherwise.
 */
export async function findFreeSlots(
  app: { db: Sql; caches: { schedules: ScheduleCache } },
  req: AvailabilityRequest,
): Promise<Availability> {
  const { db } = app;
  const now = req.now ?? Date.now();
  const key = 'publicKey' in req.organisation ? req.organisation.publicKey : null;
  const orgId = 'id' in req.organisation ? req.organisation.id : null;
  const selector = key !== null ? `k:${key}` : `i:${orgId}`;
  const from = req.from.getTime();
  const to = req.to.getTime();
  // One day of margin: a slot starting just before `to` ends after it.
  const busyRange = [new Date(from - DAY), new Date(to + DAY), new Date(now)];

  let schedule = app.caches.schedules.get(selector) ?? null;
  let busyRow: BusyRow | undefined;
  if (schedule) {
    [busyRow] = await db.query<BusyRow>(BUSY, [schedule.context.organisationId, ...busyRange]);
    if (busyRow!.version !== schedule.version) schedule = null;
  }
  if (!schedule) {
    schedule = await loadSchedule(db, key, orgId);
    if (!schedule) return { context: null, groups: [] };
    app.caches.schedules.set(selector, schedule);
    if (!busyRow) [busyRow] = await db.query<BusyRow>(BUSY, [schedule.context.organisationId, ...busyRange]);
  }
  const { context } = schedule;

  const who = req.regularClientsOf ?? null;
  const wantedCounsellors = req.counsellorIds?.length ? new Set(req.counsellorIds) : null;
  const windows: WindowRule[] = [];
  for (const [
    c,
    weekday,
    startMinute,
    endMinute,
    serviceId,
    duration,
    followUp,
    notice,
    horizon,
    regularOnly,
  ] of schedule.windows) {
    if (regularOnly && who !== 'all' && who !== c) continue;
    if (req.serviceId && serviceId !== req.serviceId) continue;
    if (wantedCounsellors && !wantedCounsellors.has(c)) continue;
    windows.push({
      counsellorId: c,
      weekday,
      startMinute,
      endMinute,
      serviceId,
      durationMinutes: duration,
      followUpMinutes: followUp,
      minimumNoticeMinutes: notice ?? context.minimumNoticeMinutes,
      horizonWeeks: horizon ?? DEFAULT_HORIZON_WEEKS,
    });
  }
  if (windows.length === 0) return { context, groups: [] };

  const busy: BusyInterval[] = busyRow!.busy.map(([counsellorId, start, end]) => ({ counsellorId, start, end }));

  const firstDate = addDays(localDate(context.timeZone, from), -1);
  const lastDate = addDays(localDate(context.timeZone, to), 1);
  const groups = generateSlotGroups({
    timeZone: context.timeZone,
    from,
    to,
    now,
    closedDates: closedDates(context.holidayRegion, context.closingDays, firstDate, lastDate),
    windows,
    busy,
  });
  return { context, groups };
}
