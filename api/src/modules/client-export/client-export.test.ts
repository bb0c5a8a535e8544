/**
 * The client data export over HTTP: downloaded as a client would (bearer token or a signed link) and
 * as an admin would, unzipped and compared with what the test created; who may not download it.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildTwoOrganisations } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';
import { buildTopic } from '../client/client.test-support.js';
import { readZip } from '../organisation/org-data.test-support.js';
import type { Client } from '../client/client.entity.js';
import { EXPORT_PAGE } from './client-export.reads.js';
import type { ClientExportManifest } from './client-export.service.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(randomUUID()), Buffer.from('\n%%EOF\n')]);
const SCRIPT = '<script>alert("export")</script> & "quoted"';
const CHAT_MESSAGES = EXPORT_PAGE * 2 + 50; // three pages
const MY_LINK = `query($language: String) { myDataExportLink(language: $language) { url expiresAt } }`;
const CLIENT_LINK = `query($clientId: ID!, $language: String) { clientDataExportLink(clientId: $clientId, language: $language) { url expiresAt } }`;
const SEND_DM = `mutation($input: SendDirectMessageInput!) { sendDirectMessage(input: $input) { id delivery } }`;

let server: TestServer;
let sql: pg.Client;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let target: Client;
let other: Client;
let clientApi: GraphQLClient;
let otherApi: GraphQLClient;
let adminApi: GraphQLClient;
let counsellorApi: GraphQLClient;
let otherOrgAdmin: GraphQLClient;
const ids = { mailRequest: '', ownStream: '', groupStream: '', document: '', appointment: '', groupAppointment: '' };

const one = async (text: string, values: unknown[] = []) => (await sql.query(text, values)).rows[0];

beforeAll(async () => {
  server = await startTestServer();
  sql = new pg.Client({ connectionString: server.databaseUrl });
  await sql.connect();
  orgs = await buildTwoOrganisations(server);
  const { org, counsellor } = orgs.a;
  await sql.query(`update organisation set master_data_fields = $2, locale = 'de' where id = $1`, [
    org.id,
    JSON.stringify([{ key: 'age', label: 'Altersgruppe', type: 'TEXT', options: [], askInMailForm: true }]),
  ]);
  target = await buildClient(server, org, { masterData: { age: '18–25' } } as never);
  other = await buildClient(server, org);
  const topic = await buildTopic(server, org, 'Sucht');
  await sql.query(
    `insert into client_topic (id, created_at, updated_at, organisation_id, client_id, topic_id) values (gen_random_uuid(), now(), now(), $1, $2, $3)`,
    [org.id, target.id, topic.id],
  );
  await sql.query(`update account set primary_counsellor_id = $2 where id = $1`, [target.id, counsellor.id]);

  // A mail thread: the client's message with markup, the counsellor's answer. The other client's thread too.
  const request = async (clientId: string, subject: string, bodies: [string, string][]) => {
    const id = randomUUID();
    await sql.query(
      `insert into mail_request (id, created_at, updated_at, organisation_id, client_id, subject, status, counsellor_id, request_data, routed_by, last_message_at, message_count)
       values ($1, now(), now(), $2, $3, $4, 'ANSWERED', $5, '{"age":"18–25"}', 'PRIMARY', now(), $6)`,
      [id, org.id, clientId, subject, counsellor.id, bodies.length],
    );
    for (const [i, [author, body]] of bodies.entries()) {
      await sql.query(
        `insert into mail_request_message (id, created_at, updated_at, organisation_id, mail_request_id, seq, author_kind, counsellor_id, body)
         values (gen_random_uuid(), now(), now(), $1, $2, $3, $4, $5, $6)`,
        [org.id, id, i + 1, author, author === 'COUNSELLOR' ? counsellor.id : null, body],
      );
    }
    return id;
  };
  ids.mailRequest = await request(target.id, `Frage ${SCRIPT}`, [
    ['CLIENT', `Hallo ${SCRIPT}`],
    ['COUNSELLOR', 'Guten Tag, gern helfe ich.'],
  ]);
  await request(other.id, 'Geheimnis der anderen', [['CLIENT', 'Nur für die andere Person']]);

  // The client's own chat: many messages (several pages) and a document; a group chat with the other client.
  const stream = async (kind: 'CLIENT' | 'GROUP', members: string[], lastSeq: number) => {
    const id = randomUUID();
    await sql.query(
      `insert into chat_stream (id, created_at, updated_at, organisation_id, kind, name, last_seq, last_activity_at, member_count)
       values ($1, now(), now(), $2, $3, $4, $5, now(), $6)`,
      [id, org.id, kind, kind === 'GROUP' ? 'Gruppe Mittwoch' : null, lastSeq, members.length],
    );
    for (const account of members) {
      await sql.query(
        `insert into chat_member (id, created_at, updated_at, organisation_id, stream_id, account_id) values (gen_random_uuid(), now(), now(), $1, $2, $3)`,
        [org.id, id, account],
      );
    }
    return id;
  };
  ids.ownStream = await stream('CLIENT', [target.id, counsellor.id], CHAT_MESSAGES + 1);
  await sql.query(
    `insert into chat_message (id, created_at, updated_at, organisation_id, stream_id, seq, sender_id, kind, body)
     select gen_random_uuid(), now(), now(), $1, $2, n, case when n % 2 = 1 then $3::uuid else $4::uuid end, 'TEXT', 'Nachricht ' || n
       from generate_series(1, $5::int) n`,
    [org.id, ids.ownStream, target.id, counsellor.id, CHAT_MESSAGES],
  );
  const fileId = randomUUID();
  ids.document = randomUUID();
  await sql.query(
    `insert into stored_file (id, created_at, updated_at, organisation_id, content_type, size, filename, sha256, data)
     values ($1, now(), now(), $2, 'application/pdf', $3, 'Befund <1>.pdf', $4, $5)`,
    [fileId, org.id, PDF.length, createHash('sha256').update(PDF).digest('hex'), PDF],
  );
  await sql.query(
    `insert into chat_document (id, created_at, updated_at, organisation_id, stream_id, file_id, uploaded_by_id, filename, content_type, size)
     values ($1, now(), now(), $2, $3, $4, $5, 'Befund <1>.pdf', 'application/pdf', $6)`,
    [ids.document, org.id, ids.ownStream, fileId, counsellor.id, PDF.length],
  );
  await sql.query(
    `insert into chat_message (id, created_at, updated_at, organisation_id, stream_id, seq, sender_id, kind, body, document_id)
     values (gen_random_uuid(), now(), now(), $1, $2, $3, $4, 'DOCUMENT', 'Befund <1>.pdf', $5)`,
    [org.id, ids.ownStream, CHAT_MESSAGES + 1, counsellor.id, ids.document],
  );
  ids.groupStream = await stream('GROUP', [target.id, other.id, counsellor.id], 2);
  await sql.query(
    `insert into chat_message (id, created_at, updated_at, organisation_id, stream_id, seq, sender_id, kind, body)
     values (gen_random_uuid(), now(), now(), $1, $2, 1, $3, 'TEXT', 'Nachricht der anderen Person'),
            (gen_random_uuid(), now(), now(), $1, $2, 2, $4, 'TEXT', 'Meine Gruppennachricht')`,
    [org.id, ids.groupStream, other.id, target.id],
  );

  // A booked appointment and a seat in a group appointment.
  ids.appointment = randomUUID();
  await sql.query(
    `insert into appointment (id, created_at, updated_at, organisation_id, kind, status, counsellor_id, client_id, channel, starts_at, ends_at, blocked_until, contact_email)
     values ($1, now(), now(), $2, 'SINGLE', 'BOOKED', $3, $4, 'PHONE', now() + interval '2 days', now() + interval '2 days 50 minutes', now() + interval '2 days 1 hour', 'termin@example.org')`,
    [ids.appointment, org.id, counsellor.id, target.id],
  );
  ids.groupAppointment = randomUUID();
  await sql.query(
    `insert into appointment (id, created_at, updated_at, organisation_id, kind, status, counsellor_id, channel, title, remarks, starts_at, ends_at, blocked_until, max_participants, bookable_by_clients)
     values ($1, now(), now(), $2, 'GROUP', 'BOOKED', $3, 'ON_SITE', 'Gesprächsgruppe', 'Bitte pünktlich', now() + interval '5 days', now() + interval '5 days 90 minutes', now() + interval '5 days 90 minutes', 8, true)`,
    [ids.groupAppointment, org.id, counsellor.id],
  );
  for (const c of [target, other]) {
    await sql.query(
      `insert into group_participant (id, created_at, updated_at, organisation_id, appointment_id, client_id) values (gen_random_uuid(), now(), now(), $1, $2, $3)`,
      [org.id, ids.groupAppointment, c.id],
    );
  }

  clientApi = await apiAs(server, target);
  otherApi = await apiAs(server, other);
  adminApi = await apiAs(server, orgs.a.admin);
  counsellorApi = await apiAs(server, orgs.a.counsellor);
  otherOrgAdmin = await apiAs(server, orgs.b.admin);
  const dm = await adminApi.ok(SEND_DM, {
    input: { clientId: target.id, subject: 'Neue Öffnungszeiten', body: 'Ab Januar <b>montags</b> bis 18 Uhr.' },
  });
  expect(dm.sendDirectMessage.delivery).toBe('INBOX');
});
afterAll(async () => {
  await sql?.end();
  await server?.close();
});

const get = (path: string, api?: GraphQLClient | null) =>
  fetch(`${server.url}${path}`, { headers: api?.token ? { authorization: `Bearer ${api.token}` } : {} });

async function archive(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  const entries = readZip(Buffer.from(await res.arrayBuffer()));
  const json = (name: string) => JSON.parse(entries.get(name)!.toString('utf8'));
  return {
    entries,
    manifest: json('manifest.json') as ClientExportManifest,
    profile: json('data/profile.json'),
    mail: json('data/mail-requests.json'),
    chats: json('data/chats.json'),
    appointments: json('data/appointments.json'),
    inbox: json('data/inbox.json'),
    documents: json('data/documents.json'),
    html: entries.get('index.html')!.toString('utf8'),
  };
}

describe('client data export', () => {
  it('gives the client everything about them as JSON, the documents’ bytes and a readable page', async () => {
    const res = await get('/api/clients/me/export.zip', clientApi);
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="lotse-daten-${target.clientNumber}-\\d{4}-\\d{2}-\\d{2}\\.zip"`),
    );
    const x = await archive(res);

    expect(x.manifest).toMatchObject({
      format: 'lotse-client-export',
      formatVersion: 1,
      language: 'de',
      requestedBy: 'CLIENT',
      client: { id: target.id, pseudonym: target.pseudonym, clientNumber: target.clientNumber },
      counts: {
        mailRequests: 1,
        mailMessages: 2,
        chats: 2,
        chatMessages: CHAT_MESSAGES + 2,
        appointments: 2,
        inboxMessages: 1,
        documents: 1,
        documentBytes: PDF.length,
      },
    });
    expect(x.profile).toMatchObject({
      id: target.id,
      pseudonym: target.pseudonym,
      clientNumber: target.clientNumber,
      status: 'ACTIVE',
      notificationEmail: null,
      primaryCounsellor: orgs.a.counsellor.displayName,
      topics: [{ name: 'Sucht', category: null }],
      masterData: [{ key: 'age', label: 'Altersgruppe', value: '18–25' }],
    });

    expect(x.mail).toHaveLength(1);
    expect(x.mail[0]).toMatchObject({
      id: ids.mailRequest,
      subject: `Frage ${SCRIPT}`,
      counsellor: orgs.a.counsellor.displayName,
      requestData: [{ key: 'age', label: 'Altersgruppe', value: '18–25' }],
    });
    expect(x.mail[0].messages.map((m: any) => [m.seq, m.author, m.body])).toEqual([
      [1, 'CLIENT', `Hallo ${SCRIPT}`],
      [2, 'COUNSELLOR', 'Guten Tag, gern helfe ich.'],
    ]);

    // Every message of the long chat exactly once, in order, across the pages of the keyset.
    const own = x.chats.find((c: any) => c.id === ids.ownStream);
    expect(own.messages.map((m: any) => m.seq)).toEqual(Array.from({ length: CHAT_MESSAGES + 1 }, (_, i) => i + 1));
    expect(own.messages[0]).toMatchObject({ sender: 'CLIENT', senderName: target.pseudonym, body: 'Nachricht 1' });
    expect(own.messages[1]).toMatchObject({ sender: 'STAFF', senderName: orgs.a.counsellor.displayName });
    expect(own.messages.at(-1)).toMatchObject({ kind: 'DOCUMENT', documentId: ids.document });
    // In the group chat only the client's own message.
    const group = x.chats.find((c: any) => c.id === ids.groupStream);
    expect(group).toMatchObject({ kind: 'GROUP', name: 'Gruppe Mittwoch', onlyOwnMessages: true });
    expect(group.messages.map((m: any) => m.body)).toEqual(['Meine Gruppennachricht']);

    expect(x.appointments.map((a: any) => [a.id, a.kind, a.status, a.channel])).toEqual([
      [ids.appointment, 'SINGLE', 'BOOKED', 'PHONE'],
      [ids.groupAppointment, 'GROUP', 'BOOKED', 'ON_SITE'],
    ]);
    expect(x.appointments[0].contactEmail).toBe('termin@example.org');
    expect(x.appointments[1]).toMatchObject({ title: 'Gesprächsgruppe', remarks: 'Bitte pünktlich' });

    expect(x.inbox).toEqual([
      expect.objectContaining({
        subject: 'Neue Öffnungszeiten',
        body: 'Ab Januar <b>montags</b> bis 18 Uhr.',
        delivery: 'INBOX',
        sender: orgs.a.admin.displayName,
      }),
    ]);

    expect(x.documents).toEqual([
      expect.objectContaining({
        id: ids.document,
        filename: 'Befund <1>.pdf',
        size: PDF.length,
        uploadedByClient: false,
      }),
    ]);
    const path = x.documents[0].path as string;
    expect(path).toMatch(new RegExp(`^documents/${ids.document}/`));
    expect(x.entries.get(path)).toEqual(PDF);

    // Nothing of the other client: not their thread, not their group-chat message.
    const all = [...x.entries.values()].map((b) => b.toString('utf8')).join('\n');
    expect(all).not.toContain('Geheimnis der anderen');
    expect(all).not.toContain('Nachricht der anderen Person');
    expect(all).not.toContain(other.id);
    expect(all).not.toContain(other.pseudonym);
  });

  it('writes the readable page escaped, self-contained and in the asked language', async () => {
    const de = await archive(await get('/api/clients/me/export.zip', clientApi));
    expect(de.html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(de.html).toContain('<h2 id="mail">Mailberatung</h2>');
    // The typed markup appears as text, never as markup.
    expect(de.html).toContain('Hallo &lt;script&gt;alert(&quot;export&quot;)&lt;/script&gt; &amp; &quot;quoted&quot;');
    expect(de.html).toContain('Ab Januar &lt;b&gt;montags&lt;/b&gt; bis 18 Uhr.');
    expect(de.html).not.toMatch(/<script|<b>|<img|<link|src=|url\(|@import/i);
    // Only links inside the page and into the archive.
    const hrefs = [...de.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.every((h) => h.startsWith('#') || h.startsWith('documents/'))).toBe(true);
    expect(de.html).toContain(`href="${encodeURI(de.documents[0].path).replace(/&/g, '&amp;')}"`);
    expect(de.html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(de.html).toContain('Nachricht 450');
    expect(de.html).not.toContain('Nachricht der anderen Person');

    const { myDataExportLink } = await clientApi.ok(MY_LINK, { language: 'en' });
    expect(myDataExportLink.url).toContain(`/api/clients/${target.id}/export.zip?token=`);
    const res = await fetch(myDataExportLink.url);
    expect(res.headers.get('content-disposition')).toContain(`filename="lotse-data-${target.clientNumber}-`);
    const en = await archive(res);
    expect(en.manifest.language).toBe('en');
    expect(en.html).toMatch(/<html lang="en">/);
    expect(en.html).toContain('<h2 id="mail">Mail counselling</h2>');
    expect(en.mail).toEqual(de.mail);
  });

  it('lets an admin produce the same archive for the client, by bearer token or link', async () => {
    const mine = await archive(await get('/api/clients/me/export.zip', clientApi));
    const byAdmin = await archive(await get(`/api/clients/${target.id}/export.zip`, adminApi));
    expect(byAdmin.manifest.requestedBy).toBe('STAFF');
    for (const part of ['profile', 'mail', 'chats', 'appointments', 'inbox', 'documents'] as const) {
      expect(byAdmin[part]).toEqual(mine[part]);
    }
    const { clientDataExportLink } = await adminApi.ok(CLIENT_LINK, { clientId: target.id, language: 'de' });
    const viaLink = await archive(await fetch(clientDataExportLink.url));
    expect(viaLink.profile).toEqual(mine.profile);
    // Each staff download is in the access log (the client's own is not): by bearer token and by link.
    const LOG = `query($filter: AccessLogFilter) { accessLog(filter: $filter) { edges { node { action recordKind staffId } } } }`;
    const { accessLog } = await adminApi.ok(LOG, { filter: { clientId: target.id, recordKind: 'DATA_EXPORT' } });
    expect(accessLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { action: 'DOWNLOAD', recordKind: 'DATA_EXPORT', staffId: orgs.a.admin.id },
      { action: 'DOWNLOAD', recordKind: 'DATA_EXPORT', staffId: orgs.a.admin.id },
    ]);
  });

  it('is refused to counsellors, to other clients and to other organisations', async () => {
    const route = `/api/clients/${target.id}/export.zip`;
    // The primary counsellor too: the archive holds contact data only admins see.
    await counsellorApi.fails('FORBIDDEN', CLIENT_LINK, { clientId: target.id });
    expect((await get(route, counsellorApi)).status).toBe(403);
    expect((await get('/api/clients/me/export.zip', counsellorApi)).status).toBe(403);
    await otherOrgAdmin.fails('NOT_FOUND', CLIENT_LINK, { clientId: target.id });
    const res = await get(route, otherOrgAdmin);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await get(route, otherApi)).status).toBe(404);
    await clientApi.fails('FORBIDDEN', CLIENT_LINK, { clientId: target.id });
    expect((await get(route)).status).toBe(401);
    expect((await get('/api/clients/me/export.zip')).status).toBe(401);
    expect((await get('/api/clients/not-an-id/export.zip', adminApi)).status).toBe(404);
    await clientApi.fails('BAD_USER_INPUT', MY_LINK, { language: 'fr' });
    expect((await get('/api/clients/me/export.zip?lang=fr', clientApi)).status).toBe(400);
  });

  it('runs one download per account at a time: the next waits, and runs once the first reader went away', async () => {
    const big = randomBytes(2 * 1024 * 1024);
    const fileId = randomUUID();
    await sql.query(
      `insert into stored_file (id, created_at, updated_at, organisation_id, content_type, size, filename, sha256, data)
       values ($1, now(), now(), $2, 'image/png', $3, 'gross.png', $4, $5)`,
      [fileId, orgs.a.org.id, big.length, createHash('sha256').update(big).digest('hex'), big],
    );
    await sql.query(
      `insert into chat_document (id, created_at, updated_at, organisation_id, stream_id, file_id, uploaded_by_id, filename, content_type, size)
       values (gen_random_uuid(), now(), now(), $1, $2, $3, $4, 'gross.png', 'image/png', $5)`,
      [orgs.a.org.id, ids.ownStream, fileId, target.id, big.length],
    );
    const inSnapshot = async () =>
      (
        await one(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and backend_xid is null and backend_xmin is not null
              and pid <> pg_backend_pid() and query not like '%pgboss%'`,
        )
      ).n as number;
    // The test holds the documents' table, so the first download stops inside its snapshot.
    const lock = new pg.Client({ connectionString: server.databaseUrl });
    await lock.connect();
    try {
      await lock.query(`begin; lock table chat_document in access exclusive mode`);
      const abort = new AbortController();
      const first = await fetch(`${server.url}/api/clients/me/export.zip`, {
        headers: { authorization: `Bearer ${clientApi.token}` },
        signal: abort.signal,
      });
      expect(first.status).toBe(200);
      await expect.poll(inSnapshot, { timeout: 10_000 }).toBe(1);
      // The same account's next download waits for its turn: no answer (a browser would show an error page).
      let answered = false;
      const next = get('/api/clients/me/export.zip', clientApi).then((r) => ((answered = true), r));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(answered).toBe(false);
      // The first reader goes away; once the table is free its snapshot ends and the next one runs, whole.
      abort.abort();
      await lock.query('commit');
      const x = await archive(await next);
      const doc = x.documents.find((d: any) => d.filename === 'gross.png');
      // Buffer.equals: a deep comparison of megabytes takes vitest far too long.
      expect(x.entries.get(doc.path)!.equals(big)).toBe(true);
      await expect.poll(inSnapshot, { timeout: 10_000 }).toBe(0);
    } finally {
      await lock.query('rollback').catch(() => {});
      await lock.end();
    }
  });

  it('accepts a link only for its client and while its account may log in', async () => {
    const { myDataExportLink } = await otherApi.ok(MY_LINK, {});
    const token = new URL(myDataExportLink.url).searchParams.get('token');
    const res = await get(`/api/clients/${target.id}/export.zip?token=${token}`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.reason).toBe('LINK_INVALID');
    expect((await get(`/api/clients/${other.id}/export.zip?token=x${token}`)).status).toBe(401);
    await sql.query(`update account set status = 'BLOCKED', blocked_at = now() where id = $1`, [other.id]);
    expect((await fetch(myDataExportLink.url)).status).toBe(401);
    await sql.query(`update account set status = 'ACTIVE', blocked_at = null where id = $1`, [other.id]);
    expect((await fetch(myDataExportLink.url)).status).toBe(200);
    expect(await one(`select count(*)::int as n from account where id = $1`, [other.id])).toEqual({ n: 1 });
  });
});
