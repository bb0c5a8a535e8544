import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { recordStatements } from '../../../../tests/support/statements.js';
import {
  giveAvatar as giveAvatarTo,
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  buildTwoOrganisations,
  loginAs,
} from '../../../../tests/support/builders.js';
import { Counsellor, StaffRole } from './counsellor.entity.js';

const LIST = `query($filter: CounsellorFilter, $page: PageInput) {
  counsellors(filter: $filter, page: $page) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id loginName firstName lastName role active email avatarUrl organisation { id name } } }
  }
}`;
const ONE = `query($id: ID!) { counsellor(id: $id) { id loginName email avatarUrl organisation { id } } }`;

type ListResult = {
  counsellors: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Record<string, any> }[];
  };
};

let server: TestServer;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  server = await startTestServer();
  two = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

const giveAvatar = (c: Counsellor) => giveAvatarTo(server, c);

describe('counsellors', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', LIST);
    await server.client('garbage').fails('UNAUTHENTICATED', LIST);
  });

  it('is not for clients', async () => {
    const api = await loginAs(server, two.a.client);
    await api.fails('FORBIDDEN', LIST);
  });

  it('lists only the viewer’s organisation, with email, avatar URL and organisation', async () => {
    const avatarId = await giveAvatar(two.a.counsellor);
    const api = await loginAs(server, two.a.counsellor);
    const { counsellors } = await api.ok<ListResult>(LIST);
    const ids = counsellors.edges.map((e) => e.node.id);
    expect(ids.sort()).toEqual([two.a.admin.id, two.a.counsellor.id].sort());
    expect(counsellors.totalCount).toBe(2);
    const me = counsellors.edges.find((e) => e.node.id === two.a.counsellor.id)!.node;
    expect(me).toMatchObject({
      email: two.a.counsellor.email,
      avatarUrl: `${server.url}/files/${avatarId}`,
      organisation: { id: two.a.org.id, name: two.a.org.name },
    });
    const admin = counsellors.edges.find((e) => e.node.id === two.a.admin.id)!.node;
    expect(admin).toMatchObject({ role: 'ADMIN', avatarUrl: null });
  });

  it('pages by last name, first name and id without gaps or repeats', async () => {
    const org = await buildOrganisation(server);
    const names = [
      ['Zander', 'Anna'],
      ['Abel', 'Otto'],
      ['Meyer', 'Bea'],
      ['Meyer', 'Bea'],
      ['Meyer', 'Anton'],
      ['Abel', 'Ida'],
      ['Kunz', 'Eva'],
    ];
    const admin = await buildAdmin(server, org, { lastName: 'Berg', firstName: 'Paul' });
    const staff = [admin];
    for (const [lastName, firstName] of names) staff.push(await buildCounsellor(server, org, { lastName, firstName }));
    const api = await loginAs(server, admin);
    const seen: Record<string, any>[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: ListResult = await api.ok<ListResult>(LIST, { page: { first: 3, after } });
      expect(res.counsellors.totalCount).toBe(8);
      seen.push(...res.counsellors.edges.map((e) => e.node));
      if (!res.counsellors.pageInfo.hasNextPage) break;
      after = res.counsellors.pageInfo.endCursor;
    }
    expect(seen.map((n) => n.id).sort()).toEqual(staff.map((s) => s.id).sort());
    const expected = [...staff]
      .sort((a, b) =>
        a.lastName !== b.lastName
          ? a.lastName.localeCompare(b.lastName)
          : a.firstName !== b.firstName
            ? a.firstName.localeCompare(b.firstName)
            : a.id.localeCompare(b.id),
      )
      .map((s) => s.id);
    expect(seen.map((n) => n.id)).toEqual(expected);
  });

  it('continues after a cursor whose counsellor was deleted in the meantime', async () => {
    const org = await buildOrganisation(server);
    const admin = await buildAdmin(server, org, { lastName: 'Aal' });
    const rest: string[] = [];
    for (const lastName of ['Bohn', 'Cramer', 'Dorn', 'Ernst']) {
      rest.push((await buildCounsellor(server, org, { lastName })).id);
    }
    const api = await loginAs(server, admin);
    const first: ListResult = await api.ok<ListResult>(LIST, { page: { first: 2 } });
    expect(first.counsellors.edges.map((e) => e.node.id)).toEqual([admin.id, rest[0]]);
    await api.ok('mutation($i: DeleteCounsellorInput!) { deleteCounsellor(input: $i) }', { i: { id: rest[0] } });
    const next: ListResult = await api.ok<ListResult>(LIST, {
      page: { first: 5, after: first.counsellors.pageInfo.endCursor },
    });
    expect(next.counsellors.edges.map((e) => e.node.id)).toEqual(rest.slice(1));
    expect(next.counsellors.totalCount).toBe(4);
  });

  it('filters by search text, role and activity', async () => {
    const org = await buildOrganisation(server);
    const admin = await buildAdmin(server, org, { lastName: 'Adler' });
    const inactive = await buildCounsellor(server, org, { lastName: 'Fink', active: false });
    const special = await buildCounsellor(server, org, { displayName: 'Frau 100%_Sicher', lastName: 'Specht' });
    const api = await loginAs(server, admin);
    const ids = async (filter: Record<string, unknown>) =>
      (await api.ok<ListResult>(LIST, { filter })).counsellors.edges.map((e) => e.node.id).sort();
    expect(await ids({ role: 'ADMIN' })).toEqual([admin.id]);
    expect(await ids({ active: false })).toEqual([inactive.id]);
    expect(await ids({ search: 'fin' })).toEqual([inactive.id]);
    expect(await ids({ search: special.email!.toUpperCase() })).toEqual([special.id]);
    // LIKE wildcards in the search are taken literally.
    expect(await ids({ search: '100%_' })).toEqual([special.id]);
    expect(await ids({ search: '%' })).toEqual([special.id]);
    expect(await ids({ search: '' })).toHaveLength(3);
    // Filters combine (each combination is its own statement).
    expect(await ids({ role: 'COUNSELLOR', active: true, search: 'spe' })).toEqual([special.id]);
    expect(await ids({ role: 'COUNSELLOR', active: false, search: 'spe' })).toEqual([]);
    expect(await ids({ role: 'ADMIN', active: true })).toEqual([admin.id]);
  });

  it('pages through a filtered list, the filter applying to every page and to the total', async () => {
    const org = await buildOrganisation(server);
    const admin = await buildAdmin(server, org, { lastName: 'Adler' });
    const wanted: string[] = [];
    for (const lastName of ['Bach', 'Berg', 'Brandt', 'Busch']) {
      wanted.push((await buildCounsellor(server, org, { lastName, firstName: 'Britta' })).id);
      await buildCounsellor(server, org, { lastName, firstName: 'Bernd', active: false });
    }
    const api = await loginAs(server, admin);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: ListResult = await api.ok<ListResult>(LIST, {
        filter: { role: 'COUNSELLOR', active: true, search: 'britta' },
        page: { first: 3, after },
      });
      expect(res.counsellors.totalCount).toBe(4);
      seen.push(...res.counsellors.edges.map((e) => e.node.id));
      if (!res.counsellors.pageInfo.hasNextPage) break;
      after = res.counsellors.pageInfo.endCursor;
    }
    expect(seen).toEqual(wanted);
  });

  it('rejects bad filter and page arguments with BAD_USER_INPUT', async () => {
    const api = await loginAs(server, two.a.admin);
    await api.fails('BAD_USER_INPUT', LIST, { page: { first: 0 } });
    await api.fails('BAD_USER_INPUT', LIST, { page: { first: 101 } });
    await api.fails('BAD_USER_INPUT', LIST, { page: { first: 'ten' } });
    await api.fails('BAD_USER_INPUT', LIST, { page: { after: 'not-a-cursor' } });
    // Cursors are a row id: other shapes, unknown ids and another organisation's counsellor are refused.
    const forged = Buffer.from(JSON.stringify(['["A","B"]', "x' or 1=1"])).toString('base64url');
    for (const after of [forged, "x' or 1=1", randomUUID(), two.b.counsellor.id, `${two.a.admin.id}x`]) {
      await api.fails('BAD_USER_INPUT', LIST, { page: { after } });
    }
    // A cursor names no one: it is the row id, not the sort key.
    const { counsellors } = await api.ok<ListResult>(LIST, { page: { first: 1 } });
    expect(counsellors.pageInfo.endCursor).toBe(counsellors.edges[0]!.node.id);
    await api.fails('BAD_USER_INPUT', LIST, { filter: { search: 'x'.repeat(101) } });
    await api.fails('BAD_USER_INPUT', LIST, { filter: { role: 'KING' } });
  });

  it('runs the same number of SQL statements for a page of 1 and of 20 counsellors', async () => {
    const org = await buildOrganisation(server);
    const admin = await buildAdmin(server, org);
    for (let i = 0; i < 24; i++) {
      const c = await buildCounsellor(server, org, { lastName: `Name${String(i).padStart(2, '0')}` });
      if (i % 2 === 0) await giveAvatar(c);
    }
    const api = await loginAs(server, admin);

    const recorder = recordStatements(server);
    const countFor = async (first: number) => {
      recorder.reset();
      const res = await api.ok<ListResult>(LIST, { page: { first } });
      expect(res.counsellors.edges).toHaveLength(first);
      expect(res.counsellors.edges.filter((e) => e.node.avatarUrl).length).toBeGreaterThanOrEqual(
        Math.floor(first / 2),
      );
      return [...recorder.statements];
    };
    try {
      // Cold: the viewer's login state and the organisation are read once, then cached per process.
      const cold = await countFor(1);
      expect(cold.length, cold.join('\n')).toBeLessThanOrEqual(3);
      const one = await countFor(1);
      const twenty = await countFor(20);
      expect(twenty.length, twenty.join('\n')).toBe(one.length);
      // Warm: the page with its total count, nothing else.
      expect(twenty.length, twenty.join('\n')).toBe(1);
    } finally {
      recorder.stop();
    }
  });
});

