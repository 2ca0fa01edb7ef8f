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

/**
 * The BFF's one Redis connection for commands (rate limits, pending SMS codes, caches), or null
 * when REDIS_URL is not set: then every user of it falls back to this instance's memory.
 */
export const REDIS = Symbol('REDIS');

/** Closes the Redis connection when the app stops. */
@Injectable()
class RedisConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis | null => {
        if (!config.REDIS_URL) return null;
        const redis = new Redis(config.REDIS_URL, {
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          commandTimeout: 1000,
        });
        const logger = new Logger('Redis');
        redis.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
        return redis;
      },
    },
    RedisConnectionCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
