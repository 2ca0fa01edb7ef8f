import { Logger } from '@nestjs/common';
import { RedisPubSub as RedisEngine } from 'graphql-redis-subscriptions';
import type { Redis } from 'ioredis';
import { PubSub, type PubSubListener, type PubSubTopic } from './pubsub';

/**
 * Pub/sub across instances through Redis (REDIS_URL set), with graphql-redis-subscriptions:
 * one SUBSCRIBE per channel per instance however many listeners it has, JSON on the wire.
 * Publishes on the BFF's command connection; listens on a dedicated connection (a connection in
 * subscriber mode can do nothing else), which ioredis reconnects and re-subscribes by itself.
 * Channels are `<prefix><topic>`: the prefix scopes them to one deployment (one database).
 */
export class RedisPubSub extends PubSub {
  readonly kind = 'redis';
  private readonly logger = new Logger('PubSub');
  private readonly engine: RedisEngine;

  constructor(
    publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
  ) {
    super();
    this.engine = new RedisEngine({ publisher, subscriber });
  }

  async publish<Payload>(topic: PubSubTopic<Payload>, payload: Payload): Promise<void> {
    await this.engine.publish(this.prefix + topic.name, payload);
  }

  async subscribe<Payload>(
    topic: PubSubTopic<Payload>,
    listener: PubSubListener<Payload>,
  ): Promise<() => void> {
    const id = await this.engine.subscribe<Payload>(this.prefix + topic.name, (payload) => {
      try {
        listener(payload);
      } catch (error) {
        this.logger.error({ err: error, topic: topic.name }, 'pub/sub listener failed');
      }
    });
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      this.engine.unsubscribe(id);
    };
  }

  /** Closes the listening connection (the command connection belongs to RedisModule). */
  async close(): Promise<void> {
    await this.subscriber.quit().catch(() => undefined);
  }
}
