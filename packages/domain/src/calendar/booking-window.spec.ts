import { calendar2026 } from './calendar-2026.fixture';
import { DEFAULT_BOOKING_WINDOW, bookingHorizon, releaseInstant } from './booking-window';
import { shanghaiInstant } from './local-date';

describe('booking window', () => {
  const calendar = calendar2026();
  const at = (date: string, time: string) => shanghaiInstant(date, time);

  it('spans today and the next 7 working days, across 国庆', () => {
    expect(bookingHorizon(calendar, at('2026-09-28', '09:00'), 7)).toEqual({
      today: '2026-09-28',
      last: '2026-10-13',
      complete: true,
    });
    // From a Saturday: the 7th working day after it.
    expect(bookingHorizon(calendar, at('2026-10-17', '10:00'), 7).last).toBe('2026-10-27');
    // Today is the Shanghai date: 23:30 UTC on 09-27 is already 07:30 on 09-28.
    expect(bookingHorizon(calendar, new Date('2026-09-27T23:30:00Z'), 1).today).toBe('2026-09-28');
  });

  it('stops at the end of the known years', () => {
    expect(bookingHorizon(calendar, at('2026-12-24', '09:00'), 7)).toEqual({
      today: '2026-12-24',
      last: '2026-12-31',
      complete: false,
    });
    const in2027 = bookingHorizon(calendar, at('2027-01-04', '09:00'), 7);
    expect(in2027.complete).toBe(false);
    expect(in2027.last < in2027.today).toBe(true);
  });

  it('releases day D at 08:00 on the 7th working day before D by default', () => {
    // 10-13: 7 working days back is Monday 09-28.
    expect(releaseInstant(calendar, '2026-10-13', DEFAULT_BOOKING_WINDOW)).toEqual(
      at('2026-09-28', '08:00'),
    );
    // Saturday 10-10 (调休): back over 国庆 and 中秋 to Wednesday 09-23.
    expect(releaseInstant(calendar, '2026-10-10', DEFAULT_BOOKING_WINDOW)).toEqual(
      at('2026-09-23', '08:00'),
    );
    // Not knowable when counting back runs into 2025, which has no data here.
    expect(releaseInstant(calendar, '2026-01-05', DEFAULT_BOOKING_WINDOW)).toBeNull();
  });

  it('can count calendar days and another release time instead', () => {
    const settings = {
      releaseTime: '20:00',
      releaseDaysBefore: 7,
      releaseDayUnit: 'CALENDAR_DAY',
    } as const;
    expect(releaseInstant(calendar, '2026-10-10', settings)).toEqual(at('2026-10-03', '20:00'));
    expect(releaseInstant(calendar, '2027-01-03', settings)).toEqual(at('2026-12-27', '20:00'));
  });
});
