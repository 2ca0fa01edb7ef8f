import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthRateLimitService } from '../auth/auth-rate-limit.service';
import type { AuthUser } from '../auth/auth-user';
import type { LoginResult } from '../auth/auth.service';
import { SessionService } from '../auth/session.service';
import { AppError } from '../common/errors/app.error';
import { inTransaction } from '../database/transaction';
import { UsersService } from '../users/users.service';
import { isLocked, lockedMessage, lockMinutesLeft } from './login-lockout';
import { PasswordHasher } from './password-hasher';
import { StaffAdminAuditService } from './staff-admin-audit.service';
import { StaffAccountsService, type StaffLoginRecord } from './staff-accounts.service';
import { normaliseStaffUsername } from './staff-credentials-policy';

/**
 * Staff login with username and password, and changing one's own password.
 *
 * An unknown username and a wrong password get the same answer (STAFF_LOGIN_FAILED) after the
 * same work (one scrypt verification). STAFF_LOGIN_MAX_FAILURES wrong passwords in a row lock
 * the account for STAFF_LOCKOUT_MINUTES (STAFF_ACCOUNT_LOCKED, naming the minutes left); a locked
 * account is refused before its password is checked. A disabled account with the right password
 * gets STAFF_ACCOUNT_DISABLED. Attempts are rate-limited per IP and per username
 * (AuthRateLimitService, shared through Redis).
 */
@Injectable()
export class StaffAuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: StaffAccountsService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    private readonly rateLimit: AuthRateLimitService,
    private readonly audit: StaffAdminAuditService,
  ) {}

  async login(
    usernameInput: string,
    password: string,
    ip: string,
    now = new Date(),
  ): Promise<LoginResult> {
    const username = normaliseStaffUsername(usernameInput);
    await this.rateLimit.check('staff-login', ip, username ?? usernameInput.trim().toLowerCase());
    const account = username ? await this.accounts.loginRecordByUsername(username) : null;
    if (!account) {
      await this.hasher.verifyDummy(password);
      throw new AppError('STAFF_LOGIN_FAILED');
    }
    this.refuseIfLocked(account.lockedUntil, now);
    if (!(await this.passwordMatches(account, password))) {
      await this.countFailure(account.userId, now);
      throw new AppError('STAFF_LOGIN_FAILED');
    }
    if (account.disabled) throw new AppError('STAFF_ACCOUNT_DISABLED');
    const rehash = this.hasher.needsRehash(account.passwordHash)
      ? await this.hasher.hash(password)
      : undefined;
    if (!(await this.accounts.recordSuccessfulLogin(account.userId, now, rehash))) {
      // Locked by failures on another instance while this password was being checked.
      const latest = await this.accounts.loginRecordById(account.userId);
      this.refuseIfLocked(latest?.lockedUntil ?? null, now);
      throw new AppError('STAFF_LOGIN_FAILED');
    }
    const user = await this.users.requireById(account.userId);
    return { tokens: await this.sessions.open(user, now), user };
  }

  /**
   * Changes the caller's own password. A wrong current password counts towards the lockout like
   * a failed login; the new one must follow the password rule. Other sessions of the account end.
   */
  async changeOwnPassword(
    caller: AuthUser,
    current: string,
    next: string,
    now = new Date(),
  ): Promise<void> {
    const account = await this.accounts.loginRecordById(caller.userId);
    if (!account) throw new AppError('FORBIDDEN', '该账号不能修改密码');
    this.refuseIfLocked(account.lockedUntil, now);
    if (!(await this.passwordMatches(account, current))) {
      await this.countFailure(account.userId, now);
      throw new AppError('STAFF_PASSWORD_INCORRECT');
    }
    if (next === current) {
      throw new AppError('STAFF_PASSWORD_WEAK', '新密码不能与当前密码相同', {
        field: 'newPassword',
      });
    }
    await inTransaction(this.dataSource, async (manager) => {
      await this.accounts.setPassword(account.userId, next, manager, now);
      await this.audit.record(
        manager,
        {
          actorUserId: caller.userId,
          action: 'CHANGE_OWN_PASSWORD',
          targetUserId: caller.userId,
          targetHallCode: account.hallCode,
          detail: {},
        },
        now,
      );
    });
    await this.sessions.revokeAllOf(caller.userId, caller.sessionId);
  }

  private async passwordMatches(account: StaffLoginRecord, password: string): Promise<boolean> {
    if (!this.hasher.isWellFormed(account.passwordHash)) {
      // No usable hash (an account without password login): spend the same time, then refuse.
      await this.hasher.verifyDummy(password);
      return false;
    }
    return this.hasher.verify(password, account.passwordHash);
  }

  /** Counts a wrong password; STAFF_ACCOUNT_LOCKED when this one (or a concurrent one) locked it. */
  private async countFailure(userId: string, now: Date): Promise<void> {
    const state = await this.accounts.recordFailedLogin(userId, now);
    this.refuseIfLocked(state.lockedUntil, now);
  }

  private refuseIfLocked(lockedUntil: Date | null, now: Date): void {
    if (!isLocked(lockedUntil, now)) return;
    const minutes = lockMinutesLeft(lockedUntil, now);
    throw new AppError('STAFF_ACCOUNT_LOCKED', lockedMessage(minutes), {
      retryAfterMinutes: minutes,
    });
  }
}
