import type { Redis } from 'ioredis';
import { fixedWindow, type RateLimiter, type RateLimitResult } from './rate-limiter';

/** INCR the window's counter and give it an expiry on the first hit, atomically. */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return count
`;

/** Counts in Redis, so every instance of the BFF shares the same windows. */
export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    /** Namespaces the keys, e.g. `shizhong:rl:`. */
    private readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = this.now();
    const { index, endsAt } = fixedWindow(now, windowMs);
    const count = Number(
      await this.redis.eval(HIT_SCRIPT, 1, `${this.prefix}${key}:${windowMs}:${index}`, windowMs),
    );
    return { allowed: count <= limit, count, resetInMs: endsAt - now };
  }
}
