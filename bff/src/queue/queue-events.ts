import { Injectable, Logger } from '@nestjs/common';

export type QueueChangeKind =
  | 'TAKEN'
  | 'CALLED'
  | 'RECALLED'
  | 'SKIPPED'
  | 'REQUEUED'
  | 'HELD'
  | 'RESUMED'
  | 'TRANSFERRED'
  | 'COMPLETED'
  | 'CANCELLED'
  | 'WINDOW'
  | 'CATEGORY';

/** Something in a hall's queue changed (committed): which categories, tickets and window. */
export interface QueueChange {
  hallCode: string;
  serviceDate: string;
  /** The categories whose queue changed (a transfer names both). */
  categoryCodes: string[];
  ticketIds: string[];
  windowCode: string | null;
  kind: QueueChangeKind;
}

export type QueueChangeListener = (change: QueueChange) => void | Promise<void>;

/**
 * In-process fan-out of committed queue changes. The services emit after their transaction has
 * committed; each listener is called in turn (the realtime module's listener publishes it over
 * pub/sub), and a failing one is logged, never thrown back into the operation that emitted.
 */
@Injectable()
export class QueueEvents {
  private readonly logger = new Logger(QueueEvents.name);
  private readonly listeners = new Set<QueueChangeListener>();

  /** Adds a listener; the returned function removes it. */
  onChange(listener: QueueChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(change: QueueChange): void {
    for (const listener of this.listeners) {
      try {
        const result = listener(change);
        if (result instanceof Promise) {
          result.catch((error: unknown) => this.failed(change, error));
        }
      } catch (error) {
        this.failed(change, error);
      }
    }
  }

  private failed(change: QueueChange, error: unknown): void {
    this.logger.error(
      `queue change listener failed (${change.kind} ${change.hallCode})`,
      error instanceof Error ? error.stack : String(error),
    );
  }
}
