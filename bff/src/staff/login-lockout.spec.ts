import {
  afterFailedLogin,
  afterSuccessfulLogin,
  isLocked,
  lockedMessage,
  lockMinutesLeft,
  type LockoutState,
} from './login-lockout';

const RULES = { maxFailures: 5, lockMinutes: 15 };
const T0 = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('staff login lockout rules', () => {
  it('locks for 15 minutes on the 5th wrong password in a row, not before', () => {
    let state: LockoutState = { failedAttempts: 0, lockedUntil: null };
    for (let i = 1; i <= 4; i += 1) {
      state = afterFailedLogin(state, RULES, T0);
      expect(state).toEqual({ failedAttempts: i, lockedUntil: null });
      expect(isLocked(state.lockedUntil, T0)).toBe(false);
    }
    state = afterFailedLogin(state, RULES, T0);
    expect(state).toEqual({ failedAttempts: 0, lockedUntil: at(15 * 60_000) });
    expect(isLocked(state.lockedUntil, T0)).toBe(true);
    expect(lockMinutesLeft(state.lockedUntil, T0)).toBe(15);
  });

  it('leaves a locked account as it is, and counts again from 0 once the lock has ended', () => {
    const locked: LockoutState = { failedAttempts: 0, lockedUntil: at(15 * 60_000) };
    expect(afterFailedLogin(locked, RULES, at(60_000))).toBe(locked);
    const later = at(15 * 60_000);
    expect(isLocked(locked.lockedUntil, later)).toBe(false);
    expect(afterFailedLogin(locked, RULES, later)).toEqual({
      failedAttempts: 1,
      lockedUntil: locked.lockedUntil,
    });
  });

  it('clears the count after a correct password', () => {
    expect(afterSuccessfulLogin()).toEqual({ failedAttempts: 0, lockedUntil: null });
  });

  it('names the minutes left, rounded up, at least 1 while locked', () => {
    const until = at(15 * 60_000);
    expect(lockMinutesLeft(until, at(59_000))).toBe(15);
    expect(lockMinutesLeft(until, at(60_000))).toBe(14);
    expect(lockMinutesLeft(until, at(15 * 60_000 - 1))).toBe(1);
    expect(lockMinutesLeft(until, until)).toBe(0);
    expect(lockMinutesLeft(null, T0)).toBe(0);
    expect(lockedMessage(12)).toBe(
      '密码错误次数过多，账号已锁定，请 12 分钟后再试或联系管理员解锁',
    );
  });
});
