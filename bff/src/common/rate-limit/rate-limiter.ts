/** The outcome of counting one attempt against a limit. */
export interface RateLimitResult {
  allowed: boolean;
  /** Attempts in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends and the count starts again. */
  resetInMs: number;
}

/**
 * Fixed-window counters: at most `limit` attempts per `windowMs` for one key. The in-memory one
 * counts per process; the Redis one is shared by every instance of the BFF.
 */
export interface RateLimiter {
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
}

export const RATE_LIMITER = Symbol('RATE_LIMITER');

/** The window a moment falls in, and when it ends. */
export function fixedWindow(now: number, windowMs: number): { index: number; endsAt: number } {
  const index = Math.floor(now / windowMs);
  return { index, endsAt: (index + 1) * windowMs };
}
