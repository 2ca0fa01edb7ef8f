import { sessionFromPayload, type AuthPayloadLike, type SessionStore } from '@/auth/session-store';
import { TransportError } from './errors';
import { headersToRecord, type MinimalRequestInit, type MinimalResponse } from './taro-fetch';

export type FetchLike = (
  input: string | URL | { url: string },
  init?: MinimalRequestInit,
) => Promise<MinimalResponse>;

export interface AuthFetchDeps {
  sessions: SessionStore;
  /** Exchanges a refresh token for new tokens; rejects when the server refuses it. */
  refresh(refreshToken: string): Promise<AuthPayloadLike>;
  /** The session could not be refreshed and was cleared (tell the user to log in again). */
  onSessionExpired(): void;
}

/** True when a GraphQL response body carries an UNAUTHENTICATED error. */
export function isUnauthenticated(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (parsed.errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED');
  } catch {
    return false;
  }
}

function replay(res: MinimalResponse, body: string): MinimalResponse {
  return {
    ok: res.ok,
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
    text: () => Promise.resolve(body),
    json: () => Promise.resolve(JSON.parse(body) as unknown),
  };
}

/**
 * Wraps the app's fetch: sends `Authorization: Bearer <access token>` while logged in, and when
 * the BFF answers UNAUTHENTICATED (expired or revoked token) refreshes the session once and
 * retries. Concurrent failures share one refresh (refresh tokens are single use). When the
 * server refuses the refresh token the session is cleared; a network failure keeps it.
 */
/** The wrapped fetch, and its refresh for other channels (the subscriptions' WebSocket). */
export type AuthFetch = FetchLike & {
  /** Refreshes the session now, sharing a refresh in flight; the new access token or null. */
  refresh(): Promise<string | null>;
};

export function createAuthFetch(baseFetch: FetchLike, deps: AuthFetchDeps): AuthFetch {
  let refreshing: Promise<string | null> | null = null;

  const refreshOnce = (): Promise<string | null> => {
    refreshing ??= (async () => {
      const current = deps.sessions.getSnapshot();
      if (!current) return null;
      try {
        const payload = await deps.refresh(current.refreshToken);
        if (deps.sessions.getSnapshot() !== current) return null;
        deps.sessions.set(sessionFromPayload(payload));
        return payload.accessToken;
      } catch (error) {
        // Offline: keep the session for later. Refused: the login is over.
        if (!(error instanceof TransportError) && deps.sessions.getSnapshot() === current) {
          deps.sessions.clear();
          deps.onSessionExpired();
        }
        return null;
      }
    })().finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  const authFetch: FetchLike = async function authFetch(input, init = {}) {
    const send = (token: string | undefined) => {
      const headers = headersToRecord(init.headers);
      if (token) headers.authorization = `Bearer ${token}`;
      return baseFetch(input, { ...init, headers });
    };
    const used = deps.sessions.getSnapshot();
    const res = await send(used?.accessToken);
    if (!used) return res;
    const body = await res.text();
    if (!isUnauthenticated(body)) return replay(res, body);

    const current = deps.sessions.getSnapshot();
    const token =
      current && current.accessToken !== used.accessToken
        ? current.accessToken // another request has refreshed already
        : current
          ? await refreshOnce()
          : null;
    if (!token) return replay(res, body);
    return send(token);
  };
  return Object.assign(authFetch, { refresh: refreshOnce });
}
