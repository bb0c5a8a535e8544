/**
 * The written definition of every statistics figure and table, in German and English: the dashboard
 * shows it beside the number and the CSV export repeats it, so what is counted is never a guess
 * (users of other products found CSV numbers that differed from the charts).
 */
import { MonitoringChannel } from './monitoring.entity.js';

export type Lang = 'de' | 'en';
export interface Texts {
  de: string;
  en: string;
}

export enum StatisticsGrouping {
  CHANNEL = 'CHANNEL',
  TOPIC = 'TOPIC',
  COUNSELLOR = 'COUNSELLOR',
  MONTH = 'MONTH',
}

export enum StatisticsFigureKey {
  MONITORINGS = 'MONITORINGS',
  MINUTES = 'MINUTES',
  NEW_CLIENTS = 'NEW_CLIENTS',
  MAIL_REQUESTS_RECEIVED = 'MAIL_REQUESTS_RECEIVED',
  MAIL_REQUESTS_ANSWERED = 'MAIL_REQUESTS_ANSWERED',
  MAIL_REQUESTS_OVERDUE = 'MAIL_REQUESTS_OVERDUE',
  MEDIAN_FIRST_RESPONSE_MINUTES = 'MEDIAN_FIRST_RESPONSE_MINUTES',
  APPOINTMENTS_BOOKED = 'APPOINTMENTS_BOOKED',
  APPOINTMENTS_CANCELLED = 'APPOINTMENTS_CANCELLED',
  CHATS = 'CHATS',
}

const MONITORING_SCOPE: Texts = {
  de: 'Monitorings mit Datum im Zeitraum (Tage in der Zeitzone der Einrichtung, beide Grenzen eingeschlossen); für Berater:innen nur die eigenen. Anonymisierte Monitorings gelöschter Ratsuchender zählen mit.',
  en: 'Monitorings dated within the period (days in the organisation’s time zone, both ends included); for counsellors only their own. Anonymised monitorings of purged clients are included.',
};

const join = (a: Texts, b: Texts): Texts => ({ de: `${a.de} ${b.de}`, en: `${a.en} ${b.en}` });

export const TABLES: Record<StatisticsGrouping, { title: Texts; definition: Texts }> = {
  [StatisticsGrouping.CHANNEL]: {
    title: { de: 'Nach Kanal', en: 'By channel' },
    definition: join(
      { de: 'Anzahl und Summe der Minuten je Beratungskanal.', en: 'Count and total minutes per channel.' },
      MONITORING_SCOPE,
    ),
  },
  [StatisticsGrouping.TOPIC]: {
    title: { de: 'Nach Beratungsfeld', en: 'By topic' },
    definition: join(
      {
        de: 'Anzahl und Summe der Minuten je Beratungsfeld. Ein Monitoring mit mehreren Beratungsfeldern zählt bei jedem, die Zeilen ergeben zusammen also mehr als die Gesamtzahl; Monitorings ohne Beratungsfeld fehlen hier.',
        en: 'Count and total minutes per topic. A monitoring with several topics counts under each, so the rows can add up to more than the total; monitorings without a topic are not listed here.',
      },
      MONITORING_SCOPE,
    ),
  },
  [StatisticsGrouping.COUNSELLOR]: {
    title: { de: 'Nach Berater:in', en: 'By counsellor' },
    definition: join(
      {
        de: 'Anzahl und Summe der Minuten je Berater:in, der das Monitoring gehört.',
        en: 'Count and total minutes per counsellor who owns the monitoring.',
      },
      MONITORING_SCOPE,
    ),
  },
  [StatisticsGrouping.MONTH]: {
    title: { de: 'Nach Monat', en: 'By month' },
    definition: join(
      {
        de: 'Anzahl und Summe der Minuten je Kalendermonat des Monitoring-Datums; Monate ohne Monitorings mit 0.',
        en: 'Count and total minutes per calendar month of the monitoring’s date; months without monitorings show 0.',
      },
      MONITORING_SCOPE,
    ),
  },
};

const IN_PERIOD: Texts = {
  de: 'im Zeitraum (von 0:00 Uhr des ersten bis 24:00 Uhr des letzten Tages in der Zeitzone der Einrichtung)',
  en: 'within the period (from 00:00 on its first to 24:00 on its last day in the organisation’s time zone)',
};
const MAIL_SCOPE: Texts = {
  de: 'Für Berater:innen: Anfragen, für die sie zuständig sind.',
  en: 'For counsellors: requests they are responsible for.',
};

