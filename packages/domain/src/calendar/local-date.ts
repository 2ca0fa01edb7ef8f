/**
 * Dates and times of the hall, in Asia/Shanghai. China has had no daylight saving time since
 * 1991, so Shanghai is UTC+8 all year: a local date and time maps to exactly one instant and back
 * by a fixed offset. Nothing here reads the machine's time zone or clock; instants are passed in.
 *
 * - A local date is a string `YYYY-MM-DD` (it sorts and compares as text).
 * - A local time is a string `HH:mm`, 00:00–24:00 (24:00 only as the end of a period).
 */

export type LocalDate = string;
export type LocalTime = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const SHANGHAI_UTC_OFFSET_MINUTES = 8 * 60;
const OFFSET_MS = SHANGHAI_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** The years the calendar rules accept; anything else is a typing mistake. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

function epochDay(date: LocalDate): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Days since 1970-01-01 → `YYYY-MM-DD` (H. Hinnant's civil_from_days; no Date, no time zone). */
function fromEpochDay(day: number): LocalDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Whether `value` is a real day written `YYYY-MM-DD` in the years 2000–2099. */
export function isLocalDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is a time of day written `HH:mm` (00:00–23:59, or 24:00 when allowed). */
export function isLocalTime(value: string, allowEndOfDay = false): boolean {
  const match = TIME_PATTERN.exec(value);
  if (!match) return false;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (allowEndOfDay && hours === 24 && minutes === 0) return true;
  return hours < 24 && minutes < 60;
}

/** Minutes after midnight of `HH:mm`. */
export function minutesOfDay(time: LocalTime): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`not a time (HH:mm): ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:mm` of minutes after midnight (0–1440). */
export function timeOfMinutes(minutes: number): LocalTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 24 * 60) {
    throw new RangeError(`minutes out of range: ${minutes}`);
  }
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The date `days` calendar days after (or, when negative, before) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDay(to) - epochDay(from);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return (((((epochDay(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** The dates from `from` for `count` days. */
export function dateRange(from: LocalDate, count: number): LocalDate[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** The Shanghai calendar date of an instant. */
export function shanghaiDateOf(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The Shanghai time of day (`HH:mm`, seconds dropped) of an instant. */
export function shanghaiTimeOf(instant: Date): LocalTime {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** The instant of a Shanghai date and time (24:00 is midnight at the end of the day). */
export function shanghaiInstant(date: LocalDate, time: LocalTime = '00:00'): Date {
  return new Date(epochDay(date) * DAY_MS + minutesOfDay(time) * 60_000 - OFFSET_MS);
}
