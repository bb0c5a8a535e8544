/**
 * The access audit log through the real API: an entry for each kind of read and change by staff,
 * none for a client's own reads, who may read it, isolation between organisations, append-only in
 * the database, one INSERT per request, the CSV export, and the retention purge driven by a clock the
 * test controls (the deletion job takes the instant as of which it purges, as in client-purge.test.ts).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  buildTwoOrganisations,
} from '../../../../tests/support/builders.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';
import { buildMailRequest } from '../monitoring/monitoring.test-support.js';
import { PURGE_CLIENTS_JOB } from '../client/client-purge.js';
import { openStream, send } from '../chat/chat.test-support.js';
import { purgeAccessLog } from './access-log.service.js';

const LOG = `query($filter: AccessLogFilter, $page: PageInput) { accessLog(filter: $filter, page: $page) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id at action recordKind recordId clientId clientNumber clientPseudonym staffId staffName } } } }`;
const GRANT = `mutation($input: SetCounsellorDataProtectionInput!) { setCounsellorDataProtection(input: $input) { id dataProtection } }`;
const CLIENT = `query($id: ID!) { client(id: $id) { id pseudonym } }`;
const UPDATE_CLIENT = `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id } }`;
const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`;
const BLOCK = `mutation($input: ClientIdInput!) { blockClient(input: $input) { id } }`;
const NOTES = `query($id: ID!) { clientNotes(clientId: $id) { totalCount } }`;
const ADD_NOTE = `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { id } }`;
const UPDATE_NOTE = `mutation($input: UpdateClientNoteInput!) { updateClientNote(input: $input) { id } }`;
const DELETE_NOTE = `mutation($input: ClientRecordIdInput!) { deleteClientNote(input: $input) }`;
const DOCS = `query($id: ID!) { clientDocuments(clientId: $id) { totalCount } }`;
const DOC_LINK = `query($id: ID!) { clientDocumentLink(documentId: $id) { url } }`;
const DELETE_DOC = `mutation($input: ClientRecordIdInput!) { deleteClientDocument(input: $input) }`;
const CREATE_MON = `mutation($input: CreateMonitoringInput!) { createMonitoring(input: $input) { id } }`;
const MON = `query($id: ID!) { monitoring(id: $id) { id } }`;
const MONS = `query($filter: MonitoringFilter) { monitorings(filter: $filter) { totalCount } }`;
const UPDATE_MON = `mutation($input: UpdateMonitoringInput!) { updateMonitoring(input: $input) { id } }`;
const DELETE_MON = `mutation($input: DeleteMonitoringInput!) { deleteMonitoring(input: $input) }`;
const MAIL = `query($id: ID!) { mailRequest(id: $id) { id messages { body } } }`;
const ANSWER = `mutation($input: AnswerMailRequestInput!) { answerMailRequest(input: $input) { id } }`;
const HISTORY = `query($streamId: ID!) { chatHistory(streamId: $streamId) { messages { body } } }`;
/** What the dashboard's client panel loads: the client, notes, documents and monitorings. */
const PANEL = `query($id: ID!) {
  client(id: $id) { id pseudonym clientNumber status email contactHidden topics { name } primaryCounsellor { displayName } }
  clientNotes(clientId: $id) { totalCount edges { node { id body createdAt author { displayName } mayEdit } } }
  clientDocuments(clientId: $id) { totalCount edges { node { id filename size createdAt uploadedBy { displayName } } } }
  monitorings(filter: { clientId: $id }) { totalCount edges { node { id date subject durationMinutes } } } }`;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DAY = 86_400_000;

let server: TestServer;
let sql: pg.Client;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let admin: GraphQLClient;
let counsellor: GraphQLClient;
let client: GraphQLClient;
let otherAdmin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  sql = new pg.Client({ connectionString: server.databaseUrl });
  await sql.connect();
  orgs = await buildTwoOrganisations(server);
  admin = await apiAs(server, orgs.a.admin);
  counsellor = await apiAs(server, orgs.a.counsellor);
  client = await apiAs(server, orgs.a.client);
  otherAdmin = await apiAs(server, orgs.b.admin);
});
afterAll(async () => {
  await sql?.end();
  await server?.close();
});

interface Row {
  staff_id: string;
  action: string;
  record_kind: string;
  client_id: string;
  client_number: string | null;
  record_id: string | null;
}

