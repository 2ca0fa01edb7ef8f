import Taro from '@tarojs/taro';
import { createClient, type Client } from 'graphql-ws/client';
import { getSessionStore } from '@/auth/session';
import { createTaroWebSocket } from './taro-web-socket';

/** The BFF's GraphQL WebSocket: same origin in H5, API_BASE_URL (https → wss) in weapp. */
export function realtimeUrl(): string {
  if (process.env.TARO_ENV === 'h5') {
    const { protocol, host } = window.location;
    return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
  }
  return `${API_BASE_URL.replace(/\/+$/, '').replace(/^http/, 'ws')}/graphql`;
}

/** Refresh the access token when it has less than this left before (re)connecting. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * What `connection_init` carries: `{ authorization: 'Bearer <access token>' }` while logged in
 * (refreshed first when about to expire, through the same refresh as HTTP requests), `{}`
 * otherwise. Read at every (re)connection, so a reconnect uses the newest token.
 */
export async function connectionParams(
  refresh: () => Promise<string | null>,
  now: () => number = Date.now,
): Promise<Record<string, string>> {
  const sessions = getSessionStore();
  let session = sessions.getSnapshot();
  if (session && session.expiresAt - now() < REFRESH_MARGIN_MS) {
    await refresh();
    session = sessions.getSnapshot();
  }
  return session ? { authorization: `Bearer ${session.accessToken}` } : {};
}

/**
 * The wait before reconnection attempt `retries` (0-based): 1 s, 2 s, 4 s … up to 30 s, with
 * jitter, and never while the app is in the background (WeChat closes its sockets there and
 * would refuse new ones): the wait starts when the app is shown again.
 */
export async function retryWait(
  retries: number,
  foreground: () => Promise<void>,
  random: () => number = Math.random,
): Promise<void> {
  await foreground();
  const base = Math.min(30_000, 1_000 * 2 ** Math.min(retries, 5));
  await new Promise((resolve) => setTimeout(resolve, base * (0.5 + random() / 2)));
}

let visible = true;
const shown: (() => void)[] = [];
let watchingVisibility = false;

/** Resolves at once while the app is in the foreground, else when it is shown again. */
function foreground(): Promise<void> {
  if (!watchingVisibility) {
    watchingVisibility = true;
    Taro.onAppHide?.(() => {
      visible = false;
    });
    Taro.onAppShow?.(() => {
      visible = true;
      for (const resolve of shown.splice(0)) resolve();
    });
  }
  return visible ? Promise.resolve() : new Promise((resolve) => shown.push(resolve));
}

/**
 * The socket class: in weapp the adapter over Taro.connectSocket (WeChat's SocketTask); in H5 the
 * browser's own WebSocket — Taro's H5 SocketTask reports every close as 1006, and the client must
 * see the BFF's 4401 (token refused) to refresh the login instead of retrying with the same token.
 */
function webSocketImpl(): unknown {
  if (process.env.TARO_ENV === 'h5' && typeof WebSocket !== 'undefined') return WebSocket;
  return createTaroWebSocket();
}

let client: Client | undefined;
let clientUserId: string | null | undefined;

/**
 * The app's one GraphQL WebSocket client (graphql-ws over Taro.connectSocket). All subscriptions
 * share one socket (WeChat allows 5), opened at the first subscription and closed 3 s after the
 * last one ends. A dropped socket is reopened (backoff, see retryWait) and the active
 * subscriptions are sent again — the BFF then answers each with its current state. A new client
 * is made when the account changes (login, logout), so no subscription outlives its account.
 */
export function getRealtimeClient(refresh: () => Promise<string | null>): Client {
  const userId = getSessionStore().getSnapshot()?.user.id ?? null;
  if (client && clientUserId !== userId) {
    void client.dispose();
    client = undefined;
  }
  if (!client) {
    clientUserId = userId;
    client = createClient({
      url: realtimeUrl(),
      webSocketImpl: webSocketImpl(),
      lazy: true,
      lazyCloseTimeout: 3_000,
      keepAlive: 15_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      retryWait: (retries) => retryWait(retries, foreground),
      connectionParams: () => connectionParams(refresh),
    });
  }
  return client;
}
