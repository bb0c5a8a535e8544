/**
 * The organisation's active counsellors by name, for pickers (assign a request, filter by counsellor,
 * whose booking times): one query, shared by every screen that needs the list.
 */
import type { ApiClient } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';

const ACTIVE_COUNSELLORS = graphql(`
  query DashboardActiveCounsellors {
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
  }
`);

export interface CounsellorOption {
  id: string;
  /** First and last name (internal), else the display name. */
  name: string;
}

/** Active counsellors as options (empty when the API refuses: the picker then offers nobody). */
export async function activeCounsellors(api: ApiClient): Promise<CounsellorOption[]> {
  const result = await api.request(ACTIVE_COUNSELLORS);
  return (
    result.data?.counsellors.edges.map(({ node }) => ({
      id: node.id,
      name: `${node.firstName} ${node.lastName}`.trim() || node.displayName,
    })) ?? []
  );
}
