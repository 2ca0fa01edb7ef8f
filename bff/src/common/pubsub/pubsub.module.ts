import { Global, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { REDIS } from '../redis/redis.module';
import { InProcessPubSub } from './in-process-pubsub';
import { PubSub } from './pubsub';
import { RedisPubSub } from './redis-pubsub';

/**
 * The channel prefix of a deployment: instances on the same database share messages, instances
 * on another database (another deployment or test run on the same Redis) never see them.
 */
export function pubSubChannelPrefix(config: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR'>): string {
  let scope: string;
  if (config.DATABASE_URL) {
    const url = new URL(config.DATABASE_URL.replace(/^mariadb:/, 'mysql:'));
    scope = `mysql://${url.host}${url.pathname}`;
  } else {
    scope = `sqlite:${resolve(config.DATA_DIR)}`;
  }
  const digest = createHash('sha256').update(scope).digest('hex').slice(0, 12);
  return `shizhong:ps:${digest}:`;
}

/** Closes the Redis listening connection when the app stops. */
@Injectable()
class PubSubCloser implements OnApplicationShutdown {
  constructor(private readonly pubsub: PubSub) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubsub instanceof RedisPubSub) await this.pubsub.close();
  }
}

/**
 * `PubSub` for the whole BFF: in-process without REDIS_URL, Redis pub/sub with it (publishing on
 * RedisModule's connection, listening on a duplicate of it).
 */
@Global()
@Module({
  providers: [
    {
      provide: PubSub,
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis | null): PubSub => {
        if (!redis) return new InProcessPubSub();
        const subscriber = redis.duplicate({
          // Subscriber mode: no command time-outs, queue commands while reconnecting.
          commandTimeout: undefined,
          maxRetriesPerRequest: null,
        });
        const logger = new Logger('PubSub');
        subscriber.on('error', (error: Error) => logger.warn(`Redis subscriber: ${error.message}`));
        return new RedisPubSub(redis, subscriber, pubSubChannelPrefix(config));
      },
    },
    PubSubCloser,
  ],
  exports: [PubSub],
})
export class PubSubModule {}
