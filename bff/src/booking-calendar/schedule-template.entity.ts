import type { IsoWeekday } from '@shizhong/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One opening period of a hall's weekly schedule for one business category: on `weekday`
 * (1 = Monday … 7 = Sunday) from `start_time` to `end_time`, cut into `slot_minutes` slots of
 * `capacity` places each. Make-up workdays use the Monday periods.
 */
@Entity('schedule_template')
export class ScheduleTemplateEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  @Column({ name: 'category_code', type: 'varchar', length: 4 })
  categoryCode: string;

  @Column({ type: 'int' })
  weekday: IsoWeekday;

  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime: string;

  @Column({ name: 'slot_minutes', type: 'int' })
  slotMinutes: number;

  @Column({ type: 'int' })
  capacity: number;
}
