/**
 * The staff-produced data export beyond the admins: staff with the data-protection permission produce
 * it too (other counsellors stay refused, at every edge of the permission), and whoever produces it may
 * add the staff's notes and documents (`includeStaffRecords`), which are in the archive only then.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';
import { readZip } from '../organisation/org-data.test-support.js';
import type { Client } from '../client/client.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import type { ClientExportManifest } from './client-export.service.js';

const LINK = `query($clientId: ID!, $language: String, $include: Boolean) {
  clientDataExportLink(clientId: $clientId, language: $language, includeStaffRecords: $include) { url expiresAt } }`;
const MY_LINK = `query { myDataExportLink { url } }`;
const SET_DP = `mutation($input: SetCounsellorDataProtectionInput!) { setCounsellorDataProtection(input: $input) { id dataProtection } }`;
const ADD_NOTE = `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { id } }`;
const LOG = `query($filter: AccessLogFilter) { accessLog(filter: $filter) { edges { node { action recordKind staffId clientId } } } }`;
const MARKUP = '<img src=x onerror=alert(1)> & "Dritte"';
/** More than one 1 MiB piece: the bytes are read and written in pieces. */
const BIG = randomBytes(1024 * 1024 + 4321);

let server: TestServer;
let sql: pg.Client;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let target: Client;
let officer: Counsellor;
let officerApi: GraphQLClient;
let adminApi: GraphQLClient;
let counsellorApi: GraphQLClient;
let clientApi: GraphQLClient;
let otherOrgAdmin: GraphQLClient;
const ids = { note: '', document: '' };

const get = (path: string, api?: GraphQLClient | null) =>
  fetch(`${server.url}${path}`, { headers: api?.token ? { authorization: `Bearer ${api.token}` } : {} });

const setPermission = (id: string, dataProtection: boolean) => adminApi.ok(SET_DP, { input: { id, dataProtection } });

async function archive(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/zip');
  const entries = readZip(Buffer.from(await res.arrayBuffer()));
  const json = (name: string) => (entries.has(name) ? JSON.parse(entries.get(name)!.toString('utf8')) : undefined);
  return {
    entries,
    manifest: json('manifest.json') as ClientExportManifest,
    notes: json('data/notes.json'),
    clientDocuments: json('data/client-documents.json'),
    html: entries.get('index.html')!.toString('utf8'),
  };
}

/** The staff's records must appear nowhere in an archive without them. */
function expectNoStaffRecords(x: Awaited<ReturnType<typeof archive>>) {
  expect(x.manifest.staffRecords).toBe(false);
  expect(x.notes).toBeUndefined();
  expect(x.clientDocuments).toBeUndefined();
  expect([...x.entries.keys()].filter((k) => k.startsWith('client-documents/'))).toEqual([]);
  const all = [...x.entries.values()].map((b) => b.toString('latin1')).join('\n');
  expect(all).not.toContain('Erstgespräch');
  expect(all).not.toContain('Dritte');
  expect(all).not.toContain('Schweigepflicht');
  expect(x.entries.get('index.html')!.toString('utf8')).not.toContain('id="notes"');
}

const exportEntries = async () =>
  (
    await sql.query(
      `select staff_id from access_log where client_id = $1 and record_kind = 'DATA_EXPORT' order by at`,
      [target.id],
    )
  ).rows.map((r) => r.staff_id as string);

