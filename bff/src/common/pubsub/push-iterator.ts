/** How a PushIterator keeps values its reader has not taken yet. */
export type PushIteratorBuffer =
  /** Only the newest unread value: for states (a ticket's position), where older ones are stale. */
  | { kind: 'latest' }
  /** Up to `max` values in order; the oldest is dropped when a slow reader falls further behind. */
  | { kind: 'queue'; max: number };

export interface PushIteratorOptions {
  buffer?: PushIteratorBuffer;
  /** Called once when the reader stops (return(), throw(), or the stream ended). */
  onClose?: () => void;
}

/**
 * An AsyncIterableIterator fed by `push()`: what a GraphQL subscription resolver returns. The
 * reader's `return()` (the client unsubscribed or disconnected) closes it and calls `onClose`,
 * where the producer forgets this reader. Never blocks the producer: a slow reader loses values
 * per its buffer policy instead of growing memory.
 */
export class PushIterator<T> implements AsyncIterableIterator<T> {
  private readonly values: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private readonly waitingFailures: ((error: unknown) => void)[] = [];
  private readonly buffer: PushIteratorBuffer;
  private readonly onClose: (() => void) | undefined;
  private ended = false;
  private failure: { error: unknown } | null = null;
  private closed = false;

  constructor(options: PushIteratorOptions = {}) {
    this.buffer = options.buffer ?? { kind: 'queue', max: 100 };
    this.onClose = options.onClose;
  }

  /** Whether the reader is still there (false after return() or end()). */
  get open(): boolean {
    return !this.ended && !this.closed;
  }

  push(value: T): void {
    if (!this.open) return;
    const reader = this.waiting.shift();
    if (reader) {
      this.waitingFailures.shift();
      reader({ value, done: false });
      return;
    }
    if (this.buffer.kind === 'latest') {
      this.values.length = 0;
    } else if (this.values.length >= this.buffer.max) {
      this.values.shift();
    }
    this.values.push(value);
  }

  /** Ends the stream after the values already pushed. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.flushWaiting();
  }

  /** Ends the stream with an error after the values already pushed. */
  fail(error: unknown): void {
    if (this.ended) return;
    this.failure = { error };
    this.ended = true;
    this.flushWaiting();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.values.length > 0) {
      return Promise.resolve({ value: this.values.shift() as T, done: false });
    }
    if (this.ended || this.closed) {
      if (this.failure && !this.closed) {
        const { error } = this.failure;
        this.failure = null;
        this.close();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      this.close();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise<IteratorResult<T>>((resolve, reject) => {
      this.waiting.push(resolve);
      this.waitingFailures.push(reject);
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.values.length = 0;
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.values.length = 0;
    this.close();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private flushWaiting(): void {
    if (this.values.length > 0) return;
    const readers = this.waiting.splice(0);
    const failures = this.waitingFailures.splice(0);
    if (this.failure && readers.length > 0) {
      const { error } = this.failure;
      this.failure = null;
      this.close();
      failures[0]?.(error instanceof Error ? error : new Error(String(error)));
      for (const reader of readers.slice(1)) reader({ value: undefined, done: true });
      return;
    }
    if (readers.length > 0) this.close();
    for (const reader of readers) reader({ value: undefined, done: true });
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const reader of this.waiting.splice(0)) reader({ value: undefined, done: true });
    this.waitingFailures.length = 0;
    this.onClose?.();
  }
}
