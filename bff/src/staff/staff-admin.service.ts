import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { SessionService } from '../auth/session.service';
import { AppError } from '../common/errors/app.error';
import { inTransaction } from '../database/transaction';
import { assertMayManage, hallForNewAccount, staffListScope } from './staff-admin-access';
import { StaffAdminAuditService } from './staff-admin-audit.service';
import { StaffAccountsService, type StaffAccountView } from './staff-accounts.service';
import type { StaffRole } from './staff-role';

export interface CreateStaffAccountCommand {
  username: string;
  displayName: string;
  password: string;
  role: StaffRole;
  hallCode: string | null;
  zoneCodes: readonly string[];
  windowCodes: readonly string[];
}

/**
 * Staff administration by hall and system admins: each action checks the caller's reach
 * (staff-admin-access.ts) and is written to the append-only staff_admin_audit in the same
 * transaction as the change.
 */
@Injectable()
export class StaffAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: StaffAccountsService,
    private readonly audit: StaffAdminAuditService,
    private readonly sessions: SessionService,
  ) {}

  async list(caller: AuthUser, hallCode: string | null): Promise<StaffAccountView[]> {
    return this.accounts.list(staffListScope(caller, hallCode));
  }

  async create(caller: AuthUser, command: CreateStaffAccountCommand): Promise<StaffAccountView> {
    const hallCode = hallForNewAccount(caller, command.role, command.hallCode);
    const userId = await inTransaction(this.dataSource, async (manager) => {
      const id = await this.accounts.create(
        { ...command, hallCode, createdBy: caller.userId },
        manager,
      );
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        action: 'CREATE_ACCOUNT',
        targetUserId: id,
        targetHallCode: hallCode,
        detail: {
          username: command.username.trim().toLowerCase(),
          role: command.role,
          zoneCodes: command.zoneCodes,
          windowCodes: command.windowCodes,
        },
      });
      return id;
    });
    return this.require(userId);
  }

  async updateAssignment(
    caller: AuthUser,
    userId: string,
    zoneCodes: readonly string[],
    windowCodes: readonly string[],
  ): Promise<StaffAccountView> {
    const target = await this.requireManageable(caller, userId);
    if (!target.hall) {
      throw new AppError(
        'STAFF_ASSIGNMENT_INVALID',
        '系统管理员不属于任何大厅，不能分配区域或窗口',
      );
    }
    const hallCode = target.hall.code;
    await inTransaction(this.dataSource, async (manager) => {
      const assignment = await this.accounts.replaceAssignment(
        userId,
        hallCode,
        zoneCodes,
        windowCodes,
        manager,
      );
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        action: 'UPDATE_ASSIGNMENT',
        targetUserId: userId,
        targetHallCode: hallCode,
        detail: {
          before: {
            zoneCodes: target.zones.map((zone) => zone.code),
            windowCodes: target.windows.map((window) => window.code),
          },
          after: assignment,
        },
      });
    });
    return this.require(userId);
  }

  async unlock(caller: AuthUser, userId: string): Promise<StaffAccountView> {
    const target = await this.requireManageable(caller, userId);
    await inTransaction(this.dataSource, async (manager) => {
      await this.accounts.unlock(userId, manager);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        action: 'UNLOCK_ACCOUNT',
        targetUserId: userId,
        targetHallCode: target.hall?.code ?? null,
        detail: { failedAttempts: target.failedAttempts, lockedUntil: target.lockedUntil },
      });
    });
    return this.require(userId);
  }

  /** Disables the account and ends its open sessions at once. */
  async disable(caller: AuthUser, userId: string): Promise<StaffAccountView> {
    if (userId === caller.userId) {
      throw new AppError('BAD_USER_INPUT', '不能停用自己的账号', { field: 'id' });
    }
    const target = await this.requireManageable(caller, userId);
    await inTransaction(this.dataSource, async (manager) => {
      await this.accounts.disable(userId, manager);
      await this.audit.record(manager, {
        actorUserId: caller.userId,
        action: 'DISABLE_ACCOUNT',
        targetUserId: userId,
        targetHallCode: target.hall?.code ?? null,
        detail: { wasDisabled: target.disabled },
      });
    });
    await this.sessions.revokeAllOf(userId);
    return this.require(userId);
  }

  private async requireManageable(caller: AuthUser, userId: string): Promise<StaffAccountView> {
    const target = await this.accounts.view(userId);
    if (!target) throw new AppError('NOT_FOUND', '未找到该工作人员账号');
    assertMayManage(caller, { role: target.role, hallCode: target.hall?.code ?? null });
    return target;
  }

  private async require(userId: string): Promise<StaffAccountView> {
    const view = await this.accounts.view(userId);
    if (!view) throw new AppError('NOT_FOUND', '未找到该工作人员账号');
    return view;
  }
}
