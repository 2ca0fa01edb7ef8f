import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/errors/app.error';
import type { StaffRole } from './staff-role';

/**
 * Who may administer which staff accounts (the record-level rules behind the HALL_ADMIN policy):
 * a system admin every account; a hall admin only STAFF accounts of their own hall. Anything else
 * is FORBIDDEN.
 */

type Caller = Pick<AuthUser, 'role' | 'hallCode'>;

/** The hall whose accounts the caller may list: any (null = all) for system admins. */
export function staffListScope(caller: Caller, requestedHallCode: string | null): string | null {
  if (caller.role === 'SYSTEM_ADMIN') return requestedHallCode;
  if (caller.role === 'HALL_ADMIN' && caller.hallCode) {
    if (requestedHallCode && requestedHallCode !== caller.hallCode) {
      throw new AppError('FORBIDDEN', '只能查看本大厅的工作人员账号');
    }
    return caller.hallCode;
  }
  throw new AppError('FORBIDDEN');
}

/**
 * The hall a new account of `role` goes to: a hall admin creates STAFF of their own hall only
 * (the hall may be left out); a system admin any role in any hall.
 */
export function hallForNewAccount(
  caller: Caller,
  role: StaffRole,
  requestedHallCode: string | null,
): string | null {
  if (caller.role === 'SYSTEM_ADMIN') return requestedHallCode;
  if (caller.role === 'HALL_ADMIN' && caller.hallCode) {
    if (role !== 'STAFF') throw new AppError('FORBIDDEN', '大厅管理员只能创建窗口工作人员账号');
    if (requestedHallCode && requestedHallCode !== caller.hallCode) {
      throw new AppError('FORBIDDEN', '只能在本大厅创建工作人员账号');
    }
    return caller.hallCode;
  }
  throw new AppError('FORBIDDEN');
}

/** FORBIDDEN unless the caller may change `target` (assignments, unlock, disable). */
export function assertMayManage(
  caller: Caller,
  target: { role: StaffRole; hallCode: string | null },
): void {
  if (caller.role === 'SYSTEM_ADMIN') return;
  if (
    caller.role === 'HALL_ADMIN' &&
    caller.hallCode !== null &&
    target.hallCode === caller.hallCode &&
    target.role === 'STAFF'
  ) {
    return;
  }
  throw new AppError('FORBIDDEN', '只能管理本大厅的窗口工作人员账号');
}