beforeAll(async () => {
  server = await startTestServer();
  sql = new pg.Client({ connectionString: server.databaseUrl });
  await sql.connect();
  orgs = await buildTwoOrganisations(server);
  const { org } = orgs.a;
  target = await buildClient(server, org);
  officer = await buildCounsellor(server, org, { displayName: 'Datenschutz Dora' } as never);
  adminApi = await apiAs(server, orgs.a.admin);
  officerApi = await apiAs(server, officer);
  counsellorApi = await apiAs(server, orgs.a.counsellor);
  clientApi = await apiAs(server, target);
  otherOrgAdmin = await apiAs(server, orgs.b.admin);

  ids.note = (
    await counsellorApi.ok(ADD_NOTE, { input: { clientId: target.id, body: `Erstgespräch mit ${MARKUP}` } })
  ).addClientNote.id;
  // A document staff uploaded for the client (the upload route's rows).
  const fileId = randomUUID();
  ids.document = randomUUID();
  await sql.query(
    `insert into stored_file (id, created_at, updated_at, organisation_id, content_type, size, filename, sha256, data)
     values ($1, now(), now(), $2, 'application/octet-stream', $3, 'Schweigepflicht <Entbindung>.bin', $4, $5)`,
    [fileId, org.id, BIG.length, createHash('sha256').update(BIG).digest('hex'), BIG],
  );
  await sql.query(
    `insert into client_document (id, created_at, updated_at, organisation_id, client_id, file_id, uploaded_by_id, filename, content_type, size)
     values ($1, now(), now(), $2, $3, $4, $5, 'Schweigepflicht <Entbindung>.bin', 'application/octet-stream', $6)`,
    [ids.document, org.id, target.id, fileId, orgs.a.counsellor.id, BIG.length],
  );
});
afterAll(async () => {
  await sql?.end();
  await server?.close();
});

describe('data export by staff with the data-protection permission', () => {
  it('is refused without the permission, allowed once granted, refused again once withdrawn', async () => {
    const route = `/api/clients/${target.id}/export.zip`;
    const before = await exportEntries();
    // Without: FORBIDDEN for the link and the route, and nothing is logged.
    await officerApi.fails('FORBIDDEN', LINK, { clientId: target.id });
    await officerApi.fails('FORBIDDEN', LINK, { clientId: target.id, include: true });
    expect((await get(route, officerApi)).status).toBe(403);
    expect(await exportEntries()).toEqual(before);

    // Granted: by bearer token and by link, each download in the access log under the officer.
    await setPermission(officer.id, true);
    const byBearer = await archive(await get(route, officerApi));
    expect(byBearer.manifest).toMatchObject({ requestedBy: 'STAFF', client: { id: target.id } });
    expectNoStaffRecords(byBearer);
    const { clientDataExportLink } = await officerApi.ok(LINK, { clientId: target.id });
    const signed = await officerApi.ok(LINK, { clientId: target.id });
    expectNoStaffRecords(await archive(await fetch(clientDataExportLink.url)));
    expect(await exportEntries()).toEqual([...before, officer.id, officer.id]);
    // The permission is the organisation's: another organisation's client stays unknown.
    const foreign = await buildClient(server, orgs.b.org);
    await officerApi.fails('NOT_FOUND', LINK, { clientId: foreign.id });
    expect((await get(`/api/clients/${foreign.id}/export.zip`, officerApi)).status).toBe(404);

    // Withdrawn: refused at once, also through the link signed while it was granted.
    await setPermission(officer.id, false);
    await officerApi.fails('FORBIDDEN', LINK, { clientId: target.id });
    expect((await get(route, officerApi)).status).toBe(403);
    expect((await fetch(signed.clientDataExportLink.url)).status).toBe(403);
    expect(await exportEntries()).toEqual([...before, officer.id, officer.id]);
  });

  it('stays refused to other counsellors (the primary counsellor too), clients and other organisations', async () => {
    await sql.query(`update account set primary_counsellor_id = $2 where id = $1`, [target.id, orgs.a.counsellor.id]);
    const route = `/api/clients/${target.id}/export.zip`;
    for (const include of [false, true]) {
      await counsellorApi.fails('FORBIDDEN', LINK, { clientId: target.id, include });
      expect((await get(`${route}?staffRecords=${include}`, counsellorApi)).status).toBe(403);
      await clientApi.fails('FORBIDDEN', LINK, { clientId: target.id, include });
      await otherOrgAdmin.fails('NOT_FOUND', LINK, { clientId: target.id, include });
    }
    // The client's own download never has the staff's records: asking for them is refused.
    expect((await get(`${route}?staffRecords=true`, clientApi)).status).toBe(403);
    expect((await get('/api/clients/me/export.zip?staffRecords=true', clientApi)).status).toBe(403);
    expectNoStaffRecords(await archive(await get('/api/clients/me/export.zip', clientApi)));
    expect((await get(`${route}?staffRecords=yes`, adminApi)).status).toBe(400);
  });
});

