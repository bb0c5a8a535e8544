/** GraphQL documents of the client-groups screen. */
import { graphql } from '../gql/index.js';

export const CLIENT_GROUPS = graphql(`
  query DashboardClientGroups($filter: ClientGroupFilter, $page: PageInput) {
    clientGroups(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          description
          memberCount
        }
      }
    }
  }
`);

export const CLIENT_GROUP = graphql(`
  query DashboardClientGroup($id: ID!, $page: PageInput) {
    clientGroup(id: $id) {
      id
      name
      description
      memberCount
      mayDelete
      createdBy {
        id
        firstName
        lastName
        displayName
      }
      members(page: $page) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          node {
            id
            pseudonym
            clientNumber
          }
        }
      }
    }
  }
`);

export const FIND_CLIENTS = graphql(`
  query DashboardClientGroupFindClients($filter: ClientFilter, $page: PageInput) {
    clients(filter: $filter, page: $page) {
      edges {
        node {
          id
          pseudonym
          clientNumber
        }
      }
    }
  }
`);

export const CREATE_CLIENT_GROUP = graphql(`
  mutation DashboardCreateClientGroup($input: CreateClientGroupInput!) {
    createClientGroup(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_CLIENT_GROUP = graphql(`
  mutation DashboardUpdateClientGroup($input: UpdateClientGroupInput!) {
    updateClientGroup(input: $input) {
      id
      name
      description
    }
  }
`);

export const ADD_CLIENT_GROUP_MEMBERS = graphql(`
  mutation DashboardAddClientGroupMembers($input: ClientGroupMembersInput!) {
    addClientGroupMembers(input: $input) {
      id
      memberCount
    }
  }
`);

export const REMOVE_CLIENT_GROUP_MEMBER = graphql(`
  mutation DashboardRemoveClientGroupMember($input: RemoveClientGroupMemberInput!) {
    removeClientGroupMember(input: $input) {
      id
      memberCount
    }
  }
`);

export const DELETE_CLIENT_GROUP = graphql(`
  mutation DashboardDeleteClientGroup($input: ClientGroupIdInput!) {
    deleteClientGroup(input: $input)
  }
`);
