/** The GraphQL documents of the Webhooks section (admins). */
import { graphql } from '../gql/index.js';
import type { DashboardWebhookEndpointFragment, WebhookEventType } from '../gql/graphql.js';

export type WebhookEndpoint = DashboardWebhookEndpointFragment;
export type { WebhookEventType };

/** Every event type, in the order the form lists them. */
export const WEBHOOK_EVENTS: WebhookEventType[] = [
  'BOOKING_CREATED',
  'BOOKING_CANCELLED',
  'MAIL_REQUEST_RECEIVED',
  'MAIL_REQUEST_ANSWERED',
  'CHAT_STARTED',
  'CLIENT_DELETED',
];

graphql(`
  fragment DashboardWebhookEndpoint on WebhookEndpoint {
    id
    url
    description
    events
    active
    createdAt
  }
`);

export const WEBHOOK_ENDPOINTS = graphql(`
  query DashboardWebhookEndpoints {
    webhookEndpoints {
      ...DashboardWebhookEndpoint
    }
  }
`);

export const WEBHOOK_ATTEMPTS = graphql(`
  query DashboardWebhookAttempts($endpointId: ID!, $page: PageInput) {
    webhookAttempts(endpointId: $endpointId, page: $page) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          eventId
          eventType
          attempt
          createdAt
          statusCode
          durationMs
          error
          responseSnippet
          nextRetryAt
          deliveryStatus
        }
      }
    }
  }
`);

export const CREATE_WEBHOOK = graphql(`
  mutation DashboardCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...DashboardWebhookEndpoint
      }
    }
  }
`);

export const UPDATE_WEBHOOK = graphql(`
  mutation DashboardUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      ...DashboardWebhookEndpoint
    }
  }
`);

export const ROTATE_WEBHOOK_SECRET = graphql(`
  mutation DashboardRotateWebhookSecret($input: WebhookEndpointIdInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      endpoint {
        ...DashboardWebhookEndpoint
      }
    }
  }
`);

export const DELETE_WEBHOOK = graphql(`
  mutation DashboardDeleteWebhookEndpoint($input: WebhookEndpointIdInput!) {
    deleteWebhookEndpoint(input: $input)
  }
`);

export const SEND_WEBHOOK_TEST = graphql(`
  mutation DashboardSendWebhookTestEvent($input: WebhookEndpointIdInput!) {
    sendWebhookTestEvent(input: $input)
  }
`);
