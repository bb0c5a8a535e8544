import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildCounsellor, buildTwoOrganisations, uniq } from '../../../../tests/support/builders.js';
import { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';
import { TextTemplate } from './text-templates.entity.js';
import { MAX_TEMPLATES_PER_SCOPE } from './text-templates.inputs.js';

const LIST = `query($search: String, $scope: TextTemplateScope) { textTemplates(search: $search, scope: $scope) { id scope title body mayEdit updatedAt } }`;
const CREATE = `mutation($input: CreateTextTemplateInput!) { createTextTemplate(input: $input) { id scope title body mayEdit } }`;
const UPDATE = `mutation($input: UpdateTextTemplateInput!) { updateTextTemplate(input: $input) { id title body mayEdit } }`;
const DELETE = `mutation($input: TextTemplateIdInput!) { deleteTextTemplate(input: $input) }`;
const DELETE_STAFF = `mutation($input: DeleteCounsellorInput!) { deleteCounsellor(input: $input) }`;

let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let admin: GraphQLClient;
let counsellor: GraphQLClient;
let colleague: GraphQLClient;
let colleagueId: string;
let client: GraphQLClient;
let otherAdmin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  orgs = await buildTwoOrganisations(server);
  admin = await apiAs(server, orgs.a.admin);
  counsellor = await apiAs(server, orgs.a.counsellor);
  const c = await buildCounsellor(server, orgs.a.org);
  colleagueId = c.id;
  colleague = await apiAs(server, c);
  client = await apiAs(server, orgs.a.client);
  otherAdmin = await apiAs(server, orgs.b.admin);
});
afterAll(() => server?.close());

const em = () => server.orm.em.fork() as EntityManager;
const rows = async (organisationId = orgs.a.org.id) =>
  (await em().find(TextTemplate, { organisation: organisationId }, { orderBy: { id: 'asc' } })).map((t) => ({
    id: t.id,
    title: t.title,
    body: t.body,
    owner: t.owner?.id ?? null,
  }));

type Made = { id: string; scope: string; title: string; body: string; mayEdit: boolean };
const create = async (api: GraphQLClient, scope: 'ORGANISATION' | 'PERSONAL', title: string, body = `Text ${title}`) =>
  (await api.ok<{ createTextTemplate: Made }>(CREATE, { input: { scope, title, body } })).createTextTemplate;
const list = async (api: GraphQLClient, vars: Record<string, unknown> = {}) =>
  (await api.ok<{ textTemplates: Made[] }>(LIST, vars)).textTemplates;

