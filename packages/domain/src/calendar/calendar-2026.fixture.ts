import { holidayCalendar, type HolidayCalendar, type HolidayEntry } from './holiday-calendar';
import { addDays, type LocalDate } from './local-date';

function span(from: LocalDate, to: LocalDate, name: string): HolidayEntry[] {
  const entries: HolidayEntry[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    entries.push({ date: day, kind: 'HOLIDAY', name });
  }
  return entries;
}

/** 2026 as the State Council published it (国办发明电〔2025〕7号), for tests. */
export const HOLIDAYS_2026_FOR_TESTS: HolidayEntry[] = [
  ...span('2026-01-01', '2026-01-03', '元旦'),
  ...span('2026-02-15', '2026-02-23', '春节'),
  ...span('2026-04-04', '2026-04-06', '清明'),
  ...span('2026-05-01', '2026-05-05', '劳动节'),
  ...span('2026-06-19', '2026-06-21', '端午'),
  ...span('2026-09-25', '2026-09-27', '中秋'),
  ...span('2026-10-01', '2026-10-07', '国庆节'),
  { date: '2026-01-04', kind: 'MAKEUP_WORKDAY', name: '元旦' },
  { date: '2026-02-14', kind: 'MAKEUP_WORKDAY', name: '春节' },
  { date: '2026-02-28', kind: 'MAKEUP_WORKDAY', name: '春节' },
  { date: '2026-05-09', kind: 'MAKEUP_WORKDAY', name: '劳动节' },
  { date: '2026-09-20', kind: 'MAKEUP_WORKDAY', name: '国庆节' },
  { date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节' },
];

/** A calendar that knows 2026 only (2027 is not published). */
export function calendar2026(): HolidayCalendar {
  return holidayCalendar([2026], HOLIDAYS_2026_FOR_TESTS);
}
