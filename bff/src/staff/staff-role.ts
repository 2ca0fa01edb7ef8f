import type { UserRole } from '../users/user-role';

/** The roles of staff accounts (everything but CITIZEN). */
export const STAFF_ROLES = ['STAFF', 'HALL_ADMIN', 'SYSTEM_ADMIN'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: UserRole | string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

/** Staff and hall admins belong to one hall; system admins to none. */
export function roleHasHall(role: StaffRole): boolean {
  return role !== 'SYSTEM_ADMIN';
}
