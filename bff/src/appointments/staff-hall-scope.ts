import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/errors/app.error';
import { APPOINTMENT_MESSAGES } from './appointments.messages';

/**
 * The hall a staff operation acts on: staff and hall admins only their own hall (another one is
 * FORBIDDEN), system admins any hall they name. The coarse STAFF policy is applied before.
 */
export function staffHallScope(
  caller: Pick<AuthUser, 'role' | 'hallCode'>,
  requested: string | null | undefined,
): string {
  switch (caller.role) {
    case 'SYSTEM_ADMIN':
      if (!requested) {
        throw new AppError('BAD_USER_INPUT', APPOINTMENT_MESSAGES.hallRequired, {
          field: 'hallCode',
        });
      }
      return requested;
    case 'STAFF':
    case 'HALL_ADMIN':
      if (!caller.hallCode || (requested && requested !== caller.hallCode)) {
        throw new AppError('FORBIDDEN', APPOINTMENT_MESSAGES.otherHall);
      }
      return caller.hallCode;
    case 'CITIZEN':
      throw new AppError('FORBIDDEN');
  }
}

/** Whether a staff caller may act on a record of `hallCode` (system admins: every hall). */
export function staffMayActInHall(
  caller: Pick<AuthUser, 'role' | 'hallCode'>,
  hallCode: string,
): boolean {
  switch (caller.role) {
    case 'SYSTEM_ADMIN':
      return true;
    case 'STAFF':
    case 'HALL_ADMIN':
      return caller.hallCode !== null && caller.hallCode === hallCode;
    case 'CITIZEN':
      return false;
  }
}
