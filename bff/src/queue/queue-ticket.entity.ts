import type { FamilyRelation, QueuePriority, QueueTicketStatus } from '@shizhong/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const QUEUE_TICKET_SOURCES = ['DOOR_QR', 'REMOTE', 'APPOINTMENT', 'STAFF'] as const;
/** How a ticket was taken: the door code, remotely near the hall, an appointment check-in, staff. */
export type QueueTicketSource = (typeof QUEUE_TICKET_SOURCES)[number];

/**
 * A queue ticket (取号) of a hall, category and day. The person served is copied from the
 * ActingSubject when it is taken (names as PiiCipher ciphertexts; no ID number or phone is
 * kept — the ID number's blind index lets the subject see it). A green-channel ticket issued by
 * staff has no owner and no subject.
 *
 * The database enforces (see the migration and README.md):
 * - (hall, serial_category_code, service_date, serial) UNIQUE — the number;
 * - (hall, category_code, service_date, active_key) UNIQUE — `active_key` is the subject's hash
 *   while WAITING / CALLED / HELD and NULL otherwise: one active ticket per person and category;
 * - (owner_user_id, idempotency_key) UNIQUE; appointment_id UNIQUE.
 */
@Entity('queue_ticket')
export class QueueTicketEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  /** The queue the ticket is in now (a transfer to another category changes it). */
  @Column({ name: 'category_code', type: 'varchar', length: 4 })
  categoryCode: string;

  /** The category whose counter issued the serial: the number's letter. Never changes. */
  @Column({ name: 'serial_category_code', type: 'varchar', length: 4 })
  serialCategoryCode: string;

  /** The Shanghai date the ticket is for (the day it was taken). */
  @Column({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate: string;

  @Column({ type: 'int' })
  serial: number;

  /** 'A001': formatTicketNumber(serialCategoryCode, serial). */
  @Column({ type: 'varchar', length: 12 })
  number: string;

  @Column({ type: 'varchar', length: 16 })
  priority: QueuePriority;

  @Column({ type: 'varchar', length: 12 })
  status: QueueTicketStatus;

  @Column({ type: 'varchar', length: 12 })
  source: QueueTicketSource;

  /** The account that took it (or booked the appointment): it sees and may cancel it. */
  @Column({ name: 'owner_user_id', type: 'varchar', length: 36, nullable: true })
  ownerUserId: string | null;

  /** The staff account that issued a green-channel ticket. */
  @Column({ name: 'issued_by', type: 'varchar', length: 36, nullable: true })
  issuedBy: string | null;

  /** Staff's reason for a green-channel ticket (internal; never shown to citizens). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  note: string | null;

  @Column({ name: 'actor_name_enc', type: 'varchar', length: 512, nullable: true })
  actorNameEnc: string | null;

  @Column({ name: 'family_member_id', type: 'varchar', length: 36, nullable: true })
  familyMemberId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  relation: FamilyRelation | null;

  @Column({ name: 'subject_user_id', type: 'varchar', length: 36, nullable: true })
  subjectUserId: string | null;

  @Column({ name: 'subject_id_number_hash', type: 'varchar', length: 64, nullable: true })
  subjectIdNumberHash: string | null;

  @Column({ name: 'subject_name_enc', type: 'varchar', length: 512, nullable: true })
  subjectNameEnc: string | null;

  @Column({ name: 'appointment_id', type: 'varchar', length: 36, nullable: true })
  appointmentId: string | null;

  /** Re-queued once after being skipped (过号); a second time is refused. */
  @Column({ type: 'boolean', default: false })
  requeued: boolean;

  @Column({ name: 'taken_at', type: 'datetime' })
  takenAt: Date;

  /** The queue order inside a priority class: taken, or re-queued (a transfer keeps it). */
  @Column({ name: 'queued_at', type: 'datetime' })
  queuedAt: Date;

  /** First called to a window. */
  @Column({ name: 'called_at', type: 'datetime', nullable: true })
  calledAt: Date | null;

  /** Last called or re-called: the display board's order. */
  @Column({ name: 'announced_at', type: 'datetime', nullable: true })
  announcedAt: Date | null;

  /** Since when the window has been serving it (set by CALL and RESUME, cleared by HOLD). */
  @Column({ name: 'serving_since', type: 'datetime', nullable: true })
  servingSince: Date | null;

  /** Seconds served before the last HOLD. */
  @Column({ name: 'served_seconds', type: 'int', default: 0 })
  servedSeconds: number;

  @Column({ name: 'skipped_at', type: 'datetime', nullable: true })
  skippedAt: Date | null;

  @Column({ name: 'completed_at', type: 'datetime', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'datetime', nullable: true })
  cancelledAt: Date | null;

  /** The window that called (or holds) it; null while waiting. */
  @Column({ name: 'window_code', type: 'varchar', length: 40, nullable: true })
  windowCode: string | null;

  /** Transferred to one window: only that window calls it, and first. */
  @Column({ name: 'target_window_code', type: 'varchar', length: 40, nullable: true })
  targetWindowCode: string | null;

  @Column({ name: 'recall_count', type: 'int', default: 0 })
  recallCount: number;

  /** Time at the window, without the time on hold (recorded at COMPLETE). */
  @Column({ name: 'service_seconds', type: 'int', nullable: true })
  serviceSeconds: number | null;

  @Column({ name: 'active_key', type: 'varchar', length: 64, nullable: true })
  activeKey: string | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of what was asked: a reused key with other input is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64, nullable: true })
  requestHash: string | null;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
