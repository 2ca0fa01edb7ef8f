import { Column, Entity, PrimaryColumn } from 'typeorm';

export const OUTBOX_STATUSES = [
  'PENDING',
  'SENDING',
  'SENT',
  'SKIPPED',
  'FAILED',
  'CANCELLED',
] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * A side effect that leaves the BFF (a WeChat subscribe message, later ratings to the approval
 * backend), written in the same transaction as the change that causes it and delivered by
 * OutboxWorker. `dedupe_key` is unique: the same effect is never planned twice.
 *
 * PENDING (due at `due_at`) → SENDING (claimed by one worker until `claimed_until`) → SENT, or
 * back to PENDING with a later `due_at` (a retry), or SKIPPED (nothing to do any more: cancelled
 * appointment, no subscription), FAILED (gave up), CANCELLED (withdrawn before it was due).
 */
@Entity('outbox')
export class OutboxMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Which handler delivers it (e.g. APPOINTMENT_REMINDER). */
  @Column({ type: 'varchar', length: 40 })
  topic: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 120 })
  dedupeKey: string;

  /** JSON for the handler; ids only, never personal data. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 12 })
  status: OutboxStatus;

  @Column({ name: 'due_at', type: 'datetime' })
  dueAt: Date;

  /** Not delivered after this instant (a reminder after the appointment has started). */
  @Column({ name: 'expires_at', type: 'datetime', nullable: true })
  expiresAt: Date | null;

  /** Delivery attempts started. */
  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  /** The claim of the worker delivering it now (random per claim). */
  @Column({ name: 'claim_token', type: 'varchar', length: 36, nullable: true })
  claimToken: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'datetime', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
