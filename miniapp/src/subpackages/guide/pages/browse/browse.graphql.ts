import { graphql } from '@/gql';

export const BROWSE_PAGE_SIZE = 20;

export const BrowseServiceItemsQuery = graphql(`
  query BrowseServiceItems($filter: ServiceItemFilter, $offset: Int!, $limit: Int!) {
    browseServiceItems(filter: $filter, offset: $offset, limit: $limit) {
      items {
        code
        name
        departmentName
        visitsNeeded
        fullyOnline
        committedDays
      }
      totalCount
      hasMore
      nextOffset
      freshness {
        syncedAt
        stale
        ageSeconds
      }
    }
  }
`);
