import { graphql } from '@/gql';

export const HOT_ITEMS_LIMIT = 6;

export const HomePageQuery = graphql(`
  query HomePage($limit: Int!) {
    hotServiceItems(limit: $limit) {
      items {
        code
        name
        departmentName
        type
        audiences
        visitsNeeded
        fullyOnline
        committedDays
      }
      freshness {
        syncedAt
        stale
        ageSeconds
      }
    }
    mainHall {
      name
      phone
      officeHours
      address
    }
  }
`);
