import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt, jwtVerify } from 'jose';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildCounsellor, buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import { Organisation, VideoProvider } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { CounsellorChannel } from '../appointments/counsellor-channel.entity.js';
import { AppointmentChannel } from '../appointments/appointment.enums.js';
import { ChatStream } from './chat-stream.entity.js';
import { openStream } from './chat.test-support.js';

const JITSI = { domain: 'meet.example.org', appId: 'lotse', appSecret: 'chat-jitsi-secret-0123456789' };
let server: TestServer;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;

const START = `mutation($input: StartVideoChatInput!) { startVideoChat(input: $input) { ownUrl message { seq kind body link sender { id } } } }`;
const SETTINGS = `mutation($input: UpdateChatSettingsInput!) { updateChatSettings(input: $input) { id allowVideoInChat } }`;

const token = (url: string) => new URL(url).searchParams.get('jwt')!;
const seqOf = async (id: string) => (await server.orm.em.fork().findOneOrFail(ChatStream, id)).lastSeq;

async function setup(allow = true) {
  const c = await buildCounsellor(server, orgs.a.org);
  const cl = await buildClient(server, orgs.a.org);
  const staff = await loginAs(server, c);
  if (allow) await staff.ok(SETTINGS, { input: { allowVideoInChat: true } });
  const { id } = await openStream(staff, { clientId: cl.id });
  return { c, cl, staff, client: await loginAs(server, cl), id };
}

beforeAll(async () => {
  server = await startTestServer({ jitsi: JITSI });
  orgs = await buildTwoOrganisations(server);
});
afterAll(() => server?.close());

describe('startVideoChat', () => {
  it('posts a member link and gives the counsellor a moderator link (signed Jitsi tokens)', async () => {
    const { c, staff, id } = await setup();
    const { startVideoChat } = await staff.ok(START, { input: { streamId: id } });
    const { message, ownUrl } = startVideoChat;
    expect(message).toMatchObject({ seq: 1, kind: 'VIDEO', sender: { id: c.id } });
    expect(message.link).toBe(message.body);
    expect(message.link).toMatch(/^https:\/\/meet\.example\.org\/lotse-chat-[0-9a-f]{32}\?jwt=/);
    const key = new TextEncoder().encode(JITSI.appSecret);
    const member = (await jwtVerify(token(message.link), key, { audience: 'jitsi', issuer: 'lotse' })).payload as any;
    expect(member.context.user).toMatchObject({ affiliation: 'member', moderator: false });
    const owner = (await jwtVerify(token(ownUrl), key, { audience: 'jitsi' })).payload as any;
    expect(owner.context.user).toMatchObject({ id: c.id, affiliation: 'owner', moderator: true });
    expect(owner.room).toBe(member.room);
    expect(owner.sub).toBe(JITSI.domain);
  });

  it('lets a client start it when their counsellor allows video requests', async () => {
    const { cl, client, id } = await setup();
    const { ownUrl, message } = (await client.ok(START, { input: { streamId: id } })).startVideoChat;
    expect(message.sender.id).toBe(cl.id);
    expect((decodeJwt(token(ownUrl)) as any).context.user).toMatchObject({ id: cl.id, moderator: false });
  });

  it('is refused unless the counsellor allows it, and when the organisation switched it off', async () => {
    const { client, staff, id } = await setup(false);
    expect((await staff.fails('FORBIDDEN', START, { input: { streamId: id } })).extensions?.reason).toBe(
      'VIDEO_NOT_ALLOWED',
    );
    expect((await client.fails('FORBIDDEN', START, { input: { streamId: id } })).extensions?.reason).toBe(
      'VIDEO_NOT_ALLOWED',
    );
    await staff.ok(SETTINGS, { input: { allowVideoInChat: true } });
    const em = server.orm.em.fork();
    const org = await em.findOneOrFail(Organisation, orgs.a.org.id);
    org.video = { ...org.video, allowVideoInChat: false };
    await em.flush();
    try {
      expect((await staff.fails('FORBIDDEN', START, { input: { streamId: id } })).extensions?.reason).toBe(
        'VIDEO_IN_CHAT_DISABLED',
      );
    } finally {
      org.video = { ...org.video, allowVideoInChat: true };
      await em.flush();
    }
    expect(await seqOf(id)).toBe(0);
  });

  it('uses the counsellor’s external video URL, and requires one on an EXTERNAL provider', async () => {
    const { c, staff, id } = await setup();
    const em = server.orm.em.fork();
    const org = await em.findOneOrFail(Organisation, orgs.a.org.id);
    org.video = { ...org.video, provider: VideoProvider.EXTERNAL };
    await em.flush();
    try {
      expect((await staff.fails('CONFLICT', START, { input: { streamId: id } })).extensions?.reason).toBe(
        'NO_EXTERNAL_VIDEO_URL',
      );
      em.create(CounsellorChannel, {
        organisation: orgs.a.org.id,
        counsellor: c.id,
        channel: AppointmentChannel.VIDEO,
        externalUrl: 'https://video.example.com/raum-7',
      } as never);
      await em.flush();
      const { message, ownUrl } = (await staff.ok(START, { input: { streamId: id } })).startVideoChat;
      expect(message.link).toBe('https://video.example.com/raum-7');
      expect(ownUrl).toBeNull();
    } finally {
      org.video = { ...org.video, provider: VideoProvider.PLATFORM };
      await em.flush();
    }
  });

  it('rejects bad input, requires authentication and cannot see another organisation', async () => {
    const { staff, id } = await setup();
    await staff.fails('BAD_USER_INPUT', START, { input: { streamId: 'x' } });
    await server.client().fails('UNAUTHENTICATED', START, { input: { streamId: id } });
    const other = await loginAs(server, orgs.b.counsellor);
    await other.ok(SETTINGS, { input: { allowVideoInChat: true } });
    await other.fails('NOT_FOUND', START, { input: { streamId: id } });
    expect(await seqOf(id)).toBe(0);
  });
});

describe('updateChatSettings', () => {
  it('changes only my own settings; staff only; bad input changes nothing', async () => {
    const c = await buildCounsellor(server, orgs.a.org);
    const api = await loginAs(server, c);
    expect((await api.ok(SETTINGS, { input: { allowVideoInChat: true } })).updateChatSettings).toEqual({
      id: c.id,
      allowVideoInChat: true,
    });
    await api.fails('BAD_USER_INPUT', SETTINGS, { input: { allowVideoInChat: 'yes' } });
    await api.fails('BAD_USER_INPUT', SETTINGS, { input: {} });
    await (await loginAs(server, orgs.a.client)).fails('FORBIDDEN', SETTINGS, { input: { allowVideoInChat: true } });
    await server.client().fails('UNAUTHENTICATED', SETTINGS, { input: { allowVideoInChat: true } });
    expect((await server.orm.em.fork().findOneOrFail(Counsellor, c.id)).allowVideoInChat).toBe(true);
  });
});
