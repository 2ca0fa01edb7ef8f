import type { ErrorCode } from '../errors/error-code';
import {
  bookingHorizon,
  releaseInstant,
  type BookingHorizon,
  type BookingWindowSettings,
} from './booking-window';
import { dayKind, holidayEntry, type DayKind, type HolidayCalendar } from './holiday-calendar';
import { shanghaiInstant, type LocalDate, type LocalTime } from './local-date';

/**
 * What the booking calendar shows for a day, first match wins:
 *
 * 1. PAST — before today, or today when none of its slots is still to start.
 * 2. NO_HOLIDAY_DATA — the year's holidays are not published: never bookable.
 * 3. HOLIDAY — a statutory holiday without extra service.
 * 4. CLOSED — no slots for this category (weekend, closure, category not served that day).
 * 5. BEYOND_HORIZON — after the last day of the booking horizon.
 * 6. NOT_RELEASED — inside the horizon, but its release time has not come (`releasesAt`).
 * 7. FULL — every slot still to start is booked out.
 * 8. OPEN — at least one place left.
 *
 * Holidays and closures come before the horizon so a month view shows 国庆 as a holiday even
 * when it is beyond the horizon.
 */
export const BOOKING_DAY_STATES = [
  'OPEN',
  'FULL',
  'HOLIDAY',
  'CLOSED',
  'NOT_RELEASED',
  'BEYOND_HORIZON',
  'PAST',
  'NO_HOLIDAY_DATA',
] as const;
export type BookingDayState = (typeof BOOKING_DAY_STATES)[number];

export interface SlotAvailability {
  start: LocalTime;
  /** Places left: the capacity when nothing is booked yet. */
  remaining: number;
}

export interface BookingDayStatus {
  date: LocalDate;
  state: BookingDayState;
  kind: DayKind | null;
  /** The holiday a day off or make-up workday belongs to (国庆节, …). */
  holidayName: string | null;
  /** When the day opens for booking: set for NOT_RELEASED days. */
  releasesAt: Date | null;
  /** Places left in slots still to start (0 unless OPEN or FULL). */
  remaining: number;
}

/** Whether a slot of `date` starting at `start` has started at `now`. */
export function slotHasStarted(date: LocalDate, start: LocalTime, now: Date): boolean {
  return shanghaiInstant(date, start).getTime() <= now.getTime();
}

/**
 * The state of `date` at instant `now`, from the holiday calendar, the hall's booking window and
 * the category's slots that day (from `planSlots`, with what is left of each).
 */
export function bookingDayStatus(input: {
  date: LocalDate;
  now: Date;
  calendar: HolidayCalendar;
  settings: BookingWindowSettings;
  slots: readonly SlotAvailability[];
  /** `bookingHorizon(calendar, now, settings.horizonWorkingDays)`, when already at hand. */
  horizon?: BookingHorizon;
}): BookingDayStatus {
  const { date, now, calendar, settings, slots } = input;
  const kind = dayKind(calendar, date);
  const holidayName = holidayEntry(calendar, date)?.name ?? null;
  const status = (state: BookingDayState, releasesAt: Date | null = null, remaining = 0) => ({
    date,
    state,
    kind,
    holidayName,
    releasesAt,
    remaining,
  });

  const horizon = input.horizon ?? bookingHorizon(calendar, now, settings.horizonWorkingDays);
  if (date < horizon.today) return status('PAST');
  if (kind === null) return status('NO_HOLIDAY_DATA');
  if (slots.length === 0) return status(kind === 'HOLIDAY' ? 'HOLIDAY' : 'CLOSED');
  if (date > horizon.last) return status('BEYOND_HORIZON');
  const releasesAt = releaseInstant(calendar, date, settings);
  if (releasesAt === null) return status('NO_HOLIDAY_DATA');
  if (releasesAt.getTime() > now.getTime()) return status('NOT_RELEASED', releasesAt);
  const ahead = slots.filter((slot) => !slotHasStarted(date, slot.start, now));
  if (ahead.length === 0) return status('PAST');
  const remaining = ahead.reduce((sum, slot) => sum + Math.max(0, slot.remaining), 0);
  return status(remaining > 0 ? 'OPEN' : 'FULL', null, remaining);
}

/** The error a request for a day in this state gets; null when its slots may be shown. */
export const DAY_STATE_ERROR: Record<BookingDayState, ErrorCode | null> = {
  OPEN: null,
  FULL: null,
  HOLIDAY: 'DATE_HOLIDAY',
  CLOSED: 'DATE_CLOSED',
  NOT_RELEASED: 'DATE_NOT_RELEASED',
  BEYOND_HORIZON: 'DATE_BEYOND_HORIZON',
  PAST: 'DATE_IN_PAST',
  NO_HOLIDAY_DATA: 'NO_HOLIDAY_DATA',
};
