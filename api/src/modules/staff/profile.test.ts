import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildCounsellor, buildTwoOrganisations, uniq } from '../../../../tests/support/builders.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { tinyPng } from '../files/png.fixture.js';
import { apiAs, reload, snapshot } from './staff.test-support.js';

const UPDATE = `mutation($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    id loginName salutation firstName lastName email phone postcode displayName languages descriptions { lang text } newsletter
  }
}`;
const DELETE_AVATAR = `mutation { deleteMyAvatar { id avatarUrl } }`;
const MY_AVATAR = `{ me { counsellor { avatarUrl } } }`;

let server: TestServer;
let two: Awaited<ReturnType<typeof buildTwoOrganisations>>;

beforeAll(async () => {
  server = await startTestServer();
  two = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

const fileExists = async (id: string) =>
  (await (server.orm.em.fork() as EntityManager).count(StoredFile, { id })) === 1;

async function upload(token: string | undefined, body: Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/me/avatar`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/octet-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('updateMyProfile', () => {
  it('requires authentication and a staff account', async () => {
    await server.client().fails('UNAUTHENTICATED', UPDATE, { input: { firstName: 'X' } });
    await (await apiAs(server, two.a.client)).fails('FORBIDDEN', UPDATE, { input: { firstName: 'X' } });
  });

  it('changes the viewer’s own profile and nobody else’s', async () => {
    const me = await buildCounsellor(server, two.a.org);
    const othersBefore = [two.a.counsellor, two.b.counsellor].map((c) => c.id);
    const snapshots = await Promise.all(othersBefore.map(async (id) => snapshot(await reload(server, id))));
    const api = await apiAs(server, me);
    const email = `${uniq('me')}@Example.org`;
    const { updateMyProfile: p } = await api.ok(UPDATE, {
      input: {
        salutation: 'MS',
        firstName: 'Ada',
        lastName: 'Lovelace',
        email,
        phone: '+49 30 123456',
        postcode: '10115',
        displayName: 'Ada (Beratung)',
        languages: ['de', 'en', 'tr'],
        descriptions: [
          { lang: 'de', text: 'Ich berate zu Schulden.' },
          { lang: 'en', text: 'I counsel on debt.' },
          { lang: 'tr', text: '' },
        ],
        newsletter: true,
      },
    });
    expect(p).toEqual({
      id: me.id,
      loginName: me.loginName,
      salutation: 'MS',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: email.toLowerCase(),
      phone: '+49 30 123456',
      postcode: '10115',
      displayName: 'Ada (Beratung)',
      languages: ['de', 'en', 'tr'],
      descriptions: [
        { lang: 'de', text: 'Ich berate zu Schulden.' },
        { lang: 'en', text: 'I counsel on debt.' },
      ],
      newsletter: true,
    });
    const after = await Promise.all(othersBefore.map(async (id) => snapshot(await reload(server, id))));
    expect(after).toEqual(snapshots);
  });

  it('leaves absent fields unchanged and clears phone and postcode with null', async () => {
    const me = await buildCounsellor(server, two.a.org, { phone: '0301', postcode: '12345', firstName: 'Kai' });
    const api = await apiAs(server, me);
    const { updateMyProfile: p } = await api.ok(UPDATE, { input: { newsletter: true, phone: null, postcode: '' } });
    expect(p).toMatchObject({ newsletter: true, phone: null, postcode: null, firstName: 'Kai' });
  });

  it('refuses an email used by another staff account', async () => {
    const me = await buildCounsellor(server, two.a.org);
    const api = await apiAs(server, me);
    const err = await api.fails('CONFLICT', UPDATE, { input: { email: two.b.admin.email!.toUpperCase() } });
    expect(err.extensions?.reason).toBe('EMAIL_TAKEN');
    expect((await reload(server, me.id)).email).toBe(me.email);
  });

  it('rejects bad input with BAD_USER_INPUT and changes nothing', async () => {
    const me = await buildCounsellor(server, two.a.org, { languages: ['de'] });
    const api = await apiAs(server, me);
    const before = snapshot(await reload(server, me.id));
    const bad: [Record<string, unknown>, string | null][] = [
      [{ firstName: '' }, 'firstName'],
      [{ lastName: 'x'.repeat(101) }, 'lastName'],
      [{ displayName: ' ' }, 'displayName'],
      [{ email: 'no-at-sign' }, 'email'],
      [{ email: null }, 'email'],
      [{ phone: 'ring ring' }, 'phone'],
      [{ phone: '1'.repeat(41) }, 'phone'],
      [{ postcode: '<script>' }, 'postcode'],
      [{ languages: ['deutsch'] }, 'languages.0'],
      [{ languages: Array.from({ length: 21 }, (_, i) => `a${String.fromCharCode(97 + i)}`) }, 'languages'],
      [{ descriptions: [{ lang: 'DE', text: 'x' }] }, 'descriptions.0.lang'],
      [{ descriptions: [{ lang: 'de', text: 'x'.repeat(2001) }] }, 'descriptions.0.text'],
      [
        {
          descriptions: [
            { lang: 'de', text: 'eins' },
            { lang: 'de', text: 'zwei' },
          ],
        },
        'descriptions.1.lang',
      ],
      [{ salutation: 'DR' }, null],
      [{ newsletter: 'yes' }, null],
      [{ languages: [5] }, null],
      [{ descriptions: [{ lang: 'de' }] }, null],
      [{ loginName: 'new-name' }, null],
      [{ firstName: 'Okay', lastName: '' }, 'lastName'],
    ];
    for (const [input, path] of bad) {
      const err = await api.fails('BAD_USER_INPUT', UPDATE, { input });
      if (path)
        expect(
          err.extensions?.fields?.map((f) => f.path),
          JSON.stringify(input),
        ).toContain(path);
    }
    expect(snapshot(await reload(server, me.id))).toEqual(before);
  });
});

describe('PUT /api/me/avatar', () => {
  it('stores a PNG as the avatar, served publicly at the returned URL', async () => {
    const me = await buildCounsellor(server, two.a.org);
    const api = await apiAs(server, me);
    const png = tinyPng(3, 3);
    const res = await upload(api.token, png, { 'content-type': 'image/jpeg' });
    expect(res.status).toBe(200);
    expect(res.body.avatarUrl).toMatch(new RegExp(`^${server.url}/files/[0-9a-f-]{36}$`));
    expect((await api.ok(MY_AVATAR)).me.counsellor.avatarUrl).toBe(res.body.avatarUrl);
    const download = await fetch(res.body.avatarUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(png);
  });

  it('replaces the previous avatar and deletes its file', async () => {
    const me = await buildCounsellor(server, two.a.org);
    const api = await apiAs(server, me);
    const first = await upload(api.token, tinyPng(2, 2));
    const firstId = first.body.avatarUrl.split('/').pop()!;
    const second = await upload(api.token, tinyPng(4, 4, [0, 0, 255]));
    expect(second.body.avatarUrl).not.toBe(first.body.avatarUrl);
    expect(await fileExists(firstId)).toBe(false);
    expect((await fetch(first.body.avatarUrl)).status).toBe(404);
    expect((await reload(server, me.id)).avatar?.id).toBe(second.body.avatarUrl.split('/').pop());
  });

  it('checks the type by content: a text file named .png is refused', async () => {
    const me = await buildCounsellor(server, two.a.org);
    const api = await apiAs(server, me);
    const before = snapshot(await reload(server, me.id));
    const res = await upload(api.token, Buffer.from('I am not a picture, just text.'), {
      'content-type': 'image/png',
      'x-filename': 'avatar.png',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_NOT_ALLOWED' });
    // A PDF is a real file, but no image.
    const pdf = await upload(api.token, Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'));
    expect(pdf.body.errors[0].extensions.reason).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(snapshot(await reload(server, me.id))).toEqual(before);
  });

  it('refuses files over 2 MiB with 413 and empty bodies with 400', async () => {
    const me = await buildCounsellor(server, two.a.org);
    const api = await apiAs(server, me);
    const big = Buffer.concat([tinyPng(), Buffer.alloc(2 * 1024 * 1024)]);
    const res = await upload(api.token, big);
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    const empty = await upload(api.token, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].extensions.reason).toBe('FILE_EMPTY');
    expect((await reload(server, me.id)).avatar ?? null).toBeNull();
  });

  it('requires a staff bearer token', async () => {
    const none = await upload(undefined, tinyPng());
    expect(none.status).toBe(401);
    expect(none.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const bad = await upload('not-a-token', tinyPng());
    expect(bad.status).toBe(401);
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    const client = await apiAs(server, two.a.client);
    const forbidden = await upload(client.token, tinyPng());
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('deleteMyAvatar', () => {
  it('removes the avatar and its file', async () => {
    const me = await buildCounsellor(server, two.a.org);
    const api = await apiAs(server, me);
    const up = await upload(api.token, tinyPng());
    const id = up.body.avatarUrl.split('/').pop()!;
    const { deleteMyAvatar } = await api.ok(DELETE_AVATAR);
    expect(deleteMyAvatar).toEqual({ id: me.id, avatarUrl: null });
    expect(await fileExists(id)).toBe(false);
    // Deleting again is harmless.
    expect((await api.ok(DELETE_AVATAR)).deleteMyAvatar.avatarUrl).toBeNull();
  });

  it('requires authentication and a staff account', async () => {
    await server.client().fails('UNAUTHENTICATED', DELETE_AVATAR);
    await (await apiAs(server, two.b.client)).fails('FORBIDDEN', DELETE_AVATAR);
  });
});
