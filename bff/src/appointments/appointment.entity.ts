import type { AppointmentStatus, FamilyRelation } from '@shizhong/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CheckInMethod = 'QR' | 'STAFF';

/**
 * A booked time at a hall (预约), for the actor or a family member. The person's name, ID
 * number and phone are copied at booking time as PiiCipher ciphertexts (the record outlives a
 * removed family member); `subject_id_number_hash` lets the subject see it too.
 *
 * The database enforces the booking rules that must hold under any concurrency:
 * - `active_key` = `<subject hash>|<category>|<date>` while the appointment holds its person's
 *   place that day (BOOKED, CHECKED_IN, COMPLETED), NULL otherwise; UNIQUE, and NULLs do not
 *   collide on SQLite or MySQL: one active booking per person, category and day.
 * - (`actor_user_id`, `idempotency_key`) UNIQUE: a retried tap books once.
 * - `check_in_code` UNIQUE: what staff type or scan at the console.
 * Capacity is the slot's (`appointment_slot.booked`, one conditional UPDATE).
 */
@Entity('appointment')
export class AppointmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @Column({ name: 'category_code', type: 'varchar', length: 4 })
  categoryCode: string;

  @Column({ name: 'slot_id', type: 'varchar', length: 36 })
  slotId: string;

  /** The slot's Shanghai date and times, as on the slot. */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime: string;

  /** The slot's start and end as instants: sorting, reminders, cut-offs, no-shows. */
  @Column({ name: 'starts_at', type: 'datetime' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'datetime' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 16 })
  status: AppointmentStatus;

  @Column({ name: 'active_key', type: 'varchar', length: 96, nullable: true })
  activeKey: string | null;

  /** Who booked (and may cancel). */
  @Column({ name: 'actor_user_id', type: 'varchar', length: 36 })
  actorUserId: string;

  @Column({ name: 'actor_name_enc', type: 'varchar', length: 512 })
  actorNameEnc: string;

  /** The family member booked for; null when the actor booked for themselves. */
  @Column({ name: 'family_member_id', type: 'varchar', length: 36, nullable: true })
  familyMemberId: string | null;

  /** How the subject is related to the actor, as the actor stated it; null for oneself. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  relation: FamilyRelation | null;

  /** The subject's own account when they have one (for the personal-data audit). */
  @Column({ name: 'subject_user_id', type: 'varchar', length: 36, nullable: true })
  subjectUserId: string | null;

  @Column({ name: 'subject_id_number_hash', type: 'varchar', length: 64 })
  subjectIdNumberHash: string;

  @Column({ name: 'subject_name_enc', type: 'varchar', length: 512 })
  subjectNameEnc: string;

  @Column({ name: 'subject_id_number_enc', type: 'varchar', length: 512 })
  subjectIdNumberEnc: string;

  @Column({ name: 'subject_phone_enc', type: 'varchar', length: 512, nullable: true })
  subjectPhoneEnc: string | null;

  /** The client's key of the booking request; unique per actor. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  /** SHA-256 of what was asked (slot, member, category): a reused key with other input is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'check_in_code', type: 'varchar', length: 12 })
  checkInCode: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'cancelled_at', type: 'datetime', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'checked_in_at', type: 'datetime', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'check_in_method', type: 'varchar', length: 8, nullable: true })
  checkInMethod: CheckInMethod | null;

  /** The staff account that checked the citizen in at the console; null for a QR scan. */
  @Column({ name: 'checked_in_by', type: 'varchar', length: 36, nullable: true })
  checkedInBy: string | null;

  @Column({ name: 'no_show_at', type: 'datetime', nullable: true })
  noShowAt: Date | null;
}

/** `<subject hash>|<category>|<date>`: the value of `active_key` while the booking holds its place. */
export function activeKeyOf(
  subjectIdNumberHash: string,
  categoryCode: string,
  date: string,
): string {
  return `${subjectIdNumberHash}|${categoryCode}|${date}`;
}
