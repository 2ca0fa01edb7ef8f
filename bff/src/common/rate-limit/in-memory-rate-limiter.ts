import { fixedWindow, type RateLimiter, type RateLimitResult } from './rate-limiter';

const MAX_KEYS = 100_000;

/** Counts in this process only: for a single instance, development and tests. */
export class InMemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = this.now();
    const { index, endsAt } = fixedWindow(now, windowMs);
    const slot = `${key}:${windowMs}:${index}`;
    if (this.windows.size >= MAX_KEYS) this.evictEnded(now);
    const current = this.windows.get(slot) ?? { count: 0, endsAt };
    current.count += 1;
    this.windows.set(slot, current);
    return Promise.resolve({
      allowed: current.count <= limit,
      count: current.count,
      resetInMs: endsAt - now,
    });
  }

  private evictEnded(now: number): void {
    for (const [slot, window] of this.windows) {
      if (window.endsAt <= now) this.windows.delete(slot);
    }
    // Still full of live windows (an attack on many keys): start afresh rather than grow.
    if (this.windows.size >= MAX_KEYS) this.windows.clear();
  }
}
