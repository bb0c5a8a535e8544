import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildClient, buildTwoOrganisations, uniq } from '../../../../tests/support/builders.js';
import { startSmtp, type TestSmtp } from '../../../../tests/support/smtp.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { apiAs } from '../staff/staff.test-support.js';
import { AccountStatus } from '../identity/account.entity.js';
import { Client } from '../client/client.entity.js';
import { DirectMessage } from './client-records.entities.js';
import { purgeClientRecords } from './purge.js';

const DELIVERY = `query($id: ID!) { directMessageDelivery(clientId: $id) }`;
const SEND = `mutation($input: SendDirectMessageInput!) { sendDirectMessage(input: $input) {
  id clientId clientPseudonym subject body delivery sender { id } readAt mailStatus } }`;
const SENT = `query($filter: DirectMessageFilter, $page: PageInput) { directMessages(filter: $filter, page: $page) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id clientId subject delivery readAt mailStatus } } } }`;
const INBOX = `query($page: PageInput) { myInbox(page: $page) { totalCount edges { node { id from subject body readAt } } } myInboxUnread }`;
const READ = `mutation($input: ClientRecordIdInput!) { markInboxMessageRead(input: $input) { id readAt } }`;

let server: TestServer;
let smtp: TestSmtp;
let orgs: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let admin: GraphQLClient;
let counsellor: GraphQLClient;
let otherAdmin: GraphQLClient;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url });
  orgs = await buildTwoOrganisations(server);
  admin = await apiAs(server, orgs.a.admin);
  counsellor = await apiAs(server, orgs.a.counsellor);
  otherAdmin = await apiAs(server, orgs.b.admin);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const message = (clientId: string, subject = 'Terminänderung') => ({
  input: { clientId, subject, body: 'Die Beratungsstelle ist am 24. Dezember geschlossen.' },
});
const messageCount = () => server.orm.em.fork().count(DirectMessage, {});

