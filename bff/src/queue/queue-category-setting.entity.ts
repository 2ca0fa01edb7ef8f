import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A hall admin paused taking tickets in a category (暂停取号); no row: not paused. */
@Entity('queue_category_setting')
export class QueueCategorySettingEntity {
  @PrimaryColumn({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @PrimaryColumn({ name: 'category_code', type: 'varchar', length: 4 })
  categoryCode: string;

  @Column({ type: 'boolean', default: false })
  paused: boolean;

  /** Shown to citizens with the refusal (e.g. 系统升级). */
  @Column({ name: 'paused_reason', type: 'varchar', length: 100, nullable: true })
  pausedReason: string | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
