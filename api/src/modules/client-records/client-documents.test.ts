import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { ClientDocument } from './client-records.entities.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
const MAX = 4096;

const DOCS = `query($id: ID!, $page: PageInput) { clientDocuments(clientId: $id, page: $page) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id clientId filename contentType size uploadedBy { id } downloadPath mayDelete } } } }`;
const LINK = `query($id: ID!) { clientDocumentLink(documentId: $id) { url expiresAt } }`;
const DELETE = `mutation($input: ClientRecordIdInput!) { deleteClientDocument(input: $input) }`;

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let counsellor: GraphQLClient;
let colleague: GraphQLClient;
let admin: GraphQLClient;
let client: GraphQLClient;
let otherAdmin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer({ maxUploadBytes: MAX });
  orgs = await buildTwoOrganisations(server);
  counsellor = await apiAs(server, orgs.a.counsellor);
  colleague = await apiAs(server, await buildCounsellor(server, orgs.a.org));
  admin = await apiAs(server, orgs.a.admin);
  client = await apiAs(server, orgs.a.client);
  otherAdmin = await apiAs(server, orgs.b.admin);
});
afterAll(() => server?.close());

async function upload(api: GraphQLClient | null, clientId: string, bytes: Buffer, filename = 'Befund.pdf') {
  const res = await fetch(`${server.url}/api/clients/${clientId}/documents`, {
    method: 'POST',
    headers: {
      ...(api?.token ? { authorization: `Bearer ${api.token}` } : {}),
      'x-filename': encodeURIComponent(filename),
      'content-type': 'application/octet-stream',
    },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const download = (id: string, api?: GraphQLClient | null, query = '') =>
  fetch(`${server.url}/api/client-documents/${id}${query}`, {
    headers: api?.token ? { authorization: `Bearer ${api.token}` } : {},
  });

const counts = async () => {
  const em = server.orm.em.fork();
  return { docs: await em.count(ClientDocument, {}), files: await em.count(StoredFile, {}) };
};

describe('client documents', () => {
  it('are uploaded by staff, listed newest first and downloaded with their name and type', async () => {
    const target = await buildClient(server, orgs.a.org);
    const first = await upload(counsellor, target.id, PDF, 'Erstgespräch.pdf');
    expect(first.status).toBe(201);
    expect(first.body.document).toMatchObject({
      clientId: target.id,
      filename: 'Erstgespräch.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      mayDelete: true,
    });
    await upload(colleague, target.id, PDF, 'Bescheid.pdf');

    const { clientDocuments } = await counsellor.ok(DOCS, { id: target.id });
    expect(clientDocuments.totalCount).toBe(2);
    expect(clientDocuments.edges.map((e: any) => [e.node.filename, e.node.mayDelete])).toEqual([
      ['Bescheid.pdf', false],
      ['Erstgespräch.pdf', true],
    ]);

    const res = await download(first.body.document.id, colleague);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''Erstgespr%C3%A4ch.pdf");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
  });

  it('download through a signed link that only works for this document', async () => {
    const target = await buildClient(server, orgs.a.org);
    const a = (await upload(counsellor, target.id, PDF)).body.document.id;
    const b = (await upload(counsellor, target.id, PDF, 'zwei.pdf')).body.document.id;
    const { url } = (await counsellor.ok(LINK, { id: a })).clientDocumentLink;
    expect((await fetch(url)).status).toBe(200);
    const token = new URL(url).searchParams.get('token');
    expect((await download(b, null, `?token=${token}`)).status).toBe(401);
    expect((await download(a, null, '?token=forged')).status).toBe(401);
  });

  it('refuse files of types that are not accepted, too large or empty, changing nothing', async () => {
    const target = await buildClient(server, orgs.a.org);
    const before = await counts();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const cases: [Buffer, string][] = [
      [exe, 'FILE_TYPE_NOT_ALLOWED'],
      [Buffer.alloc(MAX + 10, 1), ''],
      [Buffer.alloc(0), 'FILE_EMPTY'],
    ];
    for (const [bytes, reason] of cases) {
      const res = await upload(counsellor, target.id, bytes, 'Befund.pdf');
      expect([400, 413]).toContain(res.status);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      if (reason) expect(res.body.errors[0].extensions.reason).toBe(reason);
    }
    expect(await counts()).toEqual(before);
  });

  it('name a text upload after its detected type, whatever its extension', async () => {
    const target = await buildClient(server, orgs.a.org);
    const { body } = await upload(counsellor, target.id, HTML, 'Befund.html');
    expect(body.document).toMatchObject({ contentType: 'text/plain', filename: 'Befund.html.txt' });
    const res = await download(body.document.id, counsellor);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('are staff only and deleted by their uploader or an admin, with their bytes', async () => {
    const target = await buildClient(server, orgs.a.org);
    const doc = (await upload(counsellor, target.id, PDF)).body.document.id;
    const other = (await upload(counsellor, target.id, PDF)).body.document.id;

    expect((await upload(client, target.id, PDF)).status).toBe(403);
    expect((await upload(null, target.id, PDF)).status).toBe(401);
    await client.fails('FORBIDDEN', DOCS, { id: target.id });
    expect((await download(doc, client)).status).toBe(403);
    expect((await download(doc)).status).toBe(401);
    // The generic file route serves client documents to nobody.
    const fileId = (await server.orm.em.fork().findOneOrFail(ClientDocument, doc)).file.id;
    expect(
      (await fetch(`${server.url}/files/${fileId}`, { headers: { authorization: `Bearer ${admin.token}` } })).status,
    ).toBe(404);

    const before = await counts();
    await colleague.fails('FORBIDDEN', DELETE, { input: { id: doc } });
    expect(await counts()).toEqual(before);
    expect((await counsellor.ok(DELETE, { input: { id: doc } })).deleteClientDocument).toBe(true);
    expect((await admin.ok(DELETE, { input: { id: other } })).deleteClientDocument).toBe(true);
    expect(await counts()).toEqual({ docs: before.docs - 2, files: before.files - 2 });
    expect((await download(doc, counsellor)).status).toBe(404);
  });

  it('cannot be seen or touched from another organisation', async () => {
    const target = await buildClient(server, orgs.a.org);
    const doc = (await upload(counsellor, target.id, PDF)).body.document.id;
    const before = await counts();
    expect((await upload(otherAdmin, target.id, PDF)).status).toBe(404);
    await otherAdmin.fails('NOT_FOUND', DOCS, { id: target.id });
    await otherAdmin.fails('NOT_FOUND', LINK, { id: doc });
    await otherAdmin.fails('NOT_FOUND', DELETE, { input: { id: doc } });
    expect((await download(doc, otherAdmin)).status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});
