import { useCallback, useEffect, useRef, useState } from 'react';
import { getClient, reportRequestError } from '@/api/client';
import type { UserFacingError } from '@/api/errors';
import type {
  BrowseServiceItemsQuery as BrowseData,
  BrowseServiceItemsQueryVariables,
  ServiceItemFilter,
} from '@/gql/graphql';
import { BROWSE_PAGE_SIZE, BrowseServiceItemsQuery } from './browse.graphql';

type BrowsePage = BrowseData['browseServiceItems'];
export type BrowseItem = BrowsePage['items'][number];

export interface BrowseState {
  items: BrowseItem[];
  totalCount: number;
  hasMore: boolean;
  freshness: BrowsePage['freshness'] | undefined;
  loading: boolean;
  error: UserFacingError | undefined;
  loadMore: () => void;
  reload: () => void;
}

/** `browseServiceItems`, page by page: the pages already shown stay, 加载更多 appends the next. */
export function useBrowse(filter: ServiceItemFilter): BrowseState {
  const filterKey = JSON.stringify(filter);
  const [pages, setPages] = useState<BrowsePage[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<UserFacingError | undefined>();
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (offset: number, reset: boolean) => {
      const run = reset ? ++generation.current : generation.current;
      setLoading(true);
      setError(undefined);
      const result = await getClient()
        .query<BrowseData, BrowseServiceItemsQueryVariables>(
          BrowseServiceItemsQuery.toString(),
          { filter: JSON.parse(filterKey) as ServiceItemFilter, offset, limit: BROWSE_PAGE_SIZE },
          { requestPolicy: reset ? 'network-only' : 'cache-first' },
        )
        .toPromise();
      if (run !== generation.current) return;
      setLoading(false);
      const page = result.data?.browseServiceItems;
      if (!page) {
        setError(reportRequestError(result.error));
        return;
      }
      setPages((previous) => (reset ? [page] : [...previous, page]));
    },
    [filterKey],
  );

  useEffect(() => {
    setPages([]);
    void fetchPage(0, true);
  }, [fetchPage]);

  const last = pages[pages.length - 1];
  const loadMore = useCallback(() => {
    if (!loading && last?.hasMore) void fetchPage(last.nextOffset ?? 0, false);
  }, [fetchPage, last, loading]);
  const reload = useCallback(() => void fetchPage(0, true), [fetchPage]);

  return {
    items: pages.flatMap((page) => page.items),
    totalCount: last?.totalCount ?? 0,
    hasMore: last?.hasMore ?? false,
    freshness: last?.freshness,
    loading,
    error,
    loadMore,
    reload,
  };
}
