import { calendar2026 } from './calendar-2026.fixture';
import {
  addWorkingDays,
  dayKind,
  hasHolidayData,
  holidayCalendar,
  holidayEntry,
  isWorkingDay,
  workingDaysBetween,
} from './holiday-calendar';
import { addDays } from './local-date';

describe('holiday calendar', () => {
  const calendar = calendar2026();

  it('knows the kind of every 2026 day', () => {
    expect(dayKind(calendar, '2026-09-28')).toBe('WORKDAY');
    expect(dayKind(calendar, '2026-10-17')).toBe('WEEKEND');
    for (let day = '2026-10-01'; day <= '2026-10-07'; day = addDays(day, 1)) {
      expect(dayKind(calendar, day)).toBe('HOLIDAY');
    }
    // 国庆 make-up workdays: Sunday 09-20 and Saturday 10-10.
    expect(dayKind(calendar, '2026-09-20')).toBe('MAKEUP_WORKDAY');
    expect(dayKind(calendar, '2026-10-10')).toBe('MAKEUP_WORKDAY');
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true);
    expect(isWorkingDay(calendar, '2026-10-03')).toBe(false);
    expect(isWorkingDay(calendar, '2026-10-11')).toBe(false);
    expect(holidayEntry(calendar, '2026-10-01')?.name).toBe('国庆节');
    expect(holidayEntry(calendar, '2026-10-10')).toEqual({
      date: '2026-10-10',
      kind: 'MAKEUP_WORKDAY',
      name: '国庆节',
    });
    expect(holidayEntry(calendar, '2026-10-08')).toBeNull();
  });

  it('says nothing about a year without holiday data', () => {
    expect(hasHolidayData(calendar, '2027-01-04')).toBe(false);
    expect(dayKind(calendar, '2027-01-04')).toBeNull();
    expect(isWorkingDay(calendar, '2027-10-01')).toBeNull();
    expect(dayKind(calendar, '2025-12-31')).toBeNull();
  });

  it('ignores entries of a year that is entered but not published', () => {
    const draft = holidayCalendar([2026], [{ date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' }]);
    expect(dayKind(draft, '2027-01-01')).toBeNull();
    const published = holidayCalendar(
      [2026, 2027],
      [{ date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' }],
    );
    expect(dayKind(published, '2027-01-01')).toBe('HOLIDAY');
    expect(dayKind(published, '2027-01-04')).toBe('WORKDAY');
  });

  it('adds working days over 国庆, counting the make-up Saturday', () => {
    // Mon 09-28 → Tue 09-29, Wed 09-30, (10-01…10-07 off), Thu 10-08, Fri 10-09, Sat 10-10.
    expect(addWorkingDays(calendar, '2026-09-28', 1)).toBe('2026-09-29');
    expect(addWorkingDays(calendar, '2026-09-28', 3)).toBe('2026-10-08');
    expect(addWorkingDays(calendar, '2026-09-28', 5)).toBe('2026-10-10');
    expect(addWorkingDays(calendar, '2026-09-28', 7)).toBe('2026-10-13');
    expect(addWorkingDays(calendar, '2026-09-28', 0)).toBe('2026-09-28');
    // From a holiday, the next working day is the first one after it.
    expect(addWorkingDays(calendar, '2026-10-03', 1)).toBe('2026-10-08');
    // Backwards: Sunday 09-20 is a working day, 09-25…27 are 中秋.
    expect(addWorkingDays(calendar, '2026-09-28', -1)).toBe('2026-09-24');
    expect(addWorkingDays(calendar, '2026-09-22', -2)).toBe('2026-09-20');
    expect(addWorkingDays(calendar, '2026-10-13', -7)).toBe('2026-09-28');
  });

  it('adds working days across a month end and stops at an unpublished year', () => {
    expect(addWorkingDays(calendar, '2026-11-27', 3)).toBe('2026-12-02');
    expect(addWorkingDays(calendar, '2026-12-28', 3)).toBe('2026-12-31');
    expect(addWorkingDays(calendar, '2026-12-28', 4)).toBeNull();
    // Back from Monday 01-05: Sunday 01-04 is a make-up workday, then 元旦 and 2025 (unknown).
    expect(addWorkingDays(calendar, '2026-01-05', -1)).toBe('2026-01-04');
    expect(addWorkingDays(calendar, '2026-01-05', -2)).toBeNull();
    expect(() => addWorkingDays(calendar, '2026-10-01', 1.5)).toThrow(RangeError);
  });

  it('counts working days between two dates', () => {
    expect(workingDaysBetween(calendar, '2026-09-28', '2026-10-13')).toBe(7);
    expect(workingDaysBetween(calendar, '2026-10-13', '2026-09-28')).toBe(-7);
    expect(workingDaysBetween(calendar, '2026-09-30', '2026-10-07')).toBe(0);
    expect(workingDaysBetween(calendar, '2026-10-01', '2026-10-01')).toBe(0);
    // September 2026: 22 weekdays, minus 中秋 Friday 09-25, plus make-up Sunday 09-20.
    expect(workingDaysBetween(calendar, '2026-08-31', '2026-09-30')).toBe(22);
    expect(workingDaysBetween(calendar, '2026-12-30', '2027-01-04')).toBeNull();
    for (const n of [0, 1, 4, 9, 30]) {
      const to = addWorkingDays(calendar, '2026-09-18', n);
      expect(to).not.toBeNull();
      expect(workingDaysBetween(calendar, '2026-09-18', to as string)).toBe(n);
    }
  });
});
