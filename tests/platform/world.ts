/**
 * The data the authorization matrix and the fuzz test point their ids at: organisation A with an
 * admin, a counsellor and a client and, built on first use, one of each thing an operation can name
 * (topic, service, appointment, group, absence, chat stream, group chat, document, mail request,
 * reservation, booking); organisation B with its own staff. Setup goes through the API as A's staff
 * and client would do it, with sessions issued directly (no login throttle).
 *
 * Callers are data: one entry of `CALLERS` each, a name and how to get its session in a world.
 * Adding one (say a platform operator) is one entry here and regenerating the matrix.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestServer } from '../support/server.js';
import { GraphQLClient } from '../support/gql.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOperator,
  buildOrganisation,
  uniq,
} from '../support/builders.js';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import type { Counsellor } from '../../api/src/modules/staff/counsellor.entity.js';
import type { Client } from '../../api/src/modules/client/client.entity.js';
import { Account } from '../../api/src/modules/identity/account.entity.js';
import { SessionService } from '../../api/src/modules/identity/session.service.js';
import { OperatorSessionService } from '../../api/src/modules/platform-operator/operator-session.service.js';
import { PlatformOperator } from '../../api/src/modules/platform-operator/platform-operator.entity.js';
import { at, dayFromToday, offer, RESERVE, CONFIRM } from '../../api/src/modules/appointments/test-support.js';
import { tinyPng } from '../../api/src/modules/files/png.fixture.js';

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export interface Caller {
  name: string;
  /** What the matrix's column says about this caller. */
  description: string;
  /** The caller's session in this world; undefined for no token. */
  session(world: World): Promise<Session | undefined>;
}

export const CALLERS: Caller[] = [
  { name: 'anonymous', description: 'no token', session: async () => undefined },
  { name: 'client', description: 'client of A', session: (w) => w.sessionOf(w.a.client) },
  { name: 'counsellor', description: 'counsellor of A', session: (w) => w.sessionOf(w.a.counsellor) },
  { name: 'admin', description: 'admin of A', session: (w) => w.sessionOf(w.a.admin) },
  { name: 'other-org-staff', description: 'admin of B, with A’s ids', session: (w) => w.sessionOf(w.b.admin) },
  { name: 'operator', description: 'platform operator (of no organisation)', session: (w) => w.operatorSession() },
];

/** Distinct days ahead (Berlin) for the fixtures that take time, so that none is in another's way. */
const DAY = { slots: 2, appointment: 3, group: 4, absence: 5, free: 6 };
export const fixtureDay = (key: keyof typeof DAY) => dayFromToday(DAY[key]);

export class World {
  private readonly memo = new Map<string, Promise<unknown>>();
  private constructor(
    readonly server: TestServer,
    readonly a: { org: Organisation; admin: Counsellor; counsellor: Counsellor; client: Client },
    readonly b: { org: Organisation; admin: Counsellor; counsellor: Counsellor; client: Client },
  ) {}

  static async build(server: TestServer): Promise<World> {
    const make = async () => {
      const org = await buildOrganisation(server);
      const [admin, counsellor, client] = await Promise.all([
        buildAdmin(server, org),
        buildCounsellor(server, org),
        buildClient(server, org, { email: `${uniq('c')}@example.org` } as never),
      ]);
      return { org, admin, counsellor, client };
    };
    const [a, b] = await Promise.all([make(), make()]);
    return new World(server, a, b);
  }

  /** A session of an account, as a login would issue it (one per account and world). */
  sessionOf(account: { id: string }): Promise<Session> {
    return this.once(`session:${account.id}`, () => this.newSession(account));
  }

  async newSession(account: { id: string }): Promise<Session> {
    const em = this.server.orm.em.fork() as EntityManager;
    const acc = await em.findOneOrFail(Account, account.id);
    const s = await new SessionService(this.server.app).issue(em, acc, randomUUID());
    return { accessToken: s.accessToken, refreshToken: s.refreshToken };
  }

  /** A platform operator's session, as `operatorLogin` would issue it (one per world). */
  operatorSession(): Promise<Session> {
    return this.once('session:operator', async () => {
      const em = this.server.orm.em.fork() as EntityManager;
      const operator = await buildOperator(this.server);
      const s = await new OperatorSessionService(this.server.app).issue(
        em,
        await em.findOneOrFail(PlatformOperator, operator.id),
        randomUUID(),
      );
      return { accessToken: s.accessToken, refreshToken: s.refreshToken };
    });
  }

