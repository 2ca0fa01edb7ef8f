import { PushIterator } from './push-iterator';

describe('PushIterator', () => {
  it('hands pushed values to a waiting reader and buffers the rest in order', async () => {
    const iterator = new PushIterator<number>();
    const first = iterator.next();
    iterator.push(1);
    iterator.push(2);
    iterator.push(3);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await iterator.next()).toEqual({ value: 2, done: false });
    expect(await iterator.next()).toEqual({ value: 3, done: false });
  });

  it('keeps only the newest unread value with the latest buffer', async () => {
    const iterator = new PushIterator<string>({ buffer: { kind: 'latest' } });
    iterator.push('ahead 5');
    iterator.push('ahead 4');
    iterator.push('ahead 3');
    expect(await iterator.next()).toEqual({ value: 'ahead 3', done: false });
  });

  it('drops the oldest values when a slow reader falls behind a bounded queue', async () => {
    const iterator = new PushIterator<number>({ buffer: { kind: 'queue', max: 2 } });
    for (const n of [1, 2, 3, 4]) iterator.push(n);
    expect(await iterator.next()).toEqual({ value: 3, done: false });
    expect(await iterator.next()).toEqual({ value: 4, done: false });
  });

  it('calls onClose once when the reader returns, and ignores later pushes', async () => {
    const onClose = jest.fn();
    const iterator = new PushIterator<number>({ onClose });
    const pending = iterator.next();
    await iterator.return();
    await iterator.return();
    iterator.push(1);
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(iterator.open).toBe(false);
  });

  it('ends after the buffered values, or fails with the given error', async () => {
    const ended = new PushIterator<number>();
    ended.push(1);
    ended.end();
    expect(await ended.next()).toEqual({ value: 1, done: false });
    expect(await ended.next()).toEqual({ value: undefined, done: true });

    const onClose = jest.fn();
    const failed = new PushIterator<number>({ onClose });
    const waiting = failed.next();
    failed.fail(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(await failed.next()).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('works with for await', async () => {
    const iterator = new PushIterator<number>();
    iterator.push(1);
    iterator.push(2);
    iterator.end();
    const seen: number[] = [];
    for await (const value of iterator) seen.push(value);
    expect(seen).toEqual([1, 2]);
  });
});
