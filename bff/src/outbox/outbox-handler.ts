import type { OutboxMessageEntity } from './outbox-message.entity';

/** What a delivery attempt came to. */
export type OutboxOutcome =
  /** Delivered. */
  | { kind: 'SENT' }
  /** Nothing to deliver any more (e.g. the appointment was cancelled); `reason` is recorded. */
  | { kind: 'SKIPPED'; reason: string }
  /** A transient failure (time-out, busy): try again later, with backoff. */
  | { kind: 'RETRY'; error: string }
  /** A permanent failure: give up. */
  | { kind: 'FAILED'; error: string };

/**
 * Delivers the messages of one topic. The worker calls `deliver` for a message it has claimed;
 * a message is handed to at most one worker at a time, on any number of BFF instances.
 */
export interface OutboxHandler<Payload = unknown> {
  topic: string;
  /**
   * True when a message must never be delivered twice (a WeChat message: the API has no
   * idempotency key). A claim that runs out while delivering (the instance died) then ends as
   * FAILED instead of being tried again. False: at least once (the receiver de-duplicates).
   */
  atMostOnce: boolean;
  deliver(payload: Payload, message: OutboxMessageEntity, now: Date): Promise<OutboxOutcome>;
}
