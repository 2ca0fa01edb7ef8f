import type { Client, Sink } from 'graphql-ws/client';
import { subscribeLive, type SubscriptionStatus } from './use-subscription';
import { retryWait } from './realtime-client';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));
jest.mock('@/api/client', () => ({ refreshAccessToken: jest.fn() }));

/** A graphql-ws client whose subscriptions the test drives. */
function fakeClient() {
  const sinks: Sink[] = [];
  const closedListeners: (() => void)[] = [];
  const client = {
    subscribe: jest.fn((_payload: unknown, sink: Sink) => {
      sinks.push(sink);
      return jest.fn();
    }),
    on: jest.fn((event: string, listener: () => void) => {
      if (event === 'closed') closedListeners.push(listener);
      return () => undefined;
    }),
  } as unknown as Client & { subscribe: jest.Mock };
  return { client, sinks, closed: () => closedListeners.forEach((listener) => listener()) };
}

function recorder() {
  const seen: string[] = [];
  return {
    seen,
    handlers: {
      next: (data: unknown) => seen.push(`data ${JSON.stringify(data)}`),
      status: (status: SubscriptionStatus, error?: { message: string; code?: string }) =>
        seen.push(error ? `${status} ${error.code} ${error.message}` : status),
    },
  };
}

const payload = { query: 'subscription { x }', variables: {} };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('subscribeLive', () => {
  it('hands on each state, says when the socket dropped, and when the server ended the stream', () => {
    const { client, sinks, closed } = fakeClient();
    const { seen, handlers } = recorder();
    subscribeLive(() => client, payload, handlers, jest.fn());
    sinks[0]!.next({ data: { ahead: 3 } });
    closed();
    sinks[0]!.next({ data: { ahead: 2 } });
    sinks[0]!.complete();
    expect(seen).toEqual(['data {"ahead":3}', 'reconnecting', 'data {"ahead":2}', 'ended']);
  });

  it('fails with the server’s Chinese message on a refusal, and stays failed', () => {
    const { client, sinks } = fakeClient();
    const { seen, handlers } = recorder();
    subscribeLive(() => client, payload, handlers, jest.fn());
    sinks[0]!.next({
      errors: [{ message: '未找到该号', extensions: { code: 'NOT_FOUND' } }] as never,
    });
    sinks[0]!.complete();
    expect(seen).toEqual(['failed NOT_FOUND 未找到该号']);
  });

  it('refreshes the login once when the token is refused (4401), then starts again', async () => {
    const { client, sinks } = fakeClient();
    const { seen, handlers } = recorder();
    const refresh = jest.fn(() => Promise.resolve('new-token'));
    subscribeLive(() => client, payload, handlers, refresh);
    sinks[0]!.error({ code: 4401, reason: 'Unauthorized' });
    await flush();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(client.subscribe).toHaveBeenCalledTimes(2);
    sinks[1]!.next({ data: { ahead: 1 } });
    // Refused again after the refresh: the login is over.
    sinks[1]!.error({ code: 4401, reason: 'Unauthorized' });
    await flush();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([
      'reconnecting',
      'data {"ahead":1}',
      'failed UNAUTHENTICATED 登录已失效，请重新登录',
    ]);
  });

  it('starts again after a fatal close that is not a refusal, and stops when told', () => {
    jest.useFakeTimers();
    try {
      const { client, sinks } = fakeClient();
      const { seen, handlers } = recorder();
      const stop = subscribeLive(() => client, payload, handlers, jest.fn());
      sinks[0]!.error({ code: 4500, reason: 'Internal server error' });
      jest.advanceTimersByTime(1_000);
      expect(client.subscribe).toHaveBeenCalledTimes(2);
      stop();
      sinks[1]!.error({ code: 4500, reason: 'Internal server error' });
      jest.advanceTimersByTime(60_000);
      expect(client.subscribe).toHaveBeenCalledTimes(2);
      expect(seen).toEqual(['reconnecting']);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('retryWait', () => {
  it('waits for the app to be in the foreground, then backs off up to 30 s', async () => {
    jest.useFakeTimers();
    try {
      let show: () => void = () => undefined;
      const foreground = () => new Promise<void>((resolve) => (show = resolve));
      let done = false;
      void retryWait(10, foreground, () => 1).then(() => (done = true));
      await jest.advanceTimersByTimeAsync(60_000);
      expect(done).toBe(false);
      show();
      await jest.advanceTimersByTimeAsync(29_999);
      expect(done).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
