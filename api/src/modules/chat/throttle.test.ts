/**
 * Chat flooding: messages and typing notices are limited per account and minute
 * (CHAT_MESSAGE_LIMIT, CHAT_TYPING_LIMIT); past the limit the answer is RATE_LIMITED and nothing is
 * stored or announced. Another account is not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import { ChatStream } from './chat-stream.entity.js';
import { openStream, send, SEND } from './chat.test-support.js';

const TYPING = `mutation($input: SetChatTypingInput!) { setChatTyping(input: $input) }`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ chatMessageLimit: 3, chatTypingLimit: 2 });
});
afterAll(() => server?.close());

describe('chat throttling', () => {
  it('refuses the message past the per-minute limit with RATE_LIMITED and stores nothing', async () => {
    const orgs = await buildTwoOrganisations(server);
    const staff = await loginAs(server, orgs.a.counsellor);
    const client = await loginAs(server, orgs.a.client);
    const streamId = (await openStream(staff, { clientId: orgs.a.client.id })).id;
    for (const body of ['eins', 'zwei', 'drei']) await send(staff, streamId, body);
    await staff.fails('RATE_LIMITED', SEND, { input: { streamId, body: 'vier' } });
    expect((await server.orm.em.fork().findOneOrFail(ChatStream, streamId)).lastSeq).toBe(3);
    // The other side of the conversation has its own budget.
    expect((await send(client, streamId, 'Antwort')).seq).toBe(4);
  });

  it('refuses typing notices past their limit', async () => {
    const orgs = await buildTwoOrganisations(server);
    const staff = await loginAs(server, orgs.a.counsellor);
    const streamId = (await openStream(staff, { clientId: orgs.a.client.id })).id;
    await staff.ok(TYPING, { input: { streamId, typing: true } });
    await staff.ok(TYPING, { input: { streamId, typing: false } });
    await staff.fails('RATE_LIMITED', TYPING, { input: { streamId, typing: true } });
  });
});
