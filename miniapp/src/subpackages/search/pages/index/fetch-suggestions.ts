import { getClient } from '@/api/client';
import type {
  SearchSuggestionsQuery as SuggestionsData,
  SearchSuggestionsQueryVariables,
} from '@/gql/graphql';
import { SUGGESTION_LIMIT, SearchSuggestionsQuery } from './search.graphql';
import type { Suggestion } from './use-suggestions';

/** `searchSuggestions` through the app's client; errors give no suggestions (no toast). */
export async function fetchSuggestions(prefix: string): Promise<readonly Suggestion[]> {
  const result = await getClient()
    .query<SuggestionsData, SearchSuggestionsQueryVariables>(
      SearchSuggestionsQuery.toString(),
      { prefix, limit: SUGGESTION_LIMIT },
      { requestPolicy: 'cache-first' },
    )
    .toPromise();
  return result.data?.searchSuggestions ?? [];
}
