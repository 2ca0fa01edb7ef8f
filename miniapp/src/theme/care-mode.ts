import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { createCareModeStore, type CareModeStore } from './care-mode-store';

let store: CareModeStore | undefined;

/** The app-wide care-mode store, backed by `Taro.setStorageSync('careMode', …)`. */
export function getCareModeStore(): CareModeStore {
  store ??= createCareModeStore({
    get: (key) => Taro.getStorageSync<unknown>(key),
    set: (key, value) => Taro.setStorageSync(key, value),
  });
  return store;
}

export function useCareMode(): [boolean, (careMode: boolean) => void] {
  const s = getCareModeStore();
  const careMode = useSyncExternalStore(s.subscribe, s.getSnapshot, s.getSnapshot);
  return [careMode, s.set];
}
