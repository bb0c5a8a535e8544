import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildCounsellor, buildTwoOrganisations } from '../../../../tests/support/builders.js';
import { apiAs, reload } from './staff.test-support.js';

const SET = `mutation($input: SetOnlyRegularClientsInput!) {
  setOnlyRegularClients(input: $input) { id onlyRegularClients }
}`;
const PUBLIC = `query($key: String!) { publicCounsellors(organisationKey: $key) { id onlyRegularClients } }`;

let server: TestServer;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  server = await startTestServer();
  two = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

describe('setOnlyRegularClients', () => {
  it('requires authentication and a staff account', async () => {
    const input = { onlyRegularClients: true };
    await server.client().fails('UNAUTHENTICATED', SET, { input });
    await (await apiAs(server, two.a.client)).fails('FORBIDDEN', SET, { input });
  });

  it('a counsellor turns it on and off for themselves; widgets see it', async () => {
    const me = await buildCounsellor(server, two.a.org);
    const api = await apiAs(server, me);
    const on = await api.ok(SET, { input: { onlyRegularClients: true } });
    expect(on.setOnlyRegularClients).toEqual({ id: me.id, onlyRegularClients: true });
    expect((await reload(server, me.id)).onlyRegularClients).toBe(true);
    const { publicCounsellors } = await server
      .client()
      .ok<{ publicCounsellors: { id: string; onlyRegularClients: boolean }[] }>(PUBLIC, { key: two.a.org.publicKey });
    expect(publicCounsellors.find((c) => c.id === me.id)?.onlyRegularClients).toBe(true);

    const off = await api.ok(SET, { input: { counsellorId: me.id, onlyRegularClients: false } });
    expect(off.setOnlyRegularClients).toEqual({ id: me.id, onlyRegularClients: false });
    expect((await reload(server, me.id)).onlyRegularClients).toBe(false);
  });

  it('a counsellor cannot change a colleague’s; an admin can', async () => {
    const colleague = await buildCounsellor(server, two.a.org);
    const input = { counsellorId: colleague.id, onlyRegularClients: true };
    await (await apiAs(server, two.a.counsellor)).fails('FORBIDDEN', SET, { input });
    expect((await reload(server, colleague.id)).onlyRegularClients).toBe(false);
    const res = await (await apiAs(server, two.a.admin)).ok(SET, { input });
    expect(res.setOnlyRegularClients).toEqual({ id: colleague.id, onlyRegularClients: true });
  });

  it('cannot see another organisation', async () => {
    const input = { counsellorId: two.b.counsellor.id, onlyRegularClients: true };
    await (await apiAs(server, two.a.admin)).fails('NOT_FOUND', SET, { input });
    await (await apiAs(server, two.a.counsellor)).fails('NOT_FOUND', SET, { input });
    expect((await reload(server, two.b.counsellor.id)).onlyRegularClients).toBe(false);
  });

  it('rejects a malformed id', async () => {
    await (
      await apiAs(server, two.a.admin)
    ).fails('BAD_USER_INPUT', SET, {
      input: { counsellorId: 'nope', onlyRegularClients: true },
    });
  });
});
