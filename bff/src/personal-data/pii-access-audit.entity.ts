import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PersonalDataField } from './personal-data-field';

/**
 * One reveal of a whole personal value by staff: who, whose, which field, when, why. Written in
 * the transaction that reads the value; append-only (triggers refuse UPDATE and DELETE,
 * migration 1763900500100). Holds no personal value itself.
 */
@Entity('pii_access_audit')
export class PiiAccessAuditEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'staff_user_id', type: 'varchar', length: 36 })
  staffUserId: string;

  /** The hall of the staff member at the time; null for a system admin. */
  @Column({ name: 'staff_hall_code', type: 'varchar', length: 32, nullable: true })
  staffHallCode: string | null;

  /** APPOINTMENT, …: a kind registered with PersonalDataSubjectRegistry. */
  @Column({ name: 'subject_kind', type: 'varchar', length: 32 })
  subjectKind: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64 })
  subjectId: string;

  /** The hall the record belongs to: what hall admins filter by. */
  @Column({ name: 'subject_hall_code', type: 'varchar', length: 32 })
  subjectHallCode: string;

  /** The citizen whose data it is, when the record belongs to an account. */
  @Column({ name: 'subject_citizen_user_id', type: 'varchar', length: 36, nullable: true })
  subjectCitizenUserId: string | null;

  @Column({ type: 'varchar', length: 16 })
  field: PersonalDataField;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