  /** A's public key as stored now (`regeneratePublicKey` replaces it). */
  async publicKey(): Promise<string> {
    const em = this.server.orm.em.fork() as EntityManager;
    return (await em.findOneOrFail(Organisation, this.a.org.id)).publicKey;
  }

  /** Builds every fixture of A; their ids (for another world: ids of another organisation). */
  async allIds(): Promise<string[]> {
    const r = await Promise.all([this.reservation(), this.booking()]);
    const ids = await Promise.all([
      this.topic(),
      this.service(),
      this.appointment(),
      this.groupAppointment(),
      this.absence(),
      this.stream(),
      this.groupChat(),
      this.clientGroup(),
      this.textTemplate(),
      this.webhookEndpoint(),
      this.document(),
      this.mailRequest(),
      this.colleague(),
    ]);
    return [this.a.org.id, this.a.admin.id, this.a.counsellor.id, this.a.client.id, r[0].id, r[1].id, ...ids];
  }

  /** A further session of A's client, only for `refreshSession` (refreshing spends it). */
  spareRefreshToken(): Promise<string> {
    return this.once('spare', async () => {
      const em = this.server.orm.em.fork() as EntityManager;
      const acc = await em.findOneOrFail(Account, this.a.client.id);
      return (await new SessionService(this.server.app).issue(em, acc, randomUUID())).refreshToken;
    });
  }

