import { createSessionStore, sessionFromPayload, SESSION_STORAGE_KEY } from './session-store';

describe('session store', () => {
  it('restores the stored session, writes changes back and notifies subscribers', () => {
    const data = new Map<string, unknown>();
    const storage = {
      get: (key: string) => data.get(key),
      set: (key: string, value: unknown) => void data.set(key, value),
      remove: (key: string) => void data.delete(key),
    };
    const store = createSessionStore(storage);
    expect(store.getSnapshot()).toBeNull();

    const listener = jest.fn();
    store.subscribe(listener);
    const session = sessionFromPayload(
      { accessToken: 'a', refreshToken: 'r', expiresIn: 900, user: { id: 'u1', role: 'CITIZEN' } },
      1_000,
    );
    store.set(session);
    expect(session.expiresAt).toBe(901_000);
    expect(data.get(SESSION_STORAGE_KEY)).toEqual(session);
    expect(createSessionStore(storage).getSnapshot()).toEqual(session);

    store.clear();
    expect(store.getSnapshot()).toBeNull();
    expect(data.has(SESSION_STORAGE_KEY)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('ignores storage that holds no valid session or throws', () => {
    const broken = {
      get: () => ({ accessToken: 'a' }),
      set: () => undefined,
      remove: () => undefined,
    };
    expect(createSessionStore(broken).getSnapshot()).toBeNull();
    const throwing = {
      get: () => {
        throw new Error('no storage');
      },
      set: () => {
        throw new Error('full');
      },
      remove: () => undefined,
    };
    const store = createSessionStore(throwing);
    store.set(
      sessionFromPayload({
        accessToken: 'a',
        refreshToken: 'r',
        expiresIn: 1,
        user: { id: 'u', role: 'CITIZEN' },
      }),
    );
    expect(store.getSnapshot()?.accessToken).toBe('a');
  });
});
