/**
 * Statistics over a period: monitorings by channel, topic, counsellor and month, and figures from
 * the other modules (clients, mail requests, appointments, chats). Three aggregate statements
 * (statistics.sql.ts) run side by side, plus one for the counsellors' names.
 *
 * Not on the read path's prepared statements (db/sql.ts): those keep one generic plan, and the best
 * plan of an aggregate depends on its values (a week of one counsellor is an index walk, two years of
 * an organisation a scan with hash joins). Measured on 20,000 monitorings: the generic plan of the
 * topic table took 2–3× as long. Through the ORM's pool each runs with its values, planned for them.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput } from '../../shared/errors.js';
import type { SqlStatement } from '../../db/sql.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { MonitoringChannel } from './monitoring.entity.js';
import { scopeCounsellor } from './monitoring.policy.js';
import { defaultPeriod, monthsOf, type Period } from './period.js';
import {
  CHANNEL_LABELS,
  FIGURES,
  StatisticsFigureKey,
  StatisticsGrouping,
  TABLES,
  monthLabel,
  type Lang,
  type Texts,
} from './statistics.definitions.js';
import { statisticsQueries, type GroupedRow, type OthersRow, type TopicRow } from './statistics.sql.js';
import type { MonitoringStatistics, StatisticsRow } from './statistics.types.js';
import { StatisticsUnit } from './statistics.types.js';

/** Ten years at most: enough for any report, and bounds the month table. */
const MAX_PERIOD_DAYS = 3660;

export interface StatisticsRequest {
  from?: string | null;
  to?: string | null;
  counsellorId?: string | null;
  language?: string | null;
}

const both = (t: Texts) => [
  { lang: 'de', text: t.de },
  { lang: 'en', text: t.en },
];

export class StatisticsService {
  constructor(private readonly em: EntityManager) {}

  /** One statement with its values, on a connection of the ORM's pool (so statements run in parallel). */
  private run<T>(statement: SqlStatement, values: readonly unknown[]): Promise<T[]> {
    const bindings: unknown[] = [];
    const text = statement.text.replace(/\$(\d+)/g, (_, n: string) => {
      bindings.push(values[Number(n) - 1]);
      return '?';
    });
    return this.em.getConnection().execute<T[]>(text, bindings);
  }

  /** The period asked for, or the default one at `now`; BAD_USER_INPUT when reversed or too long. */
  static period(req: StatisticsRequest, now: Date, timeZone: string): Period {
    const fallback = defaultPeriod(now, timeZone);
    const period = { from: req.from ?? fallback.from, to: req.to ?? fallback.to };
    const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
    if (days < 0) throw badInput('The period ends before it starts', [{ path: 'period.to', message: 'Before from' }]);
    if (days > MAX_PERIOD_DAYS) {
      throw badInput('The period is too long', [{ path: 'period.to', message: 'At most ten years' }]);
    }
    return period;
  }

  async statistics(viewer: Viewer, req: StatisticsRequest, now = new Date()): Promise<MonitoringStatistics> {
    const counsellorId = scopeCounsellor(viewer, req.counsellorId);
    const org = await this.em.findOneOrFail(Organisation, viewer.organisationId);
    const lang: Lang = (req.language ?? org.locale).startsWith('en') ? 'en' : 'de';
    const period = StatisticsService.period(req, now, org.timezone);
    const q = statisticsQueries(viewer.organisationId, period.from, period.to, counsellorId);
    const [grouped, topics, [others]] = await Promise.all([
      this.run<GroupedRow>(q.grouped, q.params),
      this.run<TopicRow>(q.byTopic, q.params),
      this.run<OthersRow>(q.others, q.otherParams),
    ]);
    const row = (key: string | null, label: string, r?: { count: number; minutes: string }): StatisticsRow => ({
      key,
      label,
      count: r?.count ?? 0,
      minutes: Number(r?.minutes ?? 0),
    });
    const total = grouped.find((r) => r.g === 7);

    const byChannel = new Map(grouped.filter((r) => r.g === 3).map((r) => [r.channel, r]));
    const channelRows = Object.values(MonitoringChannel).map((c) => row(c, CHANNEL_LABELS[c][lang], byChannel.get(c)));
    if (byChannel.has(null)) channelRows.push(row(null, CHANNEL_LABELS.NONE[lang], byChannel.get(null)));

    const byMonth = new Map(grouped.filter((r) => r.g === 6).map((r) => [r.month, r]));
    const monthRows = monthsOf(period).map((m) => row(m, monthLabel(m, lang), byMonth.get(m)));

    const perCounsellor = grouped.filter((r) => r.g === 5);
    const names = await this.counsellorNames(
      viewer,
      perCounsellor.map((r) => r.counsellor_id!),
    );
    const counsellorRows = perCounsellor
      .map((r) => row(r.counsellor_id, names.get(r.counsellor_id!) ?? '—', r))
      .sort((a, b) => a.label.localeCompare(b.label, lang));

    const topicRows = topics
      .map((t) => row(t.topic_id, t.name, t))
      .sort((a, b) => a.label.localeCompare(b.label, lang));

    const table = (grouping: StatisticsGrouping, rows: StatisticsRow[]) => ({
      grouping,
      title: TABLES[grouping].title[lang],
      definition: TABLES[grouping].definition[lang],
      definitions: both(TABLES[grouping].definition),
      rows,
    });
    const values: Record<StatisticsFigureKey, number | null> = {
      [StatisticsFigureKey.MONITORINGS]: total?.count ?? 0,
      [StatisticsFigureKey.MINUTES]: Number(total?.minutes ?? 0),
      [StatisticsFigureKey.NEW_CLIENTS]: others!.new_clients,
      [StatisticsFigureKey.MAIL_REQUESTS_RECEIVED]: others!.mail_received,
      [StatisticsFigureKey.MAIL_REQUESTS_ANSWERED]: others!.mail_answered,
      [StatisticsFigureKey.MAIL_REQUESTS_OVERDUE]: others!.mail_overdue,
      [StatisticsFigureKey.MEDIAN_FIRST_RESPONSE_MINUTES]:
        others!.median_first_response === null ? null : Math.round(others!.median_first_response * 10) / 10,
      [StatisticsFigureKey.APPOINTMENTS_BOOKED]: others!.appointments_booked,
      [StatisticsFigureKey.APPOINTMENTS_CANCELLED]: others!.appointments_cancelled,
      [StatisticsFigureKey.CHATS]: others!.chats,
    };
    return {
      period,
      counsellorId,
      language: lang,
      figures: Object.values(StatisticsFigureKey).map((key) => ({
        key,
        label: FIGURES[key].label[lang],
        value: values[key],
        unit: StatisticsUnit[FIGURES[key].unit],
        definition: FIGURES[key].definition[lang],
        definitions: both(FIGURES[key].definition),
      })),
      tables: [
        table(StatisticsGrouping.CHANNEL, channelRows),
        table(StatisticsGrouping.TOPIC, topicRows),
        table(StatisticsGrouping.COUNSELLOR, counsellorRows),
        table(StatisticsGrouping.MONTH, monthRows),
      ],
    };
  }

  /** "First Last" of the counsellors of a table, one statement (deleted staff keep their names). */
  private async counsellorNames(viewer: Viewer, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.em.find(
      Counsellor,
      { id: { $in: ids }, organisation: viewer.organisationId },
      { fields: ['firstName', 'lastName', 'displayName'] },
    );
    return new Map(rows.map((c) => [c.id, `${c.firstName} ${c.lastName}`.trim() || c.displayName]));
  }
}
