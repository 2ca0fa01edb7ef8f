import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app.error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/unique-violation';
import { HallZoneEntity } from '../halls/hall-zone.entity';
import { ServicePointEntity } from '../halls/service-point.entity';
import { ServiceWindowEntity } from '../halls/service-window.entity';
import { AppUserEntity } from '../users/app-user.entity';
import type { LockoutRules, LockoutState } from './login-lockout';
import { PasswordHasher } from './password-hasher';
import { StaffAccountEntity } from './staff-account.entity';
import { StaffAssignmentService, type HallRef } from './staff-assignment.service';
import {
  normaliseStaffDisplayName,
  normaliseStaffUsername,
  STAFF_DISPLAY_NAME_MESSAGE,
  STAFF_PASSWORD_MESSAGES,
  STAFF_USERNAME_MESSAGE,
  staffPasswordProblem,
} from './staff-credentials-policy';
import { isStaffRole, roleHasHall, type StaffRole } from './staff-role';
import { StaffWindowAssignmentEntity } from './staff-window-assignment.entity';
import { StaffZoneAssignmentEntity } from './staff-zone-assignment.entity';
import { inTransaction } from '../database/transaction';

/** A staff account as admins and the account itself see it: no password hash. */
export interface StaffAccountView {
  userId: string;
  username: string;
  displayName: string;
  role: StaffRole;
  hall: HallRef | null;
  zones: { code: string; name: string }[];
  windows: { code: string; number: number; label: string }[];
  disabled: boolean;
  failedAttempts: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface NewStaffAccount {
  username: string;
  displayName: string;
  /** Null: no password login at all (demo accounts, which log in through demoLogin only). */
  password: string | null;
  role: StaffRole;
  hallCode: string | null;
  zoneCodes: readonly string[];
  windowCodes: readonly string[];
  createdBy: string | null;
}

/** What a login needs to know about an account. */
export interface StaffLoginRecord {
  userId: string;
  role: StaffRole;
  hallCode: string | null;
  passwordHash: string;
  disabled: boolean;
  lockedUntil: Date | null;
}

/** Stored instead of a hash for accounts without a password: never matches anything. */
export const NO_PASSWORD = '!no-password-login';

/**
 * Staff accounts in the database: creation with validation, reads for admins and `me`, and the
 * atomic updates of the login lockout. Who may do what to which account is decided by the
 * callers (StaffAdminService, StaffLoginService); methods take an optional EntityManager so that
 * a change and its audit row share one transaction.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly assignments: StaffAssignmentService,
  ) {}

  get lockoutRules(): LockoutRules {
    return {
      maxFailures: this.config.STAFF_LOGIN_MAX_FAILURES,
      lockMinutes: this.config.STAFF_LOCKOUT_MINUTES,
    };
  }

  /**
   * Validates and creates an account (app_user + staff_account + assignments) in one
   * transaction. STAFF_USERNAME_TAKEN, STAFF_PASSWORD_WEAK, STAFF_ASSIGNMENT_INVALID or
   * BAD_USER_INPUT when something is wrong; nothing is half-written.
   */
  async create(input: NewStaffAccount, manager?: EntityManager, now = new Date()): Promise<string> {
    const username = normaliseStaffUsername(input.username);
    if (!username) {
      throw new AppError('BAD_USER_INPUT', STAFF_USERNAME_MESSAGE, { field: 'username' });
    }
    const displayName = normaliseStaffDisplayName(input.displayName);
    if (!displayName) {
      throw new AppError('BAD_USER_INPUT', STAFF_DISPLAY_NAME_MESSAGE, { field: 'displayName' });
    }
    if (!isStaffRole(input.role)) throw new AppError('BAD_USER_INPUT', '请选择账号角色');
    if (input.password !== null) requireStrongPassword(input.password);
    if (roleHasHall(input.role) && !input.hallCode) {
      throw new AppError('STAFF_ASSIGNMENT_INVALID', '请选择所属大厅', { field: 'hallCode' });
    }
    if (
      !roleHasHall(input.role) &&
      (input.hallCode || input.zoneCodes.length || input.windowCodes.length)
    ) {
      throw new AppError(
        'STAFF_ASSIGNMENT_INVALID',
        '系统管理员不属于任何大厅，不能分配区域或窗口',
        {
          field: 'hallCode',
        },
      );
    }
    // Hash outside the transaction: it takes a while and needs no row.
    const passwordHash =
      input.password === null ? NO_PASSWORD : await this.hasher.hash(input.password);
    const userId = randomUUID();
    try {
      await this.inTransaction(manager, async (m) => {
        const hallCode = input.hallCode
          ? (await this.assignments.requireHall(input.hallCode, m)).code
          : null;
        const assignment = hallCode
          ? await this.assignments.requireAssignment(
              hallCode,
              input.zoneCodes,
              input.windowCodes,
              m,
            )
          : { zoneCodes: [], windowCodes: [] };
        if (await m.getRepository(StaffAccountEntity).exists({ where: { username } })) {
          throw new AppError('STAFF_USERNAME_TAKEN');
        }
        await m.getRepository(AppUserEntity).insert({
          id: userId,
          openid: null,
          role: input.role,
          careMode: false,
          createdAt: now,
          lastLoginAt: now,
        });
        await m.getRepository(StaffAccountEntity).insert({
          userId,
          username,
          passwordHash,
          displayName,
          hallCode,
          disabled: false,
          failedAttempts: 0,
          lockedUntil: null,
          passwordChangedAt: now,
          lastLoginAt: null,
          createdBy: input.createdBy,
          createdAt: now,
        });
        await this.writeAssignment(m, userId, assignment.zoneCodes, assignment.windowCodes);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('STAFF_USERNAME_TAKEN');
      throw error;
    }
    return userId;
  }

  /** The account, or null when there is no staff account with this user id. */
  async view(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffAccountView | null> {
    const [view] = await this.views(manager, { userId });
    return view ?? null;
  }

  /** Every staff account of a hall (or of all halls, system admins included), by username. */
  async list(hallCode: string | null): Promise<StaffAccountView[]> {
    return this.views(this.dataSource.manager, hallCode ? { hallCode } : {});
  }

  async loginRecordByUsername(username: string): Promise<StaffLoginRecord | null> {
    return this.loginRecord({ username });
  }

  async loginRecordById(userId: string): Promise<StaffLoginRecord | null> {
    return this.loginRecord({ userId });
  }

  /**
   * Counts one wrong password, atomically: one conditional UPDATE that increments the count, or
   * on reaching the limit locks the account and restarts the count — so failures sent to several
   * instances at once are all counted. A locked account is left as it is. Returns the state after.
   *
   * MySQL evaluates SET assignments left to right (SQLite all on the old row), so locked_until is
   * assigned first: both then read the old failed_attempts.
   */
  async recordFailedLogin(userId: string, now = new Date()): Promise<LockoutState> {
    const { maxFailures, lockMinutes } = this.lockoutRules;
    await this.execute(
      `UPDATE staff_account
          SET locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :lockUntil ELSE locked_until END,
              failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END
        WHERE user_id = :userId AND (locked_until IS NULL OR locked_until <= :now)`,
      {
        max: maxFailures,
        lockUntil: new Date(now.getTime() + lockMinutes * 60_000),
        userId,
        now,
      },
    );
    const row = await this.dataSource.getRepository(StaffAccountEntity).findOne({
      where: { userId },
      select: { userId: true, failedAttempts: true, lockedUntil: true },
    });
    return { failedAttempts: row?.failedAttempts ?? 0, lockedUntil: row?.lockedUntil ?? null };
  }

  /**
   * Clears the count after a correct password, unless the account was locked meanwhile (by
   * failures on another instance): then false, and the login must be refused. `rehash` replaces
   * a hash made with older parameters.
   */
  async recordSuccessfulLogin(userId: string, now = new Date(), rehash?: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(StaffAccountEntity)
      .set({
        failedAttempts: 0,
        lockedUntil: null,
        lastLoginAt: now,
        ...(rehash ? { passwordHash: rehash } : {}),
      })
      .where('user_id = :userId', { userId })
      .andWhere('(locked_until IS NULL OR locked_until <= :now)', { now })
      .execute();
    return result.affected === 1;
  }

  async setPassword(
    userId: string,
    password: string,
    manager: EntityManager,
    now = new Date(),
  ): Promise<void> {
    requireStrongPassword(password);
    const passwordHash = await this.hasher.hash(password);
    await manager
      .getRepository(StaffAccountEntity)
      .update(
        { userId },
        { passwordHash, passwordChangedAt: now, failedAttempts: 0, lockedUntil: null },
      );
  }

  async replaceAssignment(
    userId: string,
    hallCode: string,
    zoneCodes: readonly string[],
    windowCodes: readonly string[],
    manager: EntityManager,
  ): Promise<{ zoneCodes: string[]; windowCodes: string[] }> {
    const assignment = await this.assignments.requireAssignment(
      hallCode,
      zoneCodes,
      windowCodes,
      manager,
    );
    await manager.getRepository(StaffZoneAssignmentEntity).delete({ userId });
    await manager.getRepository(StaffWindowAssignmentEntity).delete({ userId });
    await this.writeAssignment(manager, userId, assignment.zoneCodes, assignment.windowCodes);
    return assignment;
  }

  async unlock(userId: string, manager: EntityManager): Promise<void> {
    await manager
      .getRepository(StaffAccountEntity)
      .update({ userId }, { failedAttempts: 0, lockedUntil: null });
  }

  async disable(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(StaffAccountEntity).update({ userId }, { disabled: true });
  }

  async hasSystemAdmin(): Promise<boolean> {
    return this.dataSource.getRepository(AppUserEntity).exists({ where: { role: 'SYSTEM_ADMIN' } });
  }

  /** Runs `work` in `manager`'s transaction when it has one, else in a new transaction. */
  private async inTransaction<T>(
    manager: EntityManager | undefined,
    work: (m: EntityManager) => Promise<T>,
  ): Promise<T> {
    if (manager?.queryRunner?.isTransactionActive) return work(manager);
    return inTransaction(this.dataSource, work);
  }

  private async writeAssignment(
    manager: EntityManager,
    userId: string,
    zoneCodes: readonly string[],
    windowCodes: readonly string[],
  ): Promise<void> {
    if (zoneCodes.length) {
      await manager
        .getRepository(StaffZoneAssignmentEntity)
        .insert(zoneCodes.map((zoneCode) => ({ userId, zoneCode })));
    }
    if (windowCodes.length) {
      await manager
        .getRepository(StaffWindowAssignmentEntity)
        .insert(windowCodes.map((windowCode) => ({ userId, windowCode })));
    }
  }

  private async loginRecord(
    where: { username: string } | { userId: string },
  ): Promise<StaffLoginRecord | null> {
    const row = await this.dataSource
      .getRepository(StaffAccountEntity)
      .createQueryBuilder('staff')
      .innerJoin(AppUserEntity, 'user', 'user.id = staff.userId')
      .select([
        'staff.userId',
        'staff.passwordHash',
        'staff.hallCode',
        'staff.disabled',
        'staff.lockedUntil',
      ])
      .addSelect('user.role', 'user_role')
      .where('username' in where ? 'staff.username = :value' : 'staff.userId = :value', {
        value: 'username' in where ? where.username : where.userId,
      })
      .getRawAndEntities();
    const account = row.entities[0];
    const role = (row.raw[0] as { user_role?: string } | undefined)?.user_role;
    if (!account || !role || !isStaffRole(role)) return null;
    return {
      userId: account.userId,
      role,
      hallCode: account.hallCode,
      passwordHash: account.passwordHash,
      disabled: account.disabled,
      lockedUntil: account.lockedUntil,
    };
  }

  private async views(
    manager: EntityManager,
    where: { userId?: string; hallCode?: string },
  ): Promise<StaffAccountView[]> {
    const query = manager
      .getRepository(StaffAccountEntity)
      .createQueryBuilder('staff')
      .innerJoin(AppUserEntity, 'user', 'user.id = staff.userId')
      .addSelect('user.role', 'user_role')
      .orderBy('staff.username', 'ASC');
    if (where.userId) query.andWhere('staff.userId = :userId', { userId: where.userId });
    if (where.hallCode) query.andWhere('staff.hallCode = :hallCode', { hallCode: where.hallCode });
    const { entities, raw } = await query.getRawAndEntities();
    if (entities.length === 0) return [];
    const roles = new Map(
      (raw as { staff_user_id: string; user_role: string }[]).map((r) => [
        r.staff_user_id,
        r.user_role,
      ]),
    );
    const ids = entities.map((account) => account.userId);
    const hallCodes = [
      ...new Set(entities.flatMap((account) => (account.hallCode ? [account.hallCode] : []))),
    ];
    const [halls, zoneRows, windowRows] = await Promise.all([
      hallCodes.length
        ? manager.getRepository(ServicePointEntity).find({
            where: { code: In(hallCodes) },
            select: { code: true, name: true },
          })
        : Promise.resolve([]),
      manager
        .getRepository(StaffZoneAssignmentEntity)
        .createQueryBuilder('assignment')
        .innerJoin(HallZoneEntity, 'zone', 'zone.code = assignment.zoneCode')
        .select('assignment.userId', 'userId')
        .addSelect('zone.code', 'code')
        .addSelect('zone.name', 'name')
        .where('assignment.userId IN (:...ids)', { ids })
        .orderBy('zone.sortOrder', 'ASC')
        .getRawMany<{ userId: string; code: string; name: string }>(),
      manager
        .getRepository(StaffWindowAssignmentEntity)
        .createQueryBuilder('assignment')
        .innerJoin(ServiceWindowEntity, 'win', 'win.code = assignment.windowCode')
        .select('assignment.userId', 'userId')
        .addSelect('win.code', 'code')
        .addSelect('win.number', 'number')
        .addSelect('win.label', 'label')
        .where('assignment.userId IN (:...ids)', { ids })
        .orderBy('win.number', 'ASC')
        .getRawMany<{ userId: string; code: string; number: number | string; label: string }>(),
    ]);
    const hallNames = new Map(halls.map((hall) => [hall.code, hall.name]));
    return entities.flatMap((account) => {
      const role = roles.get(account.userId);
      if (!role || !isStaffRole(role)) return [];
      return [
        {
          userId: account.userId,
          username: account.username,
          displayName: account.displayName,
          role,
          hall: account.hallCode
            ? { code: account.hallCode, name: hallNames.get(account.hallCode) ?? account.hallCode }
            : null,
          zones: zoneRows
            .filter((zone) => zone.userId === account.userId)
            .map(({ code, name }) => ({ code, name })),
          windows: windowRows
            .filter((window) => window.userId === account.userId)
            .map(({ code, number, label }) => ({ code, number: Number(number), label })),
          disabled: account.disabled,
          failedAttempts: account.failedAttempts,
          lockedUntil: account.lockedUntil,
          lastLoginAt: account.lastLoginAt,
          createdAt: account.createdAt,
        },
      ];
    });
  }

  /** Runs one statement with :named parameters (dates converted per dialect); rows changed. */
  private async execute(sql: string, parameters: Record<string, unknown>): Promise<number> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(query, values, true);
      return result.affected ?? 0;
    } finally {
      await runner.release();
    }
  }
}

/** STAFF_PASSWORD_WEAK with the reason, when a new password does not follow the rule. */
export function requireStrongPassword(password: string): void {
  const problem = staffPasswordProblem(password);
  if (problem) {
    throw new AppError('STAFF_PASSWORD_WEAK', STAFF_PASSWORD_MESSAGES[problem], {
      field: 'password',
      reason: problem,
    });
  }
}
