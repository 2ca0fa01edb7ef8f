import { Logger } from '@nestjs/common';
import { PubSub, type PubSubListener, type PubSubTopic } from './pubsub';

/**
 * The pub/sub of a single instance (REDIS_URL unset). Messages are delivered asynchronously and
 * as a JSON copy, exactly as through Redis, so code that works here works across instances.
 */
export class InProcessPubSub extends PubSub {
  readonly kind = 'in-process';
  private readonly logger = new Logger('PubSub');
  private readonly listeners = new Map<string, Set<PubSubListener<unknown>>>();

  publish<Payload>(topic: PubSubTopic<Payload>, payload: Payload): Promise<void> {
    const message = JSON.stringify(payload);
    const listeners = this.listeners.get(topic.name);
    if (!listeners || listeners.size === 0) return Promise.resolve();
    // A listener added or removed while delivering does not change who gets this message.
    const targets = [...listeners];
    setImmediate(() => {
      for (const listener of targets) {
        try {
          listener(JSON.parse(message) as unknown);
        } catch (error) {
          this.logger.error({ err: error, topic: topic.name }, 'pub/sub listener failed');
        }
      }
    });
    return Promise.resolve();
  }

  subscribe<Payload>(
    topic: PubSubTopic<Payload>,
    listener: PubSubListener<Payload>,
  ): Promise<() => void> {
    let listeners = this.listeners.get(topic.name);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(topic.name, listeners);
    }
    const entry = listener as PubSubListener<unknown>;
    listeners.add(entry);
    return Promise.resolve(() => {
      listeners.delete(entry);
      if (listeners.size === 0) this.listeners.delete(topic.name);
    });
  }
}
