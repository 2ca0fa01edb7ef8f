/** Storage key of the login session on the device. */
export const SESSION_STORAGE_KEY = 'session';

export type AccountRole = 'CITIZEN' | 'STAFF' | 'HALL_ADMIN' | 'SYSTEM_ADMIN';

export interface SessionUser {
  id: string;
  role: AccountRole;
}

/** What the device keeps after a login: the tokens and who they belong to (no personal data). */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token stops working. */
  expiresAt: number;
  user: SessionUser;
}

/** The AuthPayload fields a login or refresh answers with. */
export interface AuthPayloadLike {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: SessionUser;
}

export interface SessionStorage {
  get(key: string): unknown;
  set(key: string, value: Session): void;
  remove(key: string): void;
}

export interface SessionStore {
  /** The current session, or null when logged out (stable between changes). */
  getSnapshot(): Session | null;
  subscribe(listener: () => void): () => void;
  set(session: Session): void;
  clear(): void;
}

export function sessionFromPayload(payload: AuthPayloadLike, now: number = Date.now()): Session {
  return {
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    expiresAt: now + payload.expiresIn * 1000,
    user: { id: payload.user.id, role: payload.user.role },
  };
}

/**
 * The login session as a tiny external store (like the care-mode store): restored from storage on
 * creation, written back on every change, `useSyncExternalStore` compatible. Storage failures
 * never break the UI (the session then lasts until the app is closed).
 */
export function createSessionStore(storage: SessionStorage): SessionStore {
  let session = readInitial(storage);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    getSnapshot: () => session,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next) {
      session = next;
      try {
        storage.set(SESSION_STORAGE_KEY, next);
      } catch {
        // keep the in-memory session
      }
      notify();
    },
    clear() {
      if (session === null) return;
      session = null;
      try {
        storage.remove(SESSION_STORAGE_KEY);
      } catch {
        // nothing stored that could be read back as a session
      }
      notify();
    },
  };
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Session>;
  return (
    typeof v.accessToken === 'string' &&
    typeof v.refreshToken === 'string' &&
    typeof v.expiresAt === 'number' &&
    typeof v.user === 'object' &&
    v.user !== null &&
    typeof v.user.id === 'string' &&
    typeof v.user.role === 'string'
  );
}

function readInitial(storage: SessionStorage): Session | null {
  try {
    const stored = storage.get(SESSION_STORAGE_KEY);
    return isSession(stored) ? stored : null;
  } catch {
    return null;
  }
}
