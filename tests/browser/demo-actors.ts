/**
 * What demo clients and staff do through the real API while a browser test watches the dashboard:
 * a new client's mail request, a client's reply, a chat message from "sonnenblume", a booking with
 * Anna, the demo admin assigning a request. Each goes through the same public operations as the
 * widgets and the dashboard.
 */
import { expect } from 'vitest';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import type { TestServer } from '../support/server.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

const random = (n: number) =>
  Math.random()
    .toString(36)
    .slice(2, 2 + n);

/** `server`: the test's server, read at each call (it starts in `beforeAll`). */
export function demoActors(server: () => TestServer) {
  /** An access token of a demo account (staff, or a client with `organisationKey`). */
  async function tokenOf(login: string, organisationKey?: string): Promise<string> {
    const { login: session } = await server()
      .client()
      .ok<{ login: { accessToken: string } }>(LOGIN, { input: { login, password: DEMO_PASSWORD, organisationKey } });
    return session.accessToken;
  }

  async function counsellorId(loginName: string): Promise<string> {
    const { counsellors } = await server()
      .client(await tokenOf('demo.admin'))
      .ok<{ counsellors: { edges: { node: { id: string; loginName: string } }[] } }>(
        `{ counsellors(page: { first: 50 }) { edges { node { id loginName } } } }`,
      );
    return counsellors.edges.find((e) => e.node.loginName === loginName)!.node.id;
  }

  /** A new client writes to a counsellor (as the mail form does); the request and the client's token. */
  async function newRequest(
    counsellorLogin: string,
    subject: string,
    message: string,
  ): Promise<{ id: string; clientToken: string }> {
    const { sendMailRequestAsNewClient } = await server()
      .client()
      .ok<{
        sendMailRequestAsNewClient: { request: { id: string }; session: { accessToken: string } };
      }>(
        `mutation($input: SendMailRequestAsNewClientInput!) {
        sendMailRequestAsNewClient(input: $input) { request { id } session { accessToken } }
      }`,
        {
          input: {
            organisationKey: DEMO_PUBLIC_KEY,
            pseudonym: `e2e_${random(7)}`,
            password: `Nordlicht-${random(6)}-Kompass!4`,
            subject,
            message,
            counsellorId: await counsellorId(counsellorLogin),
            privacyNoticeAccepted: true,
            requestData: [{ key: 'ageGroup', value: '18–26' }],
          },
        },
      );
    return { id: sendMailRequestAsNewClient.request.id, clientToken: sendMailRequestAsNewClient.session.accessToken };
  }

  /** The client writes again to their request (as the mail widget does). */
  async function clientReplies(request: { id: string; clientToken: string }, message: string): Promise<void> {
    await server()
      .client(request.clientToken)
      .ok(`mutation($input: ReplyToMailRequestInput!) { replyToMailRequest(input: $input) { id } }`, {
        input: { requestId: request.id, message },
      });
  }

  /** The demo client "sonnenblume" writes in her conversation with Anna, as her widget does. */
  async function chatFromSonnenblume(body: string): Promise<void> {
    const api = server().client(await tokenOf('sonnenblume', DEMO_PUBLIC_KEY));
    const { openChatStream } = await api.ok<{ openChatStream: { id: string } }>(
      `mutation($input: OpenChatStreamInput!) { openChatStream(input: $input) { id } }`,
      { input: { counsellorId: await counsellorId('anna.berger') } },
    );
    await api.ok(`mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id } }`, {
      input: { streamId: openChatStream.id, body },
    });
  }

  /** Anonymous booking of Anna's last free phone-counselling slot in the next four weeks. */
  async function bookWithAnna(): Promise<void> {
    const api = server().client();
    const catalog = await api.ok<{
      bookableServices: { id: string; name: string }[];
      bookableCounsellors: { id: string; displayName: string }[];
    }>(
      `query($key: String!) { bookableServices(organisationKey: $key) { id name } bookableCounsellors(organisationKey: $key) { id displayName } }`,
      { key: DEMO_PUBLIC_KEY },
    );
    const serviceId = catalog.bookableServices.find((s) => s.name === 'Telefonberatung')!.id;
    const anna = catalog.bookableCounsellors.find((c) => c.displayName === 'Anna')!.id;
    const from = new Date();
    const slots = await api.ok<{ freeSlots: { starts: string[] }[] }>(
      `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $s: ID, $c: ID) {
        freeSlots(organisationKey: $key, from: $from, to: $to, serviceId: $s, counsellorId: $c) { starts } }`,
      {
        key: DEMO_PUBLIC_KEY,
        from: from.toISOString(),
        to: new Date(from.getTime() + 28 * 86_400_000).toISOString(),
        s: serviceId,
        c: anna,
      },
    );
    const start = slots.freeSlots.flatMap((g) => g.starts).at(-1)!;
    const hold = await api.ok<{ reserveSlot: { id: string; holdToken: string } }>(
      `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { ... on Reservation { id holdToken } } }`,
      { input: { organisationKey: DEMO_PUBLIC_KEY, serviceId, counsellorId: anna, start } },
    );
    const { confirmBooking } = await api.ok<{ confirmBooking: { __typename: string } }>(
      `mutation($input: ConfirmBookingInput!) { confirmBooking(input: $input) { __typename } }`,
      {
        input: {
          reservationId: hold.reserveSlot.id,
          holdToken: hold.reserveSlot.holdToken,
          pseudonym: `e2e_${random(7)}`,
          consent: true,
        },
      },
    );
    expect(confirmBooking.__typename).toBe('Booking');
  }

  /** The demo admin makes a counsellor responsible for a request (as the mail screen's "assign" does). */
  async function assignRequest(requestId: string, counsellorLogin: string): Promise<void> {
    await server()
      .client(await tokenOf('demo.admin'))
      .ok(`mutation($input: AssignMailRequestInput!) { assignMailRequest(input: $input) { id } }`, {
        input: { requestId, counsellorId: await counsellorId(counsellorLogin) },
      });
  }

  return { tokenOf, counsellorId, newRequest, clientReplies, chatFromSonnenblume, bookWithAnna, assignRequest };
}
