/**
 * A stand-in for services/realtime/use-subscription in component tests:
 * `jest.mock('@/services/realtime/use-subscription', () => require('…/test-support/subscriptions'))`
 * then `pushTo('{"id":"t1"}', data)` delivers a payload to the live subscription with those
 * variables, as the BFF would.
 */
import { useEffect, useState } from 'react';

type Push = (data: unknown) => void;
const live = new Map<string, Push>();

export function useSubscription(
  _document: unknown,
  variables: Record<string, unknown>,
  options: { pause?: boolean } = {},
) {
  const [state, setState] = useState<{ data: unknown; error: undefined; status: string }>({
    data: undefined,
    error: undefined,
    status: 'connecting',
  });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.pause) return undefined;
    live.set(key, (data) => setState({ data, error: undefined, status: 'live' }));
    setState((s) => ({ ...s, status: 'live' }));
    return () => {
      live.delete(key);
    };
  }, [key, options.pause]);
  return state;
}

/** Delivers `data` to the live subscription with `variables` (JSON); false when none. */
export function pushTo(variables: Record<string, unknown>, data: unknown): boolean {
  const push = live.get(JSON.stringify(variables));
  if (!push) return false;
  push(data);
  return true;
}
