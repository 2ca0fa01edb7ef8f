import { useEffect, useRef } from 'react';
import type { TypedDocumentString } from '@/gql/graphql';
import { useSubscription, type SubscriptionStatus } from '@/services/realtime/use-subscription';

/** How a page is kept up to date: pushed over the socket, or asked again every few seconds. */
export type LiveMode = 'live' | 'polling' | 'off';

/** Polling while the socket is down: often enough for 前面还有 N 人, light on the BFF. */
export const POLL_MS = 10_000;

/**
 * The page's mode for a subscription status: pushed while `live`; asked again while the socket
 * is (re)connecting or the subscription was refused; nothing once the server ended it (a ticket
 * completed or cancelled: its last state is already shown).
 */
export function liveMode(status: SubscriptionStatus, paused: boolean): LiveMode {
  if (paused) return 'off';
  switch (status) {
    case 'live':
      return 'live';
    case 'ended':
      return 'off';
    case 'connecting':
    case 'reconnecting':
    case 'failed':
      return 'polling';
  }
}

/**
 * A GraphQL subscription (services/realtime: graphql-ws over Taro.connectSocket) with a polling
 * fallback: `onData` gets every pushed payload (the first is the current state); while the
 * socket is not live, `poll` runs every `pollMs` instead, so a page never goes stale silently.
 * Returns how the page is updated now (shown on the page).
 */
export function useLiveUpdates<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  options: {
    pause?: boolean;
    onData: (data: TData) => void;
    poll: () => void;
    pollMs?: number;
  },
): LiveMode {
  const onData = useRef(options.onData);
  onData.current = options.onData;
  const poll = useRef(options.poll);
  poll.current = options.poll;
  const paused = options.pause === true;
  const live = useSubscription(document, variables, { pause: paused });
  const mode = liveMode(live.status, paused);
  const pollMs = options.pollMs ?? POLL_MS;

  useEffect(() => {
    if (live.data !== undefined && !paused) onData.current(live.data);
  }, [live.data, paused]);

  useEffect(() => {
    if (mode !== 'polling') return undefined;
    const timer = setInterval(() => poll.current(), pollMs);
    return () => clearInterval(timer);
  }, [mode, pollMs]);

  return mode;
}
