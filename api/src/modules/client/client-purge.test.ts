/**
 * The deletion routine, driven by a clock the test controls: the job takes the instant to purge as
 * of (`now`), so "eight days later" is a job sent with that instant, through the real queue.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  loginAs,
} from '../../../../tests/support/builders.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { purgeDueClients, PURGE_CLIENTS_JOB } from './client-purge.js';
import { removeMailRequestsOfClient, type PurgeStep } from './client-purge.steps.js';
import { byId } from './client.test-support.js';

let server: TestServer;
let sql: pg.Client;
let org: Organisation;
let admin: Counsellor;
let counsellor: Counsellor;

const DAY = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY);
const one = async (text: string, values: unknown[] = []) => (await sql.query(text, values)).rows[0];
const count = async (text: string, values: unknown[] = []) => Number((await one(text, values)).n);

beforeAll(async () => {
  server = await startTestServer();
  sql = new pg.Client({ connectionString: server.databaseUrl });
  await sql.connect();
  org = await buildOrganisation(server, { retentionDays: 7 } as never);
  admin = await buildAdmin(server, org);
  counsellor = await buildCounsellor(server, org);
});
afterAll(async () => {
  await sql?.end();
  await server?.close();
});

/** A mail request with two messages. */
async function giveMailRequest(clientId: string): Promise<string> {
  const id = randomUUID();
  await sql.query(
    `insert into mail_request (id, created_at, updated_at, organisation_id, client_id, subject, status, request_data, routed_by, last_message_at, message_count)
     values ($1, now(), now(), $2, $3, 'Hilfe', 'NEW', '{}', 'UNASSIGNED', now(), 2)`,
    [id, org.id, clientId],
  );
  for (const seq of [1, 2]) {
    await sql.query(
      `insert into mail_request_message (id, created_at, updated_at, organisation_id, mail_request_id, seq, author_kind, body)
       values (gen_random_uuid(), now(), now(), $1, $2, $3, 'CLIENT', 'Meine Geschichte')`,
      [org.id, id, seq],
    );
  }
  return id;
}

async function stream(kind: 'CLIENT' | 'GROUP', members: string[]): Promise<string> {
  const id = randomUUID();
  await sql.query(
    `insert into chat_stream (id, created_at, updated_at, organisation_id, kind, name, last_seq, last_activity_at, member_count)
     values ($1, now(), now(), $2, $3, $4, 0, now(), $5)`,
    [id, org.id, kind, kind === 'GROUP' ? 'Gruppe' : null, members.length],
  );
  for (const account of members) {
    await sql.query(
      `insert into chat_member (id, created_at, updated_at, organisation_id, stream_id, account_id) values (gen_random_uuid(), now(), now(), $1, $2, $3)`,
      [org.id, id, account],
    );
  }
  return id;
}

async function message(streamId: string, seq: number, senderId: string, documentId: string | null = null) {
  await sql.query(
    `insert into chat_message (id, created_at, updated_at, organisation_id, stream_id, seq, sender_id, kind, body, document_id)
     values (gen_random_uuid(), now(), now(), $1, $2, $3, $4, $5, 'Hallo', $6)`,
    [org.id, streamId, seq, senderId, documentId ? 'DOCUMENT' : 'TEXT', documentId],
  );
}

async function document(streamId: string, uploadedBy: string): Promise<{ fileId: string; documentId: string }> {
  const fileId = randomUUID();
  const documentId = randomUUID();
  await sql.query(
    `insert into stored_file (id, created_at, updated_at, organisation_id, content_type, size, filename, sha256, data)
     values ($1, now(), now(), $2, 'application/pdf', 3, 'befund.pdf', $3, '\\x010203')`,
    [fileId, org.id, 'a'.repeat(64)],
  );
  await sql.query(
    `insert into chat_document (id, created_at, updated_at, organisation_id, stream_id, file_id, uploaded_by_id, filename, content_type, size)
     values ($1, now(), now(), $2, $3, $4, $5, 'befund.pdf', 'application/pdf', 3)`,
    [documentId, org.id, streamId, fileId, uploadedBy],
  );
  return { fileId, documentId };
}

