import { UserRoleType } from '../users/dto/me.type';
import type { StaffAccountType, StaffProfileType } from './dto/staff-account.types';
import { isLocked } from './login-lockout';
import type { StaffAccountView } from './staff-accounts.service';

export function toStaffProfile(view: StaffAccountView): StaffProfileType {
  return {
    username: view.username,
    displayName: view.displayName,
    role: UserRoleType[view.role],
    hall: view.hall,
    zones: view.zones,
    windows: view.windows,
  };
}

export function toStaffAccount(view: StaffAccountView, now = new Date()): StaffAccountType {
  return {
    ...toStaffProfile(view),
    id: view.userId,
    disabled: view.disabled,
    locked: isLocked(view.lockedUntil, now),
    lockedUntil: isLocked(view.lockedUntil, now) ? view.lockedUntil : null,
    failedAttempts: view.failedAttempts,
    lastLoginAt: view.lastLoginAt,
    createdAt: view.createdAt,
  };
}
