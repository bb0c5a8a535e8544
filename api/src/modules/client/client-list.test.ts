import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  loginAs,
} from '../../../../tests/support/builders.js';
import { AccountStatus } from '../identity/account.entity.js';
import type { Organisation, Topic } from '../organisation/organisation.entity.js';
import type { Counsellor } from '../staff/counsellor.entity.js';
import { Client } from './client.entity.js';
import { ClientTopic } from './client-links.entity.js';
import { buildTopic, byId, LIST, type ListResult } from './client.test-support.js';

let server: TestServer;
let org: Organisation;
let other: Organisation;
let admin: Counsellor;
let me: Counsellor;
let colleague: Counsellor;
let topic: Topic;
const em = () => server.orm.em.fork() as EntityManager;

/** Pseudonyms of this file's main organisation, with who looks after them. */
const people: Record<string, { primary?: 'me' | 'colleague'; status?: AccountStatus; topic?: boolean }> = {
  'Jana.Müller': { primary: 'me', topic: true },
  'Jörg.Mueller': { primary: 'colleague' },
  Ümit: {},
  'anna.berg': { primary: 'me', status: AccountStatus.BLOCKED },
  'Zoë.Weiß': { status: AccountStatus.DELETION_PENDING, topic: true },
  'Bodo-Müllermann': {},
};
const ids: Record<string, string> = {};
/** Ends every pseudonym of this file's main organisation: a search that finds them all. */
let suffix = '';

beforeAll(async () => {
  server = await startTestServer();
  org = await buildOrganisation(server);
  other = await buildOrganisation(server);
  admin = await buildAdmin(server, org);
  me = await buildCounsellor(server, org);
  colleague = await buildCounsellor(server, org);
  topic = await buildTopic(server, org, 'Schulden');
  suffix = randomUUID().slice(0, 6);
  for (const [name, p] of Object.entries(people)) {
    const c = await buildClient(server, org, {
      pseudonym: `${name}${suffix}`,
      loginName: `${name}${suffix}`,
      primaryCounsellor: p.primary === 'me' ? me.id : p.primary === 'colleague' ? colleague.id : null,
      status: p.status ?? AccountStatus.ACTIVE,
      deletionRequestedAt: p.status === AccountStatus.DELETION_PENDING ? new Date() : null,
    } as never);
    ids[name] = c.id;
    if (p.topic) {
      const e = em();
      e.create(ClientTopic, { organisation: org.id, client: c.id, topic: topic.id });
      await e.flush();
    }
  }
  // Another organisation with a Müller of its own, who must never show up.
  await buildClient(server, other, {
    pseudonym: `Mueller.other${suffix}`,
    loginName: `Mueller.other${suffix}`,
  } as never);
});
afterAll(() => server?.close());

const names = (res: ListResult) => res.clients.edges.map((e) => e.node.pseudonym.replace(/[0-9a-f]{6}$/, ''));

