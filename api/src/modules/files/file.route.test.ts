import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildCounsellor, buildTwoOrganisations } from '../../../../tests/support/builders.js';
import { ChatDocument } from '../chat/chat-document.entity.js';
import { openStream } from '../chat/chat.test-support.js';
import { DOCUMENT_TYPES, IMAGE_TYPES } from '../../shared/storage.js';
import { apiAs } from '../staff/staff.test-support.js';
import { contentDisposition } from './file.route.js';
import { tinyPng } from './png.fixture.js';

let server: TestServer;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  server = await startTestServer();
  two = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** Stores a file through the real storage backend. */
async function store(orgId: string, bytes: Buffer, filename: string, isPublic: boolean): Promise<string> {
  const em = server.orm.em.fork() as EntityManager;
  const file = await server.app.storage.put(em, {
    organisationId: orgId,
    bytes,
    filename,
    allowedTypes: isPublic ? IMAGE_TYPES : DOCUMENT_TYPES,
    maxBytes: 1024 * 1024,
    public: isPublic,
  });
  await em.flush();
  return file.id;
}

/** Uploads a chat document through its route; returns the document id. */
async function uploadDocument(token: string, streamId: string, bytes: Buffer, filename: string): Promise<string> {
  const res = await fetch(`${server.url}/api/chat/streams/${streamId}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-filename': encodeURIComponent(filename) },
    body: new Uint8Array(bytes),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { document: { id: string } }).document.id;
}

/** The stored file behind a chat document (the API names documents, not files). */
async function fileOf(documentId: string): Promise<string> {
  const doc = await server.orm.em.fork().findOneOrFail(ChatDocument, documentId);
  return doc.file.id;
}

const get = (id: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/files/${id}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });

describe('GET /files/:id', () => {
  it('serves a public image to anyone, embeddable on other sites', async () => {
    const png = tinyPng(5, 5);
    const id = await store(two.a.org.id, png, 'avatar.png', true);
    const res = await get(id);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(png);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-length')).toBe(String(png.length));
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="avatar\.png"/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('cache-control')).toMatch(/^public/);

    // Revalidation with the ETag answers 304 without a body.
    const again = await get(id, undefined, { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('serves a chat document only to those who may read its stream', async () => {
    const member = await apiAs(server, two.a.counsellor);
    const stream = await openStream(member, { clientId: two.a.client.id });
    const docId = await uploadDocument(member.token!, stream.id, PDF, 'Bericht März "final";.pdf');
    const id = await fileOf(docId);

    expect((await get(id)).status).toBe(404);
    expect((await get(id, 'not-a-token')).status).toBe(404);
    // Same organisation, but not in the stream: the chat's rule says no, and so does this route.
    const outsider = await apiAs(server, await buildCounsellor(server, two.a.org));
    expect((await get(id, outsider.token)).status).toBe(404);
    const foreign = await get(id, (await apiAs(server, two.b.admin)).token);
    expect(foreign.status).toBe(404);
    expect((await foreign.json()).errors[0].extensions.code).toBe('NOT_FOUND');

    // Members of the stream, and admins (who may read any stream of their organisation).
    for (const reader of [member, await apiAs(server, two.a.client), await apiAs(server, two.a.admin)]) {
      const res = await get(id, reader.token);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    }
    const res = await get(id, member.token);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''/);
    expect(disposition).toContain(encodeURIComponent('Bericht März'));
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves a private file that no owner claims to nobody', async () => {
    const id = await store(two.a.org.id, PDF, 'lose.pdf', false);
    for (const account of [two.a.admin, two.a.counsellor, two.a.client]) {
      expect((await get(id, (await apiAs(server, account)).token)).status).toBe(404);
    }
  });

  it('answers 404 for unknown and malformed ids', async () => {
    const staff = await apiAs(server, two.a.admin);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope', '..%2F..%2Fetc%2Fpasswd']) {
      const res = await get(id, staff.token);
      expect(res.status).toBe(404);
    }
  });
});

describe('contentDisposition', () => {
  it('keeps quotes, separators and non-ASCII out of the plain filename', () => {
    expect(contentDisposition('a"b;c\\d.pdf', 'application/pdf')).toBe(
      `attachment; filename="a_b_c_d.pdf"; filename*=UTF-8''a%22b%3Bc%5Cd.pdf`,
    );
    expect(contentDisposition('Grüße.png', 'image/png')).toBe(
      `inline; filename="Gr__e.png"; filename*=UTF-8''Gr%C3%BC%C3%9Fe.png`,
    );
    // A name that does not match the detected type (stored before upload fixed names) is fixed here.
    expect(contentDisposition('Befund.html', 'text/plain')).toBe(
      `attachment; filename="Befund.html.txt"; filename*=UTF-8''Befund.html.txt`,
    );
    expect(contentDisposition('Foto.JPEG', 'image/jpeg')).toMatch(/^inline; filename="Foto\.JPEG"/);
  });
});
