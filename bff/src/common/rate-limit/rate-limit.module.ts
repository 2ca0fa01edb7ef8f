import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { InMemoryRateLimiter } from './in-memory-rate-limiter';
import { RATE_LIMITER, type RateLimiter } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';

export const RATE_LIMIT_REDIS = Symbol('RATE_LIMIT_REDIS');

/** Closes the Redis connection of the rate limiter when the app stops. */
@Injectable()
class RedisConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }
}

/**
 * The rate limiter of the whole BFF: in memory by default, in Redis (shared across instances)
 * when REDIS_URL is set.
 */
@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMIT_REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null => {
        if (!config.REDIS_URL) return null;
        const redis = new Redis(config.REDIS_URL, {
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          commandTimeout: 1000,
        });
        const logger = new Logger('RateLimit');
        redis.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
        return redis;
      },
    },
    {
      provide: RATE_LIMITER,
      inject: [RATE_LIMIT_REDIS],
      useFactory: (redis: Redis | null): RateLimiter =>
        redis ? new RedisRateLimiter(redis, 'shizhong:rl:') : new InMemoryRateLimiter(),
    },
    RedisConnectionCloser,
  ],
  exports: [RATE_LIMITER],
})
export class RateLimitModule {}
