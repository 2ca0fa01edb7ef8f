import { createSessionStore, type Session, type SessionStore } from '@/auth/session-store';
import { createAuthFetch, type FetchLike } from './auth-fetch';
import { TransportError } from './errors';
import type { MinimalRequestInit, MinimalResponse } from './taro-fetch';

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }));

const UNAUTHENTICATED = JSON.stringify({
  data: null,
  errors: [{ message: '登录已失效，请重新登录', extensions: { code: 'UNAUTHENTICATED' } }],
});

function response(body: string): MinimalResponse {
  return {
    ok: true,
    status: 200,
    statusText: 'OK',
    headers: { get: () => 'application/json' },
    text: () => Promise.resolve(body),
    json: () => Promise.resolve(JSON.parse(body) as unknown),
  };
}

function memoryStore(initial: Session | null): SessionStore {
  const data = new Map<string, unknown>(initial ? [['session', initial]] : []);
  return createSessionStore({
    get: (key) => data.get(key),
    set: (key, value) => data.set(key, value),
    remove: (key) => data.delete(key),
  });
}

const session = (n: number): Session => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresAt: Date.now() + 60_000,
  user: { id: 'u1', role: 'CITIZEN' },
});

function authHeader(init: MinimalRequestInit | undefined): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.authorization;
}

/** A BFF that accepts only `valid` as access token. */
function server(valid: () => string): jest.Mock & FetchLike {
  return jest.fn((_url: unknown, init?: MinimalRequestInit) =>
    Promise.resolve(
      response(
        authHeader(init) === undefined || authHeader(init) === `Bearer ${valid()}`
          ? '{"data":{"me":{"id":"u1"}}}'
          : UNAUTHENTICATED,
      ),
    ),
  ) as unknown as jest.Mock & FetchLike;
}

describe('auth fetch', () => {
  it('sends the access token as a Bearer header while logged in, and none when logged out', async () => {
    const sessions = memoryStore(session(1));
    const base = server(() => 'access-1');
    const fetchFn = createAuthFetch(base, {
      sessions,
      refresh: jest.fn(),
      onSessionExpired: jest.fn(),
    });

    const res = await fetchFn('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await expect(res.text()).resolves.toBe('{"data":{"me":{"id":"u1"}}}');
    expect(base.mock.calls[0][1]).toEqual(
      expect.objectContaining({
        headers: { 'content-type': 'application/json', authorization: 'Bearer access-1' },
      }),
    );

    sessions.clear();
    await fetchFn('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(authHeader(base.mock.calls[1][1] as MinimalRequestInit)).toBeUndefined();
  });

  it('refreshes once for concurrent UNAUTHENTICATED answers and retries each with the new token', async () => {
    const sessions = memoryStore(session(1));
    const base = server(() => 'access-2');
    let release: () => void = () => undefined;
    const refresh = jest.fn(
      (refreshToken: string) =>
        new Promise<{
          accessToken: string;
          refreshToken: string;
          expiresIn: number;
          user: Session['user'];
        }>((resolve) => {
          expect(refreshToken).toBe('refresh-1');
          release = () =>
            resolve({
              accessToken: 'access-2',
              refreshToken: 'refresh-2',
              expiresIn: 900,
              user: { id: 'u1', role: 'CITIZEN' },
            });
        }),
    );
    const fetchFn = createAuthFetch(base, { sessions, refresh, onSessionExpired: jest.fn() });

    const pending = [1, 2, 3].map(() => fetchFn('/graphql', { method: 'POST', body: '{}' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    const bodies = await Promise.all(pending.map(async (p) => (await p).text()));

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(bodies).toEqual(Array(3).fill('{"data":{"me":{"id":"u1"}}}'));
    expect(sessions.getSnapshot()).toEqual(
      expect.objectContaining({ accessToken: 'access-2', refreshToken: 'refresh-2' }),
    );
    const retried = base.mock.calls
      .slice(3)
      .map(([, init]) => authHeader(init as MinimalRequestInit));
    expect(retried).toEqual(['Bearer access-2', 'Bearer access-2', 'Bearer access-2']);
  });

  it('clears the session and tells the user when the refresh is refused', async () => {
    const sessions = memoryStore(session(1));
    const onSessionExpired = jest.fn();
    const fetchFn = createAuthFetch(
      server(() => 'nothing-valid'),
      { sessions, refresh: () => Promise.reject(new Error('refused')), onSessionExpired },
    );

    const [a, b] = await Promise.all([fetchFn('/graphql'), fetchFn('/graphql')]);

    expect(sessions.getSnapshot()).toBeNull();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    // The caller still gets the server's UNAUTHENTICATED answer.
    await expect(a.text()).resolves.toBe(UNAUTHENTICATED);
    await expect(b.text()).resolves.toBe(UNAUTHENTICATED);
  });

  it('keeps the session when the refresh fails for lack of network', async () => {
    const sessions = memoryStore(session(1));
    const onSessionExpired = jest.fn();
    const fetchFn = createAuthFetch(
      server(() => 'nothing-valid'),
      { sessions, refresh: () => Promise.reject(new TransportError('network')), onSessionExpired },
    );

    await fetchFn('/graphql');

    expect(sessions.getSnapshot()?.accessToken).toBe('access-1');
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('never refreshes for an anonymous request', async () => {
    const refresh = jest.fn();
    const base = jest.fn(() => Promise.resolve(response(UNAUTHENTICATED))) as unknown as FetchLike;
    const fetchFn = createAuthFetch(base, {
      sessions: memoryStore(null),
      refresh,
      onSessionExpired: jest.fn(),
    });
    await expect((await fetchFn('/graphql')).text()).resolves.toBe(UNAUTHENTICATED);
    expect(refresh).not.toHaveBeenCalled();
  });
});