/** The log's rows about one client, oldest first, as `ACTION KIND record` plus the staff member. */
async function entriesOf(clientId: string): Promise<Row[]> {
  const { rows } = await sql.query<Row>(
    `select staff_id, action, record_kind, client_id, client_number, record_id from access_log where client_id = $1 order by id`,
    [clientId],
  );
  return rows;
}
const brief = (rows: Row[]) => rows.map((r) => `${r.action} ${r.record_kind}${r.record_id ? ` ${r.record_id}` : ''}`);
const countAll = async () => Number((await sql.query('select count(*) as n from access_log')).rows[0].n);

async function upload(api: GraphQLClient, clientId: string): Promise<string> {
  const res = await fetch(`${server.url}/api/clients/${clientId}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.token}`, 'x-filename': 'Befund.pdf' },
    body: new Uint8Array(PDF),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

describe('access log recording', () => {
  it('records each kind of staff read and change of a client’s records, never their content', async () => {
    const target = await buildClient(server, orgs.a.org);
    const id = target.id;

    await counsellor.ok(CLIENT, { id });
    await admin.ok(UPDATE_CLIENT, { input: { id, phone: '+49 30 1234' } });
    const created = (await counsellor.ok(CREATE_CLIENT, { input: { pseudonym: `Neu${Date.now()}` } })).createClient.id;

    const noteId = (await counsellor.ok(ADD_NOTE, { input: { clientId: id, body: 'Geheime Notiz' } })).addClientNote.id;
    await counsellor.ok(NOTES, { id });
    await counsellor.ok(UPDATE_NOTE, { input: { id: noteId, body: 'Geänderte Notiz' } });
    await counsellor.ok(DELETE_NOTE, { input: { id: noteId } });

    const docId = await upload(counsellor, id);
    await counsellor.ok(DOCS, { id });
    await counsellor.ok(DOC_LINK, { id: docId });
    const download = await fetch(`${server.url}/api/client-documents/${docId}`, {
      headers: { authorization: `Bearer ${counsellor.token}` },
    });
    expect(download.status).toBe(200);
    await counsellor.ok(DELETE_DOC, { input: { id: docId } });

    const monId = (
      await counsellor.ok(CREATE_MON, { input: { clientId: id, durationMinutes: 30, subject: 'Erstgespräch' } })
    ).createMonitoring.id;
    await counsellor.ok(MON, { id: monId });
    await counsellor.ok(MONS, { filter: { clientId: id } });
    await counsellor.ok(UPDATE_MON, { input: { id: monId, durationMinutes: 45 } });
    await counsellor.ok(DELETE_MON, { input: { id: monId } });

    const request = await buildMailRequest(server, orgs.a.org, target, { counsellor: orgs.a.counsellor });
    await counsellor.ok(MAIL, { id: request.id });
    await counsellor.ok(ANSWER, { input: { requestId: request.id, message: 'Antwort' } });

    const stream = await openStream(counsellor, { clientId: id });
    await send(counsellor, stream.id, 'Hallo');
    await admin.ok(HISTORY, { streamId: stream.id });

    await admin.ok(BLOCK, { input: { clientId: id } });

    const rows = await entriesOf(id);
    expect(brief(rows)).toEqual([
      `READ PROFILE ${id}`,
      `UPDATE PROFILE ${id}`,
      `CREATE NOTES ${noteId}`,
      'READ NOTES',
      `UPDATE NOTES ${noteId}`,
      `DELETE NOTES ${noteId}`,
      `CREATE DOCUMENTS ${docId}`,
      'READ DOCUMENTS',
      `DOWNLOAD DOCUMENTS ${docId}`,
      `DOWNLOAD DOCUMENTS ${docId}`,
      `DELETE DOCUMENTS ${docId}`,
      `CREATE MONITORINGS ${monId}`,
      `READ MONITORINGS ${monId}`,
      'READ MONITORINGS',
      `UPDATE MONITORINGS ${monId}`,
      `DELETE MONITORINGS ${monId}`,
      `READ MAIL_THREAD ${request.id}`,
      `CREATE MAIL_THREAD ${request.id}`,
      `READ CHAT_STREAM ${stream.id}`, // opening the stream
      `CREATE CHAT_STREAM ${stream.id}`,
      `READ CHAT_STREAM ${stream.id}`,
      `UPDATE PROFILE ${id}`,
    ]);
    const counsellorId = orgs.a.counsellor.id;
    const adminId = orgs.a.admin.id;
    expect(rows.map((r) => r.staff_id)).toEqual([
      counsellorId,
      adminId,
      ...Array.from({ length: 18 }, () => counsellorId),
      adminId,
      adminId,
    ]);
    expect(new Set(rows.map((r) => r.client_number))).toEqual(new Set([target.clientNumber]));
    expect(brief(await entriesOf(created))).toEqual([`CREATE PROFILE ${created}`]);

    // Only ids, kinds and names of actions: no column holds what was written or read.
    const { rows: text } = await sql.query(`select to_jsonb(l)::text as t from access_log l where client_id = $1`, [
      id,
    ]);
    for (const { t } of text) expect(t).not.toMatch(/Notiz|Erstgespräch|Antwort|Hallo|Befund/);
  });

  it('records the changes outside the profile form, direct messages, group memberships and contact data in lists', async () => {
    const target = await buildClient(server, orgs.a.org, { email: `ziel${Date.now()}@example.org` } as never);
    const id = target.id;
    const ownOf = async (staffId: string) => brief((await entriesOf(id)).filter((r) => r.staff_id === staffId));

    // Request data copied into the profile (counsellor), a password set (admin), an invitation (counsellor).
    const request = await buildMailRequest(server, orgs.a.org, target, { counsellor: orgs.a.counsellor });
    await counsellor.ok(
      `mutation($input: CopyRequestDataToClientInput!) { copyRequestDataToClient(input: $input) { client { id } } }`,
      { input: { requestId: request.id } },
    );
    expect(await ownOf(orgs.a.counsellor.id)).toEqual([`UPDATE PROFILE ${id}`]);
    await admin.ok(`mutation($input: SetClientPasswordInput!) { setClientPassword(input: $input) }`, {
      input: { clientId: id, password: 'Leuchtturm-am-Deich-2026' },
    });
    await counsellor.ok(`mutation($input: SendInvitationInput!) { sendInvitation(input: $input) { expiresAt } }`, {
      input: { accountId: id },
    });
    expect(await ownOf(orgs.a.admin.id)).toEqual([`UPDATE PROFILE ${id}`]);
    expect(await ownOf(orgs.a.counsellor.id)).toEqual([`UPDATE PROFILE ${id}`, `UPDATE PROFILE ${id}`]);

    // A direct message (admin): CREATE MESSAGES with the message; the client's messages: READ MESSAGES.
    const before = (await entriesOf(id)).length;
    const sent = await admin.ok(
      `mutation($input: SendDirectMessageInput!) { sendDirectMessage(input: $input) { id } }`,
      { input: { clientId: id, subject: 'Termin', body: 'Vertraulicher Inhalt' } },
    );
    await admin.ok(`query($id: ID!) { directMessages(filter: { clientId: $id }) { totalCount } }`, { id });
    expect(brief((await entriesOf(id)).slice(before))).toEqual([
      `CREATE MESSAGES ${sent.sendDirectMessage.id}`,
      'READ MESSAGES',
    ]);
    // The organisation's list shows the same messages: READ MESSAGES for each client on the page, once.
    const shown = await admin.ok(`{ directMessages(page: { first: 100 }) { edges { node { id subject } } } }`);
    expect(shown.directMessages.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      sent.sendDirectMessage.id,
    );
    expect(brief((await entriesOf(id)).slice(before + 2))).toEqual(['READ MESSAGES']);

    // Group memberships (counsellor): created with, added, removed, the group deleted — each a change of the profile.
    const other = await buildClient(server, orgs.a.org);
    const group = (
      await counsellor.ok(`mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id } }`, {
        input: { name: `Gruppe${Date.now()}`, clientIds: [id] },
      })
    ).createClientGroup.id;
    await counsellor.ok(
      `mutation($input: RemoveClientGroupMemberInput!) { removeClientGroupMember(input: $input) { id } }`,
      {
        input: { groupId: group, clientId: id },
      },
    );
    await counsellor.ok(`mutation($input: ClientGroupMembersInput!) { addClientGroupMembers(input: $input) { id } }`, {
      input: { groupId: group, clientIds: [id, other.id] },
    });
    // Already a member: no change, no entry.
    await counsellor.ok(`mutation($input: ClientGroupMembersInput!) { addClientGroupMembers(input: $input) { id } }`, {
      input: { groupId: group, clientIds: [other.id] },
    });
    await counsellor.ok(`mutation($input: ClientGroupIdInput!) { deleteClientGroup(input: $input) }`, {
      input: { id: group },
    });
    expect((await ownOf(orgs.a.counsellor.id)).slice(2)).toEqual(Array(4).fill(`UPDATE PROFILE ${id}`));
    expect(brief(await entriesOf(other.id))).toEqual([`UPDATE PROFILE ${other.id}`, `UPDATE PROFILE ${other.id}`]);

    // The admin's client list with contact data: READ PROFILE per listed client, in the request's one
    // INSERT; a counsellor's list (contact withheld) and a list without contact fields record nothing.
    const LIST = (fields: string) =>
      `query($search: String) { clients(filter: { search: $search }) { edges { node { id ${fields} } } } }`;
    const count = async () => (await entriesOf(id)).length;
    const n = await count();
    await counsellor.ok(LIST('email phone'), { search: target.pseudonym });
    await admin.ok(LIST('pseudonym'), { search: target.pseudonym });
    expect(await count()).toBe(n);
    const recorder = recordStatements(server);
    try {
      await admin.ok(LIST('email phone'), { search: target.pseudonym });
    } finally {
      recorder.stop();
    }
    expect(brief((await entriesOf(id)).slice(n))).toEqual([`READ PROFILE ${id}`]);
    expect(recorder.statements.filter((st) => /insert into access_log/i.test(st))).toHaveLength(1);
  });

  it('records nothing for a client’s own reads, nor for colleagues’ chats', async () => {
    const me = orgs.a.client;
    const stream = await openStream(counsellor, { clientId: me.id });
    await send(client, stream.id, 'Von mir');
    const before = await countAll();
    await client.ok(HISTORY, { streamId: stream.id });
    await client.ok(`query { me { id } }`);
    await client.ok(`query { myMailRequests { totalCount } }`);
    await client.fails('FORBIDDEN', NOTES, { id: me.id });
    expect(await countAll()).toBe(before);

    const colleague = await buildCounsellor(server, orgs.a.org);
    const staffChat = await openStream(counsellor, { counsellorId: colleague.id });
    await send(counsellor, staffChat.id, 'Kaffee?');
    await counsellor.ok(HISTORY, { streamId: staffChat.id });
    expect(await countAll()).toBe(before);
  });

  it('is one INSERT per request: the client panel costs the statements without it plus one', async () => {
    const target = await buildClient(server, orgs.a.org);
    for (let i = 0; i < 3; i++) {
      await counsellor.ok(ADD_NOTE, { input: { clientId: target.id, body: `Notiz ${i}` } });
      await upload(counsellor, target.id);
      await counsellor.ok(CREATE_MON, { input: { clientId: target.id, durationMinutes: 20, subject: `Termin ${i}` } });
    }
    // The same application on the same database with the log switched off (ACCESS_LOG=off).
    const unaudited = await startTestServer({ accessLog: false }, { databaseUrl: server.databaseUrl });
    try {
      const plain = await apiAs(unaudited, orgs.a.counsellor);
      const measure = async (s: TestServer, api: GraphQLClient) => {
        // Once unmeasured: the viewer's login state and organisation are then cached, as on later requests.
        await api.ok(PANEL, { id: target.id });
        const recorder = recordStatements(s);
        await api.ok(PANEL, { id: target.id });
        recorder.stop();
        return recorder.statements;
      };
      const without = await measure(unaudited, plain);
      const withLog = await measure(server, counsellor);
      expect(withLog.length).toBe(without.length + 1);
      expect(withLog.filter((s) => /access_log/.test(s))).toHaveLength(1);
      expect(without.filter((s) => /access_log/.test(s))).toHaveLength(0);
      // The measured request's entries (the warm-up wrote the same before them).
      const added = (await entriesOf(target.id)).slice(-4);
      expect(brief(added).sort()).toEqual(
        [`READ PROFILE ${target.id}`, 'READ NOTES', 'READ DOCUMENTS', 'READ MONITORINGS'].sort(),
      );
    } finally {
      await unaudited.close();
    }
  });

  it('is append-only in the database: no update, no delete outside the purge', async () => {
    await counsellor.ok(CLIENT, { id: orgs.a.client.id });
    const before = await countAll();
    await expect(sql.query(`update access_log set action = 'READ'`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`delete from access_log`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`truncate access_log`)).rejects.toThrow(/append-only/);
    expect(await countAll()).toBe(before);
  });
});

describe('accessLog', () => {
  it('requires authentication, and staff', async () => {
    await server.client().fails('UNAUTHENTICATED', LOG);
    await client.fails('FORBIDDEN', LOG);
  });

  it('is for admins and staff with the data-protection permission, which admins grant', async () => {
    const officer = await buildCounsellor(server, orgs.a.org);
    const officerApi = await apiAs(server, officer);
    await officerApi.fails('FORBIDDEN', LOG);
    const csv = await fetch(`${server.url}/api/access-log.csv`, {
      headers: { authorization: `Bearer ${officerApi.token}` },
    });
    expect(csv.status).toBe(403);
    // Counsellors cannot grant it, not even to themselves.
    await officerApi.fails('FORBIDDEN', GRANT, { input: { id: officer.id, dataProtection: true } });
    await officerApi.fails('FORBIDDEN', LOG);

    expect(
      (await admin.ok(GRANT, { input: { id: officer.id, dataProtection: true } })).setCounsellorDataProtection,
    ).toEqual({ id: officer.id, dataProtection: true });
    expect((await officerApi.ok(LOG)).accessLog.totalCount).toBeGreaterThan(0);
    await admin.ok(GRANT, { input: { id: officer.id, dataProtection: false } });
    await officerApi.fails('FORBIDDEN', LOG);
    // Another organisation's staff member is unknown.
    await otherAdmin.fails('NOT_FOUND', GRANT, { input: { id: officer.id, dataProtection: true } });
    await admin.fails('BAD_USER_INPUT', GRANT, { input: { id: 'nope', dataProtection: true } });
  });

  it('lists newest first in keyset pages, with filters that combine', async () => {
    const target = await buildClient(server, orgs.a.org);
    for (let i = 0; i < 5; i++) await counsellor.ok(CLIENT, { id: target.id }); // one entry per request
    await admin.ok(NOTES, { id: target.id });

    const all = (await admin.ok(LOG, { filter: { clientId: target.id } })).accessLog;
    expect(all.totalCount).toBe(6);
    expect(all.edges[0].node).toMatchObject({
      action: 'READ',
      recordKind: 'NOTES',
      clientId: target.id,
      clientNumber: target.clientNumber,
      clientPseudonym: target.pseudonym,
      staffId: orgs.a.admin.id,
    });
    expect(all.edges[0].node.staffName).toBeTruthy();
    const ats = all.edges.map((e: any) => Date.parse(e.node.at));
    expect(ats).toEqual([...ats].sort((a, b) => b - a));

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await admin.ok(LOG, { filter: { clientId: target.id }, page: { first: 2, after } })).accessLog;
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: any) => e.node.id));

    const mine = (
      await admin.ok(LOG, { filter: { clientId: target.id, staffId: orgs.a.counsellor.id, action: 'READ' } })
    ).accessLog;
    expect(mine.totalCount).toBe(5);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
    expect((await admin.ok(LOG, { filter: { clientId: target.id, from: today } })).accessLog.totalCount).toBe(6);
    expect((await admin.ok(LOG, { filter: { clientId: target.id, from: tomorrow } })).accessLog.totalCount).toBe(0);
    expect((await admin.ok(LOG, { filter: { clientId: target.id, recordKind: 'NOTES' } })).accessLog.totalCount).toBe(
      1,
    );

    await admin.fails('BAD_USER_INPUT', LOG, { filter: { from: tomorrow, to: today } });
    await admin.fails('BAD_USER_INPUT', LOG, { filter: { from: '2026-02-30' } });
    await admin.fails('BAD_USER_INPUT', LOG, { page: { after: 'forged' } });
  });

  it('cannot see another organisation’s entries', async () => {
    await counsellor.ok(CLIENT, { id: orgs.a.client.id });
    const theirs = (await otherAdmin.ok(LOG, { filter: { clientId: orgs.a.client.id } })).accessLog;
    expect(theirs.totalCount).toBe(0);
    const all = (await otherAdmin.ok(LOG)).accessLog;
    expect(all.edges.every((e: any) => e.node.staffId !== orgs.a.counsellor.id)).toBe(true);
  });

  it('exports the same entries as CSV, streamed, in the language asked for', async () => {
    const target = await buildClient(server, orgs.a.org);
    await counsellor.ok(CLIENT, { id: target.id });
    await counsellor.ok(NOTES, { id: target.id });
    const res = await fetch(`${server.url}/api/access-log.csv?clientId=${target.id}&lang=de`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"Zeitpunkt";"Mitarbeiter:in";"Aktion";"Bereich";"Klientennummer";"Ratsuchende:r";"Datensatz"',
    );
    const cells = lines.slice(1).map((l) => l.split(';').map((c) => c.replace(/^"|"$/g, '')));
    expect(cells.map((c) => [c[2], c[3], c[4], c[5]])).toEqual([
      ['gelesen', 'Notizen', target.clientNumber, target.pseudonym],
      ['gelesen', 'Profil', target.clientNumber, target.pseudonym],
    ]);
    expect(cells[1]![6]).toBe(target.id);
    expect(cells[0]![0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

    const en = await fetch(`${server.url}/api/access-log.csv?clientId=${target.id}&lang=en`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect((await en.text()).split('\r\n')[1]).toContain('"read";"Notes"');
    const bad = await fetch(`${server.url}/api/access-log.csv?from=yesterday`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(bad.status).toBe(400);
  });
});

describe('access log retention', () => {
  it('purges entries older than the access log’s own retention period with the deletion job', async () => {
    // The clients' deletion period (7 days) is not the log's: the log keeps 180 or 730 days.
    const short = await buildOrganisation(server, { retentionDays: 7, accessLogRetentionDays: 180 } as never);
    const long = await buildOrganisation(server, { retentionDays: 7 } as never);
    expect(long.accessLogRetentionDays).toBe(730);
    const shortApi = await apiAs(server, await buildCounsellor(server, short));
    const longApi = await apiAs(server, await buildCounsellor(server, long));
    const a = await buildClient(server, short);
    const b = await buildClient(server, long);
    await shortApi.ok(CLIENT, { id: a.id });
    await longApi.ok(CLIENT, { id: b.id });

    // Past the clients' deletion period, and 179 days later, nothing is due.
    expect(await purgeAccessLog(server.app, new Date(Date.now() + 8 * DAY))).toBe(0);
    expect(await purgeAccessLog(server.app, new Date(Date.now() + 179 * DAY))).toBe(0);
    expect(await entriesOf(a.id)).toHaveLength(1);

    // 181 days later, through the job queue: the 180-day organisation's entries go, the other's stay.
    await server.app.jobs.send(PURGE_CLIENTS_JOB, { now: new Date(Date.now() + 181 * DAY).toISOString() });
    await expect.poll(async () => (await entriesOf(a.id)).length, { timeout: 10_000, interval: 100 }).toBe(0);
    expect(await entriesOf(b.id)).toHaveLength(1);

    // 731 days later the default period is over too.
    await purgeAccessLog(server.app, new Date(Date.now() + 731 * DAY));
    expect(await entriesOf(b.id)).toHaveLength(0);
  });

  it('is an admin setting of the organisation, 180–3650 days', async () => {
    const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { accessLogRetentionDays } }`;
    const SHOW = `{ organisation { accessLogRetentionDays } }`;
    const org = await buildOrganisation(server);
    const orgAdmin = await apiAs(server, await buildAdmin(server, org));
    const orgCounsellor = await apiAs(server, await buildCounsellor(server, org));
    expect((await orgAdmin.ok(SHOW)).organisation.accessLogRetentionDays).toBe(730);
    const changed = await orgAdmin.ok(UPDATE, { input: { accessLogRetentionDays: 365 } });
    expect(changed.updateOrganisation.accessLogRetentionDays).toBe(365);
    for (const bad of [179, 3651]) {
      const err = await orgAdmin.fails('BAD_USER_INPUT', UPDATE, { input: { accessLogRetentionDays: bad } });
      expect(JSON.stringify(err)).toContain('accessLogRetentionDays');
    }
    await orgCounsellor.fails('FORBIDDEN', UPDATE, { input: { accessLogRetentionDays: 3650 } });
    // Staff may read it (how long their own accesses stay on record); only admins change it.
    expect((await orgCounsellor.ok(SHOW)).organisation.accessLogRetentionDays).toBe(365);
    const [row] = (
      await sql.query<{ d: number }>('select access_log_retention_days as d from organisation where id = $1', [org.id])
    ).rows;
    expect(row!.d).toBe(365);
  });
});
