import type { ScheduleExceptionKind } from '@shizhong/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A dated change to a hall's schedule: a closure (whole day or a period), an extra service day,
 * or 延时服务 evening slots — for one business category, or all of them when `category_code` is
 * null.
 */
@Entity('schedule_exception')
export class ScheduleExceptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ name: 'category_code', type: 'varchar', length: 4, nullable: true })
  categoryCode: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: ScheduleExceptionKind;

  @Column({ name: 'start_time', type: 'varchar', length: 5, nullable: true })
  startTime: string | null;

  @Column({ name: 'end_time', type: 'varchar', length: 5, nullable: true })
  endTime: string | null;

  @Column({ name: 'slot_minutes', type: 'int', nullable: true })
  slotMinutes: number | null;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ type: 'varchar', length: 100 })
  reason: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
