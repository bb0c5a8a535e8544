/** GraphQL documents of case documentation (monitorings) in the dashboard. */
import { graphql } from '../gql/index.js';

export const MONITORING_FIELDS = graphql(`
  fragment DashboardMonitoring on Monitoring {
    id
    date
    durationMinutes
    subject
    channel
    notes
    createdAt
    counsellor {
      id
      displayName
    }
    client {
      id
      pseudonym
    }
    topics {
      id
      name
    }
    source {
      kind
      id
    }
    requestData {
      key
      value
    }
  }
`);

export const MONITORINGS = graphql(`
  query DashboardMonitorings($filter: MonitoringFilter, $first: Int, $after: String) {
    monitorings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...DashboardMonitoring
        }
      }
    }
  }
`);

export const PREFILL = graphql(`
  query DashboardMonitoringPrefill($source: MonitoringSourceInput!) {
    monitoringPrefill(source: $source) {
      source {
        kind
        id
      }
      client {
        id
        pseudonym
      }
      date
      durationMinutes
      subject
      channel
      topics {
        id
        name
      }
      requestData {
        key
        value
      }
    }
  }
`);

export const CREATE = graphql(`
  mutation DashboardCreateMonitoring($input: CreateMonitoringInput!) {
    createMonitoring(input: $input) {
      ...DashboardMonitoring
    }
  }
`);

export const CREATE_FROM_SOURCE = graphql(`
  mutation DashboardCreateMonitoringFromSource($input: CreateMonitoringFromSourceInput!) {
    createMonitoringFromSource(input: $input) {
      ...DashboardMonitoring
    }
  }
`);

export const UPDATE = graphql(`
  mutation DashboardUpdateMonitoring($input: UpdateMonitoringInput!) {
    updateMonitoring(input: $input) {
      ...DashboardMonitoring
    }
  }
`);

export const DELETE = graphql(`
  mutation DashboardDeleteMonitoring($input: DeleteMonitoringInput!) {
    deleteMonitoring(input: $input)
  }
`);

/** Fired by the form after a monitoring was saved (bubbles, composed); detail: the monitoring. */
export const MONITORING_SAVED = 'lotse-monitoring-saved';
