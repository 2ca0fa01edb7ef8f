import { addDays, isWeekend, yearOf, type LocalDate } from './local-date';

/**
 * The working-day calendar: Chinese statutory holidays (法定节假日) and make-up workdays
 * (调休上班, a Saturday or Sunday worked in exchange for a longer holiday), year by year.
 *
 * Holidays are published by the State Council once a year, so a year is either known (its
 * holiday data is published) or not. For a year that is not known nothing can be said about
 * any of its days: every function here answers `null` rather than guess, and a booking calendar
 * must never open such a day.
 */

export const DAY_KINDS = ['WORKDAY', 'WEEKEND', 'HOLIDAY', 'MAKEUP_WORKDAY'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export const HOLIDAY_KINDS = ['HOLIDAY', 'MAKEUP_WORKDAY'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface HolidayEntry {
  date: LocalDate;
  kind: HolidayKind;
  /** 国庆节, 春节, …: the holiday a day off or a make-up workday belongs to. */
  name: string;
}

export interface HolidayCalendar {
  /** Years whose holiday data is published; other years are unknown. */
  readonly years: ReadonlySet<number>;
  readonly entries: ReadonlyMap<LocalDate, HolidayEntry>;
}

/**
 * A calendar of the published years and their entries. Entries of years that are not published
 * are ignored: a year being entered by an admin counts only once it is published.
 */
export function holidayCalendar(
  publishedYears: Iterable<number>,
  entries: Iterable<HolidayEntry>,
): HolidayCalendar {
  const years = new Set(publishedYears);
  const map = new Map<LocalDate, HolidayEntry>();
  for (const entry of entries) if (years.has(yearOf(entry.date))) map.set(entry.date, entry);
  return { years, entries: map };
}

export function hasHolidayData(calendar: HolidayCalendar, date: LocalDate): boolean {
  return calendar.years.has(yearOf(date));
}

/** What kind of day `date` is, or null when its year has no holiday data. */
export function dayKind(calendar: HolidayCalendar, date: LocalDate): DayKind | null {
  if (!hasHolidayData(calendar, date)) return null;
  const entry = calendar.entries.get(date);
  if (entry) return entry.kind;
  return isWeekend(date) ? 'WEEKEND' : 'WORKDAY';
}

/** The holiday entry of a date (a day off or a make-up workday), if any. */
export function holidayEntry(calendar: HolidayCalendar, date: LocalDate): HolidayEntry | null {
  return hasHolidayData(calendar, date) ? (calendar.entries.get(date) ?? null) : null;
}

/** Whether people work on `date` (a weekday that is no holiday, or a make-up workday). */
export function isWorkingDay(calendar: HolidayCalendar, date: LocalDate): boolean | null {
  const kind = dayKind(calendar, date);
  if (kind === null) return null;
  return kind === 'WORKDAY' || kind === 'MAKEUP_WORKDAY';
}

/**
 * The `n`-th working day after `date` (before it when `n` is negative); `date` itself is not
 * counted, and `n = 0` gives `date`. Null when the count runs into a year without holiday data.
 */
export function addWorkingDays(
  calendar: HolidayCalendar,
  date: LocalDate,
  n: number,
): LocalDate | null {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = date;
  while (left > 0) {
    day = addDays(day, step);
    const working = isWorkingDay(calendar, day);
    if (working === null) return null;
    if (working) left -= 1;
  }
  return day;
}

/**
 * The number of working days `d` with `from < d ≤ to`; when `to` is earlier, minus the number
 * with `to < d ≤ from`. For n ≥ 0, `workingDaysBetween(d, addWorkingDays(d, n))` is n.
 * Null when the range touches a year without holiday data.
 */
export function workingDaysBetween(
  calendar: HolidayCalendar,
  from: LocalDate,
  to: LocalDate,
): number | null {
  if (to < from) {
    const back = workingDaysBetween(calendar, to, from);
    return back === null ? null : -back;
  }
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    const working = isWorkingDay(calendar, day);
    if (working === null) return null;
    if (working) count += 1;
  }
  return count;
}