describe('counsellor', () => {
  it('returns a colleague of the organisation', async () => {
    const api = await loginAs(server, two.a.counsellor);
    const { counsellor } = await api.ok(ONE, { id: two.a.admin.id });
    expect(counsellor).toMatchObject({
      id: two.a.admin.id,
      loginName: two.a.admin.loginName,
      email: two.a.admin.email,
      organisation: { id: two.a.org.id },
    });
  });

  it('cannot see another organisation’s counsellor', async () => {
    const api = await loginAs(server, two.a.admin);
    const err = await api.fails('NOT_FOUND', ONE, { id: two.b.counsellor.id });
    expect(err.message).not.toContain(two.b.counsellor.loginName);
  });

  it('rejects a malformed id and requires authentication', async () => {
    const api = await loginAs(server, two.a.admin);
    await api.fails('BAD_USER_INPUT', ONE, { id: 'not-a-uuid' });
    await server.client().fails('UNAUTHENTICATED', ONE, { id: two.a.admin.id });
    const client = await buildClient(server, two.a.org);
    await (await loginAs(server, client)).fails('FORBIDDEN', ONE, { id: two.a.admin.id });
  });
});

describe('Counsellor.email', () => {
  it('is the counsellor’s own email for staff of the organisation', async () => {
    const api = await loginAs(server, two.b.counsellor);
    const res = await api.ok(`{ me { counsellor { email role } } }`);
    expect(res.me.counsellor).toEqual({ email: two.b.counsellor.email, role: StaffRole.COUNSELLOR });
  });
});
