import {
  effectiveAppointmentStatus,
  holdsDayPlace,
  isUpcomingAppointment,
} from './appointment-status';

const at = (local: string) => new Date(`${local}+08:00`);

describe('effectiveAppointmentStatus', () => {
  const end = at('2026-09-29T09:30:00');
  it('shows a booked appointment past its slot end as a no-show', () => {
    expect(effectiveAppointmentStatus('BOOKED', end, at('2026-09-29T09:29:59'))).toBe('BOOKED');
    expect(effectiveAppointmentStatus('BOOKED', end, at('2026-09-29T09:30:00'))).toBe('NO_SHOW');
  });
  it('leaves every other status as it is', () => {
    for (const status of ['CANCELLED', 'CHECKED_IN', 'NO_SHOW', 'COMPLETED'] as const) {
      expect(effectiveAppointmentStatus(status, end, at('2026-09-30T09:00:00'))).toBe(status);
    }
  });
});

describe('isUpcomingAppointment', () => {
  const end = at('2026-09-29T09:30:00');
  it('is booked or checked in, before the slot ends', () => {
    expect(isUpcomingAppointment('BOOKED', end, at('2026-09-29T09:00:00'))).toBe(true);
    expect(isUpcomingAppointment('CHECKED_IN', end, at('2026-09-29T09:29:00'))).toBe(true);
    expect(isUpcomingAppointment('CHECKED_IN', end, at('2026-09-29T09:30:00'))).toBe(false);
    expect(isUpcomingAppointment('CANCELLED', end, at('2026-09-28T09:00:00'))).toBe(false);
  });
});

describe('holdsDayPlace', () => {
  it('is freed by cancelling and by a no-show', () => {
    expect(holdsDayPlace('BOOKED')).toBe(true);
    expect(holdsDayPlace('CHECKED_IN')).toBe(true);
    expect(holdsDayPlace('COMPLETED')).toBe(true);
    expect(holdsDayPlace('CANCELLED')).toBe(false);
    expect(holdsDayPlace('NO_SHOW')).toBe(false);
  });
});
