/**
 * The availability query: free slots of one organisation over a range, for any number of counsellors,
 * in at most two SQL statements whatever the number of counsellors or weeks, prepared on the read
 * pool (db/sql.ts) so PostgreSQL plans them once per connection, not once per widget request:
 *   1. the organisation's booking settings together with every matching booking window (JSON-aggregated),
 *   2. all busy time (held/booked appointments incl. follow-up, blockers, absences) of those counsellors.
 * Everything else (closed days, DST, notice, horizon) is computed by the pure functions in slots.ts.
 * Exported for the benchmark (`bench/`), which calls it directly.
 */
import { statement, type Sql } from '../../db/sql.js';
import { closedDates } from './holidays.js';
import { addDays, localDate } from './local-time.js';
import { generateSlots, type BusyInterval, type Slot, type WindowRule } from './slots.js';
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
  slots: Slot[];
}

type WindowRow = [string, number, number, number, string, number, number, number | null, number | null, boolean];

const CONTEXT_AND_WINDOWS = statement(
  'availability_context',
  `
select o.id, o.public_key, o.timezone, o.locale, o.holiday_region, o.closing_days,
       coalesce(s.hold_minutes, ${DEFAULT_HOLD_MINUTES}) as hold_minutes,
       coalesce(s.minimum_notice_minutes, ${DEFAULT_MINIMUM_NOTICE_MINUTES}) as minimum_notice_minutes,
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
           and ($1::uuid is null or w.service_id = $1::uuid)
           and ($2::text is null or w.counsellor_id = any(string_to_array($2::text, ',')::uuid[]))
       ), '[]'::json) as windows
from organisation o
left join appointment_settings s on s.organisation_id = o.id
where o.public_key = $3::text or o.id = $4::uuid`,
);

const BUSY = statement(
  'availability_busy',
  `
select counsellor_id as c, starts_at as s, blocked_until as e from appointment
 where organisation_id = $1::uuid
   and counsellor_id = any(string_to_array($2::text, ',')::uuid[])
   and tstzrange(starts_at, blocked_until, '[)') && tstzrange($3::timestamptz, $4::timestamptz, '[)')
   and (status = 'BOOKED' or (status = 'HELD' and hold_expires_at > $5::timestamptz))
union all
select counsellor_id, starts_at, ends_at from absence
 where organisation_id = $1::uuid
   and counsellor_id = any(string_to_array($2::text, ',')::uuid[])
   and starts_at < $4::timestamptz and ends_at > $3::timestamptz`,
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
}

/** Free slots (see module comment). Does not validate the range; resolvers do. */
export async function findFreeSlots(db: Sql, req: AvailabilityRequest): Promise<Availability> {
  const now = req.now ?? Date.now();
  const key = 'publicKey' in req.organisation ? req.organisation.publicKey : null;
  const orgId = 'id' in req.organisation ? req.organisation.id : null;
  const ids = req.counsellorIds?.length ? req.counsellorIds.join(',') : null;
  const rows = await db.query<ContextRow>(CONTEXT_AND_WINDOWS, [req.serviceId ?? null, ids, key, orgId]);
  const row = rows[0];
  if (!row) return { context: null, slots: [] };
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
  if (windows.length === 0) return { context, slots: [] };

  const from = req.from.getTime();
  const to = req.to.getTime();
  const counsellors = [...new Set(windows.map((w) => w.counsellorId))].join(',');
  // One day of margin: a slot starting just before `to` ends after it.
  const busyFrom = new Date(from - DAY);
  const busyTo = new Date(to + DAY);
  const busyRows = await db.query<{ c: string; s: Date; e: Date }>(BUSY, [
    context.organisationId,
    counsellors,
    busyFrom,
    busyTo,
    new Date(now),
  ]);
  const busy: BusyInterval[] = busyRows.map((b) => ({
    counsellorId: b.c,
    start: new Date(b.s).getTime(),
    end: new Date(b.e).getTime(),
  }));

  const firstDate = addDays(localDate(context.timeZone, from), -1);
  const lastDate = addDays(localDate(context.timeZone, to), 1);
  const slots = generateSlots({
    timeZone: context.timeZone,
    from,
    to,
    now,
    closedDates: closedDates(context.holidayRegion, context.closingDays, firstDate, lastDate),
    windows,
    busy,
  });
  return { context, slots };
}
