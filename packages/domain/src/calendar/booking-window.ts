import {
  addWorkingDays,
  hasHolidayData,
  isWorkingDay,
  type HolidayCalendar,
} from './holiday-calendar';
import {
  addDays,
  shanghaiDateOf,
  shanghaiInstant,
  type LocalDate,
  type LocalTime,
} from './local-date';

/**
 * When a day can be booked: the booking horizon and the release rule, per hall.
 *
 * - **Horizon**: from today to the N-th working day after today (default 7). Today counts too
 *   (its slots that have not started yet), so on a working day the window spans N + 1 working
 *   days. Weekends and holidays inside it count only when the hall's schedule opens them.
 * - **Release**: day D opens for booking at `releaseTime` on the `releaseDaysBefore`-th working
 *   day before D (default: 08:00, 7 working days before). With the default horizon this means
 *   that at 08:00 on every working day exactly one new working day — the last one of the new
 *   horizon — is released, and nothing opens on weekends and holidays; before 08:00 the newest
 *   day of the horizon shows as not released yet. `releaseDayUnit: 'CALENDAR_DAY'` counts plain
 *   calendar days instead (e.g. "D opens at 08:00 seven calendar days before").
 */
export const RELEASE_DAY_UNITS = ['WORKING_DAY', 'CALENDAR_DAY'] as const;
export type ReleaseDayUnit = (typeof RELEASE_DAY_UNITS)[number];

export interface BookingWindowSettings {
  horizonWorkingDays: number;
  releaseTime: LocalTime;
  releaseDaysBefore: number;
  releaseDayUnit: ReleaseDayUnit;
}

export const DEFAULT_BOOKING_WINDOW: BookingWindowSettings = {
  horizonWorkingDays: 7,
  releaseTime: '08:00',
  releaseDaysBefore: 7,
  releaseDayUnit: 'WORKING_DAY',
};

export interface BookingHorizon {
  /** Today in Shanghai. */
  today: LocalDate;
  /** The last bookable date; before `today` when not even today has holiday data. */
  last: LocalDate;
  /**
   * False when counting the working days ran into a year without holiday data: the horizon
   * then stops on the last day of the known years (the days after it are not bookable anyway).
   */
  complete: boolean;
}

/** The dates that may be booked at instant `now`. */
export function bookingHorizon(
  calendar: HolidayCalendar,
  now: Date,
  workingDays: number,
): BookingHorizon {
  const today = shanghaiDateOf(now);
  if (!hasHolidayData(calendar, today)) {
    return { today, last: addDays(today, -1), complete: false };
  }
  let last = today;
  let left = workingDays;
  while (left > 0) {
    const next = addDays(last, 1);
    const working = isWorkingDay(calendar, next);
    if (working === null) return { today, last, complete: false };
    last = next;
    if (working) left -= 1;
  }
  return { today, last, complete: true };
}

/**
 * The instant day `date` opens for booking, or null when it cannot be known (counting working
 * days back runs into a year without holiday data): such a day must not open.
 */
export function releaseInstant(
  calendar: HolidayCalendar,
  date: LocalDate,
  settings: Pick<BookingWindowSettings, 'releaseTime' | 'releaseDaysBefore' | 'releaseDayUnit'>,
): Date | null {
  const releaseDay =
    settings.releaseDayUnit === 'WORKING_DAY'
      ? addWorkingDays(calendar, date, -settings.releaseDaysBefore)
      : addDays(date, -settings.releaseDaysBefore);
  return releaseDay === null ? null : shanghaiInstant(releaseDay, settings.releaseTime);
}
