/**
 * Shared pieces of this module's integration tests: GraphQL documents, logging in without the
 * login throttle, and reading rows straight from the database (what a test asserts afterwards).
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestServer } from '../../../../tests/support/server.js';
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { Account } from '../identity/account.entity.js';
import { SessionService } from '../identity/session.service.js';
import { MailDraft } from './mail-draft.entity.js';
import { MailRequestMessage } from './mail-message.entity.js';
import { MailRequest } from './mail-request.entity.js';

export const em = (server: TestServer) => server.orm.em.fork() as EntityManager;

/**
 * A client for the API with a real session of `account`, issued directly: many logins from one IP
 * in a test file would otherwise hit the login throttle, which is not what these tests check.
 */
export async function apiAs(server: TestServer, account: { id: string }): Promise<GraphQLClient> {
  const e = em(server);
  const acc = await e.findOneOrFail(Account, account.id);
  const session = await new SessionService(server.app).issue(e, acc, randomUUID());
  return server.client(session.accessToken);
}

export const CLIENT_VIEW = `id subject status counsellorName createdAt lastMessageAt
  messages { seq fromClient counsellorName body }`;

export const STAFF_VIEW = `id subject status routedBy overdue dueAt waitingSince lastMessageAt closedAt canTakeOver
  client { id pseudonym clientNumber } counsellor { id } chosenCounsellor { id } releasedBy { id }
  topic { id name } requestData { key value }
  messages { seq authorKind body counsellor { id } }
  draft { body savedAt author { id } }`;

export const SEND_AS_NEW = `mutation($input: SendMailRequestAsNewClientInput!) {
  sendMailRequestAsNewClient(input: $input) {
    request { ${CLIENT_VIEW} }
    session { accessToken refreshToken me { id kind client { pseudonym clientNumber } } }
  }
}`;
export const SEND = `mutation($input: SendMailRequestInput!) { sendMailRequest(input: $input) { ${CLIENT_VIEW} } }`;
export const REPLY = `mutation($input: ReplyToMailRequestInput!) { replyToMailRequest(input: $input) { ${CLIENT_VIEW} } }`;
export const MY_REQUESTS = `query($page: PageInput) { myMailRequests(page: $page) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CLIENT_VIEW} } } } }`;
export const MY_REQUEST = `query($id: ID!) { myMailRequest(id: $id) { ${CLIENT_VIEW} } }`;
export const MAIL_FORM_COUNSELLORS = `query($key: String!) { mailFormCounsellors(organisationKey: $key) { id displayName } }`;

export const REQUEST = `query($id: ID!) { mailRequest(id: $id) { ${STAFF_VIEW} } }`;
export const REQUESTS = `query($filter: MailRequestFilter, $page: PageInput) { mailRequests(filter: $filter, page: $page) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id subject status overdue } } } }`;
export const PREVIOUS = `query($id: ID!) { mailRequest(id: $id) { id previousRequests { id subject } } }`;
export const ANSWER = `mutation($input: AnswerMailRequestInput!) { answerMailRequest(input: $input) { ${STAFF_VIEW} } }`;
export const SAVE_DRAFT = `mutation($input: SaveMailDraftInput!) { saveMailDraft(input: $input) { body savedAt author { id } } }`;
export const DELETE_DRAFT = `mutation($input: DeleteMailDraftInput!) { deleteMailDraft(input: $input) }`;
export const RELEASE = `mutation($input: ReleaseMailRequestInput!) { releaseMailRequest(input: $input) { ${STAFF_VIEW} } }`;
export const TAKE_OVER = `mutation($input: TakeOverMailRequestInput!) { takeOverMailRequest(input: $input) { ${STAFF_VIEW} } }`;
export const ASSIGN = `mutation($input: AssignMailRequestInput!) { assignMailRequest(input: $input) { ${STAFF_VIEW} } }`;
export const CLOSE = `mutation($input: CloseMailRequestInput!) { closeMailRequest(input: $input) { ${STAFF_VIEW} } }`;
export const COPY = `mutation($input: CopyRequestDataToClientInput!) { copyRequestDataToClient(input: $input) {
  client { id } masterData { key value } } }`;
export const SET_AVAILABILITY = `mutation($input: SetMailAvailabilityInput!) { setMailAvailability(input: $input) {
  id mailAvailability mailCapacity } }`;

/** Sends a request as a logged-in client and returns its id. */
export async function sendRequest(
  api: GraphQLClient,
  over: Record<string, unknown> = {},
): Promise<{ id: string; subject: string; message: string }> {
  const subject = (over.subject as string) ?? `Betreff ${randomUUID().slice(0, 8)}`;
  const message = (over.message as string) ?? `Nachricht ${randomUUID()}`;
  const res = await api.ok(SEND, { input: { subject, message, ...over } });
  return { id: res.sendMailRequest.id, subject, message };
}

/** The stored request, fresh from the database. */
export async function stored(server: TestServer, id: string): Promise<MailRequest> {
  return em(server).findOneOrFail(MailRequest, id, { populate: ['counsellor', 'client'] });
}

/** Everything about a request a refused operation must leave as it was. */
export async function requestState(server: TestServer, id: string) {
  const e = em(server);
  const r = await e.findOneOrFail(MailRequest, id);
  const draft = await e.findOne(MailDraft, { mailRequest: id });
  return {
    subject: r.subject,
    status: r.status,
    counsellor: r.counsellor?.id ?? null,
    waitingSince: r.waitingSince?.toISOString() ?? null,
    messages: await e.count(MailRequestMessage, { mailRequest: id }),
    draft: draft ? { body: draft.body, author: draft.author.id } : null,
    updatedAt: r.updatedAt.toISOString(),
  };
}
