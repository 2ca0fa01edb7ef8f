import type { ReleaseDayUnit } from '@shizhong/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How a hall takes bookings; a hall without a row takes none (HALL_NOT_FOUND). */
@Entity('booking_settings')
export class BookingSettingsEntity {
  @PrimaryColumn({ name: 'hall_code', type: 'varchar', length: 32 })
  hallCode: string;

  /** Bookable: today to the N-th working day after today. */
  @Column({ name: 'horizon_working_days', type: 'int' })
  horizonWorkingDays: number;

  /** Day D opens at this Shanghai time (`HH:mm`) … */
  @Column({ name: 'release_time', type: 'varchar', length: 5 })
  releaseTime: string;

  /** … on the N-th (working or calendar) day before D. */
  @Column({ name: 'release_days_before', type: 'int' })
  releaseDaysBefore: number;

  @Column({ name: 'release_day_unit', type: 'varchar', length: 16 })
  releaseDayUnit: ReleaseDayUnit;

  /** Cancelling is allowed until this many minutes before the slot starts. */
  @Column({ name: 'cancel_cutoff_minutes', type: 'int' })
  cancelCutoffMinutes: number;

  /** Active (booked, not yet used) appointments one account may hold. */
  @Column({ name: 'max_active_bookings', type: 'int' })
  maxActiveBookings: number;

  /** `no_show_limit` no-shows within `no_show_window_days` → banned for `no_show_ban_days`. */
  @Column({ name: 'no_show_limit', type: 'int' })
  noShowLimit: number;

  @Column({ name: 'no_show_window_days', type: 'int' })
  noShowWindowDays: number;

  @Column({ name: 'no_show_ban_days', type: 'int' })
  noShowBanDays: number;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
