import { Client, cacheExchange, fetchExchange } from '@urql/core';
import Taro from '@tarojs/taro';
import { refreshSession } from '@/auth/refresh-session';
import { getSessionStore } from '@/auth/session';
import { createAuthFetch, type AuthFetch } from './auth-fetch';
import { toUserFacingError, type UserFacingError } from './errors';
import { apiStrings } from './strings';
import { createTaroFetch } from './taro-fetch';

/** H5 is served next to the BFF (same origin); the mini-program needs an absolute URL. */
export function getGraphqlUrl(): string {
  if (process.env.TARO_ENV === 'h5') return '/graphql';
  return `${API_BASE_URL.replace(/\/+$/, '')}/graphql`;
}

let client: Client | undefined;
let clientAuthFetch: AuthFetch | undefined;
let clientUserId: string | null = null;

function currentUserId(): string | null {
  return getSessionStore().getSnapshot()?.user.id ?? null;
}

/**
 * The one GraphQL client of the app. Pages use `useGraphqlQuery` / service functions. Every
 * request carries the access token while logged in (see auth-fetch.ts); the cache is dropped
 * when the account changes (login, logout), so nobody sees the previous account's answers.
 */
export function getClient(): Client {
  if (client && clientUserId !== currentUserId()) client = undefined;
  if (!client) {
    const baseFetch = createTaroFetch();
    const url = getGraphqlUrl();
    const authFetch = createAuthFetch(baseFetch, {
      sessions: getSessionStore(),
      refresh: (refreshToken) => refreshSession(baseFetch, url, refreshToken),
      onSessionExpired: () => {
        void Taro.showToast({ title: apiStrings.sessionExpired, icon: 'none', duration: 3000 });
      },
    });
    clientUserId = currentUserId();
    clientAuthFetch = authFetch;
    client = new Client({
      url,
      exchanges: [cacheExchange, fetchExchange],
      // urql only needs status, statusText, headers.get and text() from the response.
      fetch: authFetch as unknown as typeof fetch,
      preferGetMethod: false,
      requestPolicy: 'cache-and-network',
    });
  }
  return client;
}

/**
 * Refreshes the login session now — the same refresh as the requests' (refresh tokens are single
 * use, so there is only ever one in flight); the new access token, or null when logged out or
 * refused (the session is then cleared and the user told to log in again).
 */
export function refreshAccessToken(): Promise<string | null> {
  getClient();
  return clientAuthFetch ? clientAuthFetch.refresh() : Promise.resolve(null);
}

/** Shows a request failure as a toast and returns the mapped error. */
export function reportRequestError(error: unknown): UserFacingError {
  const mapped = toUserFacingError(error);
  void Taro.showToast({ title: mapped.message, icon: 'none', duration: 3000 });
  return mapped;
}
