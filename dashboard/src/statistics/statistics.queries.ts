/** The statistics screen's one query: figures and tables with their definitions, in the UI language. */
import { graphql } from '../gql/index.js';

export const STATISTICS = graphql(`
  query DashboardStatistics($period: StatisticsPeriodInput, $counsellorId: ID, $language: String) {
    monitoringStatistics(period: $period, counsellorId: $counsellorId, language: $language) {
      period {
        from
        to
      }
      counsellorId
      language
      figures {
        key
        label
        value
        unit
        definition
      }
      tables {
        grouping
        title
        definition
        rows {
          key
          label
          count
          minutes
        }
      }
    }
  }
`);
