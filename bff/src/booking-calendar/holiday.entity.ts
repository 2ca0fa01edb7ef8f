import type { HolidayKind } from '@shizhong/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A statutory holiday (a day off) or a make-up workday (调休上班), nationwide: every hall shares
 * this table. Dates are Shanghai calendar dates as `YYYY-MM-DD` text, never DATE columns, so no
 * driver or server time zone can shift them.
 */
@Entity('holiday')
export class HolidayEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  kind: HolidayKind;

  /** 国庆节, 春节, …: the holiday the day belongs to. */
  @Column({ type: 'varchar', length: 40 })
  name: string;

  /** Where the row came from: `chinese-days@1.5.7` for the seed, `admin` for edits. */
  @Column({ type: 'varchar', length: 60 })
  source: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
