/**
 * The people a staff member can start a chat with or add to a group: active colleagues (`counsellors`)
 * and the clients of the mail requests the viewer may see (the API has no client directory for staff;
 * clients who chatted already have their stream in the list).
 */
import type { ApiClient } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';

const PEOPLE = graphql(`
  query DashboardChatPeople {
    counsellors(filter: { active: true }, page: { first: 100 }) {
      edges {
        node {
          id
          displayName
          firstName
          lastName
        }
      }
    }
    mailRequests(page: { first: 100 }) {
      edges {
        node {
          id
          client {
            id
            pseudonym
            clientNumber
          }
        }
      }
    }
  }
`);

export interface Person {
  id: string;
  name: string;
  kind: 'STAFF' | 'CLIENT';
}

export async function loadPeople(api: ApiClient, ownId: string | undefined): Promise<Person[] | null> {
  const result = await api.request(PEOPLE);
  if (result.error) return null;
  const staff: Person[] = result.data.counsellors.edges
    .map(({ node }) => ({
      id: node.id,
      name: `${node.firstName} ${node.lastName}`.trim() || node.displayName,
      kind: 'STAFF' as const,
    }))
    .filter((p) => p.id !== ownId);
  const clients = new Map<string, Person>();
  for (const { node } of result.data.mailRequests.edges) {
    const c = node.client;
    if (!clients.has(c.id)) clients.set(c.id, { id: c.id, name: `${c.pseudonym} (${c.clientNumber})`, kind: 'CLIENT' });
  }
  const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);
  return [...staff.sort(byName), ...[...clients.values()].sort(byName)];
}
