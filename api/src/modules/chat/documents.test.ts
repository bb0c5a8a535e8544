import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { ChatDocument } from './chat-document.entity.js';
import { ChatStream } from './chat-stream.entity.js';
import { connectWs, MESSAGES_SUB, openStream, type TestWs } from './chat.test-support.js';

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const MAX = 4096;

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let staff: GraphQLClient;
let client: GraphQLClient;
let streamId: string;
const sockets: TestWs[] = [];

const DOCS = `query($id: ID!, $page: PageInput) { chatDocuments(streamId: $id, page: $page) { totalCount pageInfo { hasNextPage endCursor } edges { node { id filename contentType size uploadedBy { id } downloadPath } } } }`;
const LINK = `query($id: ID!) { chatDocumentLink(documentId: $id) { url expiresAt } }`;
const DELETE = `mutation($input: DeleteChatDocumentInput!) { deleteChatDocument(input: $input) }`;
const HISTORY = `query($id: ID!) { chatHistory(streamId: $id) { messages { seq kind body document { id } } } }`;

async function upload(token: string | undefined, id: string, bytes: Buffer, filename: string | null = 'bild.png') {
  const res = await fetch(`${server.url}/api/chat/streams/${id}/documents`, {
    method: 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(filename !== null ? { 'x-filename': encodeURIComponent(filename) } : {}),
      'content-type': 'application/octet-stream',
    },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const download = (documentId: string, token?: string, query = '') =>
  fetch(`${server.url}/api/chat/documents/${documentId}${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

const state = async () => {
  const em = server.orm.em.fork();
  return {
    docs: await em.count(ChatDocument, {}),
    files: await em.count(StoredFile, {}),
    seq: (await em.findOneOrFail(ChatStream, streamId)).lastSeq,
  };
};

beforeAll(async () => {
  server = await startTestServer({ maxUploadBytes: MAX });
  orgs = await buildTwoOrganisations(server);
  staff = await loginAs(server, orgs.a.counsellor);
  client = await loginAs(server, orgs.a.client);
  streamId = (await openStream(staff, { clientId: orgs.a.client.id })).id;
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
  await server?.close();
});

describe('POST /api/chat/streams/:id/documents', () => {
  it('stores a document, posts a DOCUMENT message, and lets members download it', async () => {
    const sock = connectWs(server, staff.token);
    sockets.push(sock);
    const sub = sock.subscribe(MESSAGES_SUB, { streamId });
    await new Promise((r) => setTimeout(r, 150));
    const res = await upload(client.token, streamId, PNG, 'Übersicht März.png');
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({
      filename: 'Übersicht März.png',
      contentType: 'image/png',
      size: PNG.length,
      uploadedBy: { id: orgs.a.client.id },
    });
    expect(res.body.message).toMatchObject({ kind: 'DOCUMENT', body: 'Übersicht März.png' });
    const [live] = await sub.waitFor(1);
    expect(live).toMatchObject({ kind: 'DOCUMENT', document: { id: res.body.document.id } });

    for (const token of [staff.token, client.token, (await loginAs(server, orgs.a.admin)).token]) {
      const got = await download(res.body.document.id, token);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('image/png');
      expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''%C3%9Cbersicht%20M%C3%A4rz.png");
      expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    }
  });

  it('refuses non-members, other organisations and anonymous callers', async () => {
    const { body } = await upload(staff.token, streamId, PNG);
    const docId = body.document.id;
    const outsider = await loginAs(server, await buildCounsellor(server, orgs.a.org));
    const foreign = await loginAs(server, orgs.b.admin);
    expect((await download(docId, outsider.token)).status).toBe(404);
    expect((await download(docId, foreign.token)).status).toBe(404);
    expect((await download(docId)).status).toBe(401);
    expect((await download('not-an-id', staff.token)).status).toBe(404);
    const before = await state();
    expect((await upload(outsider.token, streamId, PNG)).status).toBe(404);
    expect((await upload(foreign.token, streamId, PNG)).status).toBe(404);
    const anon = await upload(undefined, streamId, PNG);
    expect(anon.status).toBe(401);
    expect(anon.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await state()).toEqual(before);
  });

  it('checks type by content and size, and changes nothing when refused', async () => {
    const before = await state();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const tooBig = Buffer.concat([PNG, Buffer.alloc(MAX, 0)]);
    const cases: [Buffer, string | null, string][] = [
      [exe, 'harmless.pdf', 'FILE_TYPE_NOT_ALLOWED'],
      [Buffer.from([0xff, 0x00, 0xfe, 0x01, 0x00, 0x02]), 'x.png', 'FILE_TYPE_NOT_ALLOWED'],
      [tooBig, 'big.png', ''],
      [Buffer.alloc(0), 'empty.png', 'FILE_EMPTY'],
      [PNG, null, ''],
    ];
    for (const [bytes, name, reason] of cases) {
      const res = await upload(client.token, streamId, bytes, name);
      expect([400, 413]).toContain(res.status);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      if (reason) expect(res.body.errors[0].extensions.reason).toBe(reason);
    }
    expect(await state()).toEqual(before);
  });

  it('words a refused upload in the caller’s UI language (Accept-Language)', async () => {
    const refused = async (lang: string) => {
      const res = await fetch(`${server.url}/api/chat/streams/${streamId}/documents`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${client.token}`,
          'x-filename': 'leer.png',
          'content-type': 'application/octet-stream',
          'accept-language': lang,
        },
        body: new Uint8Array(0),
      });
      expect(res.status).toBe(400);
      const [error] = ((await res.json()) as any).errors;
      return { message: error.message, fields: error.extensions.fields, reason: error.extensions.reason };
    };
    expect(await refused('de')).toEqual({
      message: 'Die Datei ist leer.',
      fields: [{ path: 'file', message: 'Leere Datei' }],
      reason: 'FILE_EMPTY',
    });
    expect(await refused('en')).toEqual({
      message: 'The file is empty.',
      fields: [{ path: 'file', message: 'Empty file' }],
      reason: 'FILE_EMPTY',
    });
  });

  it('names a download after the detected type: plain text sent as Befund.html comes back as text', async () => {
    const text = Buffer.from('<p>Befund</p>\nNur Text, auch wenn der Name etwas anderes sagt.\n');
    const res = await upload(client.token, streamId, text, 'Befund.html');
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ filename: 'Befund.html.txt', contentType: 'text/plain' });

    const doc = await server.orm.em.fork().findOneOrFail(ChatDocument, res.body.document.id);
    for (const got of [
      await download(res.body.document.id, staff.token),
      await fetch(`${server.url}/files/${doc.file.id}`, { headers: { authorization: `Bearer ${staff.token}` } }),
    ]) {
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-disposition')).toMatch(/^attachment; filename="Befund\.html\.txt"/);
      expect(Buffer.from(await got.arrayBuffer()).equals(text)).toBe(true);
    }
  });
});

