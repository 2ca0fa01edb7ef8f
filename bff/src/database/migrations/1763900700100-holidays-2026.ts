import type { HolidayKind } from '@shizhong/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { insertRows } from '../insert-rows';

/** Where the 2026 rows came from; the rows are copied here so the migration never changes. */
export const HOLIDAY_SOURCE_2026 = 'chinese-days@1.5.7';

/**
 * 2026 as published by the State Council (国办发明电〔2025〕7号), generated from `chinese-days`
 * 1.5.7 when this migration was written: [date, kind, name]. A unit test
 * (booking-calendar/holidays-2026.spec.ts) checks it still equals what the package says.
 */
export const HOLIDAYS_2026: ReadonlyArray<readonly [string, HolidayKind, string]> = [
  ['2026-01-01', 'HOLIDAY', '元旦'],
  ['2026-01-02', 'HOLIDAY', '元旦'],
  ['2026-01-03', 'HOLIDAY', '元旦'],
  ['2026-01-04', 'MAKEUP_WORKDAY', '元旦'],
  ['2026-02-14', 'MAKEUP_WORKDAY', '春节'],
  ['2026-02-15', 'HOLIDAY', '春节'],
  ['2026-02-16', 'HOLIDAY', '春节'],
  ['2026-02-17', 'HOLIDAY', '春节'],
  ['2026-02-18', 'HOLIDAY', '春节'],
  ['2026-02-19', 'HOLIDAY', '春节'],
  ['2026-02-20', 'HOLIDAY', '春节'],
  ['2026-02-21', 'HOLIDAY', '春节'],
  ['2026-02-22', 'HOLIDAY', '春节'],
  ['2026-02-23', 'HOLIDAY', '春节'],
  ['2026-02-28', 'MAKEUP_WORKDAY', '春节'],
  ['2026-04-04', 'HOLIDAY', '清明'],
  ['2026-04-05', 'HOLIDAY', '清明'],
  ['2026-04-06', 'HOLIDAY', '清明'],
  ['2026-05-01', 'HOLIDAY', '劳动节'],
  ['2026-05-02', 'HOLIDAY', '劳动节'],
  ['2026-05-03', 'HOLIDAY', '劳动节'],
  ['2026-05-04', 'HOLIDAY', '劳动节'],
  ['2026-05-05', 'HOLIDAY', '劳动节'],
  ['2026-05-09', 'MAKEUP_WORKDAY', '劳动节'],
  ['2026-06-19', 'HOLIDAY', '端午'],
  ['2026-06-20', 'HOLIDAY', '端午'],
  ['2026-06-21', 'HOLIDAY', '端午'],
  ['2026-09-20', 'MAKEUP_WORKDAY', '国庆节'],
  ['2026-09-25', 'HOLIDAY', '中秋'],
  ['2026-09-26', 'HOLIDAY', '中秋'],
  ['2026-09-27', 'HOLIDAY', '中秋'],
  ['2026-10-01', 'HOLIDAY', '国庆节'],
  ['2026-10-02', 'HOLIDAY', '国庆节'],
  ['2026-10-03', 'HOLIDAY', '国庆节'],
  ['2026-10-04', 'HOLIDAY', '国庆节'],
  ['2026-10-05', 'HOLIDAY', '国庆节'],
  ['2026-10-06', 'HOLIDAY', '国庆节'],
  ['2026-10-07', 'HOLIDAY', '国庆节'],
  ['2026-10-10', 'MAKEUP_WORKDAY', '国庆节'],
];

/** Seeds 2026's holidays and make-up workdays and marks 2026 published; 2027 stays unknown. */
export class Holidays20261763900700100 implements MigrationInterface {
  name = 'Holidays20261763900700100';

  async up(runner: QueryRunner): Promise<void> {
    // A fixed UTC instant in the text form TypeORM stores on both databases.
    const seededAt = '2025-11-04 00:00:00.000';
    await insertRows(
      runner,
      'holiday',
      HOLIDAYS_2026.map(([date, kind, name]) => ({
        date,
        year: 2026,
        kind,
        name,
        source: HOLIDAY_SOURCE_2026,
        created_by: null,
        created_at: seededAt,
        updated_by: null,
        updated_at: seededAt,
      })),
    );
    await insertRows(runner, 'holiday_year', [
      {
        year: 2026,
        published: 1,
        source: HOLIDAY_SOURCE_2026,
        published_by: null,
        published_at: seededAt,
        created_at: seededAt,
      },
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DELETE FROM holiday_year WHERE year = ?', [2026]);
    await runner.query('DELETE FROM holiday WHERE year = ?', [2026]);
  }
}
