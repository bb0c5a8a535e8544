/** GraphQL documents and small helpers shared by the member-management tests. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestServer } from '../../../../tests/support/server.js';
import { Topic, type Organisation } from '../organisation/organisation.entity.js';

export const CLIENT_FIELDS = `id pseudonym clientNumber status createdAt deletionRequestedAt purgeDueAt email phone contactHidden
  masterData { key value } topics { id name } primaryCounsellor { id } watched`;

export const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateClientInput!) { updateClient(input: $input) { ${CLIENT_FIELDS} } }`;
export const ASSIGN = `mutation($input: AssignPrimaryCounsellorInput!) { assignPrimaryCounsellor(input: $input) { ${CLIENT_FIELDS} } }`;
export const ONE = `query($id: ID!) { client(id: $id) { ${CLIENT_FIELDS} } }`;
export const LIST = `query($filter: ClientFilter, $page: PageInput) {
  clients(filter: $filter, page: $page) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ${CLIENT_FIELDS} } }
  }
}`;

/** `mutation { <name>(input: { clientId }) { … } }` for the one-id mutations. */
export const byId = (name: string) =>
  `mutation($input: ClientIdInput!) { ${name}(input: $input) { ${CLIENT_FIELDS} } }`;

export type ClientNode = Record<string, any> & { id: string; pseudonym: string };
export type ListResult = {
  clients: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: ClientNode }[];
  };
};

export async function buildTopic(server: TestServer, org: Organisation, name: string): Promise<Topic> {
  const em = server.orm.em.fork() as EntityManager;
  const topic = em.create(Topic, { organisation: org.id, name } as never);
  await em.flush();
  return topic;
}
