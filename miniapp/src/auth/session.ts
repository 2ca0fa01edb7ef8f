import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { createSessionStore, type Session, type SessionStore } from './session-store';

let store: SessionStore | undefined;

/** The app-wide login session, kept in Taro storage under `session`. */
export function getSessionStore(): SessionStore {
  store ??= createSessionStore({
    get: (key) => Taro.getStorageSync<unknown>(key),
    set: (key, value) => Taro.setStorageSync(key, value),
    remove: (key) => Taro.removeStorageSync(key),
  });
  return store;
}

/** The current session (null when logged out); re-renders on login, refresh and logout. */
export function useSession(): Session | null {
  const s = getSessionStore();
  return useSyncExternalStore(s.subscribe, s.getSnapshot, s.getSnapshot);
}
