/**
 * Demo case documentation, so the statistics screen is not empty on `npm start`: two to five
 * monitorings a month of Anna (at least one a month), Jonas and the admin with `sonnenblume`, over the
 * fourteen months up to today (in the organisation's time zone), with every channel, topics and no
 * notes. The default period (1 January to the end of this month) and "last year" both show figures.
 *
 * Written through the ORM in one flush rather than 40 service calls: every value is fixed here and
 * within the entity's bounds (the database checks them too), and each test server with the demo data
 * seeds it again.
 */
import { Topic } from '../modules/organisation/organisation.entity.js';
import { Monitoring, MonitoringChannel, MonitoringTopic } from '../modules/monitoring/monitoring.entity.js';
import { localDate } from '../modules/monitoring/period.js';
import type { DemoSeed } from './module-seeds.js';

const MONTHS = 14;
/** Monitorings per month, oldest first: uneven, as real months are. */
const PER_MONTH = [3, 4, 2, 5, 3, 4, 2, 3, 5, 4, 3, 2, 4, 3];
const CHANNELS = [
  MonitoringChannel.VIDEO,
  MonitoringChannel.PHONE,
  MonitoringChannel.MAIL,
  MonitoringChannel.VIDEO,
  MonitoringChannel.CHAT,
  MonitoringChannel.PHONE,
  MonitoringChannel.ON_SITE,
  MonitoringChannel.VIDEO,
  null,
];
const MINUTES = [50, 30, 45, 25, 60, 20, 40, 90, 15];
const SUBJECTS = [
  'Erstgespräch',
  'Kontakt zur Schwester',
  'Schuldenübersicht besprochen',
  'Nachfrage zum Haushaltsplan',
  'Krisengespräch',
  'Vorbereitung Behördentermin',
  'Rückmeldung nach Pause',
];

/** `YYYY-MM` of the month `back` months before `month`. */
function monthBefore(month: string, back: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const seedDemoMonitoring: DemoSeed = async ({ em, org, admin, counsellors, client }) => {
  const [anna, jonas] = counsellors;
  if (!anna || !jonas) return;
  // Anna first in every month (so her own statistics are never empty), then the others by turns.
  const others = [jonas, admin, anna, jonas];
  const topics = await em.find(Topic, { organisation: org }, { orderBy: { name: 'asc' } });
  const today = localDate(new Date(), org.timezone);
  let n = 0;
  for (let back = MONTHS - 1; back >= 0; back--) {
    const month = monthBefore(today.slice(0, 7), back);
    const count = PER_MONTH[MONTHS - 1 - back]!;
    for (let i = 0; i < count; i++, n++) {
      // Spread over the month, never after today in the current one.
      let day = 3 + i * 5 + (n % 4);
      if (back === 0) day = Math.min(day, Number(today.slice(8, 10)));
      const m = em.create(Monitoring, {
        organisation: org,
        counsellor: i === 0 ? anna : others[n % others.length]!,
        client,
        date: `${month}-${String(day).padStart(2, '0')}`,
        durationMinutes: MINUTES[n % MINUTES.length]!,
        subject: SUBJECTS[n % SUBJECTS.length]!,
        channel: CHANNELS[n % CHANNELS.length] ?? null,
        notes: null,
      });
      // Most with one topic (debt and addiction the most), some with two, a few with none.
      const picked = n % 5 === 4 ? [] : [topics[[1, 2, 1, 0, 3, 2][n % 6]! % topics.length]];
      if (n % 4 === 1) picked.push(topics[(n + 1) % topics.length]);
      for (const topic of new Set(picked)) {
        if (topic) em.create(MonitoringTopic, { monitoring: m, topic, organisation: org });
      }
    }
  }
};
