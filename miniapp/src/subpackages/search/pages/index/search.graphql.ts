import { graphql } from '@/gql';

export const SEARCH_RESULT_LIMIT = 20;
export const SUGGESTION_LIMIT = 8;

export const SearchCatalogueQuery = graphql(`
  query SearchCatalogue($query: String!, $limit: Int!) {
    searchCatalogue(query: $query, limit: $limit) {
      query
      totalCount
      hotFallback
      hits {
        kind
        code
        name
        departmentName
        match
      }
      freshness {
        syncedAt
        stale
        ageSeconds
      }
    }
  }
`);

export const SearchSuggestionsQuery = graphql(`
  query SearchSuggestions($prefix: String!, $limit: Int!) {
    searchSuggestions(prefix: $prefix, limit: $limit) {
      text
      kind
      code
    }
  }
`);

export const SearchHallQuery = graphql(`
  query SearchHall {
    mainHall {
      name
      phone
    }
  }
`);
