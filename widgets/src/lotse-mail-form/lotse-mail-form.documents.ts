/** The GraphQL operations of `<lotse-mail-form>` (typed by `npm run codegen`). */
import { graphql } from '../gql/index.js';
import type { MailFormOrganisationQuery, MailFormRequestsQuery, MailFormThreadQuery } from '../gql/graphql.js';

/** What the form offers, in one request: the organisation's topics and fields, and who may be chosen now. */
export const ORGANISATION = graphql(`
  query MailFormOrganisation($key: String!, $lang: String) {
    publicOrganisation(key: $key, lang: $lang) {
      name
      topics {
        id
        name
      }
      mailFormFields {
        key
        label
        type
        options
        optionLabels
      }
    }
    mailFormCounsellors(organisationKey: $key) {
      id
      displayName
      avatarUrl
      languages
      descriptions {
        lang
        text
      }
    }
  }
`);

/** Who is logged in (the widget serves clients only). */
export const VIEWER = graphql(`
  query MailFormViewer {
    me {
      id
      kind
      client {
        pseudonym
      }
    }
  }
`);

export const SEND_AS_NEW_CLIENT = graphql(`
  mutation MailFormSendAsNewClient($input: SendMailRequestAsNewClientInput!) {
    sendMailRequestAsNewClient(input: $input) {
      request {
        id
        subject
        status
        counsellorName
      }
      session {
        accessToken
        accessTokenExpiresAt
        refreshToken
        me {
          id
          client {
            pseudonym
          }
        }
      }
    }
  }
`);

export const SEND = graphql(`
  mutation MailFormSend($input: SendMailRequestInput!) {
    sendMailRequest(input: $input) {
      id
      subject
      status
      counsellorName
    }
  }
`);

/** A page of the client's requests, newest first (no thread: that is loaded when one is opened). */
export const REQUESTS = graphql(`
  query MailFormRequests($page: PageInput) {
    myInbox(page: { first: 1 }) {
      totalCount
    }
    myInboxUnread
    myMailRequests(page: $page) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          subject
          status
          createdAt
          lastMessageAt
          counsellorName
        }
      }
    }
  }
`);

/** One request with its thread (REPLY answers the same shape). */
export const THREAD = graphql(`
  query MailFormThread($id: ID!) {
    myMailRequest(id: $id) {
      id
      subject
      status
      createdAt
      lastMessageAt
      counsellorName
      messages {
        id
        seq
        fromClient
        counsellorName
        body
        createdAt
      }
    }
  }
`);

export const REPLY = graphql(`
  mutation MailFormReply($input: ReplyToMailRequestInput!) {
    replyToMailRequest(input: $input) {
      id
      subject
      status
      createdAt
      lastMessageAt
      counsellorName
      messages {
        id
        seq
        fromClient
        counsellorName
        body
        createdAt
      }
    }
  }
`);

export type Organisation = MailFormOrganisationQuery['publicOrganisation'];
export type FormField = Organisation['mailFormFields'][number];
export type Counsellor = MailFormOrganisationQuery['mailFormCounsellors'][number];
export type RequestSummary = MailFormRequestsQuery['myMailRequests']['edges'][number]['node'];
export type Thread = MailFormThreadQuery['myMailRequest'];
export type ThreadMessage = Thread['messages'][number];
export type RequestStatus = Thread['status'];
