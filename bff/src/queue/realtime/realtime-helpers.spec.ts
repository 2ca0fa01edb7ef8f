import type { QueueCategorySnapshot } from '../queue-snapshots.service';
import type { QueueChange } from '../queue-events';
import { BatchLoader } from './batch-loader';
import { CategorySnapshotCache } from './category-snapshot-cache';
import { ChangeFolder, type FoldedQueueChange } from './queue-change.topic';
import { queueNoticeData, queueNoticeDedupeKey, queueNoticeMessage } from './queue-notices';

const change = (over: Partial<QueueChange>): QueueChange => ({
  hallCode: 'SZ-HALL',
  serviceDate: '2026-09-29',
  categoryCodes: ['A'],
  ticketIds: [],
  windowCode: null,
  kind: 'TAKEN',
  ...over,
});

describe('ChangeFolder', () => {
  it('folds the changes of a hall and day that arrive while one is processed', async () => {
    const seen: FoldedQueueChange[] = [];
    let release: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (release = resolve));
    const folder = new ChangeFolder(async (c) => {
      seen.push(c);
      if (seen.length === 1) await first;
    }, jest.fn());
    folder.add(change({ ticketIds: ['t1'] }));
    await new Promise((resolve) => setImmediate(resolve));
    folder.add(change({ ticketIds: ['t2'], kind: 'CALLED', windowCode: 'W1' }));
    folder.add(change({ ticketIds: ['t3'], categoryCodes: ['B'], kind: 'CANCELLED' }));
    folder.add(change({ hallCode: 'OTHER', ticketIds: ['t4'] }));
    release();
    await folder.idle();
    expect(
      seen.map((c) => [c.hallCode, [...c.ticketIds], [...c.categoryCodes], [...c.kinds]]),
    ).toEqual([
      ['SZ-HALL', ['t1'], ['A'], ['TAKEN']],
      ['SZ-HALL', ['t2', 't3'], ['A', 'B'], ['CALLED', 'CANCELLED']],
      ['OTHER', ['t4'], ['A'], ['TAKEN']],
    ]);
    expect([...seen[1]!.windowCodes]).toEqual(['W1']);
  });

  it('reports a failed change and goes on with the next', async () => {
    const onError = jest.fn();
    const done: string[] = [];
    const folder = new ChangeFolder(async (c) => {
      if (c.hallCode === 'BAD') throw new Error('db down');
      done.push(c.hallCode);
    }, onError);
    folder.add(change({ hallCode: 'BAD' }));
    folder.add(change({ hallCode: 'GOOD' }));
    await folder.idle();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(done).toEqual(['GOOD']);
  });
});

describe('BatchLoader', () => {
  it('serves the requests made together, and those made during a load, with one load each', async () => {
    const loads: number[][] = [];
    let release: () => void = () => undefined;
    const loader = new BatchLoader<number, string>(async (keys) => {
      loads.push([...keys]);
      if (loads.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return keys.map((key) => `v${key}`);
    });
    const first = [loader.get(1), loader.get(2)];
    await new Promise((resolve) => setImmediate(resolve));
    const later = [loader.get(3), loader.get(4), loader.get(5)];
    release();
    expect(await Promise.all([...first, ...later])).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    expect(loads).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it('rejects every request of a failed load', async () => {
    const loader = new BatchLoader<number, string>(() => Promise.reject(new Error('down')));
    await expect(Promise.all([loader.get(1), loader.get(2)])).rejects.toThrow('down');
  });
});

describe('CategorySnapshotCache', () => {
  const snapshot = (tag: string) => ({ tag }) as unknown as QueueCategorySnapshot;

  it('serves a stored snapshot until a change to its category arrives', () => {
    const cache = new CategorySnapshotCache();
    const marks = cache.mark('H', 'D', ['A', 'B']);
    cache.store(
      'H',
      'D',
      new Map([
        ['A', snapshot('a1')],
        ['B', snapshot('b1')],
      ]),
      marks,
    );
    expect(cache.get('H', 'D', 'A')).toEqual({ tag: 'a1' });
    cache.invalidate('H', 'D', ['A']);
    expect(cache.get('H', 'D', 'A')).toBeNull();
    expect(cache.get('H', 'D', 'B')).toEqual({ tag: 'b1' });
    expect(cache.get('H', 'OTHER-DAY', 'B')).toBeNull();
  });

  it('never stores a snapshot whose read raced a change', () => {
    const cache = new CategorySnapshotCache();
    const marks = cache.mark('H', 'D', ['A']);
    cache.invalidate('H', 'D', ['A']); // a change arrived while reading
    cache.store('H', 'D', new Map([['A', snapshot('stale')]]), marks);
    expect(cache.get('H', 'D', 'A')).toBeNull();
  });
});

describe('queue notices', () => {
  it('are keyed once per ticket and kind, and expire', () => {
    const now = new Date('2026-09-29T01:00:00Z');
    expect(queueNoticeDedupeKey('t1', 'CALLED')).toBe('queue-notice:t1:CALLED');
    expect(queueNoticeMessage('t1', 'CALLED', now)).toEqual({
      topic: 'QUEUE_NOTICE',
      dedupeKey: 'queue-notice:t1:CALLED',
      payload: { ticketId: 't1', kind: 'CALLED' },
      dueAt: now,
      expiresAt: new Date('2026-09-29T01:15:00Z'),
    });
  });

  it('fill the templates within WeChat’s limits', () => {
    const content = {
      number: 'A012',
      categoryName: '综合受理',
      hallName: '济南市市中区政务服务中心',
      zoneName: '一楼东侧综合受理区',
      ahead: 3,
      windowLabel: '12号窗口',
    };
    const almost = queueNoticeData('ALMOST_TURN', content);
    expect(almost).toMatchObject({
      character_string1: 'A012',
      thing2: '综合受理',
      number3: '3',
      thing5: '前面还有3人，请回到大厅等候叫号',
    });
    expect([...almost.thing4!]).toHaveLength(20);
    expect(queueNoticeData('ALMOST_TURN', { ...content, ahead: 0 }).thing5).toBe(
      '下一个就是您，请回到大厅等候叫号',
    );
    expect(queueNoticeData('CALLED', content)).toEqual({
      character_string1: 'A012',
      thing2: '综合受理',
      thing3: '12号窗口',
      thing4: '请到12号窗口办理',
    });
  });
});
