/** Storage key of the care-mode (长辈版) preference on the device. */
export const CARE_MODE_STORAGE_KEY = 'careMode';

export interface KeyValueStorage {
  get(key: string): unknown;
  set(key: string, value: boolean): void;
}

export type Listener = (careMode: boolean) => void;

export interface CareModeStore {
  getSnapshot(): boolean;
  subscribe(listener: () => void): () => void;
  set(careMode: boolean): void;
  toggle(): void;
}

/**
 * A tiny external store (React `useSyncExternalStore` compatible). Every mounted page
 * subscribes, so switching care mode re-renders all pages at once. The value is restored from
 * storage on creation and written back on every change; storage failures never break the UI.
 */
export function createCareModeStore(storage: KeyValueStorage): CareModeStore {
  let careMode = readInitial(storage);
  const listeners = new Set<() => void>();

  const set = (next: boolean): void => {
    if (next === careMode) return;
    careMode = next;
    try {
      storage.set(CARE_MODE_STORAGE_KEY, next);
    } catch {
      // Storage full or unavailable: keep the in-memory value for this session.
    }
    listeners.forEach((listener) => listener());
  };

  return {
    getSnapshot: () => careMode,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set,
    toggle: () => set(!careMode),
  };
}

function readInitial(storage: KeyValueStorage): boolean {
  try {
    const stored = storage.get(CARE_MODE_STORAGE_KEY);
    return stored === true || stored === 'true';
  } catch {
    return false;
  }
}
