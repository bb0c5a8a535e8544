/** Builders and documents shared by the monitoring tests. Sources are written through the ORM with
 * controlled times (what is tested is the monitoring made from them, not how they came to be). */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestServer } from '../../../../tests/support/server.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { Appointment } from '../appointments/appointment.entity.js';
import { AppointmentChannel, AppointmentKind, AppointmentStatus } from '../appointments/appointment.enums.js';
import { AppointmentService } from '../appointments/appointment-service.entity.js';
import { MailRequest, MailRequestStatus, MailRoutingReason } from '../mail-counselling/mail-request.entity.js';
import { MailRequestMessage } from '../mail-counselling/mail-message.entity.js';
import { Topic, type Organisation } from '../organisation/organisation.entity.js';
import type { Client } from '../client/client.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';

export const fork = (server: TestServer) => server.orm.em.fork() as EntityManager;

export const FIELDS = `id date durationMinutes subject channel notes anonymised createdAt
  counsellor { id } client { id } topics { id name } source { kind id } requestData { key value }`;
export const CREATE = `mutation($input: CreateMonitoringInput!) { createMonitoring(input: $input) { ${FIELDS} } }`;
export const FROM_SOURCE = `mutation($input: CreateMonitoringFromSourceInput!) {
  createMonitoringFromSource(input: $input) { ${FIELDS} } }`;
export const PREFILL = `query($source: MonitoringSourceInput!) { monitoringPrefill(source: $source) {
  source { kind id } client { id pseudonym } date durationMinutes subject channel topics { id name }
  requestData { key value } } }`;
export const UPDATE = `mutation($input: UpdateMonitoringInput!) { updateMonitoring(input: $input) { ${FIELDS} } }`;
export const DELETE = `mutation($input: DeleteMonitoringInput!) { deleteMonitoring(input: $input) }`;
export const ONE = `query($id: ID!) { monitoring(id: $id) { ${FIELDS} } }`;
export const LIST = `query($filter: MonitoringFilter, $first: Int, $after: String) {
  monitorings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } } } }`;
export const STATS = `query($period: StatisticsPeriodInput, $counsellorId: ID, $language: String) {
  monitoringStatistics(period: $period, counsellorId: $counsellorId, language: $language) {
    period { from to } counsellorId language
    figures { key label value unit definition definitions { lang text } }
    tables { grouping title definition definitions { lang text } rows { key label count minutes } } } }`;

export async function buildTopic(server: TestServer, org: Organisation, name: string): Promise<Topic> {
  const em = fork(server);
  const t = em.create(Topic, { organisation: org.id, name });
  await em.flush();
  return t;
}

/** A monitoring through the API as `api`, with sensible defaults. */
export async function document(
  api: GraphQLClient,
  clientId: string,
  over: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  const res = await api.ok(CREATE, {
    input: { clientId, durationMinutes: 45, subject: 'Erstgespräch', date: '2026-03-10', ...over },
  });
  return res.createMonitoring;
}

export async function buildAppointment(
  server: TestServer,
  org: Organisation,
  counsellor: Counsellor,
  data: { client?: Client | null; start: Date; end: Date; kind?: AppointmentKind; title?: string; topic?: Topic },
): Promise<Appointment> {
  const em = fork(server);
  const service = data.topic
    ? em.create(AppointmentService, {
        organisation: org.id,
        internalName: 'Schuldnerberatung intern',
        publicName: 'Schuldnerberatung',
        durationMinutes: 50,
        followUpMinutes: 10,
        channel: AppointmentChannel.PHONE,
        topic: data.topic.id,
        active: true,
      } as never)
    : null;
  const a = em.create(Appointment, {
    organisation: org.id,
    kind: data.kind ?? AppointmentKind.SINGLE,
    status: AppointmentStatus.BOOKED,
    counsellor: counsellor.id,
    client: data.client?.id ?? null,
    service,
    channel: AppointmentChannel.PHONE,
    title: data.title ?? null,
    startsAt: data.start,
    endsAt: data.end,
    blockedUntil: data.end,
  } as never);
  await em.flush();
  return a;
}

export async function buildMailRequest(
  server: TestServer,
  org: Organisation,
  client: Client,
  data: {
    counsellor?: Counsellor | null;
    topic?: Topic;
    requestData?: Record<string, string>;
    createdAt?: Date;
    answeredAt?: Date | null;
    waitingSince?: Date | null;
    subject?: string;
  } = {},
): Promise<MailRequest> {
  const em = fork(server);
  const createdAt = data.createdAt ?? new Date();
  const r = em.create(MailRequest, {
    organisation: org.id,
    client: client.id,
    subject: data.subject ?? 'Ich brauche Hilfe',
    status: data.counsellor ? MailRequestStatus.ASSIGNED : MailRequestStatus.NEW,
    counsellor: data.counsellor?.id ?? null,
    topic: data.topic?.id ?? null,
    requestData: data.requestData ?? {},
    routedBy: MailRoutingReason.LEAST_LOADED,
    lastMessageAt: createdAt,
    waitingSince: data.waitingSince === undefined ? createdAt : data.waitingSince,
    createdAt,
    messageCount: data.answeredAt ? 2 : 1,
  } as never);
  em.create(MailRequestMessage, {
    organisation: org.id,
    mailRequest: r,
    seq: 1,
    authorKind: 'CLIENT',
    body: 'Hallo',
    createdAt,
  } as never);
  if (data.answeredAt) {
    em.create(MailRequestMessage, {
      organisation: org.id,
      mailRequest: r,
      seq: 2,
      authorKind: 'COUNSELLOR',
      counsellor: data.counsellor?.id ?? null,
      body: 'Antwort',
      createdAt: data.answeredAt,
    } as never);
  }
  await em.flush();
  return r;
}