describe('chatDocuments', () => {
  it('lists newest first with pages', async () => {
    const id = (await openStream(staff, { clientId: (await buildClient(server, orgs.a.org)).id })).id;
    const names = ['a.png', 'b.png', 'c.png'];
    for (const n of names) expect((await upload(staff.token, id, PNG, n)).status).toBe(201);
    const first = (await staff.ok(DOCS, { id, page: { first: 2 } })).chatDocuments;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.filename)).toEqual(['c.png', 'b.png']);
    const rest = (await staff.ok(DOCS, { id, page: { first: 2, after: first.pageInfo.endCursor } })).chatDocuments;
    expect(rest.edges.map((e: any) => e.node.filename)).toEqual(['a.png']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', DOCS, { id: streamId });
  });

  it('cannot see another organisation', async () => {
    await (await loginAs(server, orgs.b.admin)).fails('NOT_FOUND', DOCS, { id: streamId });
  });
});

describe('chatDocumentLink', () => {
  it('gives a short-lived URL that works without a header, for this document only', async () => {
    const a = (await upload(staff.token, streamId, PNG, 'a.png')).body.document.id;
    const b = (await upload(staff.token, streamId, PNG, 'b.png')).body.document.id;
    const { url, expiresAt } = (await client.ok(LINK, { id: a })).chatDocumentLink;
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000);
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(PNG)).toBe(true);
    const token = new URL(url).searchParams.get('token')!;
    expect((await download(b, undefined, `?token=${token}`)).status).toBe(401);
    expect((await download(a, undefined, `?token=${token.slice(0, -3)}xyz`)).status).toBe(401);
    // An access token is not a download link.
    expect((await download(a, undefined, `?token=${client.token}`)).status).toBe(401);
    await (await loginAs(server, orgs.b.admin)).fails('NOT_FOUND', LINK, { id: a });
  });
});

describe('deleteChatDocument', () => {
  it('lets the uploader and staff members delete; others cannot; the message stays without file', async () => {
    const mine = (await upload(client.token, streamId, PNG, 'mine.png')).body;
    const staffs = (await upload(staff.token, streamId, PNG, 'staff.png')).body;
    await client.fails('FORBIDDEN', DELETE, { input: { documentId: staffs.document.id } });
    await (await loginAs(server, orgs.b.admin)).fails('NOT_FOUND', DELETE, { input: { documentId: mine.document.id } });
    await server.client().fails('UNAUTHENTICATED', DELETE, { input: { documentId: mine.document.id } });
    await client.fails('BAD_USER_INPUT', DELETE, { input: { documentId: 'x' } });
    expect((await download(staffs.document.id, staff.token)).status).toBe(200);

    const filesBefore = await server.orm.em.fork().count(StoredFile, {});
    expect((await client.ok(DELETE, { input: { documentId: mine.document.id } })).deleteChatDocument).toBe(true);
    expect((await staff.ok(DELETE, { input: { documentId: staffs.document.id } })).deleteChatDocument).toBe(true);
    expect((await download(mine.document.id, client.token)).status).toBe(404);
    const history = (await staff.ok(HISTORY, { id: streamId })).chatHistory.messages;
    const msg = history.find((m: any) => m.seq === mine.message.seq);
    expect(msg).toEqual({ seq: mine.message.seq, kind: 'DOCUMENT', body: 'mine.png', document: null });
    const em = server.orm.em.fork();
    expect(await em.count(ChatDocument, { id: { $in: [mine.document.id, staffs.document.id] } })).toBe(0);
    expect(await em.count(StoredFile, {})).toBe(filesBefore - 2);
  });
});
