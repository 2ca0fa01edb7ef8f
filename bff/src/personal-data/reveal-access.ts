import type { AuthUser } from '../auth/auth-user';

/**
 * Whether the caller may see whole personal values of a record of `subjectHallCode`: staff and
 * hall admins of that hall, and system admins (every hall). The coarse STAFF policy is applied
 * before; this is the record-level rule.
 */
export function mayRevealInHall(
  caller: Pick<AuthUser, 'role' | 'hallCode'>,
  subjectHallCode: string,
): boolean {
  switch (caller.role) {
    case 'SYSTEM_ADMIN':
      return true;
    case 'STAFF':
    case 'HALL_ADMIN':
      return caller.hallCode !== null && caller.hallCode === subjectHallCode;
    case 'CITIZEN':
      return false;
  }
}
