/**
 * The availability query: free slots of one organisation over a range, for any number of counsellors,
 * in one SQL statement whatever the number of counsellors or weeks, prepared on the read pool
 * (db/sql.ts) so PostgreSQL plans it once per connection, not once per widget request: the
 * organisation's booking settings, every matching booking window and all busy time (held/booked
 * appointments incl. follow-up, blockers, absences) of those counsellors.
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
 * Everything in one statement: the organisation's booking settings, its matching booking windows
 * and the busy time of those counsellors in the range (held/booked appointments incl. follow-up,
 * blockers, absences), the last two JSON-aggregated (busy time as epoch ms pairs).
 * $1 service id, $2 counsellor ids (comma-separated), $3 public key, $4 organisation id,
 * $5/$6 busy range, $7 now.
 */
const AVAILABILITY = statement(
  'availability',
  `
with ctx as (
  select o.id, o.public_key, o.timezone, o.locale, o.holiday_region, o.closing_days,
         coalesce(s.hold_minutes, ${DEFAULT_HOLD_MINUTES}) as hold_minutes,
         coalesce(s.minimum_notice_minutes, ${DEFAULT_MINIMUM_NOTICE_MINUTES}) as minimum_notice_minutes
    from organisation o
    left join appointment_settings s on s.organisation_id = o.id
   where o.public_key = $3::text or o.id = $4::uuid
   limit 1
), win as (
  select w.counsellor_id, w.weekday, w.start_minute, w.end_minute, w.service_id, sv.duration_minutes,
         sv.follow_up_minutes, sv.minimum_notice_minutes, cs.horizon_weeks,
         coalesce(a.only_regular_clients, false) as only_regular_clients
    from ctx
    join booking_window w on w.organisation_id = ctx.id
    join appointment_service sv on sv.id = w.service_id and sv.active and sv.organisation_id = ctx.id
    join account a on a.id = w.counsellor_id and a.organisation_id = ctx.id and a.kind = 'STAFF'
                  and a.active and a.status = 'ACTIVE'
    left join counsellor_schedule cs on cs.counsellor_id = w.counsellor_id
   where ($1::uuid is null or w.service_id = $1::uuid)
     and ($2::text is null or w.counsellor_id = any(string_to_array($2::text, ',')::uuid[]))
), busy as (
  select ap.counsellor_id as c, ap.starts_at as s, ap.blocked_until as e
    from ctx join appointment ap on ap.organisation_id = ctx.id
   where ap.counsellor_id in (select counsellor_id from win)
     and tstzrange(ap.starts_at, ap.blocked_until, '[)') && tstzrange($5::timestamptz, $6::timestamptz, '[)')
     and (ap.status = 'BOOKED' or (ap.status = 'HELD' and ap.hold_expires_at > $7::timestamptz))
  union all
  select ab.counsellor_id, ab.starts_at, ab.ends_at
    from ctx join absence ab on ab.organisation_id = ctx.id
   where ab.counsellor_id in (select counsellor_id from win)
     and ab.starts_at < $6::timestamptz and ab.ends_at > $5::timestamptz
)
select ctx.*,
       coalesce((select json_agg(json_build_array(counsellor_id, weekday, start_minute, end_minute, service_id,
                   duration_minutes, follow_up_minutes, minimum_notice_minutes, horizon_weeks,
                   only_regular_clients)) from win), '[]'::json) as windows,
       coalesce((select json_agg(json_build_array(c, (extract(epoch from s) * 1000)::bigint,
                   (extract(epoch from e) * 1000)::bigint)) from busy), '[]'::json) as busy
  from ctx`,
);

interface ContextRow {
  id: string;
  public_key: string;
  timezone: string;
  locale: string;
  holiday_region: string;
  closing_days: { date: string }[] | null;
  hold_minutes: number;
  minimum_notice_minutes: number;
  windows: WindowRow[];
  /** [counsellor id, start, end] in epoch ms. */
  busy: [string, number, number][];
}

/** Free slots (see module comment). Does not validate the range; resolvers do. */
export async function findFreeSlots(db: Sql, req: AvailabilityRequest): Promise<Availability> {
  const now = req.now ?? Date.now();
  const key = 'publicKey' in req.organisation ? req.organisation.publicKey : null;
  const orgId = 'id' in req.organisation ? req.organisation.id : null;
  const ids = req.counsellorIds?.length ? req.counsellorIds.join(',') : null;
  const from = req.from.getTime();
  const to = req.to.getTime();
  // One day of margin: a slot starting just before \`to\` ends after it.
  const rows = await db.query<ContextRow>(AVAILABILITY, [
    req.serviceId ?? null,
    ids,
    key,
    orgId,
    new Date(from - DAY),
    new Date(to + DAY),
    new Date(now),
  ]);
  const row = rows[0];
  if (!row) return { context: null, groups: [] };
  const context: BookingContext = {
    organisationId: row.id,
    publicKey: row.public_key,
    timeZone: row.timezone,
    locale: row.locale,
    holidayRegion: row.holiday_region,
    closingDays: row.closing_days ?? [],
    holdMinutes: row.hold_minutes,
    minimumNoticeMinutes: row.minimum_notice_minutes,
  };

  const who = req.regularClientsOf ?? null;
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
  ] of row.windows) {
    if (regularOnly && who !== 'all' && who !== c) continue;
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

  const busy: BusyInterval[] = row.busy.map(([counsellorId, start, end]) => ({ counsellorId, start, end }));

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
