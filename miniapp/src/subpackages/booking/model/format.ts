import { isoWeekday, shanghaiDateOf, shanghaiTimeOf, type LocalDate } from '@shizhong/domain';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** 10月1日 (Shanghai calendar date `YYYY-MM-DD`). */
export function monthDay(date: LocalDate): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** 周四. */
export function weekdayName(date: LocalDate): string {
  return WEEKDAYS[isoWeekday(date) - 1];
}

/** 10月1日 周四. */
export function dayWithWeekday(date: LocalDate): string {
  return `${monthDay(date)} ${weekdayName(date)}`;
}

/** 2026年10月1日 周四. */
export function fullDay(date: LocalDate): string {
  return `${date.slice(0, 4)}年${dayWithWeekday(date)}`;
}

/** 09:00—09:30. */
export function timeRange(start: string, end: string): string {
  return `${start}—${end}`;
}

/** An ISO instant as Shanghai `10月1日 08:00`; the date left out when it is `sameDay`. */
export function instantText(iso: string, sameDay?: LocalDate): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const date = shanghaiDateOf(instant);
  const time = shanghaiTimeOf(instant);
  return date === sameDay ? time : `${monthDay(date)} ${time}`;
}

/** An ISO instant's Shanghai date. */
export function instantDate(iso: string): LocalDate {
  return shanghaiDateOf(new Date(iso));
}
