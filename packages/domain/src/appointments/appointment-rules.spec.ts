import {
  bookingBan,
  cancelRefusal,
  checkInRefusal,
  isNoShow,
  plannedReminders,
} from './appointment-rules';

/** An instant given as Shanghai local time. */
const at = (local: string) => new Date(`${local}+08:00`);

describe('cancelRefusal', () => {
  const start = at('2026-09-29T09:00:00');
  it('allows cancelling until the cut-off before the slot', () => {
    expect(cancelRefusal('BOOKED', start, at('2026-09-29T07:59:59'), 60)).toBeNull();
    expect(cancelRefusal('BOOKED', start, at('2026-09-29T08:00:00'), 60)).toBeNull();
  });
  it('refuses after the cut-off', () => {
    expect(cancelRefusal('BOOKED', start, at('2026-09-29T08:00:01'), 60)).toBe('CANCEL_TOO_LATE');
  });
  it('refuses what is no longer booked', () => {
    for (const status of ['CANCELLED', 'CHECKED_IN', 'NO_SHOW', 'COMPLETED'] as const) {
      expect(cancelRefusal(status, start, at('2026-09-28T09:00:00'), 60)).toBe(
        'APPOINTMENT_NOT_ACTIVE',
      );
    }
  });
});

describe('checkInRefusal', () => {
  const start = at('2026-09-29T09:00:00');
  it('is open from 30 minutes before to 15 minutes after the start', () => {
    expect(checkInRefusal('BOOKED', start, at('2026-09-29T08:29:59'))).toBe('CHECK_IN_TOO_EARLY');
    expect(checkInRefusal('BOOKED', start, at('2026-09-29T08:30:00'))).toBeNull();
    expect(checkInRefusal('BOOKED', start, at('2026-09-29T09:15:00'))).toBeNull();
    expect(checkInRefusal('BOOKED', start, at('2026-09-29T09:15:01'))).toBe('CHECK_IN_TOO_LATE');
  });
  it('refuses a second check-in and a cancelled booking', () => {
    expect(checkInRefusal('CHECKED_IN', start, at('2026-09-29T09:00:00'))).toBe(
      'ALREADY_CHECKED_IN',
    );
    expect(checkInRefusal('CANCELLED', start, at('2026-09-29T09:00:00'))).toBe(
      'APPOINTMENT_NOT_ACTIVE',
    );
  });
});

describe('isNoShow', () => {
  const end = at('2026-09-29T09:30:00');
  it('marks a booking not checked in by the slot end', () => {
    expect(isNoShow('BOOKED', end, at('2026-09-29T09:29:59'))).toBe(false);
    expect(isNoShow('BOOKED', end, at('2026-09-29T09:30:00'))).toBe(true);
    expect(isNoShow('CHECKED_IN', end, at('2026-09-29T18:00:00'))).toBe(false);
    expect(isNoShow('CANCELLED', end, at('2026-09-29T18:00:00'))).toBe(false);
  });
});

describe('bookingBan (3 no-shows in 90 days → 30 days)', () => {
  it('does not ban for two no-shows', () => {
    const ban = bookingBan(
      [at('2026-07-01T10:00:00'), at('2026-08-01T10:00:00')],
      at('2026-08-02T10:00:00'),
    );
    expect(ban).toEqual({ banned: false, until: null, recentNoShows: 2 });
  });

  it('bans for 30 days from the third no-show within 90 days', () => {
    const third = at('2026-09-01T10:00:00');
    const noShows = [at('2026-07-01T10:00:00'), at('2026-08-01T10:00:00'), third];
    const ban = bookingBan(noShows, at('2026-09-02T10:00:00'));
    expect(ban.banned).toBe(true);
    expect(ban.until).toEqual(at('2026-10-01T10:00:00'));
    expect(ban.recentNoShows).toBe(3);
    expect(bookingBan(noShows, at('2026-10-01T10:00:00')).banned).toBe(false);
  });

  it('does not ban when the three no-shows span more than 90 days', () => {
    const noShows = [
      at('2026-01-01T10:00:00'),
      at('2026-03-01T10:00:00'),
      at('2026-04-02T10:00:00'),
    ];
    expect(bookingBan(noShows, at('2026-04-03T10:00:00')).banned).toBe(false);
  });

  it('ignores no-shows "in the future" of now and follows a configured rule', () => {
    const noShows = [at('2026-09-01T10:00:00'), at('2026-09-02T10:00:00')];
    expect(
      bookingBan(noShows, at('2026-09-01T12:00:00'), { count: 2, windowDays: 30, banDays: 7 })
        .banned,
    ).toBe(false);
    const ban = bookingBan(noShows, at('2026-09-03T10:00:00'), {
      count: 2,
      windowDays: 30,
      banDays: 7,
    });
    expect(ban).toMatchObject({ banned: true, until: at('2026-09-09T10:00:00') });
  });
});

describe('plannedReminders', () => {
  it('plans 18:00 the evening before and one hour before', () => {
    expect(plannedReminders(at('2026-10-08T09:00:00'), at('2026-09-28T09:00:00'))).toEqual([
      { kind: 'DAY_BEFORE', sendAt: at('2026-10-07T18:00:00') },
      { kind: 'HOUR_BEFORE', sendAt: at('2026-10-08T08:00:00') },
    ]);
  });
  it('works across a month end in Shanghai time (UTC date differs)', () => {
    expect(plannedReminders(at('2026-10-01T07:30:00'), at('2026-09-20T09:00:00'))[0]).toEqual({
      kind: 'DAY_BEFORE',
      sendAt: at('2026-09-30T18:00:00'),
    });
  });
  it('leaves out reminders whose time has passed when booking', () => {
    expect(plannedReminders(at('2026-10-08T09:00:00'), at('2026-10-07T19:00:00'))).toEqual([
      { kind: 'HOUR_BEFORE', sendAt: at('2026-10-08T08:00:00') },
    ]);
    expect(plannedReminders(at('2026-10-08T09:00:00'), at('2026-10-08T08:30:00'))).toEqual([]);
  });
});
