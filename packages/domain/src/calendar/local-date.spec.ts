import {
  addDays,
  dateRange,
  daysBetween,
  isLocalDate,
  isLocalTime,
  isoWeekday,
  minutesOfDay,
  shanghaiDateOf,
  shanghaiInstant,
  shanghaiTimeOf,
  timeOfMinutes,
} from './local-date';

describe('local dates in Asia/Shanghai', () => {
  it('accepts only real days written YYYY-MM-DD in 2000–2099', () => {
    expect(isLocalDate('2026-10-01')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-1-1')).toBe(false);
    expect(isLocalDate('2026/10/01')).toBe(false);
    expect(isLocalDate('1999-12-31')).toBe(false);
    expect(isLocalDate('2100-01-01')).toBe(false);
    expect(isLocalDate(' 2026-10-01')).toBe(false);
  });

  it('accepts times HH:mm, and 24:00 only as the end of a period', () => {
    expect(isLocalTime('09:00')).toBe(true);
    expect(isLocalTime('23:59')).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
    expect(isLocalTime('24:00', true)).toBe(true);
    expect(isLocalTime('9:00')).toBe(false);
    expect(isLocalTime('12:60')).toBe(false);
    expect(minutesOfDay('13:30')).toBe(810);
    expect(timeOfMinutes(810)).toBe('13:30');
    expect(timeOfMinutes(1440)).toBe('24:00');
    expect(() => timeOfMinutes(1441)).toThrow(RangeError);
  });

  it('adds days across month and year ends, leap days included', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-10-10', -7)).toBe('2026-10-03');
    expect(daysBetween('2026-12-25', '2027-01-05')).toBe(11);
    expect(daysBetween('2027-01-05', '2026-12-25')).toBe(-11);
    expect(dateRange('2026-12-30', 4)).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('agrees with Date on every day and weekday of 2000–2099', () => {
    let day = '2000-01-01';
    for (let i = 0; i < 36525; i += 1) {
      const expected = new Date(Date.UTC(2000, 0, 1 + i));
      expect(day).toBe(expected.toISOString().slice(0, 10));
      expect(isoWeekday(day)).toBe(expected.getUTCDay() === 0 ? 7 : expected.getUTCDay());
      expect(daysBetween('2000-01-01', day)).toBe(i);
      day = addDays(day, 1);
    }
    expect(day).toBe('2100-01-01');
  });

  it('knows the weekday (1 = Monday … 7 = Sunday)', () => {
    expect(isoWeekday('2026-09-28')).toBe(1);
    expect(isoWeekday('2026-10-01')).toBe(4);
    expect(isoWeekday('2026-10-10')).toBe(6);
    expect(isoWeekday('2026-09-20')).toBe(7);
    expect(isoWeekday('2027-01-01')).toBe(5);
  });

  it('maps instants to Shanghai dates and back at UTC+8, whatever the machine zone', () => {
    // 2026-09-28 09:00 in Shanghai is 01:00 UTC.
    const morning = new Date('2026-09-28T01:00:00Z');
    expect(shanghaiDateOf(morning)).toBe('2026-09-28');
    expect(shanghaiTimeOf(morning)).toBe('09:00');
    expect(shanghaiInstant('2026-09-28', '09:00').toISOString()).toBe('2026-09-28T01:00:00.000Z');
    // 23:30 UTC on New Year's Eve is already 07:30 on 1 January in Shanghai.
    const newYear = new Date('2026-12-31T23:30:00Z');
    expect(shanghaiDateOf(newYear)).toBe('2027-01-01');
    expect(shanghaiTimeOf(newYear)).toBe('07:30');
    // 15:59:59 UTC is 23:59:59 the same day; 16:00 UTC is midnight of the next.
    expect(shanghaiDateOf(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
    expect(shanghaiDateOf(new Date('2026-03-31T16:00:00Z'))).toBe('2026-04-01');
    expect(shanghaiInstant('2026-12-31', '24:00').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('has no daylight saving: every Shanghai day of 2026 is 24 hours long', () => {
    for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      const length = shanghaiInstant(addDays(day, 1)).getTime() - shanghaiInstant(day).getTime();
      expect(length).toBe(24 * 60 * 60 * 1000);
    }
  });
});
