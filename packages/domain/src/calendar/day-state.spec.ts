import { calendar2026 } from './calendar-2026.fixture';
import { DEFAULT_BOOKING_WINDOW, type BookingWindowSettings } from './booking-window';
import {
  DAY_STATE_ERROR,
  bookingDayStatus,
  slotHasStarted,
  type BookingDayStatus,
} from './day-state';
import { dayKind } from './holiday-calendar';
import { dateRange, shanghaiInstant, type IsoWeekday } from './local-date';
import { planSlots, type SchedulePeriod } from './slot-plan';

const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5];
const TEMPLATE: SchedulePeriod[] = WEEKDAYS.flatMap((weekday) => [
  { weekday, start: '09:00', end: '12:00', slotMinutes: 30, capacity: 6 },
  { weekday, start: '13:00', end: '17:00', slotMinutes: 30, capacity: 6 },
]);

describe('booking day state', () => {
  const calendar = calendar2026();

  /** The day as a category with TEMPLATE and nothing booked yet sees it. */
  function state(
    date: string,
    now: Date,
    options: { booked?: (start: string) => number; settings?: BookingWindowSettings } = {},
  ): BookingDayStatus {
    const slots = planSlots({
      date,
      kind: dayKind(calendar, date),
      template: TEMPLATE,
      exceptions: [],
    });
    return bookingDayStatus({
      date,
      now,
      calendar,
      settings: options.settings ?? DEFAULT_BOOKING_WINDOW,
      slots: slots.map((slot) => ({
        start: slot.start,
        remaining: slot.capacity - (options.booked?.(slot.start) ?? 0),
      })),
    });
  }

  describe('on Monday 2026-09-28 at 09:00 (the week before 国庆)', () => {
    const now = shanghaiInstant('2026-09-28', '09:00');

    it('shows the fortnight around 国庆', () => {
      const states = Object.fromEntries(
        dateRange('2026-09-26', 20).map((date) => [date, state(date, now).state]),
      );
      expect(states).toEqual({
        '2026-09-26': 'PAST',
        '2026-09-27': 'PAST',
        '2026-09-28': 'OPEN',
        '2026-09-29': 'OPEN',
        '2026-09-30': 'OPEN',
        '2026-10-01': 'HOLIDAY',
        '2026-10-02': 'HOLIDAY',
        '2026-10-03': 'HOLIDAY',
        '2026-10-04': 'HOLIDAY',
        '2026-10-05': 'HOLIDAY',
        '2026-10-06': 'HOLIDAY',
        '2026-10-07': 'HOLIDAY',
        '2026-10-08': 'OPEN',
        '2026-10-09': 'OPEN',
        '2026-10-10': 'OPEN',
        '2026-10-11': 'CLOSED',
        '2026-10-12': 'OPEN',
        '2026-10-13': 'OPEN',
        '2026-10-14': 'BEYOND_HORIZON',
        '2026-10-15': 'BEYOND_HORIZON',
      });
    });

    it('names the holiday and the make-up workday', () => {
      expect(state('2026-10-01', now)).toMatchObject({ kind: 'HOLIDAY', holidayName: '国庆节' });
      expect(state('2026-10-10', now)).toMatchObject({
        state: 'OPEN',
        kind: 'MAKEUP_WORKDAY',
        holidayName: '国庆节',
        remaining: 84,
      });
      expect(state('2026-10-11', now)).toMatchObject({ kind: 'WEEKEND', holidayName: null });
    });

    it('counts only the slots of today that have not started', () => {
      // 09:00 has started; 13 slots of 6 are left.
      expect(state('2026-09-28', now).remaining).toBe(78);
      expect(slotHasStarted('2026-09-28', '09:00', now)).toBe(true);
      expect(slotHasStarted('2026-09-28', '09:30', now)).toBe(false);
      expect(state('2026-09-28', shanghaiInstant('2026-09-28', '16:30')).state).toBe('PAST');
      expect(state('2026-09-28', shanghaiInstant('2026-09-28', '16:29')).remaining).toBe(6);
    });

    it('is FULL when every slot still to start is booked out', () => {
      expect(state('2026-09-29', now, { booked: () => 6 })).toMatchObject({
        state: 'FULL',
        remaining: 0,
      });
      // Only the started 09:00 slot has places: still full.
      expect(
        state('2026-09-28', now, { booked: (start) => (start === '09:00' ? 0 : 6) }).state,
      ).toBe('FULL');
      expect(
        state('2026-09-29', now, { booked: (start) => (start === '16:30' ? 5 : 6) }),
      ).toMatchObject({
        state: 'OPEN',
        remaining: 1,
      });
    });

    it('refuses 2027: no holiday data', () => {
      expect(state('2027-01-04', now).state).toBe('NO_HOLIDAY_DATA');
      expect(state('2027-10-08', now).state).toBe('NO_HOLIDAY_DATA');
    });
  });

  it('shows the newest day of the horizon as not released before 08:00', () => {
    const early = shanghaiInstant('2026-09-28', '07:59');
    expect(state('2026-10-13', early)).toMatchObject({
      state: 'NOT_RELEASED',
      releasesAt: shanghaiInstant('2026-09-28', '08:00'),
    });
    expect(state('2026-10-12', early).state).toBe('OPEN');
    expect(state('2026-10-13', shanghaiInstant('2026-09-28', '08:00')).state).toBe('OPEN');
  });

  it('with a calendar-day release rule, days inside the horizon can wait for release', () => {
    const settings: BookingWindowSettings = {
      ...DEFAULT_BOOKING_WINDOW,
      releaseDayUnit: 'CALENDAR_DAY',
      releaseDaysBefore: 7,
    };
    const now = shanghaiInstant('2026-09-28', '09:00');
    expect(state('2026-10-05', now, { settings }).state).toBe('HOLIDAY');
    expect(state('2026-10-08', now, { settings })).toMatchObject({
      state: 'NOT_RELEASED',
      releasesAt: shanghaiInstant('2026-10-01', '08:00'),
    });
  });

  it('is bookable to the last day of 2026 and refuses 2027 across the year end', () => {
    const now = shanghaiInstant('2026-12-29', '10:00');
    expect(state('2026-12-31', now).state).toBe('OPEN');
    expect(state('2027-01-01', now).state).toBe('NO_HOLIDAY_DATA');
    // On New Year's Day 2027 itself nothing is bookable.
    expect(state('2027-01-04', shanghaiInstant('2027-01-01', '09:00')).state).toBe(
      'NO_HOLIDAY_DATA',
    );
  });

  it('never opens a day whose release cannot be known', () => {
    // Counting 7 working days back from 2026-01-12 runs into 2025, which has no data here.
    expect(state('2026-01-12', shanghaiInstant('2026-01-05', '09:00')).state).toBe(
      'NO_HOLIDAY_DATA',
    );
  });

  it('maps every state that refuses a booking to an error code', () => {
    expect(DAY_STATE_ERROR).toEqual({
      OPEN: null,
      FULL: null,
      HOLIDAY: 'DATE_HOLIDAY',
      CLOSED: 'DATE_CLOSED',
      NOT_RELEASED: 'DATE_NOT_RELEASED',
      BEYOND_HORIZON: 'DATE_BEYOND_HORIZON',
      PAST: 'DATE_IN_PAST',
      NO_HOLIDAY_DATA: 'NO_HOLIDAY_DATA',
    });
  });
});
