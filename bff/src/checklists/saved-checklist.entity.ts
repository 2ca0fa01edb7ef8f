import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChecklistSubjectKind } from './shared-checklist.entity';

/**
 * A citizen's own filled-in checklist (不打回票打清单), kept on their account so it follows them
 * to another phone. One per account and subject (item or theme); holds only answers and ticked
 * material codes, no personal data. Read and written only with the owner's user id.
 */
@Entity('saved_checklist')
export class SavedChecklistEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'subject_kind', type: 'varchar', length: 8 })
  subjectKind: ChecklistSubjectKind;

  @Column({ name: 'subject_code', type: 'varchar', length: 64 })
  subjectCode: string;

  /** The item or theme name when last saved: shown if it has since left the catalogue. */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** JSON array of `{ questionId, yes }`. */
  @Column({ type: 'text' })
  answers: string;

  /** JSON array of the material codes the citizen has. */
  @Column({ name: 'held_codes', type: 'text' })
  heldCodes: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