  async api(account: { id: string }): Promise<GraphQLClient> {
    return this.server.client((await this.sessionOf(account)).accessToken);
  }

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as Promise<T>;
  }

  /** A second client of A (to give the appointment to). */
  otherClient = () =>
    this.once(
      'otherClient',
      async () => (await buildClient(this.server, this.a.org, { email: `${uniq('c')}@example.org` } as never)).id,
    );

  /** A second counsellor of A (to add to a group chat). */
  colleague = () => this.once('colleague', async () => (await buildCounsellor(this.server, this.a.org)).id);

  topic = () =>
    this.once('topic', async () => {
      const r = await (
        await this.api(this.a.admin)
      ).ok(`mutation($input: CreateTopicInput!) { createTopic(input: $input) { id } }`, {
        input: { name: uniq('Thema ') },
      });
      return r.createTopic.id as string;
    });

  /** A service the counsellor offers every day from 09:00 to 12:00 (slots at 9, 10 and 11). */
  service = () => this.once('service', async () => offer(await this.api(this.a.admin), this.a.counsellor.id));

  /** A hold on the 09:00 slot. */
  reservation = () => this.once('reservation', async () => this.reserve(at(fixtureDay('slots'), 9)));

  /** A confirmed booking of the 10:00 slot by A's client; its cancel token. */
  booking = () =>
    this.once('booking', async () => {
      const r = await this.reserve(at(fixtureDay('slots'), 10));
      const api = await this.api(this.a.client);
      const c = await api.ok(CONFIRM, { input: { reservationId: r.id, holdToken: r.holdToken, consent: true } });
      return { id: c.confirmBooking.id as string, cancelToken: c.confirmBooking.cancelToken as string };
    });

  private async reserve(start: Date): Promise<{ id: string; holdToken: string }> {
    const serviceId = await this.service();
    const r = await this.server.client().ok(RESERVE, {
      input: {
        organisationKey: this.a.org.publicKey,
        serviceId,
        counsellorId: this.a.counsellor.id,
        start: start.toISOString(),
      },
    });
    if (r.reserveSlot.__typename !== 'Reservation') throw new Error(`Fixture slot taken: ${JSON.stringify(r)}`);
    return r.reserveSlot;
  }

  /** A single appointment of A's counsellor with A's client. */
  appointment = () =>
    this.once('appointment', async () => {
      const api = await this.api(this.a.counsellor);
      const r = await api.ok(
        `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { __typename ... on Appointment { id } } }`,
        {
          input: {
            counsellorId: this.a.counsellor.id,
            clientId: this.a.client.id,
            serviceId: await this.service(),
            start: at(fixtureDay('appointment'), 10).toISOString(),
          },
        },
      );
      return r.createAppointment.id as string;
    });

  groupAppointment = () =>
    this.once('group', async () => {
      const api = await this.api(this.a.admin);
      const r = await api.ok(
        `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) { __typename ... on Appointment { id } } }`,
        {
          input: {
            counsellorId: this.a.counsellor.id,
            title: 'Elterngruppe',
            date: fixtureDay('group'),
            from: '14:00',
            to: '15:30',
            channel: 'VIDEO',
            maxParticipants: 5,
            bookableByClients: true,
          },
        },
      );
      return r.createGroupAppointment.id as string;
    });

  absence = () =>
    this.once('absence', async () => {
      const api = await this.api(this.a.counsellor);
      const r = await api.ok(`mutation($input: CreateAbsenceInput!) { createAbsence(input: $input) { id } }`, {
        input: {
          counsellorId: this.a.counsellor.id,
          start: at(fixtureDay('absence'), 8).toISOString(),
          end: at(fixtureDay('absence'), 18).toISOString(),
        },
      });
      return r.createAbsence.id as string;
    });

  /** The direct stream of A's counsellor and client, with one message. */
  stream = () =>
    this.once('stream', async () => {
      const api = await this.api(this.a.counsellor);
      const r = await api.ok(`mutation($input: OpenChatStreamInput!) { openChatStream(input: $input) { id } }`, {
        input: { clientId: this.a.client.id },
      });
      const id = r.openChatStream.id as string;
      await api.ok(`mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`, {
        input: { streamId: id, body: 'Guten Tag' },
      });
      return id;
    });

  /** A group chat created by A's admin with A's counsellor as member. */
  groupChat = () =>
    this.once('groupChat', async () => {
      const api = await this.api(this.a.admin);
      const r = await api.ok(`mutation($input: CreateGroupChatInput!) { createGroupChat(input: $input) { id } }`, {
        input: { name: uniq('Team '), memberIds: [this.a.counsellor.id] },
      });
      return r.createGroupChat.id as string;
    });

  /** A client group created by A's admin with A's client as member. */
  clientGroup = () =>
    this.once('clientGroup', async () => {
      const api = await this.api(this.a.admin);
      const r = await api.ok(`mutation($input: CreateClientGroupInput!) { createClientGroup(input: $input) { id } }`, {
        input: { name: uniq('Gruppe '), description: 'Dienstags', clientIds: [this.a.client.id] },
      });
      return r.createClientGroup.id as string;
    });

  /** An organisation-wide text template of A, written by A's admin (counsellors use it, cannot change it). */
  textTemplate = () =>
    this.once('textTemplate', async () => {
      const api = await this.api(this.a.admin);
      const r = await api.ok(
        `mutation($input: CreateTextTemplateInput!) { createTextTemplate(input: $input) { id } }`,
        {
          input: { scope: 'ORGANISATION', title: 'Begrüßung', body: 'Guten Tag {{pseudonym}},' },
        },
      );
      return r.createTextTemplate.id as string;
    });

  /** A webhook endpoint of A, registered by A's admin. */
  webhookEndpoint = () =>
    this.once('webhookEndpoint', async () => {
      const api = await this.api(this.a.admin);
      const r = await api.ok(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`,
        { input: { url: 'https://127.0.0.1:9/lotse', events: ['BOOKING_CREATED'] } },
      );
      return r.createWebhookEndpoint.endpoint.id as string;
    });

  /** A document the counsellor sent into the direct stream. */
  document = () =>
    this.once('document', async () => {
      const streamId = await this.stream();
      const { accessToken } = await this.sessionOf(this.a.counsellor);
      const res = await fetch(`${this.server.url}/api/chat/streams/${streamId}/documents`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${accessToken}`,
          'x-filename': 'bild.png',
          'content-type': 'application/octet-stream',
        },
        body: new Uint8Array(tinyPng()),
      });
      const body = (await res.json()) as { document?: { id: string }; id?: string };
      const id = body.document?.id ?? body.id;
      if (res.status !== 201 || !id) throw new Error(`Fixture upload failed: ${res.status} ${JSON.stringify(body)}`);
      return id;
    });

  /** A mail request of A's client, assigned to A's counsellor, with a draft. */
  mailRequest = () =>
    this.once('mailRequest', async () => {
      const client = await this.api(this.a.client);
      const r = await client.ok(`mutation($input: SendMailRequestInput!) { sendMailRequest(input: $input) { id } }`, {
        input: { subject: 'Hilfe', message: 'Ich schlafe schlecht.' },
      });
      const id = r.sendMailRequest.id as string;
      await (
        await this.api(this.a.admin)
      ).ok(`mutation($input: AssignMailRequestInput!) { assignMailRequest(input: $input) { id } }`, {
        input: { requestId: id, counsellorId: this.a.counsellor.id },
      });
      await (
        await this.api(this.a.counsellor)
      ).ok(`mutation($input: SaveMailDraftInput!) { saveMailDraft(input: $input) { savedAt } }`, {
        input: { requestId: id, body: 'Entwurf' },
      });
      return id;
    });
}
