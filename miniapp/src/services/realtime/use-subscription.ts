/**
 * Live data over GraphQL subscriptions (graphql-ws over Taro.connectSocket), for the queue pages.
 *
 *     import { useSubscription } from '@/services/realtime/use-subscription';
 *     import { QueueTicketChangedSubscription } from '../queue.graphql'; // graphql(`subscription …`)
 *
 *     const live = useSubscription(QueueTicketChangedSubscription, { id }, { pause: !id });
 *     live.data?.queueTicketChanged.ahead   // 前面还有 N 人
 *     live.status                          // 'connecting' | 'live' | 'reconnecting' | 'ended' | 'failed'
 *     live.error?.message                  // Chinese, when status is 'failed' (e.g. 未找到该号)
 *
 * - `document`: a typed `subscription` from codegen (`graphql(…)` in a `*.graphql.ts`);
 *   `variables` are compared by value (a new object with the same values does not resubscribe).
 * - The BFF's subscriptions start with the current state, so `data` needs no separate query;
 *   after that every change. `data` keeps the last value while reconnecting and after the end.
 * - `status`: `connecting` until the first event; `live`; `reconnecting` when the socket dropped
 *   (WeChat closes sockets in the background; it reconnects when the app is shown again and the
 *   current state arrives at once); `ended` when the server completed the stream (a ticket that
 *   was completed or cancelled); `failed` when the server refused it (`error`: NOT_FOUND,
 *   FORBIDDEN, an expired login after one refresh…). No toast: the page shows the state.
 * - Logged in: the socket sends the session's token; an expired or refused token is refreshed
 *   once (the same refresh as HTTP requests) and the subscription started again.
 * - Import it only from subpackages (the queue pages): graphql-ws then stays out of the main
 *   package.
 */
import { useEffect, useState } from 'react';
import type { Client } from 'graphql-ws/client';
import { refreshAccessToken } from '@/api/client';
import { toUserFacingError, type GraphqlErrorLike, type UserFacingError } from '@/api/errors';
import { useSession } from '@/auth/session';
import type { TypedDocumentString } from '@/gql/graphql';
import { getRealtimeClient } from './realtime-client';
import { realtimeStrings } from './strings';

export type SubscriptionStatus = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'failed';

export interface SubscriptionState<TData> {
  data: TData | undefined;
  error: UserFacingError | undefined;
  status: SubscriptionStatus;
}

export interface LiveHandlers<TData> {
  next(data: TData): void;
  status(status: SubscriptionStatus, error?: UserFacingError): void;
}

/** graphql-ws's close code for a refused token (the BFF: WS_CLOSE_UNAUTHENTICATED). */
const UNAUTHENTICATED_CLOSE = 4401;
/** Waits before starting a subscription again after a fatal close (not a refusal). */
const RESTART_MS = [1_000, 3_000, 10_000, 30_000];

function isUnauthenticated(error: unknown): boolean {
  if (Array.isArray(error)) {
    return (error as GraphqlErrorLike[]).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === UNAUTHENTICATED_CLOSE
  );
}

/**
 * Starts a subscription and keeps it going until the returned function is called: refusals end
 * it (`failed`), a refused token is refreshed once and the subscription started again, any other
 * failure (server error, socket closed for good) starts it again after a backoff. The React
 * hook below is a thin wrapper; pages use the hook.
 */
export function subscribeLive<TData>(
  client: () => Client,
  payload: { query: string; variables: Record<string, unknown> },
  handlers: LiveHandlers<TData>,
  refresh: () => Promise<string | null> = refreshAccessToken,
): () => void {
  let stopped = false;
  let stop: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refreshed = false;
  let restarts = 0;

  const start = () => {
    if (stopped) return;
    let failed = false;
    const active = client();
    const offClosed = active.on('closed', () => {
      if (!stopped && !failed) handlers.status('reconnecting');
    });
    const fail = (error: UserFacingError) => {
      failed = true;
      handlers.status('failed', error);
    };
    stop = active.subscribe<TData>(payload, {
      next: (result) => {
        if (stopped || failed) return;
        if (result.errors?.length) {
          fail(toUserFacingError({ graphQLErrors: result.errors as GraphqlErrorLike[] }));
          return;
        }
        restarts = 0;
        if (result.data) handlers.next(result.data as TData);
        else handlers.status('live');
      },
      error: (error: unknown) => {
        offClosed();
        if (stopped || failed) return;
        if (isUnauthenticated(error)) {
          if (refreshed) {
            fail({
              kind: 'graphql',
              message: realtimeStrings.loginExpired,
              code: 'UNAUTHENTICATED',
            });
            return;
          }
          // The token was refused (expired, or the session ended): refresh once, start again.
          refreshed = true;
          handlers.status('reconnecting');
          void refresh().then(start, start);
          return;
        }
        if (Array.isArray(error)) {
          fail(toUserFacingError({ graphQLErrors: error as GraphqlErrorLike[] }));
          return;
        }
        // A server error or a socket closed for good: start again after a while.
        handlers.status('reconnecting');
        const wait = RESTART_MS[Math.min(restarts, RESTART_MS.length - 1)];
        restarts += 1;
        timer = setTimeout(start, wait);
      },
      complete: () => {
        offClosed();
        if (!stopped && !failed) handlers.status('ended');
      },
    });
  };

  start();
  return () => {
    stopped = true;
    clearTimeout(timer);
    stop?.();
  };
}

/** See the file header. */
export function useSubscription<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  options: { pause?: boolean } = {},
): SubscriptionState<TData> {
  const [state, setState] = useState<SubscriptionState<TData>>({
    data: undefined,
    error: undefined,
    status: 'connecting',
  });
  const session = useSession();
  const userId = session?.user.id ?? null;
  const varsKey = JSON.stringify(variables);
  const query = document.toString();

  useEffect(() => {
    if (options.pause) return;
    setState((s) => ({ ...s, error: undefined, status: 'connecting' }));
    return subscribeLive<TData>(
      () => getRealtimeClient(refreshAccessToken),
      { query, variables: JSON.parse(varsKey) as Record<string, unknown> },
      {
        next: (data) => setState({ data, error: undefined, status: 'live' }),
        status: (status, error) =>
          setState((s) => (s.status === status && s.error === error ? s : { ...s, status, error })),
      },
    );
    // userId: a new account means a new connection with its token.
  }, [query, varsKey, userId, options.pause]);

  return state;
}
