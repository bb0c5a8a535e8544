import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations } from '../../../../tests/support/builders.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { ClientNote } from './client-records.entities.js';

const NOTES = `query($id: ID!, $page: PageInput) { clientNotes(clientId: $id, page: $page) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id clientId body createdAt editedAt author { id displayName } mayEdit mayDelete } } } }`;
const ADD = `mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { id body author { id } mayEdit mayDelete editedAt } }`;
const UPDATE = `mutation($input: UpdateClientNoteInput!) { updateClientNote(input: $input) { id body editedAt } }`;
const DELETE = `mutation($input: ClientRecordIdInput!) { deleteClientNote(input: $input) }`;

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let counsellor: GraphQLClient;
let colleague: GraphQLClient;
let admin: GraphQLClient;
let client: GraphQLClient;
let otherAdmin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
  counsellor = await apiAs(server, orgs.a.counsellor);
  colleague = await apiAs(server, await buildCounsellor(server, orgs.a.org));
  admin = await apiAs(server, orgs.a.admin);
  client = await apiAs(server, orgs.a.client);
  otherAdmin = await apiAs(server, orgs.b.admin);
});
afterAll(() => server?.close());

const notesOf = async (clientId: string) =>
  (await server.orm.em.fork().find(ClientNote, { client: clientId }, { orderBy: { createdAt: 'asc' } })).map((n) => ({
    id: n.id,
    body: n.body,
  }));

const add = async (api: GraphQLClient, clientId: string, body: string) =>
  (await api.ok<{ addClientNote: { id: string } }>(ADD, { input: { clientId, body } })).addClientNote.id;

describe('client notes', () => {
  it('require authentication and a staff member', async () => {
    const id = orgs.a.client.id;
    await server.client().fails('UNAUTHENTICATED', NOTES, { id });
    await server.client().fails('UNAUTHENTICATED', ADD, { input: { clientId: id, body: 'x' } });
    await client.fails('FORBIDDEN', NOTES, { id });
    await client.fails('FORBIDDEN', ADD, { input: { clientId: id, body: 'x' } });
    expect(await notesOf(id)).toEqual([]);
  });

  it('are written by staff and listed newest first with their author', async () => {
    const target = await buildClient(server, orgs.a.org);
    await add(counsellor, target.id, 'Erstgespräch: Schulden bei drei Gläubigern.');
    await add(colleague, target.id, 'Rückruf vereinbart.');
    const { clientNotes } = await admin.ok(NOTES, { id: target.id });
    expect(clientNotes.totalCount).toBe(2);
    expect(clientNotes.edges.map((e: any) => e.node.body)).toEqual([
      'Rückruf vereinbart.',
      'Erstgespräch: Schulden bei drei Gläubigern.',
    ]);
    const [newest, oldest] = clientNotes.edges.map((e: any) => e.node);
    expect(oldest.author.id).toBe(orgs.a.counsellor.id);
    expect(oldest.clientId).toBe(target.id);
    // The admin may delete every note but change none of them.
    expect([newest.mayEdit, newest.mayDelete]).toEqual([false, true]);
  });

  it('are changed by their author only and deleted by the author or an admin', async () => {
    const target = await buildClient(server, orgs.a.org);
    const mine = await add(counsellor, target.id, 'Entwurf');
    const theirs = await add(colleague, target.id, 'Notiz der Kollegin');

    const changed = (await counsellor.ok(UPDATE, { input: { id: mine, body: 'Überarbeitet' } })).updateClientNote;
    expect(changed.body).toBe('Überarbeitet');
    expect(changed.editedAt).not.toBeNull();

    await counsellor.fails('FORBIDDEN', UPDATE, { input: { id: theirs, body: 'übernommen' } });
    await admin.fails('FORBIDDEN', UPDATE, { input: { id: theirs, body: 'vom Admin' } });
    await counsellor.fails('FORBIDDEN', DELETE, { input: { id: theirs } });
    expect((await notesOf(target.id)).map((n) => n.body)).toEqual(['Überarbeitet', 'Notiz der Kollegin']);

    expect((await counsellor.ok(DELETE, { input: { id: mine } })).deleteClientNote).toBe(true);
    expect((await admin.ok(DELETE, { input: { id: theirs } })).deleteClientNote).toBe(true);
    expect(await notesOf(target.id)).toEqual([]);
    await counsellor.fails('NOT_FOUND', DELETE, { input: { id: mine } });
  });

  it('cannot be seen or touched from another organisation', async () => {
    const target = await buildClient(server, orgs.a.org);
    const note = await add(counsellor, target.id, 'vertraulich');
    await otherAdmin.fails('NOT_FOUND', NOTES, { id: target.id });
    await otherAdmin.fails('NOT_FOUND', ADD, { input: { clientId: target.id, body: 'fremd' } });
    await otherAdmin.fails('NOT_FOUND', UPDATE, { input: { id: note, body: 'fremd' } });
    await otherAdmin.fails('NOT_FOUND', DELETE, { input: { id: note } });
    expect(await notesOf(target.id)).toEqual([{ id: note, body: 'vertraulich' }]);
  });

  it('refuse bad input and change nothing', async () => {
    const target = await buildClient(server, orgs.a.org);
    const note = await add(counsellor, target.id, 'bleibt');
    const before = await notesOf(target.id);
    await counsellor.fails('BAD_USER_INPUT', ADD, { input: { clientId: target.id, body: '   ' } });
    await counsellor.fails('BAD_USER_INPUT', ADD, { input: { clientId: target.id, body: 'x'.repeat(10_001) } });
    await counsellor.fails('BAD_USER_INPUT', ADD, { input: { clientId: 'not-an-id', body: 'x' } });
    await counsellor.fails('BAD_USER_INPUT', ADD, { input: { clientId: target.id, body: 'a\u0000b' } });
    await counsellor.fails('BAD_USER_INPUT', UPDATE, { input: { id: note, body: '' } });
    await counsellor.fails('BAD_USER_INPUT', NOTES, { id: target.id, page: { first: 0 } });
    await counsellor.fails('BAD_USER_INPUT', NOTES, { id: target.id, page: { after: 'forged' } });
    // A staff member is not a client: notes about them do not exist.
    await counsellor.fails('NOT_FOUND', ADD, { input: { clientId: orgs.a.admin.id, body: 'x' } });
    expect(await notesOf(target.id)).toEqual(before);
  });

  it('page through a long list with a constant number of statements', async () => {
    const target = await buildClient(server, orgs.a.org);
    const authors = [orgs.a.counsellor, await buildCounsellor(server, orgs.a.org), orgs.a.admin];
    const em = server.orm.em.fork();
    for (let i = 0; i < 30; i++) {
      em.create(ClientNote, {
        organisation: orgs.a.org.id,
        client: target.id,
        author: em.getReference(Counsellor, authors[i % 3]!.id),
        body: `Notiz ${i}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      });
    }
    await em.flush();

    // Once unmeasured: the viewer's login state and organisation are then cached, as on every later request.
    await counsellor.ok(NOTES, { id: target.id, page: { first: 1 } });
    const counts: number[] = [];
    const seen: string[] = [];
    let after: string | null = null;
    for (const first of [2, 10, 18]) {
      const recorder = recordStatements(server);
      const page: any = (await counsellor.ok(NOTES, { id: target.id, page: { first, after } })).clientNotes;
      recorder.stop();
      counts.push(recorder.statements.length);
      seen.push(...page.edges.map((e: any) => e.node.body));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => `Notiz ${29 - i}`));
    expect(new Set(counts).size, JSON.stringify(counts)).toBe(1);
  });
});
