import { Logger } from '@nestjs/common';
import { InProcessPubSub } from './in-process-pubsub';
import { pubSubTopic } from './pubsub';
import { pubSubChannelPrefix } from './pubsub.module';

interface Ping {
  hallCode: string;
  at: string;
}
const PING = pubSubTopic<Ping>('test.ping');
const OTHER = pubSubTopic<Ping>('test.other');

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('InProcessPubSub', () => {
  it('delivers a JSON copy to every listener of the topic, after publish returned', async () => {
    const bus = new InProcessPubSub();
    const a: Ping[] = [];
    const b: Ping[] = [];
    const other: Ping[] = [];
    await bus.subscribe(PING, (p) => a.push(p));
    await bus.subscribe(PING, (p) => b.push(p));
    await bus.subscribe(OTHER, (p) => other.push(p));
    const sent = { hallCode: 'SZ-HALL', at: '09:00' };
    await bus.publish(PING, sent);
    expect(a).toEqual([]);
    await tick();
    expect(a).toEqual([sent]);
    expect(b).toEqual([sent]);
    expect(a[0]).not.toBe(sent);
    expect(other).toEqual([]);
  });

  it('stops delivering after unsubscribe, and a throwing listener does not stop the others', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const bus = new InProcessPubSub();
    const seen: string[] = [];
    const stop = await bus.subscribe(PING, (p) => seen.push(`stopped ${p.at}`));
    await bus.subscribe(PING, () => {
      throw new Error('listener bug');
    });
    await bus.subscribe(PING, (p) => seen.push(p.at));
    stop();
    await bus.publish(PING, { hallCode: 'X', at: '1' });
    await tick();
    expect(seen).toEqual(['1']);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it('gives an AsyncIterator for subscription resolvers, with a filter, ended by return()', async () => {
    const bus = new InProcessPubSub();
    const iterator = bus.asyncIterator(PING, { filter: (p) => p.hallCode === 'SZ-HALL' });
    await tick();
    await bus.publish(PING, { hallCode: 'OTHER', at: '1' });
    await bus.publish(PING, { hallCode: 'SZ-HALL', at: '2' });
    expect(await iterator.next()).toEqual({ value: { hallCode: 'SZ-HALL', at: '2' }, done: false });
    await iterator.return?.();
    await bus.publish(PING, { hallCode: 'SZ-HALL', at: '3' });
    await tick();
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});

describe('pubSubChannelPrefix', () => {
  it('is the same for instances on one database and differs between databases', () => {
    const a = pubSubChannelPrefix({ DATABASE_URL: 'mysql://u:p@db:3306/hall', DATA_DIR: 'data' });
    const b = pubSubChannelPrefix({ DATABASE_URL: 'mysql://other:x@db:3306/hall', DATA_DIR: 'x' });
    const c = pubSubChannelPrefix({ DATABASE_URL: 'mysql://u:p@db:3306/test', DATA_DIR: 'data' });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^shizhong:ps:[0-9a-f]{12}:$/);
    expect(a).not.toContain('p@');
  });
});
