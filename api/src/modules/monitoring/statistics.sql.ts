/**
 * The statistics' SQL: one statement per table of figures, each aggregating in PostgreSQL (the API
 * only labels the few rows that come back). Exported so the benchmark can run the very same texts
 * directly through `pg` as its baseline. Parameters: $1 organisation, $2 first day, $3 last day,
 * and for the counsellor variants $4 the counsellor.
 */
import { statement, type SqlStatement } from '../../db/sql.js';

const monitoringsIn = (own: boolean) =>
  `m.organisation_id = $1 and m.date between $2::date and $3::date${own ? ' and m.counsellor_id = $4' : ''}`;

/**
 * Channel, counsellor, month and the total in one scan (grouping sets). `g` tells the set apart:
 * grouping(channel, counsellor_id, month) is 3 for channel rows, 5 counsellor, 6 month, 7 total.
 */
const grouped = (own: boolean) => `select grouping(m.channel, m.counsellor_id, m.month)::int as g,
    m.channel::text as channel, m.counsellor_id::text as counsellor_id, m.month,
    count(*)::int as count, coalesce(sum(m.duration_minutes), 0)::bigint as minutes
  from (select channel, counsellor_id, to_char(date, 'YYYY-MM') as month, duration_minutes
          from monitoring m where ${monitoringsIn(own)}) m
  group by grouping sets ((m.channel), (m.counsellor_id), (m.month), ())`;

const byTopic = (own: boolean) => `select t.topic_id::text as topic_id, tp.name,
    count(*)::int as count, coalesce(sum(m.duration_minutes), 0)::bigint as minutes
  from monitoring m
  join monitoring_topic t on t.monitoring_id = m.id and t.organisation_id = $1
  join topic tp on tp.id = t.topic_id
  where ${monitoringsIn(own)}
  group by t.topic_id, tp.name`;

/**
 * The other tables' figures over the period as instants: from 00:00 of the first day to 00:00 after
 * the last, in the organisation's time zone (PostgreSQL applies the zone's DST rules). Counsellor
 * scope ($4 not null): their regular clients, the requests they are responsible for, their
 * appointments, chats they are a member of.
 */
const others = `with b as (
    select ($2::date)::timestamp at time zone o.timezone as t0,
           ($3::date + 1)::timestamp at time zone o.timezone as t1,
           o.mail_overdue_hours
      from organisation o where o.id = $1),
  r as (
    select mr.created_at, mr.waiting_since,
           (select min(mm.created_at) from mail_request_message mm
             where mm.mail_request_id = mr.id and mm.author_kind = 'COUNSELLOR') as first_answer
      from mail_request mr, b
     where mr.organisation_id = $1 and mr.created_at >= b.t0 and mr.created_at < b.t1
       and ($4::uuid is null or mr.counsellor_id = $4::uuid)),
  ap as (
    select a.status from appointment a, b
     where a.organisation_id = $1 and a.kind = 'SINGLE' and a.client_id is not null
       and a.starts_at >= b.t0 and a.starts_at < b.t1 and ($4::uuid is null or a.counsellor_id = $4::uuid))
  select
    (select count(*) from account a, b where a.organisation_id = $1 and a.kind = 'CLIENT'
        and a.created_at >= b.t0 and a.created_at < b.t1
        and ($4::uuid is null or a.primary_counsellor_id = $4::uuid))::int as new_clients,
    (select count(*) from r)::int as mail_received,
    (select count(*) from r where r.first_answer is not null)::int as mail_answered,
    (select count(*) from r, b where r.waiting_since + make_interval(hours => b.mail_overdue_hours) <= now())::int
      as mail_overdue,
    (select percentile_cont(0.5) within group (order by extract(epoch from r.first_answer - r.created_at) / 60)
       from r where r.first_answer is not null)::float8 as median_first_response,
    (select count(*) from ap where ap.status = 'BOOKED')::int as appointments_booked,
    (select count(*) from ap where ap.status = 'CANCELLED')::int as appointments_cancelled,
    (select count(*) from chat_stream s, b where s.organisation_id = $1 and s.kind = 'CLIENT'
        and exists (select 1 from chat_message cm where cm.stream_id = s.id
                     and cm.created_at >= b.t0 and cm.created_at < b.t1)
        and ($4::uuid is null or exists (select 1 from chat_member mb
                                          where mb.stream_id = s.id and mb.account_id = $4::uuid)))::int as chats`;

export const STATISTICS_SQL = {
  organisation: {
    grouped: statement('monitoring_stats_grouped', grouped(false)),
    byTopic: statement('monitoring_stats_topic', byTopic(false)),
  },
  counsellor: {
    grouped: statement('monitoring_stats_grouped_own', grouped(true)),
    byTopic: statement('monitoring_stats_topic_own', byTopic(true)),
  },
  others: statement('monitoring_stats_others', others),
} satisfies Record<string, unknown>;

export interface GroupedRow {
  g: number;
  channel: string | null;
  counsellor_id: string | null;
  month: string | null;
  count: number;
  minutes: string;
}
export interface TopicRow {
  topic_id: string;
  name: string;
  count: number;
  minutes: string;
}
export interface OthersRow {
  new_clients: number;
  mail_received: number;
  mail_answered: number;
  mail_overdue: number;
  median_first_response: number | null;
  appointments_booked: number;
  appointments_cancelled: number;
  chats: number;
}

/** The statements of one statistics request and their parameters (the API and the bench alike). */
export function statisticsQueries(
  organisationId: string,
  from: string,
  to: string,
  counsellorId: string | null,
): { grouped: SqlStatement; byTopic: SqlStatement; others: SqlStatement; params: unknown[]; otherParams: unknown[] } {
  const variant = counsellorId ? STATISTICS_SQL.counsellor : STATISTICS_SQL.organisation;
  const params = counsellorId ? [organisationId, from, to, counsellorId] : [organisationId, from, to];
  return { ...variant, others: STATISTICS_SQL.others, params, otherParams: [organisationId, from, to, counsellorId] };
}
