import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../tests/support/server.js';
import { buildTwoOrganisations, loginAs } from '../../../../tests/support/builders.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';

const OUTBOX = `query($page: PageInput) { outboxMails(page: $page) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id to subject text status createdAt sentAt } } } }`;

let server: TestServer;
let world: Awaited<ReturnType<typeof buildTwoOrganisations>>;
let adminA: GraphQLClient;
let adminB: GraphQLClient;

beforeAll(async () => {
  // No SMTP_URL: mails stay queued in the outbox.
  server = await startTestServer();
  world = await buildTwoOrganisations(server);
  [adminA, adminB] = await Promise.all([loginAs(server, world.a.admin), loginAs(server, world.b.admin)]);
});
afterAll(() => server?.close());

describe('outboxMails', () => {
  it('requires authentication', async () => {
    await server.client().fails('UNAUTHENTICATED', OUTBOX);
  });

  it('is for admins: counsellors and clients get FORBIDDEN', async () => {
    await (await loginAs(server, world.a.counsellor)).fails('FORBIDDEN', OUTBOX);
    await (await loginAs(server, world.a.client)).fails('FORBIDDEN', OUTBOX);
  });

  it('shows a mail queued by the system to its organisation’s admins only', async () => {
    const mail = await server.app.mail.send({
      organisationId: world.a.org.id,
      to: 'ratsuchende@example.org',
      subject: 'Ihre Anfrage',
      text: 'Hallo, Ihre Anfrage ist eingegangen.',
    });
    await server.app.mail.send({ organisationId: null, to: 'operator@example.org', subject: 'Operator', text: 'x' });

    const a = (await adminA.ok(OUTBOX)).outboxMails;
    expect(a.edges[0].node).toEqual({
      id: mail.id,
      to: 'ratsuchende@example.org',
      subject: 'Ihre Anfrage',
      text: 'Hallo, Ihre Anfrage ist eingegangen.',
      status: 'QUEUED',
      createdAt: expect.any(String),
      sentAt: null,
    });
    const b = (await adminB.ok(OUTBOX)).outboxMails;
    const idsB = b.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(idsB).not.toContain(mail.id);
    // Operator mails belong to no organisation and show up nowhere.
    const subjects = [...a.edges, ...b.edges].map((e: { node: { subject: string } }) => e.node.subject);
    expect(subjects).not.toContain('Operator');
  });

  it('shows links redacted and, without SMTP to deliver them, keeps their secrets nowhere', async () => {
    const secret = 'einmal-token-abcdefghijklmnopqrstuvwxyz';
    const mail = await server.app.mail.send({
      organisationId: world.a.org.id,
      to: 'kollegin@example.org',
      subject: 'Einladung',
      text: `Passwort festlegen: http://lotse.test/set-password?token=${secret}&lang=de`,
      secrets: [secret],
    });
    const a = (await adminA.ok(OUTBOX, { page: { first: 50 } })).outboxMails;
    const shown = a.edges.find((e: { node: { id: string } }) => e.node.id === mail.id).node;
    expect(shown.text).toBe('Passwort festlegen: http://lotse.test/set-password?token=[redacted]&lang=de');
    const row = await server.orm.em.getConnection().execute(`select * from "outbox_mail" where "id" = ?`, [mail.id]);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('pages newest first with cursors, with a total over all pages', async () => {
    const org = (await buildTwoOrganisations(server)).a;
    const admin = await loginAs(server, org.admin);
    for (let i = 0; i < 5; i++) {
      await server.app.mail.send({
        organisationId: org.org.id,
        to: `p${i}@example.org`,
        subject: `Mail ${i}`,
        text: 't',
      });
      // Distinct creation instants, so "newest first" has one right answer.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await admin.ok(OUTBOX, { page: { first: 2, after } })).outboxMails;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: { node: { subject: string } }) => e.node.subject));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Mail 4', 'Mail 3', 'Mail 2', 'Mail 1', 'Mail 0']);
  });

  it('rejects bad page input', async () => {
    for (const page of [{ first: 0 }, { first: 101 }, { after: 'not-a-cursor' }]) {
      await adminA.fails('BAD_USER_INPUT', OUTBOX, { page });
    }
    // A well-formed but forged cursor does not reach the database.
    const forged = Buffer.from(JSON.stringify(['yesterday', "x' or 1=1"])).toString('base64url');
    await adminA.fails('BAD_USER_INPUT', OUTBOX, { page: { after: forged } });
    await adminA.fails('BAD_USER_INPUT', OUTBOX, { page: { first: 'ten' } });
  });
});