describe('clients', () => {
  it('requires authentication and is not for clients', async () => {
    await server.client().fails('UNAUTHENTICATED', LIST);
    const someone = await buildClient(server, org);
    await (await loginAs(server, someone)).fails('FORBIDDEN', LIST);
    await em().nativeDelete(Client, { id: someone.id });
  });

  it('lists the organisation’s clients by pseudonym, ignoring case and accents, every status', async () => {
    const api = await loginAs(server, me);
    const res = await api.ok<ListResult>(LIST);
    expect(names(res)).toEqual(['anna.berg', 'Bodo-Müllermann', 'Jana.Müller', 'Jörg.Mueller', 'Ümit', 'Zoë.Weiß']);
    expect(res.clients.totalCount).toBe(6);
    // Counsellors get null contact data with the reason, not an error that breaks the list.
    expect(res.clients.edges.every((e) => e.node.email === null && e.node.contactHidden)).toBe(true);
    const pending = res.clients.edges.find((e) => e.node.id === ids['Zoë.Weiß'])!.node;
    expect(pending.status).toBe('DELETION_PENDING');
    expect(Date.parse(pending.purgeDueAt)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  });

  it('finds by part of the pseudonym without case or accents, and by client number', async () => {
    const api = await loginAs(server, me);
    const search = async (text: string) => names(await api.ok<ListResult>(LIST, { filter: { search: text } }));
    expect(await search('muller')).toEqual(['Bodo-Müllermann', 'Jana.Müller']);
    expect(await search('MÜLLER')).toEqual(['Bodo-Müllermann', 'Jana.Müller']);
    expect(await search('mueller')).toEqual(['Jörg.Mueller']);
    expect(await search('umit')).toEqual(['Ümit']);
    expect(await search('zoe.weiss')).toEqual(['Zoë.Weiß']);
    expect(await search('100%_')).toEqual([]);
    const number = (await em().findOneOrFail(Client, ids['Ümit']!)).clientNumber;
    expect(await search(number)).toEqual(['Ümit']);
  });

  it('filters by scope, status and topic, and they combine', async () => {
    const api = await loginAs(server, me);
    const list = async (filter: Record<string, unknown>) => names(await api.ok<ListResult>(LIST, { filter }));
    expect(await list({ scope: 'MINE' })).toEqual(['anna.berg', 'Jana.Müller']);
    expect(await list({ scope: 'UNASSIGNED' })).toEqual(['Bodo-Müllermann', 'Ümit', 'Zoë.Weiß']);
    expect(await list({ scope: 'ALL', status: 'BLOCKED' })).toEqual(['anna.berg']);
    expect(await list({ topicId: topic.id })).toEqual(['Jana.Müller', 'Zoë.Weiß']);
    expect(await list({ scope: 'MINE', topicId: topic.id, search: 'MULL' })).toEqual(['Jana.Müller']);
    expect(await list({ scope: 'WATCHLIST' })).toEqual([]);
    const foreignTopic = await buildTopic(server, other, 'Fremd');
    expect(await list({ topicId: foreignTopic.id })).toEqual([]);
    await api.fails('BAD_USER_INPUT', LIST, { filter: { topicId: 'nope' } });
    await api.fails('BAD_USER_INPUT', LIST, { filter: { search: 'x'.repeat(65) } });
  });

  it('lists the viewer’s watched clients first, in every scope, and the watchlist alone', async () => {
    const api = await loginAs(server, me);
    await api.ok(byId('watchClient'), { input: { clientId: ids['Ümit'] } });
    await api.ok(byId('watchClient'), { input: { clientId: ids['Jörg.Mueller'] } });
    const res = await api.ok<ListResult>(LIST);
    expect(names(res)).toEqual(['Jörg.Mueller', 'Ümit', 'anna.berg', 'Bodo-Müllermann', 'Jana.Müller', 'Zoë.Weiß']);
    expect(res.clients.edges.map((e) => e.node.watched)).toEqual([true, true, false, false, false, false]);
    expect(names(await api.ok<ListResult>(LIST, { filter: { scope: 'WATCHLIST' } }))).toEqual(['Jörg.Mueller', 'Ümit']);
    expect(names(await api.ok<ListResult>(LIST, { filter: { scope: 'UNASSIGNED' } }))).toEqual([
      'Ümit',
      'Bodo-Müllermann',
      'Zoë.Weiß',
    ]);
    // Another counsellor's order is their own.
    expect(names(await (await loginAs(server, colleague)).ok<ListResult>(LIST))[0]).toBe('anna.berg');

    // Pages of two walk the same order, across the watched/other boundary, without gaps or repeats.
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: ListResult = await api.ok<ListResult>(LIST, { page: { first: 2, after } });
      seen.push(...names(page));
      expect(page.clients.totalCount).toBe(6);
      if (!page.clients.pageInfo.hasNextPage) break;
      after = page.clients.pageInfo.endCursor;
    }
    expect(seen).toEqual(names(res));

    // A search (read once for the total and the page) keeps the order and the pages, watched first.
    const searched: string[] = [];
    after = null;
    for (let i = 0; i < 5; i++) {
      const page: ListResult = await api.ok<ListResult>(LIST, {
        filter: { search: suffix },
        page: { first: 2, after },
      });
      searched.push(...names(page));
      expect(page.clients.totalCount).toBe(6);
      expect(page.clients.edges.map((e) => e.node.watched)).toEqual(
        names(page).map((n) => n === 'Jörg.Mueller' || n === 'Ümit'),
      );
      if (!page.clients.pageInfo.hasNextPage) break;
      after = page.clients.pageInfo.endCursor;
    }
    expect(searched).toEqual(names(res));
    await api.ok(byId('unwatchClient'), { input: { clientId: ids['Ümit'] } });
    await api.ok(byId('unwatchClient'), { input: { clientId: ids['Jörg.Mueller'] } });
  });

  it('refuses cursors that are malformed or of another organisation', async () => {
    const api = await loginAs(server, me);
    await api.fails('BAD_USER_INPUT', LIST, { page: { after: 'garbage' } });
    await api.fails('BAD_USER_INPUT', LIST, { page: { after: randomUUID() } });
    const foreign = await buildClient(server, other);
    await api.fails('BAD_USER_INPUT', LIST, { page: { after: foreign.id } });
    await api.fails('BAD_USER_INPUT', LIST, { page: { first: 0 } });
    await api.fails('BAD_USER_INPUT', LIST, { page: { first: 101 } });
  });

  it('another organisation sees none of these clients', async () => {
    const api = await loginAs(server, await buildAdmin(server, other));
    const res = await api.ok<ListResult>(LIST, { filter: { search: 'mueller' } });
    expect(names(res)).toEqual(['Mueller.other']);
  });

  it('answers every field of a listed client as `client(id)` does, whatever the selection', async () => {
    // The list reads lean rows of the selected columns; `client(id)` reads the entity.
    const FULL = `id pseudonym clientNumber loginName status createdAt deletionRequestedAt purgeDueAt email phone
      contactHidden invitationAvailability masterData { key value } topics { id name category }
      primaryCounsellor { id displayName } watched groups { id name }`;
    const full = `query($page: PageInput) { clients(page: $page) { edges { node { ${FULL} } } } }`;
    const one = `query($id: ID!) { client(id: $id) { ${FULL} } }`;
    const e = em();
    const jana = await e.findOneOrFail(Client, ids['Jana.Müller']!);
    jana.email = `jana${randomUUID().slice(0, 6)}@example.org`;
    jana.phone = '+49 30 1234567';
    jana.masterData = { age: '30-39' };
    await e.flush();
    for (const viewer of [admin, me]) {
      const api = await loginAs(server, viewer);
      await api.ok(byId('watchClient'), { input: { clientId: ids['Ümit'] } });
      const res = await api.ok<ListResult>(full, { page: { first: 10 } });
      expect(res.clients.edges.length).toBeGreaterThanOrEqual(6);
      for (const { node } of res.clients.edges) {
        const single = await api.ok<{ client: Record<string, unknown> }>(one, { id: node.id });
        expect(node, node.pseudonym).toEqual(single.client);
      }
      const listed = (name: string) => res.clients.edges.find((x) => x.node.id === ids[name])!.node;
      expect(listed('Jana.Müller').topics.map((t: { name: string }) => t.name)).toEqual(['Schulden']);
      expect(listed('Jana.Müller').primaryCounsellor.id).toBe(me.id);
      expect(listed('Jana.Müller').email).toBe(viewer === admin ? jana.email : null);
      expect(listed('Ümit').watched).toBe(true);
      await api.ok(byId('unwatchClient'), { input: { clientId: ids['Ümit'] } });
      // A selection of computed fields alone still reads what they need (the organisation, the date).
      const few = await api.ok<ListResult>(
        `{ clients(filter: { search: "zoe" }, page: { first: 5 }) { edges { node { contactHidden purgeDueAt invitationAvailability } } } }`,
      );
      expect(few.clients.edges).toEqual([
        {
          node: {
            contactHidden: viewer !== admin,
            purgeDueAt: expect.any(String),
            invitationAvailability: 'CANNOT_LOG_IN',
          },
        },
      ]);
    }
  });

  it('costs the same number of statements for a page of 1 and of 20', async () => {
    // More clients, each with a topic, a primary counsellor and some watched.
    const api = await loginAs(server, admin);
    for (let i = 0; i < 20; i++) {
      const c = await buildClient(server, org, { primaryCounsellor: i % 2 ? me.id : colleague.id } as never);
      const e = em();
      e.create(ClientTopic, { organisation: org.id, client: c.id, topic: topic.id });
      await e.flush();
      if (i % 3 === 0) await api.ok(byId('watchClient'), { input: { clientId: c.id } });
    }
    const recorder = recordStatements(server);
    const countFor = async (first: number, filter: Record<string, unknown> = {}) => {
      recorder.reset();
      const res = await api.ok<ListResult>(LIST, { page: { first }, filter });
      expect(res.clients.edges).toHaveLength(first);
      return [...recorder.statements];
    };
    try {
      await countFor(1);
      const one = await countFor(1);
      const twenty = await countFor(20);
      expect(twenty.length, twenty.join('\n')).toBe(one.length);
      // One statement: the page with each client's topics, primary counsellor and watched flag.
      expect(one.length, one.join('\n')).toBe(1);
      const searched = await countFor(10, { search: 'client', topicId: topic.id });
      expect(searched.length, searched.join('\n')).toBe(one.length);
    } finally {
      recorder.stop();
    }
  });
});
