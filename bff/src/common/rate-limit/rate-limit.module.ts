import { Global, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../redis/redis.module';
import { InMemoryRateLimiter } from './in-memory-rate-limiter';
import { RATE_LIMITER, type RateLimiter } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

/**
 * The rate limiter of the whole BFF: in memory by default, in Redis (shared across instances)
 * when REDIS_URL is set.
 */
@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMITER,
      inject: [REDIS],
      useFactory: (redis: Redis | null): RateLimiter =>
        redis ? new RedisRateLimiter(redis, 'shizhong:rl:') : new InMemoryRateLimiter(),
    },
  ],
  exports: [RATE_LIMITER],
})
export class RateLimitModule {}
