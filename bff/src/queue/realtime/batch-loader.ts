/**
 * Loads many keys with one call: requests made while a load runs (or in the same tick) wait for
 * the next load, which serves them all. When 500 phones subscribe at once, their tickets' current
 * views cost a handful of snapshot reads instead of 500 (each of which reads the whole queue).
 */
export class BatchLoader<Key, Value> {
  private next: {
    keys: Key[];
    waiters: { resolve: (v: Value) => void; reject: (e: unknown) => void; index: number }[];
  } | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly load: (keys: readonly Key[]) => Promise<readonly Value[]>) {}

  get(key: Key): Promise<Value> {
    return new Promise<Value>((resolve, reject) => {
      this.next ??= { keys: [], waiters: [] };
      this.next.waiters.push({ resolve, reject, index: this.next.keys.length });
      this.next.keys.push(key);
      this.running ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    // Let the requests of this tick join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.next) {
      const batch = this.next;
      this.next = null;
      try {
        const values = await this.load(batch.keys);
        for (const waiter of batch.waiters) waiter.resolve(values[waiter.index] as Value);
      } catch (error) {
        for (const waiter of batch.waiters) waiter.reject(error);
      }
    }
    this.running = null;
  }
}
