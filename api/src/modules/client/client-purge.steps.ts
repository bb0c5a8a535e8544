/**
 * The steps of the deletion routine, in order. Each is a named function that removes or anonymises one
 * part of a client's data and returns what it did: a number (recorded under the function's name),
 * counts by kind, or nothing. They all run in one transaction per client (client-purge.ts): if one
 * fails, nothing of that client is purged and the job tries again later.
 *
 * Adding a step (another module's data about clients): write
 * `export async function anonymiseMonitoringsOfClient(em, organisationId, clientId) { …; return n; }`
 * in your module and insert it into `PURGE_STEPS` before `deleteClientAccount`, which must stay last:
 * it deletes the account row, and foreign keys to it that cascade or set null would otherwise decide
 * for you. A step gets the transaction's EntityManager and touches rows of `organisationId` only.
 * Data that must outlive the client for statistics (monitorings) stays without the client: clear the
 * client reference and every personal field, keep the figures.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { purgeClientRecords } from '../client-records/purge.js';
import { anonymiseMonitoringsOfClient } from '../monitoring/anonymise.js';
import { removeClientGroupMembershipsOfClient } from '../client-groups/purge.js';

/** What a step may need besides the ids: the app's services and the client as it was. */
export interface PurgeContext {
  app: AppServices;
  /** The client's email before the purge (null without one). */
  email: string | null;
}

export type PurgeCounts = Record<string, number>;

export type PurgeStep = (
  em: EntityManager,
  organisationId: string,
  clientId: string,
  ctx: PurgeContext,
) => Promise<number | PurgeCounts | void>;

const count = (rows: { n: number | string }[]) => Number(rows[0]?.n ?? 0);

/** Mail requests (threads) the client started, with their messages and drafts (cascade). */
export async function removeMailRequestsOfClient(em: EntityManager, organisationId: string, clientId: string) {
  const messages = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from mail_request_message m join mail_request r on r.id = m.mail_request_id
      where r.organisation_id = ? and r.client_id = ?`,
    [organisationId, clientId],
  );
  const requests = await em.execute<{ n: number }[]>(
    `with gone as (delete from mail_request where organisation_id = ? and client_id = ? returning 1)
     select count(*)::int as n from gone`,
    [organisationId, clientId],
  );
  return { mailRequests: count(requests), mailMessages: count(messages) };
}

/**
 * Chat: the client's own streams (client ↔ counsellor) go whole, with every message and document
 * (file bytes too); in group chats the client's messages and uploads go and they leave the stream.
 */
export async function removeChatOfClient(
  em: EntityManager,
  organisationId: string,
  clientId: string,
  ctx: PurgeContext,
) {
  const own = `select m.stream_id from chat_member m join chat_stream s on s.id = m.stream_id
                where m.organisation_id = ? and m.account_id = ? and s.kind = 'CLIENT'`;
  const files = await em.execute<{ file_id: string }[]>(
    `select d.file_id from chat_document d where d.organisation_id = ?
        and (d.stream_id in (${own}) or d.uploaded_by_id = ?)`,
    [organisationId, organisationId, clientId, clientId],
  );
  const messages = await em.execute<{ n: number }[]>(
    `with gone as (delete from chat_message where organisation_id = ?
        and (stream_id in (${own}) or sender_id = ?) returning 1)
     select count(*)::int as n from gone`,
    [organisationId, organisationId, clientId, clientId],
  );
  await removeFiles(
    em,
    ctx,
    organisationId,
    files.map((f) => f.file_id),
  );
  const streams = await em.execute<{ n: number }[]>(
    `with gone as (delete from chat_stream where organisation_id = ? and id in (${own}) returning 1)
     select count(*)::int as n from gone`,
    [organisationId, organisationId, clientId],
  );
  await em.execute(
    `with left_streams as (delete from chat_member where organisation_id = ? and account_id = ? returning stream_id)
     update chat_stream set member_count = member_count - 1, updated_at = now()
      where id in (select stream_id from left_streams)`,
    [organisationId, clientId],
  );
  return { chatStreams: count(streams), chatMessages: count(messages), documents: files.length };
}

/**
 * Appointments stay in the counsellors' calendars (they took place, or were cancelled) without anything
 * that names or reaches the client; their seats in group appointments go.
 */
export async function anonymiseAppointmentsOfClient(em: EntityManager, organisationId: string, clientId: string) {
  const single = await em.execute<{ n: number }[]>(
    `with done as (update appointment set client_id = null, contact_email = null, hold_token_hash = null,
        cancel_token_hash = null, consent_at = null, updated_at = now()
      where organisation_id = ? and client_id = ? returning 1)
     select count(*)::int as n from done`,
    [organisationId, clientId],
  );
  const seats = await em.execute<{ n: number }[]>(
    `with gone as (delete from group_participant where organisation_id = ? and client_id = ? returning 1)
     select count(*)::int as n from gone`,
    [organisationId, clientId],
  );
  return { appointments: count(single), groupSeats: count(seats) };
}

/** Mails of the organisation's outbox to the client's address (they hold the address and the text). */
export async function removeOutboxMailsOfClient(
  em: EntityManager,
  organisationId: string,
  _clientId: string,
  ctx: PurgeContext,
) {
  if (!ctx.email) return { mails: 0 };
  const mails = await em.execute<{ n: number }[]>(
    `with gone as (delete from outbox_mail where organisation_id = ? and lower("to") = lower(?) returning 1)
     select count(*)::int as n from gone`,
    [organisationId, ctx.email],
  );
  return { mails: count(mails) };
}

/**
 * Last: the account row with pseudonym, email, phone, master data and password. Its tokens, topics and
 * watchlist entries go with it (foreign keys cascade).
 */
export async function deleteClientAccount(em: EntityManager, organisationId: string, clientId: string) {
  const rows = await em.execute<{ n: number }[]>(
    `with gone as (delete from account where organisation_id = ? and id = ? and kind = 'CLIENT' returning 1)
     select count(*)::int as n from gone`,
    [organisationId, clientId],
  );
  return { account: count(rows) };
}

/** Removes stored files through the storage backend (the PostgreSQL backend drops the bytes with the row). */
async function removeFiles(em: EntityManager, ctx: PurgeContext, organisationId: string, ids: string[]) {
  if (!ids.length) return;
  const files = await em.find(StoredFile, { id: { $in: ids }, organisation: organisationId });
  for (const file of files) await ctx.app.storage.remove(em, file);
  await em.flush();
}

/** The deletion routine's steps in the order they run. `deleteClientAccount` stays last. */
export const PURGE_STEPS: readonly PurgeStep[] = [
  removeMailRequestsOfClient,
  removeChatOfClient,
  anonymiseAppointmentsOfClient,
  removeOutboxMailsOfClient,
  purgeClientRecords,
  anonymiseMonitoringsOfClient,
  removeClientGroupMembershipsOfClient,
  deleteClientAccount,
];