describe('deletion routine', () => {
  it('purges a client in one transaction: a failing step leaves everything as it was', async () => {
    const client = await buildClient(server, org);
    const requestId = await giveMailRequest(client.id);
    const api = await loginAs(server, admin);
    await api.ok(byId('deleteClient'), { input: { clientId: client.id } });
    const boom: PurgeStep = async () => {
      throw new Error('step failed');
    };
    await expect(purgeDueClients(server.app, later(8), [removeMailRequestsOfClient, boom])).rejects.toThrow(
      /1 of 1 due client purges failed/,
    );
    expect(await count(`select count(*) as n from mail_request where id = $1`, [requestId])).toBe(1);
    expect((await one(`select status from account where id = $1`, [client.id])).status).toBe('DELETION_PENDING');
    expect(await count(`select count(*) as n from client_purge`)).toBe(0);
    await api.ok(byId('restoreClient'), { input: { clientId: client.id } });
  });

  it('purges a deleted client once the retention period has passed, keeping a record with the counts', async () => {
    const email = `${randomUUID().slice(0, 8)}@example.org`;
    const client = await buildClient(server, org, { email });
    const requestId = await giveMailRequest(client.id);
    const own = await stream('CLIENT', [client.id, counsellor.id]);
    const doc = await document(own, counsellor.id);
    await message(own, 1, client.id);
    await message(own, 2, counsellor.id, doc.documentId);
    const group = await stream('GROUP', [client.id, counsellor.id]);
    await message(group, 1, counsellor.id);
    await message(group, 2, client.id);
    const appointmentId = randomUUID();
    await sql.query(
      `insert into appointment (id, created_at, updated_at, organisation_id, kind, status, counsellor_id, client_id, starts_at, ends_at, blocked_until, contact_email, cancel_token_hash)
       values ($1, now(), now(), $2, 'SINGLE', 'BOOKED', $3, $4, now() - interval '3 days', now() - interval '3 days' + interval '50 minutes', now() - interval '3 days' + interval '1 hour', $5, $6)`,
      [appointmentId, org.id, counsellor.id, client.id, email, 'b'.repeat(64)],
    );
    await sql.query(
      `insert into outbox_mail (id, created_at, updated_at, organisation_id, "to", subject, text, status) values (gen_random_uuid(), now(), now(), $1, $2, 'Termin', 'Ihr Termin', 'SENT')`,
      [org.id, email.toUpperCase()],
    );
    const counsellorApi = await loginAs(server, counsellor);
    await counsellorApi.ok(byId('watchClient'), { input: { clientId: client.id } });
    // Records other modules keep about the client: a note and a direct message go, a monitoring stays anonymised.
    await counsellorApi.ok(`mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { id } }`, {
      input: { clientId: client.id, body: 'Notiz' },
    });
    const { createClientGroup } = await counsellorApi.ok(
      `mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id memberCount } }`,
      { input: { name: `Gruppe ${randomUUID().slice(0, 8)}`, clientIds: [client.id] } },
    );
    expect(createClientGroup.memberCount).toBe(1);
    const { createMonitoring } = await counsellorApi.ok(
      `mutation($input: CreateMonitoringInput!) { createMonitoring(input: $input) { id } }`,
      { input: { clientId: client.id, durationMinutes: 45, subject: 'Erstgespräch', notes: 'persönlich' } },
    );

    // Restored before the end of the period: never purged. Another organisation keeps its clients 30 days.
    const restored = await buildClient(server, org);
    const otherOrg = await buildOrganisation(server);
    const elsewhere = await buildClient(server, otherOrg);
    const api = await loginAs(server, admin);
    await api.ok(`mutation($input: SendDirectMessageInput!) { sendDirectMessage(input: $input) { id } }`, {
      input: { clientId: client.id, subject: 'Hinweis', body: 'Text' },
    });
    for (const c of [client, restored]) await api.ok(byId('deleteClient'), { input: { clientId: c.id } });
    await api.ok(byId('restoreClient'), { input: { clientId: restored.id } });
    await (
      await loginAs(server, await buildAdmin(server, otherOrg))
    ).ok(byId('deleteClient'), {
      input: { clientId: elsewhere.id },
    });

    // Six days later nothing is due yet.
    expect(await purgeDueClients(server.app, later(6))).toBe(0);
    expect(await count(`select count(*) as n from account where id = $1`, [client.id])).toBe(1);

    // Eight days later, through the job queue.
    await server.app.jobs.send(PURGE_CLIENTS_JOB, { now: later(8).toISOString() });
    await expect
      .poll(() => count(`select count(*) as n from account where id = $1`, [client.id]), {
        timeout: 10_000,
        interval: 100,
      })
      .toBe(0);

    expect(await count(`select count(*) as n from mail_request where id = $1`, [requestId])).toBe(0);
    expect(await count(`select count(*) as n from mail_request_message where mail_request_id = $1`, [requestId])).toBe(
      0,
    );
    expect(await count(`select count(*) as n from chat_stream where id = $1`, [own])).toBe(0);
    expect(await count(`select count(*) as n from stored_file where id = $1`, [doc.fileId])).toBe(0);
    expect(await one(`select member_count from chat_stream where id = $1`, [group])).toEqual({ member_count: 1 });
    expect((await sql.query(`select sender_id from chat_message where stream_id = $1`, [group])).rows).toEqual([
      { sender_id: counsellor.id },
    ]);
    expect(
      await one(`select client_id, contact_email, cancel_token_hash from appointment where id = $1`, [appointmentId]),
    ).toEqual({ client_id: null, contact_email: null, cancel_token_hash: null });
    expect(await count(`select count(*) as n from outbox_mail where lower("to") = $1`, [email])).toBe(0);
    expect(await count(`select count(*) as n from client_watch where client_id = $1`, [client.id])).toBe(0);
    expect(await count(`select count(*) as n from client_note where client_id = $1`, [client.id])).toBe(0);
    expect(await count(`select count(*) as n from client_group_member where client_id = $1`, [client.id])).toBe(0);
    expect(await count(`select count(*) as n from client_group where id = $1`, [createClientGroup.id])).toBe(1);
    expect(await count(`select count(*) as n from direct_message where client_id = $1`, [client.id])).toBe(0);
    expect(
      await one(`select client_id, anonymised, duration_minutes, subject, notes from monitoring where id = $1`, [
        createMonitoring.id,
      ]),
    ).toEqual({ client_id: null, anonymised: true, duration_minutes: 45, subject: '', notes: null });

    expect((await one(`select status from account where id = $1`, [restored.id])).status).toBe('ACTIVE');
    expect((await one(`select status from account where id = $1`, [elsewhere.id])).status).toBe('DELETION_PENDING');

    const { clientPurges } = await api.ok(PURGES);
    expect(clientPurges.totalCount).toBe(1);
    const record = clientPurges.edges[0].node;
    expect(record.clientNumber).toBe(client.clientNumber);
    expect(Object.fromEntries(record.removed.map((r: { kind: string; count: number }) => [r.kind, r.count]))).toEqual({
      mailRequests: 1,
      mailMessages: 2,
      chatStreams: 1,
      chatMessages: 3,
      documents: 1,
      appointments: 1,
      groupSeats: 0,
      mails: 2,
      clientNotes: 1,
      clientDocuments: 0,
      directMessages: 1,
      anonymiseMonitoringsOfClient: 1,
      clientGroupMemberships: 1,
      account: 1,
    });
    expect(Date.parse(record.purgedAt)).toBeGreaterThan(Date.parse(record.deletionRequestedAt));
  });

  it('lists purge records to admins of the organisation only', async () => {
    await server.client().fails('UNAUTHENTICATED', PURGES);
    await (await loginAs(server, counsellor)).fails('FORBIDDEN', PURGES);
    const other = await buildOrganisation(server);
    const { clientPurges } = await (await loginAs(server, await buildAdmin(server, other))).ok(PURGES);
    expect(clientPurges.totalCount).toBe(0);
    const api = await loginAs(server, admin);
    const first = (await api.ok(PURGES, { page: { first: 1 } })).clientPurges;
    expect(first.pageInfo.hasNextPage).toBe(false);
    const after = (await api.ok(PURGES, { page: { first: 1, after: first.pageInfo.endCursor } })).clientPurges;
    expect(after.edges).toEqual([]);
    await api.fails('BAD_USER_INPUT', PURGES, { page: { after: 'garbage' } });
    await api.fails('BAD_USER_INPUT', PURGES, {
      page: { after: Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'x'])).toString('base64url') },
    });
  });
});

const PURGES = `query($page: PageInput) { clientPurges(page: $page) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id clientNumber deletionRequestedAt purgedAt removed { kind count } } } } }`;