describe('direct messages', () => {
  it('reach a client with an email address by mail, as announced before sending', async () => {
    const email = `${uniq('m')}@example.org`;
    const target = await buildClient(server, orgs.a.org, { email });
    expect((await admin.ok(DELIVERY, { id: target.id })).directMessageDelivery).toBe('MAIL');

    const sent = (await admin.ok(SEND, message(target.id))).sendDirectMessage;
    expect(sent).toMatchObject({
      clientId: target.id,
      clientPseudonym: target.pseudonym,
      delivery: 'MAIL',
      sender: { id: orgs.a.admin.id },
      mailStatus: 'SENT',
    });
    const mail = await smtp.waitFor(email);
    expect(mail.subject).toBe(`Terminänderung – ${orgs.a.org.name}`);
    expect(mail.text).toContain('Die Beratungsstelle ist am 24. Dezember geschlossen.');
    // Mail messages do not wait in the in-app inbox as well.
    const inbox = (await (await apiAs(server, target)).ok(INBOX)).myInbox;
    expect(inbox.totalCount).toBe(0);
  });

  it('wait in the in-app inbox of a client without an email address, until read', async () => {
    const target = await buildClient(server, orgs.a.org);
    const api = await apiAs(server, target);
    expect((await admin.ok(DELIVERY, { id: target.id })).directMessageDelivery).toBe('INBOX');
    const mailsBefore = smtp.mails.length;
    const sent = (await admin.ok(SEND, message(target.id))).sendDirectMessage;
    expect(sent).toMatchObject({ delivery: 'INBOX', mailStatus: null, readAt: null });
    expect(smtp.mails.length).toBe(mailsBefore);

    const before = await api.ok(INBOX);
    expect(before.myInboxUnread).toBe(1);
    expect(before.myInbox.edges[0].node).toMatchObject({
      id: sent.id,
      from: orgs.a.org.name,
      subject: 'Terminänderung',
      readAt: null,
    });
    const read = (await api.ok(READ, { input: { id: sent.id } })).markInboxMessageRead;
    expect(read.readAt).not.toBeNull();
    // Reading again keeps the first time.
    expect((await api.ok(READ, { input: { id: sent.id } })).markInboxMessageRead.readAt).toBe(read.readAt);
    expect((await api.ok(INBOX)).myInboxUnread).toBe(0);
    const listed = (await admin.ok(SENT, { filter: { clientId: target.id } })).directMessages;
    expect(listed.edges[0].node.readAt).toBe(read.readAt);
  });

  it('are listed for admins newest first, for the organisation or one client', async () => {
    const target = await buildClient(server, orgs.a.org);
    for (const subject of ['Erste', 'Zweite', 'Dritte']) await admin.ok(SEND, message(target.id, subject));
    const one = (await admin.ok(SENT, { filter: { clientId: target.id }, page: { first: 2 } })).directMessages;
    expect(one.totalCount).toBe(3);
    expect(one.edges.map((e: any) => e.node.subject)).toEqual(['Dritte', 'Zweite']);
    const rest = (await admin.ok(SENT, { filter: { clientId: target.id }, page: { after: one.pageInfo.endCursor } }))
      .directMessages;
    expect(rest.edges.map((e: any) => e.node.subject)).toEqual(['Erste']);
    const all = (await admin.ok(SENT)).directMessages;
    expect(all.totalCount).toBeGreaterThanOrEqual(3);
    expect(all.edges[0].node.subject).toBe('Dritte');
  });

  it('are sent and listed by admins only; other clients cannot read or mark them', async () => {
    const target = await buildClient(server, orgs.a.org);
    const sent = (await admin.ok(SEND, message(target.id))).sendDirectMessage;
    const count = await messageCount();
    await server.client().fails('UNAUTHENTICATED', SEND, message(target.id));
    await server.client().fails('UNAUTHENTICATED', INBOX);
    await counsellor.fails('FORBIDDEN', SEND, message(target.id));
    await counsellor.fails('FORBIDDEN', SENT);
    await counsellor.fails('FORBIDDEN', DELIVERY, { id: target.id });
    await admin.fails('FORBIDDEN', INBOX);
    const someoneElse = await apiAs(server, await buildClient(server, orgs.a.org));
    await someoneElse.fails('NOT_FOUND', READ, { input: { id: sent.id } });
    expect((await someoneElse.ok(INBOX)).myInbox.totalCount).toBe(0);
    expect(await messageCount()).toBe(count);
  });

  it('cannot be sent to, or listed for, another organisation’s client', async () => {
    const target = await buildClient(server, orgs.a.org);
    await admin.ok(SEND, message(target.id));
    const count = await messageCount();
    await otherAdmin.fails('NOT_FOUND', SEND, message(target.id));
    await otherAdmin.fails('NOT_FOUND', DELIVERY, { id: target.id });
    await otherAdmin.fails('NOT_FOUND', SENT, { filter: { clientId: target.id } });
    const theirs = (await otherAdmin.ok(SENT)).directMessages.edges.map((e: any) => e.node.clientId);
    expect(theirs).not.toContain(target.id);
    expect(await messageCount()).toBe(count);
  });

  it('refuse bad input and clients pending deletion, changing nothing', async () => {
    const target = await buildClient(server, orgs.a.org);
    const count = await messageCount();
    await admin.fails('BAD_USER_INPUT', SEND, { input: { clientId: target.id, subject: ' ', body: 'x' } });
    await admin.fails('BAD_USER_INPUT', SEND, { input: { clientId: target.id, subject: 'x'.repeat(201), body: 'x' } });
    await admin.fails('BAD_USER_INPUT', SEND, { input: { clientId: target.id, subject: 'x', body: '' } });
    await admin.fails('BAD_USER_INPUT', SEND, { input: { clientId: 'nope', subject: 'x', body: 'y' } });
    await admin.fails('BAD_USER_INPUT', SENT, { page: { after: 'forged' } });
    await server.orm.em.fork().nativeUpdate(Client, { id: target.id }, { status: AccountStatus.DELETION_PENDING });
    const err = await admin.fails('CONFLICT', SEND, message(target.id));
    expect(err.extensions?.reason).toBe('CLIENT_DELETION_PENDING');
    expect(await messageCount()).toBe(count);
  });
});

describe('purgeClientRecords', () => {
  it('removes one client’s notes, documents and messages and counts them, nothing else', async () => {
    const target = await buildClient(server, orgs.a.org);
    const bystander = await buildClient(server, orgs.a.org);
    for (const c of [target, bystander]) {
      await admin.ok(SEND, message(c.id));
      await admin.ok(`mutation($input: AddClientNoteInput!) { addClientNote(input: $input) { id } }`, {
        input: { clientId: c.id, body: 'Notiz' },
      });
      const res = await fetch(`${server.url}/api/clients/${c.id}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin.token}`, 'x-filename': 'a.pdf' },
        body: new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n')),
      });
      expect(res.status).toBe(201);
    }
    const em = server.orm.em.fork();
    const removed = await em.transactional((tx) => purgeClientRecords(tx, orgs.a.org.id, target.id));
    expect(removed).toEqual({ clientNotes: 1, clientDocuments: 1, directMessages: 1 });
    const left = await em.transactional((tx) => purgeClientRecords(tx, orgs.a.org.id, target.id));
    expect(left).toEqual({ clientNotes: 0, clientDocuments: 0, directMessages: 0 });
    // Another organisation's id purges nothing of this one.
    expect(await em.transactional((tx) => purgeClientRecords(tx, orgs.b.org.id, bystander.id))).toEqual({
      clientNotes: 0,
      clientDocuments: 0,
      directMessages: 0,
    });
    expect(await em.fork().count(DirectMessage, { client: bystander.id })).toBe(1);
  });
});
