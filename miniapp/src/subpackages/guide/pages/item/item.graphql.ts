import { graphql } from '@/gql';

export const ServiceItemPageQuery = graphql(`
  query ServiceItemPage($code: String!) {
    serviceItem(code: $code) {
      code
      name
      departmentName
      type
      visitsNeeded
      fullyOnline
      committedDays
      statutoryDays
      conditions
      materials {
        code
        name
        required
      }
      zone
      window
      phone
      freshness {
        syncedAt
        stale
        ageSeconds
      }
    }
  }
`);
