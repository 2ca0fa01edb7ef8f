import { pubSubTopic } from '../../common/pubsub/pubsub';
import type { QueueChange } from '../queue-events';

/**
 * Committed queue changes, between instances. The change is published, never the pushed payload:
 * every instance builds the views of its own subscribers (QueueLiveViews).
 */
export const QUEUE_CHANGED = pubSubTopic<QueueChange>('queue.changed');

/** Several changes of one hall and day, folded together while the previous ones are processed. */
export interface FoldedQueueChange {
  hallCode: string;
  serviceDate: string;
  categoryCodes: Set<string>;
  ticketIds: Set<string>;
  windowCodes: Set<string>;
  kinds: Set<QueueChange['kind']>;
}

export function foldChange(
  into: FoldedQueueChange | undefined,
  change: QueueChange,
): FoldedQueueChange {
  const folded = into ?? {
    hallCode: change.hallCode,
    serviceDate: change.serviceDate,
    categoryCodes: new Set<string>(),
    ticketIds: new Set<string>(),
    windowCodes: new Set<string>(),
    kinds: new Set<QueueChange['kind']>(),
  };
  for (const code of change.categoryCodes) folded.categoryCodes.add(code);
  for (const id of change.ticketIds) folded.ticketIds.add(id);
  if (change.windowCode) folded.windowCodes.add(change.windowCode);
  folded.kinds.add(change.kind);
  return folded;
}

/**
 * Runs `work` for each hall and day that changed, one at a time and in arrival order; changes
 * that arrive meanwhile for a hall and day already waiting are folded into it. Under a burst
 * (500 takes) the views are rebuilt a few times, not 500 times; alone, a change starts at once.
 */
export class ChangeFolder {
  private readonly pending = new Map<string, FoldedQueueChange>();
  private running: Promise<void> | null = null;

  constructor(
    private readonly work: (change: FoldedQueueChange) => Promise<void>,
    private readonly onError: (error: unknown, change: FoldedQueueChange) => void,
  ) {}

  add(change: QueueChange): void {
    const key = `${change.hallCode}|${change.serviceDate}`;
    this.pending.set(key, foldChange(this.pending.get(key), change));
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when everything added so far has been processed. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const next = this.pending.entries().next();
      if (next.done) return;
      const [key, change] = next.value;
      this.pending.delete(key);
      try {
        await this.work(change);
      } catch (error) {
        this.onError(error, change);
      }
    }
  }
}