export const FIGURES: Record<StatisticsFigureKey, { label: Texts; definition: Texts; unit: 'COUNT' | 'MINUTES' }> = {
  [StatisticsFigureKey.MONITORINGS]: {
    label: { de: 'Monitorings', en: 'Monitorings' },
    unit: 'COUNT',
    definition: join({ de: 'Anzahl der Monitorings.', en: 'Number of monitorings.' }, MONITORING_SCOPE),
  },
  [StatisticsFigureKey.MINUTES]: {
    label: { de: 'Beratungsminuten', en: 'Counselling minutes' },
    unit: 'MINUTES',
    definition: join(
      { de: 'Summe der dokumentierten Dauer in Minuten.', en: 'Sum of the documented durations in minutes.' },
      MONITORING_SCOPE,
    ),
  },
  [StatisticsFigureKey.NEW_CLIENTS]: {
    label: { de: 'Neue Ratsuchende', en: 'New clients' },
    unit: 'COUNT',
    definition: {
      de: `Ratsuchende, deren Konto ${IN_PERIOD.de} angelegt wurde (durch Registrierung, Mailanfrage, Buchung oder Mitarbeitende). Für Berater:innen: ihre Stammklient:innen.`,
      en: `Clients whose account was created ${IN_PERIOD.en} (by registering, a mail request, a booking or staff). For counsellors: their regular clients.`,
    },
  },
  [StatisticsFigureKey.MAIL_REQUESTS_RECEIVED]: {
    label: { de: 'Mailanfragen eingegangen', en: 'Mail requests received' },
    unit: 'COUNT',
    definition: {
      de: `Mailanfragen, die ${IN_PERIOD.de} gestellt wurden. ${MAIL_SCOPE.de}`,
      en: `Mail requests written ${IN_PERIOD.en}. ${MAIL_SCOPE.en}`,
    },
  },
  [StatisticsFigureKey.MAIL_REQUESTS_ANSWERED]: {
    label: { de: 'Mailanfragen beantwortet', en: 'Mail requests answered' },
    unit: 'COUNT',
    definition: {
      de: `Im Zeitraum eingegangene Mailanfragen, auf die bis heute mindestens eine Antwort von Mitarbeitenden ging. ${MAIL_SCOPE.de}`,
      en: `Mail requests received in the period that staff have answered at least once by now. ${MAIL_SCOPE.en}`,
    },
  },
  [StatisticsFigureKey.MAIL_REQUESTS_OVERDUE]: {
    label: { de: 'Mailanfragen überfällig', en: 'Mail requests overdue' },
    unit: 'COUNT',
    definition: {
      de: `Im Zeitraum eingegangene Mailanfragen, deren Ratsuchende jetzt länger als die Antwortfrist der Einrichtung auf eine Antwort warten. ${MAIL_SCOPE.de}`,
      en: `Mail requests received in the period whose client has now waited longer than the organisation’s answer period. ${MAIL_SCOPE.en}`,
    },
  },
  [StatisticsFigureKey.MEDIAN_FIRST_RESPONSE_MINUTES]: {
    label: { de: 'Erste Antwort nach (Median)', en: 'First response after (median)' },
    unit: 'MINUTES',
    definition: {
      de: `Median der Minuten von der Anfrage bis zur ersten Antwort von Mitarbeitenden, über die im Zeitraum eingegangenen und beantworteten Mailanfragen; leer, wenn keine beantwortet wurde. ${MAIL_SCOPE.de}`,
      en: `Median minutes from the request to the first answer by staff, over the mail requests received in the period and answered; empty when none was answered. ${MAIL_SCOPE.en}`,
    },
  },
  [StatisticsFigureKey.APPOINTMENTS_BOOKED]: {
    label: { de: 'Termine gebucht', en: 'Appointments booked' },
    unit: 'COUNT',
    definition: {
      de: `Einzeltermine mit Ratsuchenden, die ${IN_PERIOD.de} beginnen und gebucht (nicht abgesagt) sind. Für Berater:innen: ihre eigenen.`,
      en: `Single appointments with clients starting ${IN_PERIOD.en} that are booked (not cancelled). For counsellors: their own.`,
    },
  },
  [StatisticsFigureKey.APPOINTMENTS_CANCELLED]: {
    label: { de: 'Termine abgesagt', en: 'Appointments cancelled' },
    unit: 'COUNT',
    definition: {
      de: `Einzeltermine mit Ratsuchenden, die ${IN_PERIOD.de} beginnen sollten und abgesagt wurden. Für Berater:innen: ihre eigenen.`,
      en: `Single appointments with clients due to start ${IN_PERIOD.en} that were cancelled. For counsellors: their own.`,
    },
  },
  [StatisticsFigureKey.CHATS]: {
    label: { de: 'Chats', en: 'Chats' },
    unit: 'COUNT',
    definition: {
      de: `Chats mit Ratsuchenden (Einzelchats), in denen ${IN_PERIOD.de} mindestens eine Nachricht geschrieben wurde. Für Berater:innen: Chats, in denen sie Mitglied sind.`,
      en: `Chats with clients (one-to-one) with at least one message written ${IN_PERIOD.en}. For counsellors: chats they are a member of.`,
    },
  },
};

export const CHANNEL_LABELS: Record<MonitoringChannel | 'NONE', Texts> = {
  [MonitoringChannel.VIDEO]: { de: 'Video', en: 'Video' },
  [MonitoringChannel.CHAT]: { de: 'Chat', en: 'Chat' },
  [MonitoringChannel.PHONE]: { de: 'Telefon', en: 'Phone' },
  [MonitoringChannel.ON_SITE]: { de: 'Vor Ort', en: 'On site' },
  [MonitoringChannel.MAIL]: { de: 'Mail', en: 'Mail' },
  NONE: { de: 'Ohne Kanal', en: 'No channel' },
};

/** "März 2026" / "March 2026" for `2026-03`. */
export function monthLabel(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 15)));
}
