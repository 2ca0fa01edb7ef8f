import {
  CARE_MODE_STORAGE_KEY,
  createCareModeStore,
  type KeyValueStorage,
} from './care-mode-store';

function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & {
  data: Record<string, unknown>;
} {
  const data = { ...initial };
  return { data, get: (k) => data[k], set: (k, v) => void (data[k] = v) };
}

describe('care-mode store', () => {
  it('defaults to the standard mode', () => {
    expect(createCareModeStore(memoryStorage()).getSnapshot()).toBe(false);
  });

  it('restores the stored preference', () => {
    expect(createCareModeStore(memoryStorage({ careMode: true })).getSnapshot()).toBe(true);
  });

  it('persists changes to storage under "careMode"', () => {
    const storage = memoryStorage();
    const store = createCareModeStore(storage);
    store.set(true);
    expect(storage.data[CARE_MODE_STORAGE_KEY]).toBe(true);
    store.toggle();
    expect(storage.data[CARE_MODE_STORAGE_KEY]).toBe(false);
    // A new store (next app start) reads what the last one wrote.
    store.set(true);
    expect(createCareModeStore(storage).getSnapshot()).toBe(true);
  });

  it('notifies subscribers once per change and stops after unsubscribe', () => {
    const store = createCareModeStore(memoryStorage());
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(true);
    store.set(true);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set(false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('survives broken storage', () => {
    const store = createCareModeStore({
      get: () => {
        throw new Error('storage unavailable');
      },
      set: () => {
        throw new Error('quota');
      },
    });
    expect(store.getSnapshot()).toBe(false);
    store.set(true);
    expect(store.getSnapshot()).toBe(true);
  });
});
