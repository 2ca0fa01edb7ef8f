import type { AnyVariables } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '@/gql/graphql';
import { getClient, reportRequestError } from './client';
import { toUserFacingError, type UserFacingError } from './errors';

export interface QueryState<TData> {
  data: TData | undefined;
  error: UserFacingError | undefined;
  loading: boolean;
  /** Refetch from the network (pull-to-refresh, retry button). */
  reload: () => void;
}

/**
 * Runs a typed GraphQL query through the app's one client. Errors are mapped to Chinese and
 * shown as a toast once; the page decides how to render the error state.
 */
export function useGraphqlQuery<TData, TVariables extends AnyVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  /**
   * `toast: false` when the page shows the error itself (e.g. the server's search message);
   * `fresh: true` asks the network every time (live data such as places left), never the cache.
   */
  options: { pause?: boolean; toast?: boolean; fresh?: boolean } = {},
): QueryState<TData> {
  const [state, setState] = useState<Omit<QueryState<TData>, 'reload'>>({
    data: undefined,
    error: undefined,
    loading: !options.pause,
  });
  const [nonce, setNonce] = useState(0);
  const varsKey = JSON.stringify(variables);
  const latest = useRef(0);

  useEffect(() => {
    if (options.pause) return;
    const run = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    const subscription = getClient()
      .query<TData, TVariables>(document.toString(), JSON.parse(varsKey) as TVariables, {
        requestPolicy: nonce > 0 || options.fresh ? 'network-only' : 'cache-first',
      })
      .subscribe((result) => {
        if (run !== latest.current) return;
        if (result.error && !result.data) {
          const error =
            options.toast === false
              ? toUserFacingError(result.error)
              : reportRequestError(result.error);
          setState({ data: undefined, error, loading: false });
        } else {
          setState({ data: result.data, error: undefined, loading: false });
        }
      });
    return () => subscription.unsubscribe();
  }, [document, varsKey, nonce, options.pause, options.toast, options.fresh]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
