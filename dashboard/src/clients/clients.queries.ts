/** GraphQL documents of the client screens. */
import { graphql } from '../gql/index.js';

export const CLIENTS = graphql(`
  query DashboardClients($filter: ClientFilter, $page: PageInput) {
    clients(filter: $filter, page: $page) {
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
          status
          watched
          primaryCounsellor {
            id
            firstName
            lastName
            displayName
          }
          topics {
            id
            name
          }
        }
      }
    }
  }
`);

export const CREATE_CLIENT = graphql(`
  mutation DashboardCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      pseudonym
    }
  }
`);

export const WATCH = graphql(`
  mutation DashboardWatchClient($input: ClientIdInput!) {
    watchClient(input: $input) {
      id
      watched
    }
  }
`);

export const UNWATCH = graphql(`
  mutation DashboardUnwatchClient($input: ClientIdInput!) {
    unwatchClient(input: $input) {
      id
      watched
    }
  }
`);

export const CLIENT = graphql(`
  query DashboardClient($id: ID!) {
    client(id: $id) {
      id
      pseudonym
      clientNumber
      status
      createdAt
      watched
      email
      phone
      contactHidden
      invitationAvailability
      deletionRequestedAt
      purgeDueAt
      primaryCounsellor {
        id
      }
      topics {
        id
      }
      groups {
        id
        name
      }
      masterData {
        key
        value
      }
    }
    organisation {
      id
      masterDataFields {
        key
        label
        type
        options
      }
    }
  }
`);

export const UPDATE_CLIENT = graphql(`
  mutation DashboardUpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      id
    }
  }
`);

export const ASSIGN = graphql(`
  mutation DashboardAssignPrimaryCounsellor($input: AssignPrimaryCounsellorInput!) {
    assignPrimaryCounsellor(input: $input) {
      id
    }
  }
`);

export const BLOCK = graphql(`
  mutation DashboardBlockClient($input: ClientIdInput!) {
    blockClient(input: $input) {
      id
    }
  }
`);

export const UNBLOCK = graphql(`
  mutation DashboardUnblockClient($input: ClientIdInput!) {
    unblockClient(input: $input) {
      id
    }
  }
`);

export const DELETE_CLIENT = graphql(`
  mutation DashboardDeleteClient($input: ClientIdInput!) {
    deleteClient(input: $input) {
      id
    }
  }
`);

export const RESTORE_CLIENT = graphql(`
  mutation DashboardRestoreClient($input: ClientIdInput!) {
    restoreClient(input: $input) {
      id
    }
  }
`);

export const NOTES = graphql(`
  query DashboardClientNotes($clientId: ID!, $page: PageInput) {
    clientNotes(clientId: $clientId, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          body
          createdAt
          editedAt
          mayEdit
          mayDelete
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const ADD_NOTE = graphql(`
  mutation DashboardAddClientNote($input: AddClientNoteInput!) {
    addClientNote(input: $input) {
      id
    }
  }
`);

export const UPDATE_NOTE = graphql(`
  mutation DashboardUpdateClientNote($input: UpdateClientNoteInput!) {
    updateClientNote(input: $input) {
      id
    }
  }
`);

export const DELETE_NOTE = graphql(`
  mutation DashboardDeleteClientNote($input: ClientRecordIdInput!) {
    deleteClientNote(input: $input)
  }
`);

export const DOCUMENTS = graphql(`
  query DashboardClientDocuments($clientId: ID!, $page: PageInput) {
    clientDocuments(clientId: $clientId, page: $page) {
      totalCount
      edges {
        node {
          id
          filename
          contentType
          size
          createdAt
          mayDelete
          uploadedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const DOCUMENT_LINK = graphql(`
  query DashboardClientDocumentLink($documentId: ID!) {
    clientDocumentLink(documentId: $documentId) {
      url
    }
  }
`);

/**
 * The client's data export (GDPR access request), admins and staff with the data-protection permission;
 * the organisation's language. `includeStaffRecords`: also the staff's notes and documents.
 */
export const DATA_EXPORT_LINK = graphql(`
  query DashboardClientDataExportLink($clientId: ID!, $includeStaffRecords: Boolean) {
    clientDataExportLink(clientId: $clientId, includeStaffRecords: $includeStaffRecords) {
      url
    }
  }
`);

export const DELETE_DOCUMENT = graphql(`
  mutation DashboardDeleteClientDocument($input: ClientRecordIdInput!) {
    deleteClientDocument(input: $input)
  }
`);

export const DIRECT_MESSAGES = graphql(`
  query DashboardDirectMessages($clientId: ID!) {
    directMessageDelivery(clientId: $clientId)
    directMessages(filter: { clientId: $clientId }, page: { first: 50 }) {
      totalCount
      edges {
        node {
          id
          subject
          body
          delivery
          createdAt
          readAt
          mailStatus
          sender {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const SEND_MESSAGE = graphql(`
  mutation DashboardSendDirectMessage($input: SendDirectMessageInput!) {
    sendDirectMessage(input: $input) {
      id
      delivery
    }
  }
`);
