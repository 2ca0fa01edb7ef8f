/**
 * The lockout rules of staff logins, as pure functions. The database applies the same rule in one
 * conditional UPDATE (StaffAccountsService.recordFailedLogin), so that concurrent failures on
 * several instances are all counted; these functions describe and check it.
 */

export interface LockoutRules {
  /** Wrong passwords in a row that lock the account. */
  maxFailures: number;
  /** How long the lock lasts. */
  lockMinutes: number;
}

export interface LockoutState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

/** Whether the account refuses logins at `now`. */
export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** Whole minutes until the lock ends, rounded up (at least 1 while locked, 0 when not). */
export function lockMinutesLeft(lockedUntil: Date | null, now: Date): number {
  if (!isLocked(lockedUntil, now)) return 0;
  return Math.max(1, Math.ceil(((lockedUntil as Date).getTime() - now.getTime()) / 60_000));
}

/**
 * The state after one more wrong password on an unlocked account: the count goes up; reaching
 * `maxFailures` locks the account for `lockMinutes` and starts the count again, so after the lock
 * ends there are `maxFailures` new tries. A locked account is not changed (the attempt is refused
 * before any password is checked).
 */
export function afterFailedLogin(
  state: LockoutState,
  rules: LockoutRules,
  now: Date,
): LockoutState {
  if (isLocked(state.lockedUntil, now)) return state;
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts >= rules.maxFailures) {
    return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + rules.lockMinutes * 60_000) };
  }
  return { failedAttempts, lockedUntil: state.lockedUntil };
}

/** The state after a correct password: the count and any expired lock are cleared. */
export function afterSuccessfulLogin(): LockoutState {
  return { failedAttempts: 0, lockedUntil: null };
}

/** 账号已锁定的提示: names the minutes left. */
export function lockedMessage(minutesLeft: number): string {
  return `密码错误次数过多，账号已锁定，请 ${minutesLeft} 分钟后再试或联系管理员解锁`;
}
