import { AdjustableClock, SystemClock } from './clock';

describe('clocks', () => {
  it('the system clock tells the machine time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('a test clock keeps running from the instant it is set to, or stands still when frozen', () => {
    let machine = Date.parse('2026-11-24T00:00:00Z');
    const clock = new AdjustableClock(() => machine);
    expect(clock.state()).toEqual({ now: new Date(machine), adjusted: false, frozen: false });

    clock.set(new Date('2026-09-28T01:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-09-28T01:00:00.000Z');
    machine += 90_000;
    expect(clock.now().toISOString()).toBe('2026-09-28T01:01:30.000Z');
    expect(clock.state()).toMatchObject({ adjusted: true, frozen: false });

    clock.set(new Date('2026-09-28T01:00:00Z'), true);
    machine += 90_000;
    expect(clock.now().toISOString()).toBe('2026-09-28T01:00:00.000Z');
    expect(clock.state()).toMatchObject({ adjusted: true, frozen: true });

    clock.reset();
    expect(clock.now().getTime()).toBe(machine);
    expect(clock.state().adjusted).toBe(false);
  });
});