describe('text templates', () => {
  it('require authentication and a staff member', async () => {
    const input = { scope: 'PERSONAL', title: 'Gruß', body: 'Hallo' };
    await server.client().fails('UNAUTHENTICATED', LIST);
    await server.client().fails('UNAUTHENTICATED', CREATE, { input });
    await client.fails('FORBIDDEN', LIST);
    await client.fails('FORBIDDEN', CREATE, { input });
    expect(await rows()).toEqual([]);
  });

  it('lists the organisation’s and the viewer’s own by title, never a colleague’s own or another organisation’s', async () => {
    const org = await create(admin, 'ORGANISATION', 'Begrüßung', 'Guten Tag {{pseudonym}},');
    expect(org).toMatchObject({ scope: 'ORGANISATION', mayEdit: true });
    const mine = await create(counsellor, 'PERSONAL', 'abschied', 'Viele Grüße, {{counsellor}}');
    expect(mine).toMatchObject({ scope: 'PERSONAL', mayEdit: true });
    await create(colleague, 'PERSONAL', 'Adresse Tafel', 'Tafel: Hauptstraße 1');
    await create(otherAdmin, 'ORGANISATION', 'Anderswo', 'Nicht von A');

    const seen = await list(counsellor);
    // By title ignoring case: "abschied" before "Begrüßung".
    expect(seen.map((t) => [t.title, t.scope, t.mayEdit])).toEqual([
      ['abschied', 'PERSONAL', true],
      ['Begrüßung', 'ORGANISATION', false],
    ]);
    expect((await list(admin)).map((t) => [t.title, t.mayEdit])).toEqual([['Begrüßung', true]]);
    expect((await list(colleague)).map((t) => t.title)).toEqual(['Adresse Tafel', 'Begrüßung']);
    expect((await list(otherAdmin)).map((t) => t.title)).toEqual(['Anderswo']);
    expect((await list(counsellor, { scope: 'PERSONAL' })).map((t) => t.title)).toEqual(['abschied']);
    expect((await list(counsellor, { scope: 'ORGANISATION' })).map((t) => t.title)).toEqual(['Begrüßung']);
  });

  it('are found by part of the title or the text, case and accents ignored, LIKE characters taken literally', async () => {
    const title = uniq('Schuldnerberatung Müller ');
    await create(counsellor, 'PERSONAL', title, 'Die Beratungsstelle hat 100% kostenlose Termine.');
    expect((await list(counsellor, { search: 'MULLER' })).map((t) => t.title)).toEqual([title]);
    expect((await list(counsellor, { search: 'kostenlose termine' })).map((t) => t.title)).toEqual([title]);
    expect((await list(counsellor, { search: '100%' })).map((t) => t.title)).toEqual([title]);
    expect(await list(counsellor, { search: '%' + 'x'.repeat(3) })).toEqual([]);
    // '%' and '_' alone match only where they are written: unescaped, each would match every template.
    const underscore = uniq('Ablage ');
    await create(counsellor, 'PERSONAL', underscore, 'Dateien bitte als name_datum.pdf senden.');
    expect((await list(counsellor)).length).toBeGreaterThanOrEqual(4);
    expect((await list(counsellor, { search: '%' })).map((t) => t.title)).toEqual([title]);
    expect((await list(counsellor, { search: '_' })).map((t) => t.title)).toEqual([underscore]);
    expect((await list(counsellor, { search: '\\' })).map((t) => t.title)).toEqual([]);
    // The colleague does not find the counsellor's own template.
    expect(await list(colleague, { search: 'MULLER' })).toEqual([]);
  });

  it('organisation-wide ones are created, changed and deleted by admins only', async () => {
    const before = await rows();
    const denied = await counsellor.fails('FORBIDDEN', CREATE, {
      input: { scope: 'ORGANISATION', title: 'Team', body: 'Hallo' },
    });
    expect(denied.message).toMatch(/admins/);
    const t = await create(admin, 'ORGANISATION', 'Terminablauf', 'So läuft ein Termin ab.');
    await counsellor.fails('FORBIDDEN', UPDATE, { input: { id: t.id, title: 'Geändert' } });
    await counsellor.fails('FORBIDDEN', DELETE, { input: { id: t.id } });
    expect((await rows()).filter((r) => r.id !== t.id)).toEqual(before);
    expect((await rows()).find((r) => r.id === t.id)).toMatchObject({ body: 'So läuft ein Termin ab.', owner: null });

    const changed = (await admin.ok(UPDATE, { input: { id: t.id, body: 'Neu: so läuft es ab.' } })).updateTextTemplate;
    expect(changed).toMatchObject({ title: 'Terminablauf', body: 'Neu: so läuft es ab.', mayEdit: true });
    expect((await admin.ok(DELETE, { input: { id: t.id } })).deleteTextTemplate).toBe(true);
    expect(await rows()).toEqual(before);
  });

  it('own ones are changed and deleted by their owner only; others answer NOT_FOUND', async () => {
    const t = await create(counsellor, 'PERSONAL', 'Mein Baustein', 'Original');
    for (const api of [colleague, admin, otherAdmin]) {
      await api.fails('NOT_FOUND', UPDATE, { input: { id: t.id, body: 'Fremd' } });
      await api.fails('NOT_FOUND', DELETE, { input: { id: t.id } });
    }
    const orgWide = await create(admin, 'ORGANISATION', uniq('Org '), 'Für alle');
    await otherAdmin.fails('NOT_FOUND', UPDATE, { input: { id: orgWide.id, body: 'Fremd' } });
    await otherAdmin.fails('NOT_FOUND', DELETE, { input: { id: orgWide.id } });
    await counsellor.fails('NOT_FOUND', DELETE, { input: { id: '00000000-0000-4000-8000-000000000000' } });
    const stored = await em().findOneOrFail(TextTemplate, t.id);
    expect(stored.body).toBe('Original');
    expect((await em().findOneOrFail(TextTemplate, orgWide.id)).body).toBe('Für alle');

    const changed = (await counsellor.ok(UPDATE, { input: { id: t.id, title: 'Umbenannt', body: 'Neu' } }))
      .updateTextTemplate;
    expect(changed).toMatchObject({ title: 'Umbenannt', body: 'Neu' });
    await counsellor.ok(DELETE, { input: { id: t.id } });
    expect(await em().findOne(TextTemplate, t.id)).toBeNull();
  });

  it('refuses bad input with field messages (German on request) and changes nothing', async () => {
    const t = await create(counsellor, 'PERSONAL', uniq('Gut '), 'Gut');
    const before = await rows();
    const bad = await counsellor.fails('BAD_USER_INPUT', CREATE, {
      input: { scope: 'PERSONAL', title: '   ', body: 'x'.repeat(4001) },
    });
    expect(bad.extensions?.fields).toEqual([
      { path: 'title', message: 'Must not be empty' },
      { path: 'body', message: 'At most 4000 characters' },
    ]);
    const blank = await counsellor.fails('BAD_USER_INPUT', UPDATE, {
      input: { id: t.id, title: 'y'.repeat(101), body: ' \n ' },
    });
    expect(blank.extensions?.fields).toEqual([
      { path: 'title', message: 'At most 100 characters' },
      { path: 'body', message: 'Must not be empty' },
    ]);
    const german = await new GraphQLClient(counsellor.url, counsellor.token, { 'accept-language': 'de' }).request(
      CREATE,
      { input: { scope: 'PERSONAL', title: '', body: 'x' } },
    );
    expect(german.errors?.[0]?.extensions?.fields).toEqual([{ path: 'title', message: 'Darf nicht leer sein' }]);
    await counsellor.fails('BAD_USER_INPUT', UPDATE, { input: { id: 'nicht-eine-id', body: 'x' } });
    expect(await rows()).toEqual(before);
    // Trailing blank lines go; leading indentation stays.
    const kept = await create(counsellor, 'PERSONAL', uniq('Einzug '), '  eingerückt\n\n');
    expect(kept.body).toBe('  eingerückt');
  });

  it('are bounded per scope', async () => {
    const c = await buildCounsellor(server, orgs.b.org);
    const api = await apiAs(server, c);
    const e = em();
    for (let i = 0; i < MAX_TEMPLATES_PER_SCOPE; i++) {
      e.create(TextTemplate, { organisation: orgs.b.org.id, owner: c.id, title: `T${i}`, body: 'x' });
    }
    await e.flush();
    const err = await api.fails('BAD_USER_INPUT', CREATE, {
      input: { scope: 'PERSONAL', title: 'Zu viel', body: 'x' },
    });
    expect(err.extensions?.reason).toBe('TEXT_TEMPLATE_LIMIT');
    expect(await em().count(TextTemplate, { owner: c.id })).toBe(MAX_TEMPLATES_PER_SCOPE);
    // The organisation's scope is counted apart.
    await create(otherAdmin, 'ORGANISATION', uniq('Noch einer '));
  });

  it('go with their owner when the staff member is deleted; the organisation’s stay', async () => {
    const orgWide = await create(colleague, 'PERSONAL', uniq('Eigener '));
    const kept = await create(admin, 'ORGANISATION', uniq('Bleibt '));
    expect(await em().count(TextTemplate, { owner: colleagueId })).toBeGreaterThan(0);
    await admin.ok(DELETE_STAFF, { input: { id: colleagueId } });
    expect(await em().count(TextTemplate, { owner: colleagueId })).toBe(0);
    expect(await em().findOne(TextTemplate, orgWide.id)).toBeNull();
    expect(await em().findOne(TextTemplate, kept.id)).not.toBeNull();
  });
});
