import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  SHIZHONG_BOOKING_SETTINGS,
  SHIZHONG_SCHEDULE,
} from '../../booking-calendar/reference-data/shizhong-schedule';
import { SHIZHONG_HALL_CODE } from '../../halls/reference-data/shizhong-hall';
import { insertRows } from '../insert-rows';

/** SZ-HALL takes bookings: its booking settings and the weekly schedule of its 8 categories. */
export class ShizhongScheduleSeed1763900700200 implements MigrationInterface {
  name = 'ShizhongScheduleSeed1763900700200';

  async up(runner: QueryRunner): Promise<void> {
    const s = SHIZHONG_BOOKING_SETTINGS;
    await insertRows(runner, 'booking_settings', [
      {
        hall_code: SHIZHONG_HALL_CODE,
        horizon_working_days: s.horizonWorkingDays,
        release_time: s.releaseTime,
        release_days_before: s.releaseDaysBefore,
        release_day_unit: s.releaseDayUnit,
        cancel_cutoff_minutes: s.cancelCutoffMinutes,
        max_active_bookings: s.maxActiveBookings,
        no_show_limit: s.noShowLimit,
        no_show_window_days: s.noShowWindowDays,
        no_show_ban_days: s.noShowBanDays,
        updated_at: '2025-11-04 00:00:00.000',
      },
    ]);
    await insertRows(
      runner,
      'schedule_template',
      SHIZHONG_SCHEDULE.map((period) => ({
        hall_code: SHIZHONG_HALL_CODE,
        category_code: period.categoryCode,
        weekday: period.weekday,
        start_time: period.startTime,
        end_time: period.endTime,
        slot_minutes: period.slotMinutes,
        capacity: period.capacity,
      })),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DELETE FROM schedule_template WHERE hall_code = ?', [SHIZHONG_HALL_CODE]);
    await runner.query('DELETE FROM booking_settings WHERE hall_code = ?', [SHIZHONG_HALL_CODE]);
  }
}
