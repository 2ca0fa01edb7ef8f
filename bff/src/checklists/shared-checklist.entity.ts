import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ChecklistSubjectKind = 'ITEM' | 'THEME';

/**
 * A read-only snapshot of a filled-in checklist, shared by link (不打回票打清单). Holds only the
 * answers and the ticked material codes: no personal data.
 */
@Entity('shared_checklist')
export class SharedChecklistEntity {
  /** Random and unguessable (128 bits, base64url): whoever has it may read the snapshot. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  token: string;

  @Column({ name: 'subject_kind', type: 'varchar', length: 8 })
  subjectKind: ChecklistSubjectKind;

  @Column({ name: 'subject_code', type: 'varchar', length: 64 })
  subjectCode: string;

  /** JSON of {@link SharedChecklistState}. */
  @Column({ type: 'text' })
  state: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;
}

export interface SharedChecklistState {
  answers: { questionId: string; yes: boolean }[];
  heldCodes: string[];
}