describe('data export with the staff’s notes and documents', () => {
  it('contains them only when asked: notes as JSON and escaped HTML, the documents’ bytes whole', async () => {
    const before = await exportEntries();
    const plain = await archive(await get(`/api/clients/${target.id}/export.zip`, adminApi));
    expectNoStaffRecords(plain);

    const { clientDataExportLink } = await adminApi.ok(LINK, { clientId: target.id, language: 'en', include: true });
    expect(clientDataExportLink.url).toContain('staffRecords=true');
    const x = await archive(await fetch(clientDataExportLink.url));
    expect(x.manifest).toMatchObject({
      requestedBy: 'STAFF',
      staffRecords: true,
      language: 'en',
      counts: { notes: 1, clientDocuments: 1, clientDocumentBytes: BIG.length },
    });
    expect(Object.keys(x.manifest.files)).toEqual(
      expect.arrayContaining(['data/notes.json', 'data/client-documents.json', 'client-documents/<id>/<filename>']),
    );
    expect(x.notes).toEqual([
      {
        id: ids.note,
        createdAt: expect.any(String),
        editedAt: null,
        author: orgs.a.counsellor.displayName,
        body: `Erstgespräch mit ${MARKUP}`,
      },
    ]);
    expect(x.clientDocuments).toEqual([
      expect.objectContaining({
        id: ids.document,
        filename: 'Schweigepflicht <Entbindung>.bin',
        size: BIG.length,
        uploadedBy: orgs.a.counsellor.displayName,
      }),
    ]);
    const path = x.clientDocuments[0].path as string;
    expect(path).toMatch(new RegExp(`^client-documents/${ids.document}/`));
    expect(x.entries.get(path)!.equals(BIG)).toBe(true);
    // The readable page: both sections, the note's markup as text, links only into the archive.
    expect(x.html).toContain('<h2 id="notes">Counsellors’ notes</h2>');
    expect(x.html).toContain('<h2 id="client-documents">Documents the organisation keeps about you</h2>');
    expect(x.html).toContain('Erstgespräch mit &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Dritte&quot;');
    expect(x.html).not.toMatch(/<img|onerror=alert\(1\)>/);
    expect(x.html).toContain(`href="${encodeURI(path).replace(/&/g, '&amp;')}"`);
    const hrefs = [...x.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.every((h) => h.startsWith('#') || /^(client-)?documents\//.test(h))).toBe(true);

    // By bearer token, in German; each download in the access log as before (one entry, the admin).
    const de = await archive(await get(`/api/clients/${target.id}/export.zip?staffRecords=true`, adminApi));
    expect(de.html).toContain('<h2 id="notes">Notizen der Beratenden</h2>');
    expect(de.notes).toEqual(x.notes);
    expect(await exportEntries()).toEqual([...before, orgs.a.admin.id, orgs.a.admin.id, orgs.a.admin.id]);
    const { accessLog } = await adminApi.ok(LOG, { filter: { clientId: target.id, recordKind: 'DATA_EXPORT' } });
    expect(accessLog.edges[0].node).toEqual({
      action: 'DOWNLOAD',
      recordKind: 'DATA_EXPORT',
      staffId: orgs.a.admin.id,
      clientId: target.id,
    });
  });

  it('needs a link signed for them: adding staffRecords to a plain link, or dropping it, is refused', async () => {
    const plain = (await adminApi.ok(LINK, { clientId: target.id })).clientDataExportLink.url as string;
    const widened = await fetch(`${plain}&staffRecords=true`);
    expect(widened.status).toBe(401);
    expect(((await widened.json()) as any).errors[0].extensions.reason).toBe('LINK_INVALID');
    const full = (await adminApi.ok(LINK, { clientId: target.id, include: true })).clientDataExportLink.url as string;
    expect((await fetch(full.replace('&staffRecords=true', ''))).status).toBe(401);
    // A client's own link cannot be widened either.
    const mine = (await clientApi.ok(MY_LINK)).myDataExportLink.url as string;
    expect((await fetch(`${mine}&staffRecords=true`)).status).toBe(401);
  });
});
