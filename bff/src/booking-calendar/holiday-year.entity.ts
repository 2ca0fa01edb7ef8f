import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Whether a year's holiday data is complete. Only published years are bookable: a year with no
 * row here (2027 until the State Council publishes it and an admin enters it) or with
 * `published = false` is refused as NO_HOLIDAY_DATA.
 */
@Entity('holiday_year')
export class HolidayYearEntity {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ type: 'boolean' })
  published: boolean;

  @Column({ type: 'varchar', length: 60 })
  source: string;

  @Column({ name: 'published_by', type: 'varchar', length: 36, nullable: true })
  publishedBy: string | null;

  @Column({ name: 'published_at', type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
