import { PushIterator, type PushIteratorBuffer } from './push-iterator';

/**
 * A named channel with the type of its messages. Declare one per kind of event next to the
 * feature that publishes it: `export const QUEUE_CHANGED = pubSubTopic<QueueChange>('queue.changed')`.
 * Payloads must survive JSON (strings, numbers, booleans, arrays, plain objects; no Date, Map or
 * class instances): with Redis they cross the wire as JSON, and the in-process bus does the same
 * round trip so a mistake shows up without Redis too.
 */
export interface PubSubTopic<Payload> {
  readonly name: string;
  /** Never set: carries the payload type. */
  readonly payloadType?: Payload;
}

export function pubSubTopic<Payload>(name: string): PubSubTopic<Payload> {
  if (!/^[a-z][a-z0-9.-]*$/.test(name)) throw new Error(`bad pub/sub topic name: ${name}`);
  return { name };
}

export type PubSubListener<Payload> = (payload: Payload) => void;

/**
 * Messages between the BFF's instances (the injection token is this class).
 *
 * - REDIS_URL unset: in-process (one instance; a message reaches this instance's listeners).
 * - REDIS_URL set: Redis pub/sub; a message reaches the listeners of every instance on the same
 *   database, this one included.
 *
 * Delivery is best effort (at most once, no replay after a Redis outage): use it for "look
 * again" signals, never as the record of anything. Listeners run in the order messages arrived.
 */
export abstract class PubSub {
  /** 'in-process' or 'redis', for logs and health. */
  abstract readonly kind: 'in-process' | 'redis';

  /** Sends a message; resolves when it was handed to the bus (never waits for listeners). */
  abstract publish<Payload>(topic: PubSubTopic<Payload>, payload: Payload): Promise<void>;

  /**
   * Calls `listener` for every message of the topic from now on; resolves once listening (with
   * Redis: after SUBSCRIBE was acknowledged) to the function that stops it. A listener that
   * throws is logged and does not disturb the others.
   */
  abstract subscribe<Payload>(
    topic: PubSubTopic<Payload>,
    listener: PubSubListener<Payload>,
  ): Promise<() => void>;

  /**
   * The topic's messages as an AsyncIterator, for `@Subscription` resolvers that pass messages
   * through unchanged: listening starts at once, and ends when the client unsubscribes
   * (the iterator's `return()`). `filter` drops messages this reader must not see.
   */
  asyncIterator<Payload>(
    topic: PubSubTopic<Payload>,
    options: { filter?: (payload: Payload) => boolean; buffer?: PushIteratorBuffer } = {},
  ): AsyncIterableIterator<Payload> {
    let stop: (() => void) | null = null;
    let closed = false;
    const iterator = new PushIterator<Payload>({
      buffer: options.buffer,
      onClose: () => {
        closed = true;
        stop?.();
      },
    });
    this.subscribe(topic, (payload) => {
      if (!options.filter || options.filter(payload)) iterator.push(payload);
    }).then(
      (unsubscribe) => {
        if (closed) unsubscribe();
        else stop = unsubscribe;
      },
      (error: unknown) => iterator.fail(error),
    );
    return iterator;
  }
}
