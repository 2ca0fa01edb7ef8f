import { Client, cacheExchange, fetchExchange } from '@urql/core';
import Taro from '@tarojs/taro';
import { toUserFacingError, type UserFacingError } from './errors';
import { createTaroFetch } from './taro-fetch';

/** H5 is served next to the BFF (same origin); the mini-program needs an absolute URL. */
export function getGraphqlUrl(): string {
  if (process.env.TARO_ENV === 'h5') return '/graphql';
  return `${API_BASE_URL.replace(/\/+$/, '')}/graphql`;
}

let client: Client | undefined;

/** The one GraphQL client of the app. Pages use `useGraphqlQuery` / service functions. */
export function getClient(): Client {
  client ??= new Client({
    url: getGraphqlUrl(),
    exchanges: [cacheExchange, fetchExchange],
    // urql only needs status, statusText, headers.get and text() from the response.
    fetch: createTaroFetch() as unknown as typeof fetch,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
  return client;
}

/** Shows a request failure as a toast and returns the mapped error. */
export function reportRequestError(error: unknown): UserFacingError {
  const mapped = toUserFacingError(error);
  void Taro.showToast({ title: mapped.message, icon: 'none', duration: 3000 });
  return mapped;
}
