import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { pubSubTopic } from '../../src/common/pubsub/pubsub';
import { RedisPubSub } from '../../src/common/pubsub/redis-pubsub';

const url = process.env.TEST_REDIS_URL;
const describeIfRedis = url ? describe : describe.skip;

if (!url && process.env.CI !== 'true') {
  console.warn(
    '⚠️  SKIPPED Redis pub/sub tests: set TEST_REDIS_URL=redis://127.0.0.1:6379 to run them.',
  );
}

describe('Redis pub/sub is tested in CI', () => {
  it('has TEST_REDIS_URL when CI=true', () => {
    if (process.env.CI === 'true' && !url) {
      throw new Error(
        '✖ CI=true but TEST_REDIS_URL is not set: the Redis pub/sub tests cannot run.',
      );
    }
  });
});

interface Change {
  hallCode: string;
  ticketIds: string[];
}
const CHANGED = pubSubTopic<Change>('test.changed');

describeIfRedis('RedisPubSub between two instances', () => {
  const connections: Redis[] = [];
  const buses: RedisPubSub[] = [];
  const instance = (prefix: string) => {
    const publisher = new Redis(url ?? '', { maxRetriesPerRequest: 1 });
    const subscriber = new Redis(url ?? '', { maxRetriesPerRequest: null });
    connections.push(publisher);
    const bus = new RedisPubSub(publisher, subscriber, prefix);
    buses.push(bus);
    return bus;
  };

  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
    await Promise.all(connections.map((c) => c.quit()));
  });

  it('delivers a message published on one instance to the listeners of both, as JSON', async () => {
    const prefix = `shizhong-test:${randomBytes(4).toString('hex')}:`;
    const one = instance(prefix);
    const two = instance(prefix);
    const elsewhere = instance(`${prefix}other:`);
    const seen: string[] = [];
    const arrived = (who: string, ticket: string) =>
      new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (seen.includes(`${who} ${ticket}`)) {
            clearInterval(check);
            resolve();
          }
        }, 5);
      });
    await one.subscribe(CHANGED, (change) => seen.push(`one ${change.ticketIds.join(',')}`));
    await two.subscribe(CHANGED, (change) => seen.push(`two ${change.ticketIds.join(',')}`));
    await elsewhere.subscribe(CHANGED, () => seen.push('elsewhere'));
    // subscribe() resolves once Redis acknowledged the SUBSCRIBE: nothing published later is lost.
    await one.publish(CHANGED, { hallCode: 'SZ-HALL', ticketIds: ['t1'] });
    await Promise.all([arrived('one', 't1'), arrived('two', 't1')]);

    const iterator = one.asyncIterator(CHANGED);
    // The channel is already subscribed on this instance: the iterator listens at once.
    await two.publish(CHANGED, { hallCode: 'SZ-HALL', ticketIds: ['t2'] });
    expect(await iterator.next()).toEqual({
      value: { hallCode: 'SZ-HALL', ticketIds: ['t2'] },
      done: false,
    });
    await Promise.all([arrived('one', 't2'), arrived('two', 't2')]);
    await iterator.return?.();
    expect(seen).not.toContain('elsewhere');
  });
});
